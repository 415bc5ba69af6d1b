"""The client configurations in examples/clients: each parses, starts the server it names, and is
the one the README shows."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import sys
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import httpx2
import pytest
from mcp import Client
from mcp.client.stdio import StdioServerParameters
from mcp.client.streamable_http import streamable_http_client

from tests.transports.processes import ServerProcess, child_env, mcp_server

pytestmark = pytest.mark.anyio

ROOT = Path(__file__).resolve().parents[2]
CLIENTS = ROOT / "examples" / "clients"
STDIO_JSON = ["claude_desktop_config.json", "cursor.mcp.json", "vscode.mcp.json"]
AUTH = "mcp-auth-token-for-the-config-test"


def server_entry(name: str) -> dict[str, object]:
    """The one server a JSON configuration declares, under `mcpServers` or VS Code's `servers`."""
    config = json.loads((CLIENTS / name).read_text())
    servers = config.get("servers") or config["mcpServers"]
    assert list(servers) == ["jobmojito"]
    return servers["jobmojito"]


def claude_code_entry() -> dict[str, object]:
    """The server `claude-code.sh` adds, read from its `claude mcp add` line."""
    script = (CLIENTS / "claude-code.sh").read_text().replace("\\\n", " ")
    [line] = [line for line in script.splitlines() if line.startswith("claude ")]
    words = shlex.split(line)
    split = words.index("--")
    options, command = words[:split], words[split + 1 :]
    assert options[:3] == ["claude", "mcp", "add"]
    assert options[-1] == "jobmojito"
    env = dict(v.split("=", 1) for k, v in pairwise(options) if k == "--env")
    return {"command": command[0], "args": command[1:], "env": env}


def entries() -> list[tuple[str, dict[str, object]]]:
    return [(name, server_entry(name)) for name in STDIO_JSON] + [
        ("claude-code.sh", claude_code_entry())
    ]


@pytest.mark.parametrize(("name", "entry"), entries(), ids=[name for name, _ in entries()])
async def test_each_stdio_configuration_starts_a_server_that_lists_its_tools(name, entry):
    installed = str(Path(sys.executable).parent)
    path = f"{installed}{os.pathsep}{os.environ.get('PATH', '')}"
    command = shutil.which(str(entry["command"]), path=path)
    assert command, f"{name}: {entry['command']} is not installed"
    env = {str(k): str(v) for k, v in dict(entry.get("env") or {}).items()}
    parameters = StdioServerParameters(
        command=command,
        args=[*list(entry.get("args") or []), "--sandbox", "--log-level", "WARNING"],
        env=child_env(PATH=path, **env),
    )

    async with Client(parameters) as client:
        names = {tool.name for tool in (await client.list_tools()).tools}

    assert "list_interviews" in names
    assert env.keys() <= {"JOBMOJITO_API_TOKEN"}


def test_vs_code_asks_for_the_token_as_a_password_it_declares():
    config = json.loads((CLIENTS / "vscode.mcp.json").read_text())
    inputs = {item["id"]: item for item in config["inputs"]}
    server = config["servers"]["jobmojito"]

    [used] = re.findall(r"\$\{input:([^}]+)\}", json.dumps(server))
    assert server["type"] == "stdio"
    assert inputs[used]["type"] == "promptString"
    assert inputs[used]["password"] is True


@pytest.fixture(scope="module")
def http_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    log = tmp_path_factory.mktemp("http-config") / "server.log"
    env = child_env(JOBMOJITO_MCP_AUTH_TOKEN=AUTH)
    server = mcp_server(log, "--sandbox", "--transport", "streamable-http", env=env)
    try:
        yield server.wait_ready()
    finally:
        server.stop()


async def test_the_http_configuration_reaches_a_server_that_requires_its_own_token(http_server):
    entry = server_entry("http.mcp.json")
    values = {"JOBMOJITO_MCP_AUTH_TOKEN": AUTH, "JOBMOJITO_API_TOKEN": "sandbox-owner"}
    headers = {
        key: re.sub(r"\$\{(\w+)\}", lambda m: values[m.group(1)], value)
        for key, value in dict(entry["headers"]).items()
    }
    url = str(entry["url"]).replace("localhost:8000", f"127.0.0.1:{http_server.port}")

    http = httpx2.AsyncClient(headers=headers)
    async with http, Client(streamable_http_client(url, http_client=http)) as client:
        names = {tool.name for tool in (await client.list_tools()).tools}

    assert entry["type"] == "http"
    assert "list_interviews" in names


@pytest.mark.parametrize("name", sorted(p.name for p in CLIENTS.iterdir()))
def test_the_readme_shows_each_configuration_as_it_is_in_its_file(name):
    readme = (ROOT / "README.md").read_text()
    text = (CLIENTS / name).read_text()

    assert text.strip() in readme, f"README.md does not show examples/clients/{name}"
