"""A one-tool MCP server and nothing else: the floor the start-up benchmark compares against.

Run as a script, it serves stdio with the SDK's own defaults:

    python benchmarks/baseline_server.py
"""

from __future__ import annotations

from mcp.server import MCPServer


def build() -> MCPServer:
    """The smallest server the SDK makes: one tool that echoes its text."""
    server = MCPServer(name="baseline")

    # Async, like every tool of ours: the SDK runs a plain function on a worker thread.
    @server.tool()
    async def echo(text: str) -> str:
        """Return the text unchanged."""
        return text

    return server


if __name__ == "__main__":
    build().run()
