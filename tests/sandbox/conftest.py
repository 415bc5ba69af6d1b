"""Fixtures for talking to an in-process sandbox over httpx."""

from collections.abc import AsyncIterator, Callable

import httpx
import pytest

from jobmojito_mcp.sandbox import API_PREFIX, OWNER_TOKEN, Sandbox

ClientFor = Callable[[str | None], httpx.AsyncClient]


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox()


@pytest.fixture
async def client_for(sandbox: Sandbox) -> AsyncIterator[ClientFor]:
    """Make clients of the sandbox that send the given bearer token (or none)."""
    opened: list[httpx.AsyncClient] = []

    def make(token: str | None) -> httpx.AsyncClient:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        client = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=sandbox.app),
            base_url="http://sandbox" + API_PREFIX,
            headers=headers,
        )
        opened.append(client)
        return client

    yield make
    for client in opened:
        await client.aclose()


@pytest.fixture
def client(client_for: ClientFor) -> httpx.AsyncClient:
    """A client acting as the main merchant's owner."""
    return client_for(OWNER_TOKEN)
