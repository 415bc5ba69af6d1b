"""MCP over HTTP: Streamable HTTP and SSE, with Host, Origin and token checks.

    app = create_app(Settings(transport="streamable-http"))   # a Starlette app

`create_app` builds the ASGI app (`app.py`), `guards.py` holds the request checks,
`refusals.py` turns an upstream 401 for a caller's own token into an HTTP 401, and
`serve.py` runs the app with uvicorn until a signal stops it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jobmojito_mcp.http.app import create_app

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    # Imported on first use: the tool layer imports this package's refusals module, and
    # the app module imports the tool layer.
    if name == "create_app":
        from jobmojito_mcp.http.app import create_app

        return create_app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
