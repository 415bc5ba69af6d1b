"""The `jobmojito-mcp` command: serve (the default), `sandbox`, `demo` and `check`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from jobmojito_mcp import __version__

if TYPE_CHECKING:
    from jobmojito_mcp.settings import Settings

NO_TOKEN = """\
jobmojito-mcp: no JobMojito token. Set JOBMOJITO_API_TOKEN to your JobMojito access token \
or service key (in the environment or a .env file; there is no flag, so it never shows in \
the process list), or try the server without an account on the built-in sandbox: \
`jobmojito-mcp --sandbox`, or `jobmojito-mcp demo` to watch a short session."""

STATELESS_NEEDS_HTTP = (
    "jobmojito-mcp: --stateless (JOBMOJITO_STATELESS) applies to Streamable HTTP only; "
    "add --transport streamable-http, or leave it out."
)


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
    parser.add_argument(
        "--transport",
        choices=("stdio", "sse", "streamable-http"),
        help="how MCP clients connect (default: stdio)",
    )
    parser.add_argument("--host", help="address the HTTP transports bind (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, help="port of the HTTP transports (default: 8000)")
    parser.add_argument(
        "--stateless",
        action="store_true",
        default=None,
        help="Streamable HTTP without sessions, so any replica can answer any request",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jobmojito-mcp",
        description=(
            "An MCP server for JobMojito. Without a command, serves MCP: over stdio unless "
            "--transport says otherwise."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _serve_arguments(parser)
    commands = parser.add_subparsers(dest="command")

    sandbox = commands.add_parser("sandbox", help="serve the sandbox API over HTTP")
    sandbox.add_argument("--host", dest="sandbox_host", default="127.0.0.1")
    sandbox.add_argument("--port", dest="sandbox_port", type=int, default=8787)
    sandbox.add_argument("--rows", type=int, default=30, help="interview results in the account")
    sandbox.add_argument("--latency-ms", type=int, default=0, help="delay added to every answer")

    commands.add_parser("demo", help="run a short MCP session against the sandbox and print it")

    check = commands.add_parser(
        "check",
        help="check the configured token: merchant, credits, expiry (exit 0 when it works)",
    )
    # SUPPRESS: a flag given before `check` is not reset by the command's own default.
    check.add_argument("--sandbox", action="store_true", default=argparse.SUPPRESS)
    check.add_argument("--api-url", default=argparse.SUPPRESS, help="JobMojito API base URL")
    check.add_argument("--merchant-id", default=argparse.SUPPRESS, help="merchant to act for")
    return parser


def _overrides(args: argparse.Namespace) -> dict[str, Any]:
    names = (
        *("sandbox", "api_url", "admin_url", "merchant_id", "toolsets", "read_only", "log_level"),
        *("transport", "host", "port", "stateless"),
    )
    return {name: getattr(args, name) for name in names if getattr(args, name, None) is not None}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "sandbox":
        from jobmojito_mcp.sandbox.serve import serve_sandbox

        return serve_sandbox(
            host=args.sandbox_host,
            port=args.sandbox_port,
            rows=args.rows,
            latency_ms=args.latency_ms,
        )
    if args.command == "demo":
        from jobmojito_mcp.demo import run_demo

        return run_demo()
    if args.command == "check":
        from jobmojito_mcp.check import run_check

        settings = _settings(args)
        return 2 if settings is None else run_check(settings)
    return serve(args)


def _settings(args: argparse.Namespace) -> Settings | None:
    """The settings from the environment and the flags, or None once the problem is printed."""
    from jobmojito_mcp.settings import Settings

    try:
        return Settings(**_overrides(args))
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or 'settings'}: {err['msg']}"
            for err in exc.errors()
        )
        print(f"jobmojito-mcp: invalid setting: {problems}", file=sys.stderr)
        return None


def serve(args: argparse.Namespace) -> int:
    """Serve MCP on the configured transport until the client leaves or a signal stops it."""
    settings = _settings(args)
    if settings is None:
        return 2
    # Over HTTP each request may carry its own token instead (X-JobMojito-Token).
    if settings.api_token is None and not settings.sandbox and settings.transport == "stdio":
        print(NO_TOKEN, file=sys.stderr)
        return 2
    if settings.stateless and settings.transport != "streamable-http":
        print(STATELESS_NEEDS_HTTP, file=sys.stderr)
        return 2

    from jobmojito_mcp.logs import configure_logging

    secrets = [s.get_secret_value() for s in (settings.api_token, settings.mcp_auth_token) if s]
    configure_logging(settings.log_level, secrets=secrets)
    if settings.transport != "stdio":
        from jobmojito_mcp.http.serve import serve_http

        return serve_http(settings)

    import anyio

    from jobmojito_mcp.server import build_server
    from jobmojito_mcp.stdio import serve_stdio

    anyio.run(serve_stdio, build_server(settings))
    return 0
