"""The container's install and start scripts, run outside a container.

The Dockerfile runs `scripts/install.sh` in its build stage and `scripts/start.sh` as its entry
point. No Docker engine is at hand in CI, so these tests run the same two scripts in a
temporary folder: install into a fresh virtual environment, start as the image starts, and
talk to the server the way a client of the container would.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from mcp import Client
from mcp.client.stdio import StdioServerParameters

from tests.helpers import data_of
from tests.packaging.running import stop, wait_for_health
from tests.transports.processes import child_env, free_port

ROOT = Path(__file__).resolve().parents[2]
INSTALL = ROOT / "scripts" / "install.sh"
START = ROOT / "scripts" / "start.sh"


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A virtual environment that `scripts/install.sh` made from this source tree."""
    target = tmp_path_factory.mktemp("install") / "venv"
    done = subprocess.run(
        ["bash", str(INSTALL), str(target)],
        env=child_env(PYTHON=sys.executable),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    assert done.stdout.strip().startswith("jobmojito-mcp ")
    return target


@pytest.fixture
def http_server(venv: Path, tmp_path: Path) -> Iterator[tuple[int, dict[str, object]]]:
    """`scripts/start.sh --sandbox` with the HTTP transport chosen as a container user would."""
    port = free_port()
    env = child_env(
        VENV_DIR=str(venv), JOBMOJITO_TRANSPORT="streamable-http", JOBMOJITO_PORT=str(port)
    )
    log = tmp_path / "server.log"
    with log.open("wb") as stderr:
        process = subprocess.Popen(
            ["sh", str(START), "--sandbox"], env=env, stdout=subprocess.DEVNULL, stderr=stderr
        )
    try:
        yield port, wait_for_health(f"http://127.0.0.1:{port}/healthz", process, log)
    finally:
        stop(process)


@pytest.mark.anyio
async def test_the_installed_server_started_for_http_answers_healthz_and_a_tool_call(http_server):
    port, health = http_server

    async with Client(f"http://127.0.0.1:{port}/mcp") as client:
        listing = data_of(await client.call_tool("list_interviews", {"limit": 2}))

    assert health["status"] == "ok"
    assert health["transport"] == "streamable-http"
    assert len(listing["interviews"]) == 2


@pytest.mark.anyio
async def test_the_installed_server_serves_stdio_when_no_transport_is_chosen(venv):
    parameters = StdioServerParameters(
        command="sh",
        args=[str(START), "--sandbox", "--log-level", "WARNING"],
        env=child_env(VENV_DIR=str(venv)),
    )

    async with Client(parameters) as client:
        names = {tool.name for tool in (await client.list_tools()).tools}

    assert "list_interviews" in names


def test_the_installed_check_command_passes_through_the_start_script(venv):
    done = subprocess.run(
        ["sh", str(START), "check", "--sandbox"],
        env=child_env(VENV_DIR=str(venv)),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("The token works.")


def test_the_dockerfile_runs_the_tested_scripts_as_a_user_without_rights():
    dockerfile = (ROOT / "Dockerfile").read_text()
    ignored = (ROOT / ".dockerignore").read_text().split()
    stages = re.findall(r"^FROM (\S+)", dockerfile, flags=re.MULTILINE)

    assert stages == ["python:3.12-slim", "python:3.12-slim"]
    assert "RUN bash scripts/install.sh /opt/jobmojito-mcp" in dockerfile
    assert re.search(r"^ENTRYPOINT \[\"/usr/local/bin/start-jobmojito-mcp\"\]$", dockerfile, re.M)
    assert "COPY --chmod=0755 scripts/start.sh /usr/local/bin/start-jobmojito-mcp" in dockerfile
    user = re.findall(r"^USER (\S+)$", dockerfile, flags=re.MULTILINE)
    assert user == ["mcp"]
    assert dockerfile.index("USER mcp") > dockerfile.rindex("COPY")
    for copied in re.findall(r"^COPY (?!--from)(?:--\S+ )?(.+) \S+$", dockerfile, re.M):
        for source in copied.split():
            assert (ROOT / source).exists(), source
            assert f"!{source}" in ignored or f"!{source}/" in ignored, source
    assert os.access(START, os.X_OK) and os.access(INSTALL, os.X_OK)
