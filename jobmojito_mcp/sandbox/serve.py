"""`jobmojito-mcp sandbox`: serve the sandbox API over HTTP on this machine."""

from __future__ import annotations

import logging
import sys

import uvicorn

from .accounts import OWNER_TOKEN
from .app import API_PREFIX, Sandbox

logger = logging.getLogger(__name__)


def serve_sandbox(*, host: str, port: int, rows: int, latency_ms: int) -> int:
    """Run the sandbox until interrupted; returns the process exit code."""
    if rows < 1 or latency_ms < 0:
        print(
            "jobmojito-mcp sandbox: --rows must be at least 1 and --latency-ms at least 0",
            file=sys.stderr,
        )
        return 2
    sandbox = Sandbox(rows=rows, latency_ms=latency_ms)
    print(
        f"JobMojito sandbox API at http://{host}:{port}{API_PREFIX} "
        f"({rows} results, {latency_ms} ms latency). Try: curl -H 'Authorization: Bearer "
        f"{OWNER_TOKEN}' http://{host}:{port}{API_PREFIX}/merchant-interview-list",
        file=sys.stderr,
    )
    config = uvicorn.Config(
        sandbox.app, host=host, port=port, log_level="warning", access_log=False
    )
    uvicorn.Server(config).run()
    return 0
