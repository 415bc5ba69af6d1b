"""Interview tools: list and read interviews, set their state, list avatars and languages."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from mcp.server.mcpserver import Context
from mcp.server.mcpserver.exceptions import ToolError
from pydantic import Field

from jobmojito_mcp.ids import IdKind
from jobmojito_mcp.tools.call import calling
from jobmojito_mcp.tools.models import Lenient, Listing
from jobmojito_mcp.tools.params import (
    Fields,
    FilterText,
    InterviewId,
    Limit,
    MerchantId,
    Offset,
)
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
    interviews: list[InterviewRow] = Field(default_factory=list)


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
        interviews, page = await call.list_page(
            "list_interviews",
            request,
            row_type="interview",
            keep=_INTERVIEW_KEEP,
            full=fields == "full",
            link=IdKind.INTERVIEW,
            ids={"merchant_id": merchant},
        )
        return InterviewList.model_validate(
            {"interviews": interviews, "page": page, "notes": call.all_notes() or None}
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
    if status is None and is_embedded is None:
        raise ToolError("Pass status, is_embedded or both: there is nothing to change otherwise.")
    async with calling(ctx) as call:
        resolved = await call.ids.resolve(
            "interview_id", interview_id, IdKind.INTERVIEW, write=True
        )
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


AvatarType = Literal[
    "interactive_heygen", "interactive_elevenlabs", "offline_heygen", "offline_elai",
    "offline_synthesia",
]  # fmt: skip
_AVATAR_KEEP = (
    "interview_template_id",
    "name",
    "type",
    "status",
    "mojito_language_code",
    "video_voice_language_name",
    "visibility",
    "description",
    "persona_description",
)
DESCRIPTION_CHARS = 160


class AvatarRow(Lenient):
    interview_template_id: str | None = None
    name: str | None = None
    type: str | None = None
    status: str | None = None
    mojito_language_code: str | None = None
    description: str | None = None


class AvatarList(Listing):
    avatars: list[AvatarRow] = Field(default_factory=list)


async def list_avatars(
    ctx: Context,
    filter_text: FilterText = None,
    type: Annotated[
        AvatarType | None,
        Field(description="elevenlabs: voice only; offline_*: questions fixed once active."),
    ] = None,
    status: Literal["active", "draft", "archived", "deleted"] | None = None,
    mojito_language_code: Annotated[str | None, Field(max_length=10)] = None,
    include_public: Annotated[bool, Field(description="Also the platform's shared ones.")] = False,
    include_archived: bool = False,
    merchant_id: MerchantId = None,
    limit: Limit = 10,
    offset: Offset = 0,
    fields: Fields = "compact",
) -> AvatarList:
    async with calling(ctx) as call:
        merchant = await call.ids.resolve_optional("merchant_id", merchant_id, IdKind.MERCHANT)
        request: dict[str, Any] = {
            "filter_text": filter_text,
            "type": type,
            "status": status,
            "mojito_language_code": mojito_language_code,
            "include_public": "true" if include_public else None,
            "include_archived": "true" if include_archived else None,
            "limit": limit,
            "offset": offset,
        }
        full = fields == "full"
        avatars, page = await call.list_page(
            "list_avatars",
            request,
            row_type="avatar",
            keep=_AVATAR_KEEP,
            full=full,
            ids={"merchant_id": merchant},
        )
        if not full:
            for avatar in avatars:
                # Avatar descriptions run to kilobytes; a list shows their first words.
                text = avatar.get("description") or avatar.pop("persona_description", None)
                avatar.pop("persona_description", None)
                if text:
                    avatar["description"] = _short(text)
        return AvatarList.model_validate(
            {"avatars": avatars, "page": page, "notes": call.all_notes() or None}
        )


def _short(text: Any) -> str | None:
    """The first words of a long description, cut at a word boundary."""
    if not isinstance(text, str) or not text.strip():
        return None
    text = " ".join(text.split())
    if len(text) <= DESCRIPTION_CHARS:
        return text
    return text[:DESCRIPTION_CHARS].rsplit(" ", 1)[0].rstrip(",;:.") + "…"


class LanguageRow(Lenient):
    code: str | None = None
    name_english: str | None = None
    interview_interface: bool | None = None
    accents: list[Any] | None = None


class LanguageList(Listing):
    """Every language; the API does not page this list."""

    count: int | None = None
    languages: list[LanguageRow] = Field(default_factory=list)
    notes: list[str] | None = None


async def list_languages(ctx: Context, fields: Fields = "compact") -> LanguageList:
    async with calling(ctx) as call:
        answer = await call.api("list_languages")
        rows = [row for row in answer.get("languages") or [] if isinstance(row, dict)]
        shaped = rows if fields == "full" else [_language(row) for row in rows]
        languages = [LanguageRow.model_validate(row) for row in shaped]
        return LanguageList(
            count=len(languages), languages=languages, notes=call.all_notes() or None
        )


def _language(row: dict[str, Any]) -> dict[str, Any]:
    """A language: code, names, where it can be used, and its accents' locale codes."""
    shaped = {
        key: row[key]
        for key in (
            "code",
            "name_english",
            "name_local",
            "interview_interface",
            "coaching_interface",
        )
        if row.get(key) is not None
    }
    accents = [a.get("code") for a in row.get("accents") or [] if isinstance(a, dict)]
    if accents:
        shaped["accents"] = [code for code in accents if code]
    return shaped


__all__ = [
    "get_interview_definition",
    "list_avatars",
    "list_interviews",
    "list_languages",
    "set_interview_state",
]
