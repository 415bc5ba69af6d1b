"""An MCP server for JobMojito, with one id layer between agents and the API."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("jobmojito-mcp")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

__all__ = ["__version__"]
