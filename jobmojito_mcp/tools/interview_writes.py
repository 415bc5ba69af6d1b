"""Interview writes: create interviews (generated or from your questions) and personas, update."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from mcp.server.mcpserver import Context
from mcp.server.mcpserver.exceptions import ToolError
from pydantic import Field

from jobmojito_mcp.ids import IdKind
from jobmojito_mcp.tools.call import Call, calling
from jobmojito_mcp.tools.interview_settings import (
    Attempts,
    AvailableTill,
    CandidateExpectations,
    CreateStatus,
    Description,
    DescriptionLong,
    Embedded,
    HiringFor,
    InterviewStyle,
    InterviewTemplateId,
    KnowledgeBaseStoreId,
    Language,
    Location,
    MaxDuration,
    MaxFollowups,
    Message,
    Name,
    ProductType,
    Questions,
    Recording,
    RecruiterPersonId,
    ResultView,
    Seniority,
    Tags,
    Tone,
    Visibility,
    hiring_for,
    question_entries,
)
from jobmojito_mcp.tools.interviews import InterviewStatus
from jobmojito_mcp.tools.models import Lenient
from jobmojito_mcp.tools.params import InterviewId, MerchantId

DRAFT_NOTE = "Saved as a draft: set_interview_state(status='active') opens it to candidates."


class CreatedInterview(Lenient):
    interview_id: str | None = None
    name: str | None = None
    type: str | None = None
    status: str | None = None
    questions_generated: int | None = None
    admin_url: str | None = None
    notes: list[str] | None = None


class InterviewUpdate(Lenient):
    interview_id: str | None = None
    name: str | None = None
    is_multistage: bool | None = None
    updated_fields: list[str] | None = None
    questions_diff: dict[str, Any] | None = None
    admin_url: str | None = None
    notes: list[str] | None = None


async def create_interview(
    ctx: Context,
    name: Name,
    location: Location,
    interview_template_id: InterviewTemplateId,
    mojito_language_code: Language,
    description: Annotated[
        str | None,
        Field(
            max_length=2000,
            description="Short description candidates see; written for you "
            "from the name and context when left out.",
        ),
    ] = None,
    description_long: DescriptionLong = None,
    candidate_expectations: CandidateExpectations = None,
    type: ProductType = "interview",
    status: CreateStatus = "draft",
    visibility: Visibility = "merchant_invite",
    interview_type: InterviewStyle = None,
    seniority_level: Seniority = None,
    interview_tone: Tone = None,
    interview_length: Annotated[
        int | None,
        Field(
            ge=1,
            le=40,
            description="Questions to generate (default 5 to 8); at most one "
            "per two minutes of max_duration.",
        ),
    ] = None,
    max_duration: MaxDuration = None,
    interview_attempts: Attempts = None,
    max_followups: MaxFollowups = None,
    result_view: ResultView = None,
    recording: Recording = None,
    knowledge_base_store_id: KnowledgeBaseStoreId = None,
    recruiter_person_id: RecruiterPersonId = None,
    hiring_for_company: HiringFor = None,
    tags: Tags = None,
    interview_available_till: AvailableTill = None,
    is_embedded: Embedded = None,
    merchant_id: MerchantId = None,
) -> CreatedInterview:
    _check_date("interview_available_till", interview_available_till)
    async with calling(ctx) as call:
        ids = await _asset_ids(
            call,
            interview_template_id=interview_template_id,
            knowledge_base_store_id=knowledge_base_store_id,
            recruiter_person_id=recruiter_person_id,
            merchant_id=merchant_id,
        )
        request: dict[str, Any] = {
            "name": name,
            "location": location,
            "mojito_language_code": mojito_language_code,
            "description": description,
            "description_long": description_long,
            "candidate_expectations": candidate_expectations,
            "type": type,
            "status": status,
            "visibility": visibility,
            "interview_type": interview_type,
            "seniority_level": seniority_level,
            "interview_tone": interview_tone,
            "interview_length": interview_length,
            "max_duration": max_duration,
            "interview_attempts": interview_attempts,
            "max_followups": max_followups,
            "result_view": result_view,
            "recording": recording,
            "hiring_for_company": hiring_for(hiring_for_company),
            "tags": tags,
            "interview_available_till": interview_available_till,
            "is_embedded": is_embedded,
        }
        answer = await call.api("create_interview", request, ids=ids)
        return _created(call, answer, name=name, type=type, status=status)


async def create_interview_from_questions(
    ctx: Context,
    name: Name,
    location: Location,
    description: Annotated[
        str, Field(min_length=1, max_length=2000, description="Short description candidates see.")
    ],
    interview_template_id: InterviewTemplateId,
    mojito_language_code: Language,
    questions: Annotated[Questions, Field(description="The questions, in the order asked.")],
    description_long: DescriptionLong = None,
    candidate_expectations: CandidateExpectations = None,
    type: ProductType = "interview",
    status: CreateStatus = "draft",
    visibility: Visibility = "merchant_invite",
    interview_type: InterviewStyle = None,
    seniority_level: Seniority = None,
    interview_tone: Tone = None,
    max_duration: MaxDuration = None,
    interview_attempts: Attempts = None,
    max_followups: MaxFollowups = None,
    result_view: ResultView = None,
    recording: Recording = None,
    knowledge_base_store_id: KnowledgeBaseStoreId = None,
    recruiter_person_id: RecruiterPersonId = None,
    hiring_for_company: HiringFor = None,
    tags: Tags = None,
    interview_available_till: AvailableTill = None,
    is_embedded: Embedded = None,
    merchant_id: MerchantId = None,
) -> CreatedInterview:
    _check_date("interview_available_till", interview_available_till)
    entries = question_entries(questions)
    async with calling(ctx) as call:
        ids = await _asset_ids(
            call,
            interview_template_id=interview_template_id,
            knowledge_base_store_id=knowledge_base_store_id,
            recruiter_person_id=recruiter_person_id,
            merchant_id=merchant_id,
        )
        request: dict[str, Any] = {
            "name": name,
            "location": location,
            "description": description,
            "mojito_language_code": mojito_language_code,
            "questions": entries,
            "description_long": description_long,
            "candidate_expectations": candidate_expectations,
            "type": type,
            "status": status,
            "visibility": visibility,
            "interview_type": interview_type,
            "seniority_level": seniority_level,
            "interview_tone": interview_tone,
            "max_duration": max_duration,
            "interview_attempts": interview_attempts,
            "max_followups": max_followups,
            "result_view": result_view,
            "recording": recording,
            "hiring_for_company": hiring_for(hiring_for_company),
            "tags": tags,
            "interview_available_till": interview_available_till,
            "is_embedded": is_embedded,
        }
        answer = await call.api("create_interview_from_questions", request, ids=ids)
        return _created(call, answer, name=name, type=type, status=status)


async def update_interview(
    ctx: Context,
    interview_id: InterviewId,
    name: Name | None = None,
    status: Annotated[
        InterviewStatus | None,
        Field(description="New status: active opens it to candidates, archived closes it."),
    ] = None,
    visibility: Visibility | None = None,
    description: Description = None,
    description_long: DescriptionLong = None,
    location: Location | None = None,
    candidate_expectations: CandidateExpectations = None,
    type: ProductType | None = None,
    interview_template_id: InterviewTemplateId | None = None,
    knowledge_base_store_id: KnowledgeBaseStoreId = None,
    recruiter_person_id: RecruiterPersonId = None,
    interview_type: InterviewStyle = None,
    seniority_level: Seniority = None,
    interview_tone: Tone = None,
    max_duration: MaxDuration = None,
    interview_attempts: Attempts = None,
    max_followups: MaxFollowups = None,
    result_view: ResultView = None,
    recording: Recording = None,
    hiring_for_company: HiringFor = None,
    tags: Tags = None,
    interview_available_till: AvailableTill = None,
    questions: Annotated[
        Questions | None,
        Field(
            description="The whole new question list, in order (single-stage interviews "
            "only). Questions sent back with their id from get_interview_definition stay as "
            "they are; stored questions left out are removed from this interview."
        ),
    ] = None,
    regenerate_candidate_expectations: Annotated[
        bool | None,
        Field(description="With questions: rebuild the scoring rubric from the new list."),
    ] = None,
) -> InterviewUpdate:
    _check_date("interview_available_till", interview_available_till)
    entries = question_entries(questions) if questions is not None else None
    if regenerate_candidate_expectations and entries is None:
        raise ToolError(
            "regenerate_candidate_expectations works only together with questions; "
            "send the question list too, or leave it out."
        )
    request: dict[str, Any] = {
        "name": name,
        "status": status,
        "visibility": visibility,
        "description": description,
        "description_long": description_long,
        "location": location,
        "candidate_expectations": candidate_expectations,
        "type": type,
        "interview_type": interview_type,
        "seniority_level": seniority_level,
        "interview_tone": interview_tone,
        "max_duration": max_duration,
        "interview_attempts": interview_attempts,
        "max_followups": max_followups,
        "result_view": result_view,
        "recording": recording,
        "hiring_for_company": hiring_for(hiring_for_company),
        "tags": tags,
        "interview_available_till": interview_available_till,
        "questions": entries,
        "regenerate_candidate_expectations": regenerate_candidate_expectations,
    }
    linked = (interview_template_id, knowledge_base_store_id, recruiter_person_id)
    if all(value is None for value in (*request.values(), *linked)):
        raise ToolError(
            "Nothing to change: pass at least one field to update besides interview_id "
            "(read the current values with get_interview_definition)."
        )

    async with calling(ctx) as call:
        resolved = await call.ids.resolve(
            "interview_id", interview_id, IdKind.INTERVIEW, write=True
        )
        ids = await _asset_ids(
            call,
            interview_template_id=interview_template_id,
            knowledge_base_store_id=knowledge_base_store_id,
            recruiter_person_id=recruiter_person_id,
        )
        ids["interview_id"] = resolved.id
        answer = await call.api("update_interview", request, ids=ids)

        multi_stage = answer.get("is_multistage")
        call.ids.remember(
            IdKind.INTERVIEW, resolved.id, name=name or resolved.name, multi_stage=multi_stage
        )
        updated = answer.get("updated_fields")
        if updated == []:
            call.notes.append("Nothing changed: every value sent equals the stored one.")
        diff = answer.get("questions_diff")
        if isinstance(diff, dict):
            diff = {key: value for key, value in diff.items() if key != "question_ids"}
        return InterviewUpdate(
            interview_id=resolved.id,
            name=name or resolved.name,
            is_multistage=multi_stage,
            updated_fields=updated,
            questions_diff=diff,
            admin_url=call.link(IdKind.INTERVIEW, resolved.id),
            notes=call.all_notes() or None,
        )


LongText = Annotated[str | None, Field(max_length=5000)]


async def create_persona(
    ctx: Context,
    name: Name,
    interview_template_id: InterviewTemplateId,
    mojito_language_code: Language,
    portal: Annotated[
        Literal["interview", "coaching"],
        Field(
            description="interview: a role-play for recruiting; candidates are invited, "
            "results go to recruiters and it uses the account's credits. coaching: practice "
            "on the coaching portal, paid by the learner, results private to them."
        ),
    ],
    persona_role_avatar: Annotated[
        str,
        Field(
            min_length=1,
            max_length=500,
            description="The avatar's role as the candidate "
            "sees it, e.g. 'is to act as a customer whose order arrived late'.",
        ),
    ],
    persona_role_user: Annotated[
        str,
        Field(
            min_length=1,
            max_length=500,
            description="The candidate's role as they see it, "
            "e.g. 'is to be the support agent who keeps the customer'.",
        ),
    ],
    status: CreateStatus = "draft",
    visibility: Visibility = "merchant_invite",
    description: Annotated[
        str | None, Field(max_length=1000, description="Short scene shown before the session.")
    ] = None,
    opening_line: Annotated[
        str | None,
        Field(max_length=1000, description="The avatar's first words, spoken in character."),
    ] = None,
    persona_avatar_who_is: Annotated[
        LongText, Field(description="Who the avatar is: situation, personality, what drives it.")
    ] = None,
    persona_avatar_knowledge: Annotated[
        LongText, Field(description="Facts the avatar knows and may reveal as the talk goes on.")
    ] = None,
    persona_avatar_progress: Annotated[
        LongText,
        Field(
            description="How the talk moves on: 'Mode: turning point' or 'Mode: steps', "
            "then that mode's lines."
        ),
    ] = None,
    persona_avatar_end_conditions: Annotated[
        str | None, Field(max_length=2000, description="When the avatar ends the session.")
    ] = None,
    candidate_expectations: Annotated[
        str | None,
        Field(max_length=2100, description="What the candidate should achieve; guides feedback."),
    ] = None,
    welcome_message: Annotated[
        Message, Field(description="Said before the role-play starts.")
    ] = None,
    thank_you_message: Annotated[Message, Field(description="Shown after the session.")] = None,
    max_duration: MaxDuration = None,
    interview_attempts: Annotated[
        Attempts, Field(description="Attempts per candidate (portal 'interview' only; default 3).")
    ] = None,
    result_view: ResultView = None,
    recording: Recording = None,
    tags: Tags = None,
    recruiter_person_id: RecruiterPersonId = None,
    is_embedded: Embedded = None,
    merchant_id: MerchantId = None,
) -> CreatedInterview:
    if interview_attempts is not None and portal == "coaching":
        raise ToolError(
            "interview_attempts applies only to portal='interview'; coaching personas have no "
            "attempt limit. Leave it out, or use portal='interview'."
        )
    async with calling(ctx) as call:
        ids = await _asset_ids(
            call,
            interview_template_id=interview_template_id,
            recruiter_person_id=recruiter_person_id,
            merchant_id=merchant_id,
        )
        request: dict[str, Any] = {
            "name": name,
            "mojito_language_code": mojito_language_code,
            "portal": portal,
            "persona_role_avatar": persona_role_avatar,
            "persona_role_user": persona_role_user,
            "status": status,
            "visibility": visibility,
            "description": description,
            "opening_line": opening_line,
            "persona_avatar_who_is": persona_avatar_who_is,
            "persona_avatar_knowledge": persona_avatar_knowledge,
            "persona_avatar_progress": persona_avatar_progress,
            "persona_avatar_end_conditions": persona_avatar_end_conditions,
            "candidate_expectations": candidate_expectations,
            "welcome_message": welcome_message,
            "thank_you_message": thank_you_message,
            "max_duration": max_duration,
            "interview_attempts": interview_attempts,
            "result_view": result_view,
            "recording": recording,
            "tags": tags,
            "is_embedded": is_embedded,
        }
        answer = await call.api("create_persona", request, ids=ids)
        kind = "persona_interview" if portal == "interview" else "persona"
        call.notes.append(f"Personas are listed by list_interviews(type='{kind}').")
        return _created(call, answer, name=name, type=kind, status=status)


async def _asset_ids(
    call: Call,
    *,
    interview_template_id: str | None,
    knowledge_base_store_id: str | None = None,
    recruiter_person_id: str | None = None,
    merchant_id: str | None = None,
) -> dict[str, str | None]:
    """The resolved ids of the avatar, knowledge base, recruiter and merchant arguments."""
    resolve = call.ids.resolve_optional
    return {
        "interview_template_id": await resolve(
            "interview_template_id", interview_template_id, IdKind.INTERVIEW_TEMPLATE, write=True
        ),
        "knowledge_base_store_id": await resolve(
            "knowledge_base_store_id",
            knowledge_base_store_id,
            IdKind.KNOWLEDGE_BASE_STORE,
            write=True,
        ),
        "recruiter_person_id": await resolve(
            "recruiter_person_id", recruiter_person_id, IdKind.PERSON, write=True
        ),
        "merchant_id": await resolve("merchant_id", merchant_id, IdKind.MERCHANT, write=True),
    }


def _created(call: Call, answer: Any, *, name: str, type: str, status: str) -> CreatedInterview:
    """The new interview under our id name, remembered so later calls can check it."""
    answer = dict(answer) if isinstance(answer, dict) else {}
    interview_id = answer.pop("interview_def_set_id", None)
    if interview_id:
        call.ids.remember(IdKind.INTERVIEW, interview_id, name=name, multi_stage=False)
    else:
        call.notes.append("JobMojito did not return the new id; find it with list_interviews.")
    if status == "draft":
        call.notes.append(DRAFT_NOTE)
    return CreatedInterview(
        interview_id=interview_id,
        name=name,
        type=type,
        status=status,
        admin_url=call.link(IdKind.INTERVIEW, interview_id),
        notes=call.all_notes() or None,
        **answer,
    )


def _check_date(argument: str, value: str | None) -> None:
    if value is None:
        return
    try:
        datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise ToolError(
            f"{argument}: {value!r} is not an ISO date; use e.g. 2026-06-30 or "
            "2026-06-30T17:00:00Z."
        ) from None


__all__ = [
    "create_interview",
    "create_interview_from_questions",
    "create_persona",
    "update_interview",
]
