"""An MCP server for JobMojito, with one id layer between agents and the API.

To run it, use the `jobmojito-mcp` command. To host it inside your own Python app:

    from jobmojito_mcp import Settings, build_server, create_app

    server = build_server(Settings())    # an MCPServer: serve it on any MCP transport
    app = create_app(Settings())         # a Starlette app serving MCP over HTTP, to mount

Names are imported on first use, so importing the package does no work.
"""

from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

try:
    __version__ = version("jobmojito-mcp")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

if TYPE_CHECKING:
    from jobmojito_mcp.http.app import create_app
    from jobmojito_mcp.server import build_server
    from jobmojito_mcp.settings import Settings

__all__ = ["Settings", "__version__", "build_server", "create_app"]

_HOMES = {
    "Settings": "jobmojito_mcp.settings",
    "build_server": "jobmojito_mcp.server",
    "create_app": "jobmojito_mcp.http.app",
}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(_HOMES[name]), name)
