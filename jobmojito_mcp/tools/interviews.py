"""Interview tools: list, read, create, update and state of interviews and positions."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from mcp.server.mcpserver import Context
from pydantic import Field

from jobmojito_mcp.ids import IdKind
from jobmojito_mcp.tools.call import calling
from jobmojito_mcp.tools.models import Lenient, Listing, page_of
from jobmojito_mcp.tools.params import (
    Fields,
    FilterText,
    InterviewId,
    Limit,
    MerchantId,
    Offset,
)
from jobmojito_mcp.tools.rows import shape_row
from jobmojito_mcp.tools.views import DefinitionView, definition_view

InterviewType = Literal[
    "interview", "coaching", "assessment", "public_avatar", "persona", "persona_interview"
]
InterviewStatus = Literal["draft", "active", "archived", "deleted", "preparing", "completed"]

_INTERVIEW_KEEP = (
    "interview_id",
    "name",
    "type",
    "status",
    "visibility",
    "is_multi_stage",
    "mojito_language_code",
    "interview_count",
    "interview_last",
    "created_at",
)


class InterviewRow(Lenient):
    interview_id: str | None = None
    name: str | None = None
    type: str | None = None
    status: str | None = None
    is_multi_stage: bool | None = None
    admin_url: str | None = None


class InterviewList(Listing):
    interviews: list[InterviewRow] = []


async def list_interviews(
    ctx: Context,
    filter_text: FilterText = None,
    type: Annotated[
        InterviewType | None,
        Field(description="Product type; the API lists only 'interview' unless asked."),
    ] = None,
    status: InterviewStatus | None = None,
    merchant_id: MerchantId = None,
    limit: Limit = 25,
    offset: Offset = 0,
    fields: Fields = "compact",
) -> InterviewList:
    async with calling(ctx) as call:
        merchant = await call.ids.resolve_optional("merchant_id", merchant_id, IdKind.MERCHANT)
        request: dict[str, Any] = {
            "filter_text": filter_text,
            "type": type,
            "status": status,
            "limit": limit,
            "offset": offset,
        }
        answer = await call.api("list_interviews", request, ids={"merchant_id": merchant})
        rows = answer.get("data") or []
        call.remember("interview", rows)
        interviews = [
            shape_row(
                "interview",
                row,
                _INTERVIEW_KEEP,
                full=fields == "full",
                admin_url=call.link(IdKind.INTERVIEW, row.get("id")),
            )
            for row in rows
        ]
        return InterviewList(
            interviews=interviews, page=page_of(answer, len(rows)), notes=call.all_notes() or None
        )


class InterviewDefinition(Lenient):
    interview_id: str | None = None
    name: str | None = None
    status: str | None = None
    is_multistage: bool | None = None
    admin_url: str | None = None
    view: str | None = None
    notes: list[str] | None = None


async def get_interview_definition(
    ctx: Context,
    interview_id: InterviewId,
    view: DefinitionView = "standard",
) -> InterviewDefinition:
    async with calling(ctx) as call:
        resolved = await call.ids.resolve("interview_id", interview_id, IdKind.INTERVIEW)
        answer = await call.api("get_interview_definition", ids={"interview_id": resolved.id})
        call.ids.remember(
            IdKind.INTERVIEW,
            resolved.id,
            name=answer.get("name"),
            multi_stage=answer.get("is_multistage"),
        )
        return InterviewDefinition(
            interview_id=resolved.id,
            admin_url=call.link(IdKind.INTERVIEW, resolved.id),
            view=view,
            notes=call.all_notes() or None,
            **definition_view(answer, view),
        )


class StateChange(Lenient):
    interview_id: str | None = None
    name: str | None = None
    status: str | None = None
    success: bool | None = None
    embed_id: str | None = None
    embed_signing_key: str | None = None
    admin_url: str | None = None
    notes: list[str] | None = None


async def set_interview_state(
    ctx: Context,
    interview_id: InterviewId,
    status: Annotated[
        InterviewStatus | None,
        Field(description="New status: active opens it to candidates, archived closes it."),
    ] = None,
    is_embedded: Annotated[
        bool | None,
        Field(description="true: create an embed key for an iframe; false: remove it."),
    ] = None,
) -> StateChange:
    async with calling(ctx) as call:
        resolved = await call.ids.resolve("interview_id", interview_id, IdKind.INTERVIEW, write=True)
        request = {"status": status, "is_embedded": is_embedded}
        answer = await call.api("set_interview_state", request, ids={"interview_id": resolved.id})
        return StateChange(
            interview_id=resolved.id,
            name=resolved.name,
            status=status,
            admin_url=call.link(IdKind.INTERVIEW, resolved.id),
            notes=call.all_notes() or None,
            **answer,
        )


__all__ = ["get_interview_definition", "list_interviews", "set_interview_state"]
