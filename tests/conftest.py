"""Shared fixtures: the sandbox, a server built on it, and an in-memory MCP client.

Every coroutine test runs on asyncio through anyio's pytest plugin (anyio_mode auto). The
environment is cleared of JOBMOJITO_* variables so a developer's own settings never leak
into a test.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from typing import Any

import pytest


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    for name in list(os.environ):
        if name.startswith("JOBMOJITO_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)  # no stray .env file is read


@pytest.fixture
def sandbox() -> Any:
    from jobmojito_mcp.sandbox import Sandbox

    return Sandbox()


@pytest.fixture
def settings_overrides() -> dict[str, Any]:
    """Override in a test module to change the server's settings."""
    return {"toolsets": "all"}


@pytest.fixture
async def client(sandbox: Any, settings_overrides: dict[str, Any]) -> AsyncIterator[Any]:
    """An MCP client connected in memory to a server on the sandbox, with every toolset."""
    from mcp import Client

    from jobmojito_mcp.server import build_server
    from jobmojito_mcp.settings import Settings

    server = build_server(Settings(sandbox=True, **settings_overrides), sandbox=sandbox)
    async with Client(server) as connected:
        yield connected
