"""The command line's transport flags, and the sandbox command's own --host and --port."""

from __future__ import annotations

import pytest

from jobmojito_mcp.cli import _overrides, build_parser, main

pytestmark = pytest.mark.transport


def test_the_transport_flags_become_settings():
    args = build_parser().parse_args(
        ["--transport", "streamable-http", "--host", "0.0.0.0", "--port", "9000", "--stateless"]
    )

    assert _overrides(args) == {
        "transport": "streamable-http",
        "host": "0.0.0.0",
        "port": 9000,
        "stateless": True,
    }


def test_without_flags_no_transport_setting_is_overridden():
    assert _overrides(build_parser().parse_args([])) == {}


def test_the_sandbox_command_keeps_its_own_host_and_port():
    args = build_parser().parse_args(["sandbox", "--host", "0.0.0.0", "--port", "9999"])

    assert (args.command, args.sandbox_host, args.sandbox_port) == ("sandbox", "0.0.0.0", 9999)
    assert _overrides(args) == {}


def test_stateless_without_streamable_http_is_refused_with_advice(capsys):
    code = main(["--sandbox", "--stateless"])

    assert code == 2
    assert "--transport streamable-http" in capsys.readouterr().err


def test_an_unknown_transport_is_refused_by_the_parser(capsys):
    with pytest.raises(SystemExit):
        main(["--transport", "websocket"])

    assert "invalid choice" in capsys.readouterr().err


def test_the_transport_can_come_from_the_environment(monkeypatch, capsys):
    monkeypatch.setenv("JOBMOJITO_TRANSPORT", "sse")
    monkeypatch.setenv("JOBMOJITO_STATELESS", "true")

    assert main(["--sandbox"]) == 2
    assert "Streamable HTTP only" in capsys.readouterr().err
