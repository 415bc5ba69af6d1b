"""One tool call's view of the server: the caller's API client, id layer and error policy.

Every tool body runs inside `async with calling(ctx) as call:`, which turns id-layer
refusals and upstream failures into tool errors the model can act on.
"""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import httpx
from mcp.server.mcpserver import Context
from mcp.server.mcpserver.exceptions import ToolError

from jobmojito_mcp.api.client import JobMojitoClient
from jobmojito_mcp.api.errors import (
    AuthenticationError,
    JobMojitoError,
    NotFoundError,
    UpstreamError,
)
from jobmojito_mcp.api.operations import OPERATIONS
from jobmojito_mcp.ids import IdKind, IdMemoryStore, IdRefused, IdResolver
from jobmojito_mcp.ids.fields import ROW_FIELDS, argument_for_field, place_ids
from jobmojito_mcp.ids.kinds import describe_kind
from jobmojito_mcp.ids.remember import remember_rows
from jobmojito_mcp.tools.models import Page, page_of
from jobmojito_mcp.tools.rows import shape_row

if TYPE_CHECKING:
    from jobmojito_mcp.settings import Settings

logger = logging.getLogger(__name__)

TOKEN_HEADER = "x-jobmojito-token"
NOT_FOUND_WITHOUT_IDS = (
    "This call passed no id, so no id is at fault: the configured API address "
    "(JOBMOJITO_API_URL) may be wrong, or JobMojito does not offer this operation there. "
    "Check the address, or try again later."
)
MISSING_TOKEN = (
    "No JobMojito token for this request. Send your token in the X-JobMojito-Token header, "
    "or start the server with JOBMOJITO_API_TOKEN set."
)


@dataclass
class ServerState:
    """What the server's lifespan provides to every call: settings and the shared HTTP client."""

    settings: Settings
    http: httpx.AsyncClient
    memories: IdMemoryStore
    default_token: str | None


@dataclass
class Call:
    """One tool call: the caller's client and id resolver, and the notes for its result."""

    state: ServerState
    client: JobMojitoClient
    ids: IdResolver
    notes: list[str] = field(default_factory=list)

    @property
    def admin_url(self) -> str:
        return self.state.settings.admin_url

    async def api(
        self,
        operation: str,
        request: dict[str, Any] | None = None,
        *,
        ids: Mapping[str, Any] | None = None,
        files: Mapping[str, Any] | None = None,
    ) -> Any:
        """Call `operation` with `request`, resolved `ids` placed in the fields it expects.

        The request goes as the query of a GET, as form fields beside `files`, or as JSON.
        """
        request = {k: v for k, v in (request or {}).items() if v is not None}
        place_ids(operation, request, ids or {})
        if OPERATIONS[operation].is_read:
            return await self.client.call(operation, params=request)
        if files:
            return await self.client.call(operation, data=request, files=files)
        return await self.client.call(operation, json=request)

    async def list_page(
        self,
        operation: str,
        request: dict[str, Any],
        *,
        row_type: str,
        keep: tuple[str, ...],
        full: bool,
        link: IdKind | None = None,
        ids: Mapping[str, Any] | None = None,
    ) -> tuple[list[dict[str, Any]], Page]:
        """One page of a list endpoint: rows remembered, shaped, linked; and where it sits.

        `link` is the kind of admin page each row links to, found through the row's field
        of that kind in `ids.fields.ROW_FIELDS`.
        """
        answer = await self.api(operation, request, ids=ids)
        rows = [row for row in answer.get("data") or () if isinstance(row, dict)]
        self.remember(row_type, rows)
        link_field = next((f for f, k, _ in ROW_FIELDS[row_type] if k is link), None)
        shaped = [
            shape_row(
                row_type,
                row,
                keep,
                full=full,
                admin_url=self.link(link, row.get(link_field)) if link and link_field else None,
            )
            for row in rows
        ]
        page = page_of(answer, len(rows))
        if not rows and not page.total:
            self._note_unchecked_filters()
        return shaped, page

    def _note_unchecked_filters(self) -> None:
        """An empty page filtered by an id nothing vouched for may hide a wrong-kind id."""
        for resolved in self.ids.used:
            if resolved.how == "as given":
                self.notes.append(
                    f"{resolved.argument}: no rows match {resolved.id}, an id this session has "
                    f"not seen; if it may not be {describe_kind(resolved.kind)}, ask describe_id."
                )

    def remember(self, row_type: str, rows: Any) -> None:
        """Record the ids in upstream rows so later calls can check and correct them."""
        if isinstance(rows, dict):
            rows = [rows]
        remember_rows(self.ids.memory, row_type, [r for r in rows or () if isinstance(r, dict)])

    def link(self, kind: IdKind, value: str | None) -> str | None:
        return self.ids.link_for(kind, value) if value else None

    def all_notes(self) -> list[str]:
        return [*self.ids.notes, *self.notes]


def caller_token(ctx: Context, state: ServerState) -> str:
    """The request's own token (HTTP header) or the configured one."""
    headers = _headers(ctx)
    token = headers.get(TOKEN_HEADER) if headers else None
    token = (token or "").strip() or state.default_token
    if not token:
        raise ToolError(MISSING_TOKEN)
    return token


def _headers(ctx: Context) -> Mapping[str, str] | None:
    try:
        return ctx.headers
    except (ValueError, AttributeError):
        return None


@asynccontextmanager
async def calling(ctx: Context[Any, Any]) -> AsyncIterator[Call]:
    """Open a call for this request and translate its failures into tool errors."""
    state: ServerState = ctx.request_context.lifespan_context
    token = caller_token(ctx, state)
    merchant = state.settings.merchant_id
    client = JobMojitoClient(
        state.http,
        token=token,
        merchant_id=merchant,
        timeouts=state.settings.timeouts(),
        retry_attempts=state.settings.retry_attempts,
    )
    memory = state.memories.for_caller(client.token_fingerprint(), merchant)
    call = Call(state, client, IdResolver(client, memory, state.settings.admin_url))
    try:
        yield call
    except IdRefused as exc:
        raise ToolError(str(exc)) from exc
    except JobMojitoError as exc:
        if isinstance(exc, AuthenticationError):
            refuse_token(ctx, exc)
        raise ToolError(describe_failure(call, exc)) from exc


def refuse_token(ctx: Context, error: AuthenticationError) -> None:
    """Say how to replace the token JobMojito refused; over HTTP, a header token also gets a 401.

    The server's own token comes from its environment, so only a restart replaces it.
    """
    from jobmojito_mcp.http.refusals import flag_refused_token

    headers = _headers(ctx)
    if headers and (headers.get(TOKEN_HEADER) or "").strip():
        error.next_step = (
            "The token in the X-JobMojito-Token header is wrong or expired (user tokens last "
            "about an hour). Send a fresh one in that header, then call again."
        )
        flag_refused_token(ctx.request_context.request)
        return
    error.next_step = (
        "The server's token is wrong or expired (user tokens last about an hour). Put a fresh "
        "one in JOBMOJITO_API_TOKEN (environment or .env file) and restart the server, which "
        "MCP clients do when you reconnect it; then call again."
    )


def describe_failure(call: Call, error: JobMojitoError) -> str:
    """The upstream failure in our argument names, with the id layer's explanation."""
    explanation = call.ids.explain(error)
    if explanation:
        return explanation
    if isinstance(error, NotFoundError) and not call.ids.used:
        error.next_step = NOT_FOUND_WITHOUT_IDS
    message = str(error)
    if isinstance(error, UpstreamError) and error.field:
        ours = argument_for_field(error.operation, error.field)
        if ours and ours != error.field:
            # Whole words only: a field named `id` must not rewrite "invalid".
            message = re.sub(rf"\b{re.escape(error.field)}\b", ours, message)
    return message
