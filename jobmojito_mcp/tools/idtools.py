"""Tools about ids themselves: admin links, and what an id, link or name refers to."""

from __future__ import annotations

from typing import Annotated, Any

from mcp.server.mcpserver import Context
from mcp.server.mcpserver.exceptions import ToolError
from pydantic import Field

from jobmojito_mcp.api.errors import InvalidFieldError, NotFoundError
from jobmojito_mcp.ids import IdKind, IdRefused, Seen
from jobmojito_mcp.ids.kinds import KINDS
from jobmojito_mcp.ids.links import markdown_link
from jobmojito_mcp.ids.normalize import IdFormatError, parse_pasted
from jobmojito_mcp.ids.reference import upstream_names
from jobmojito_mcp.tools.call import Call, calling
from jobmojito_mcp.tools.models import Lenient
from jobmojito_mcp.tools.params import CandidateId, InterviewId, InterviewResultId


class AdminLink(Lenient):
    kind: str | None = None
    id: str | None = None
    name: str | None = None
    url: str | None = None
    markdown: str | None = None
    notes: list[str] | None = None


async def build_admin_link(
    ctx: Context,
    interview_id: InterviewId | None = None,
    candidate_id: CandidateId | None = None,
    interview_result_id: InterviewResultId | None = None,
) -> AdminLink:
    given = {
        IdKind.INTERVIEW: ("interview_id", interview_id),
        IdKind.CANDIDATE: ("candidate_id", candidate_id),
        IdKind.INTERVIEW_RESULT: ("interview_result_id", interview_result_id),
    }
    chosen = [(kind, arg, value) for kind, (arg, value) in given.items() if value is not None]
    if len(chosen) != 1:
        raise ToolError(
            "Pass exactly one of interview_id, candidate_id or interview_result_id "
            f"(got {len(chosen)})."
        )
    kind, argument, value = chosen[0]
    async with calling(ctx) as call:
        # A link is only as good as its id: unseen interview and result ids are read once.
        resolved = await call.ids.resolve(argument, value, kind, confirm=True)
        if kind is IdKind.CANDIDATE and resolved.how == "as given":
            call.notes.append(
                f"candidate_id: {resolved.id} has not been seen in a tool result, so the link "
                "is unchecked; list_candidates shows the account's candidate ids."
            )
        url = call.link(resolved.kind, resolved.id)
        assert url is not None
        label = resolved.name or f"{KINDS[kind].label} {resolved.id}"
        return AdminLink(
            kind=kind.value,
            id=resolved.id,
            name=resolved.name,
            url=url,
            markdown=markdown_link(label, url),
            notes=call.all_notes() or None,
        )


class IdDescription(Lenient):
    kind: str | None = Field(None, description="What the id identifies, or 'unknown'.")
    id: str | None = None
    name: str | None = None
    argument: str | None = Field(None, description="The tool argument that takes it.")
    upstream_fields: list[str] | None = None
    admin_url: str | None = None
    how: str | None = Field(None, description="How this was established.")
    ruled_out: list[str] | None = None
    message: str | None = None


async def describe_id(
    ctx: Context,
    id: Annotated[str, Field(description="Any id, admin-app link, name or email.", max_length=500)],
) -> IdDescription:
    try:
        pasted = parse_pasted(id)
    except IdFormatError as exc:
        raise ToolError(f"id: {exc}.") from exc
    async with calling(ctx) as call:
        if pasted.name is not None:
            return await _describe_name(call, pasted.name)
        assert pasted.id is not None
        seen = call.ids.memory.get(pasted.id)
        if seen is None and pasted.link_kind is not None:
            seen = Seen(pasted.link_kind, how="read from an admin link")
        if seen is None:
            seen = await _probe(call, pasted.id)
        if seen is None:
            return _unknown(pasted.id)
        return _described(call, pasted.id, seen)


def _described(call: Call, value: str, seen: Seen, how: str | None = None) -> IdDescription:
    kind = seen.kind
    if kind is IdKind.INTERVIEW and seen.multi_stage:
        kind = IdKind.POSITION
    message = None
    if seen.kind is IdKind.RESULT_ROW:
        message = (
            "A result row's own id: no tool takes it. Use the row's interview_result_id "
            f"({seen.interview_result_id or 'none yet: no attempt'})."
        )
    return IdDescription(
        kind=kind.value,
        id=value,
        name=seen.name,
        argument=KINDS[kind].argument
        or (KINDS[IdKind.INTERVIEW].argument if kind is IdKind.POSITION else None),
        upstream_fields=upstream_names(seen.kind),
        admin_url=call.link(seen.kind, value),
        how=how or seen.how,
        message=message,
    )


async def _probe(call: Call, value: str) -> Seen | None:
    """Ask the two reads that accept an unknown id: interview definition, then result."""
    probes = (
        ("get_interview_definition", "position_id", IdKind.INTERVIEW),
        ("get_interview_result_details", "interview_result_id", IdKind.INTERVIEW_RESULT),
    )
    for operation, field, kind in probes:
        try:
            found: Any = await call.client.call(operation, params={field: value})
        except (NotFoundError, InvalidFieldError):
            continue
        name = found.get("name") if isinstance(found, dict) else None
        multi = found.get("is_multistage") if isinstance(found, dict) else None
        seen = Seen(kind, name=name, how=f"looked up with {operation}", multi_stage=multi)
        call.ids.memory.remember(value, seen)
        return seen
    return None


def _unknown(value: str) -> IdDescription:
    return IdDescription(
        kind="unknown",
        id=value,
        how="not seen in any tool result, and neither an interview nor a result lookup knows it",
        ruled_out=["interview", "multi-stage position", "interview result"],
        message=(
            "It may be a candidate, person, result row or other id this session has not seen. "
            "List candidates or results first (list_candidates, list_interview_results), "
            "then ask again."
        ),
    )


async def _describe_name(call: Call, name: str) -> IdDescription:
    """What a name or email stands for: the first kind with one match, or what matched."""
    kinds = (
        (IdKind.CANDIDATE,)
        if "@" in name
        else (IdKind.INTERVIEW, IdKind.CANDIDATE, IdKind.MERCHANT)
    )
    ambiguous: list[str] = []
    for kind in kinds:
        try:
            resolved = await call.ids.resolve("id", name, kind)
        except IdRefused as exc:
            if "nothing in this account matches" not in str(exc):
                ambiguous.append(str(exc).removeprefix("id: "))
            continue
        seen = call.ids.memory.get(resolved.id) or Seen(kind, name=resolved.name)
        return _described(call, resolved.id, seen, how=resolved.how)
    searched = "candidates" if "@" in name else "interviews, candidates or sub-merchants"
    message = " ".join(ambiguous) or (
        f"Nothing named {name!r} among the account's {searched}. Search with part of the "
        "name (list_interviews or list_candidates with filter_text), or pass the id itself."
    )
    return IdDescription(kind="unknown", name=name, message=message)


__all__ = ["build_admin_link", "describe_id"]
