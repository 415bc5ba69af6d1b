"""Build the MCP server from settings: the tools the settings select, over one shared client."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from functools import cache
from typing import Any

import anyio
import httpx
from mcp.server import MCPServer
from mcp.server.context import CallNext, ServerRequestContext
from mcp.server.mcpserver import Context
from mcp.server.mcpserver.exceptions import ToolError
from mcp.server.mcpserver.tools import Tool
from mcp_types import CallToolResult, TextContent
from pydantic import ValidationError

from jobmojito_mcp import __version__
from jobmojito_mcp.api.client import create_http_client
from jobmojito_mcp.ids import IdMemoryStore, IdRefused
from jobmojito_mcp.ids.arguments import normalize_arguments
from jobmojito_mcp.instructions import INSTRUCTIONS
from jobmojito_mcp.prompts import register_prompts
from jobmojito_mcp.resources import register_resources
from jobmojito_mcp.settings import Settings
from jobmojito_mcp.tokens import warn_if_expired
from jobmojito_mcp.tools import implementations
from jobmojito_mcp.tools.call import ServerState
from jobmojito_mcp.tools.catalog import SPECS, ToolSpec, select_tools
from jobmojito_mcp.tools.render import to_wire
from jobmojito_mcp.tools.schema import client_friendly

SANDBOX_API_URL = "http://sandbox.invalid/functions/v1"


class JobMojitoTool(Tool):
    """An SDK tool whose arguments first pass the id layer's name mapping."""

    async def run(
        self, arguments: dict[str, Any], context: Context[Any, Any], convert_result: bool = False
    ) -> Any:
        try:
            arguments = normalize_arguments(self.name, self.parameters["properties"], arguments)
        except IdRefused as exc:
            raise ToolError(str(exc)) from exc
        try:
            result = await super().run(arguments, context, convert_result=False)
        except ToolError as exc:
            if isinstance(exc.__cause__, ValidationError):
                raise ToolError(argument_problems(exc.__cause__)) from exc.__cause__
            raise
        if not convert_result:
            return result
        state: ServerState = context.request_context.lifespan_context
        settings = state.settings
        return to_wire(
            self.name,
            result,
            settings.max_result_chars,
            structured=settings.structured_content,
        )


class ToolsNotOffered:
    """Say why a known tool is missing (read-only mode, a toolset left out), not just 'unknown'."""

    def __init__(self, offered: set[str], settings: Settings) -> None:
        self.offered = offered
        self.settings = settings

    async def __call__(self, ctx: ServerRequestContext[Any, Any], call_next: CallNext) -> Any:
        name = (ctx.params or {}).get("name") if ctx.method == "tools/call" else None
        spec = SPECS.get(name) if isinstance(name, str) else None
        if spec is None or spec.name in self.offered:
            return await call_next(ctx)
        if self.settings.read_only and not spec.read_only:
            why = "changes data, and this server runs read-only (JOBMOJITO_READ_ONLY)"
        else:
            why = (
                f"is in the '{spec.toolset}' toolset, which this server does not offer; add "
                "it to JOBMOJITO_TOOLSETS (or --toolsets) to use it"
            )
        text = TextContent(type="text", text=f"{spec.name} {why}.")
        return CallToolResult(content=[text], is_error=True)


def argument_problems(error: ValidationError) -> str:
    """Pydantic's complaints as one line per argument, without its links and type tags."""
    problems = []
    for item in error.errors(include_url=False):
        where = ".".join(str(part) for part in item["loc"]) or "arguments"
        given = repr(item.get("input"))
        given = given if len(given) <= 60 else given[:57] + "..."
        problems.append(f"{where}: {item['msg']} (got {given})")
    return "Invalid arguments. " + "; ".join(problems) + ". Fix them and call again."


@cache
def build_tool(spec: ToolSpec, fn: Callable[..., Any], *, structured: bool) -> JobMojitoTool:
    """One tool from its curated entry and its implementation, with a plain schema.

    Tools hold no per-server state, so each is built once per process and shared.
    """
    tool = JobMojitoTool.from_function(
        fn,
        name=spec.name,
        title=spec.title,
        description=spec.description,
        annotations=spec.annotations,
        # Without structured content results travel as text only, so an output schema
        # would cost every agent tokens on each tools/list for a copy it never receives.
        structured_output=structured,
    )
    assert isinstance(tool, JobMojitoTool)
    tool.parameters = client_friendly(tool.parameters)
    return tool


def api_target(
    settings: Settings,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    sandbox: Any = None,
) -> tuple[str, httpx.AsyncBaseTransport | None, str | None]:
    """The API address, transport and token these settings select.

    With `settings.sandbox` they are an embedded sandbox's (`sandbox` if given) and its
    account owner's token, unless one of the sandbox's own tokens is configured.
    """
    token = settings.api_token.get_secret_value() if settings.api_token else None
    if not settings.sandbox:
        return settings.api_url, transport, token

    from jobmojito_mcp.sandbox import (
        OWNER_TOKEN,
        RECRUITER_TOKEN,
        SERVICE_KEY,
        SUBMERCHANT_TOKEN,
        Sandbox,
        SandboxTransport,
    )

    sandbox_tokens = {OWNER_TOKEN, RECRUITER_TOKEN, SERVICE_KEY, SUBMERCHANT_TOKEN}
    sandbox = sandbox or Sandbox()
    token = token if token in sandbox_tokens else OWNER_TOKEN
    return SANDBOX_API_URL, SandboxTransport(app=sandbox.app), token


def build_server(
    settings: Settings,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    sandbox: Any = None,
) -> MCPServer[ServerState]:
    """The MCP server for these settings.

    `transport` replaces the network (tests pass `httpx.MockTransport`). With
    `settings.sandbox`, the API is an embedded sandbox in this process (see `api_target`).
    A configured user token that has already expired is logged as a warning.
    """
    api_url, transport, token = api_target(settings, transport=transport, sandbox=sandbox)
    if token is not None:
        warn_if_expired(token)

    memories = IdMemoryStore()

    @asynccontextmanager
    async def lifespan(_: MCPServer[ServerState]) -> AsyncIterator[ServerState]:
        http = create_http_client(api_url, transport=transport, timeouts=settings.timeouts())
        try:
            yield ServerState(settings, http, memories, token)
        finally:
            # Shutdown reaches here as a cancellation; the close must still run, briefly.
            with anyio.move_on_after(5, shield=True):
                await http.aclose()

    specs = select_tools(settings.toolsets, read_only=settings.read_only)
    functions = implementations()
    server = MCPServer(
        name="jobmojito",
        title="JobMojito",
        version=__version__,
        instructions=INSTRUCTIONS,
        website_url="https://app.jobmojito.com",
        tools=[
            build_tool(spec, functions[spec.name], structured=settings.structured_content)
            for spec in specs
        ],
        lifespan=lifespan,
        log_level=settings.log_level,
    )
    server.middleware.append(ToolsNotOffered({spec.name for spec in specs}, settings))
    register_prompts(server)
    register_resources(server, settings.admin_url)
    return server
