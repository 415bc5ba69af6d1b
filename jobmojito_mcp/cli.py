"""The `jobmojito-mcp` command: serve (the default), `sandbox`, `demo` and `check`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError

from jobmojito_mcp import __version__

NO_TOKEN = """\
jobmojito-mcp: no JobMojito token. Set JOBMOJITO_API_TOKEN to your JobMojito access token \
or service key (in the environment or a .env file; there is no flag, so it never shows in \
the process list), or try the server without an account on the built-in sandbox: \
`jobmojito-mcp --sandbox`, or `jobmojito-mcp demo` to watch a short session."""


def _serve_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--sandbox", action="store_true", default=None, help="use the built-in sandbox API"
    )
    parser.add_argument("--api-url", help="JobMojito API base URL")
    parser.add_argument("--admin-url", help="admin app base URL, for links")
    parser.add_argument("--merchant-id", help="default merchant to act for")
    parser.add_argument("--toolsets", help="comma-separated toolsets, or 'all'")
    parser.add_argument(
        "--read-only", action="store_true", default=None, help="offer read tools only"
    )
    parser.add_argument("--log-level", help="DEBUG, INFO, WARNING or ERROR (logs go to stderr)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jobmojito-mcp",
        description="An MCP server for JobMojito. Without a command, serves MCP over stdio.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _serve_arguments(parser)
    commands = parser.add_subparsers(dest="command")

    sandbox = commands.add_parser("sandbox", help="serve the sandbox API over HTTP")
    sandbox.add_argument("--host", default="127.0.0.1")
    sandbox.add_argument("--port", type=int, default=8787)
    sandbox.add_argument("--rows", type=int, default=30, help="interview results in the account")
    sandbox.add_argument("--latency-ms", type=int, default=0, help="delay added to every answer")

    commands.add_parser("demo", help="run a short MCP session against the sandbox and print it")
    return parser


def _overrides(args: argparse.Namespace) -> dict[str, Any]:
    names = ("sandbox", "api_url", "admin_url", "merchant_id", "toolsets", "read_only", "log_level")
    return {name: getattr(args, name) for name in names if getattr(args, name, None) is not None}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "sandbox":
        from jobmojito_mcp.sandbox.serve import serve_sandbox

        return serve_sandbox(
            host=args.host, port=args.port, rows=args.rows, latency_ms=args.latency_ms
        )
    if args.command == "demo":
        from jobmojito_mcp.demo import run_demo

        return run_demo()
    return serve(args)


def serve(args: argparse.Namespace) -> int:
    from jobmojito_mcp.settings import Settings

    try:
        settings = Settings(**_overrides(args))
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or 'settings'}: {err['msg']}"
            for err in exc.errors()
        )
        print(f"jobmojito-mcp: invalid setting: {problems}", file=sys.stderr)
        return 2
    if settings.api_token is None and not settings.sandbox:
        print(NO_TOKEN, file=sys.stderr)
        return 2

    from jobmojito_mcp.logs import configure_logging
    from jobmojito_mcp.server import build_server

    secret = settings.api_token.get_secret_value() if settings.api_token else ""
    configure_logging(settings.log_level, secrets=[secret])
    server = build_server(settings)
    server.run("stdio")
    return 0
