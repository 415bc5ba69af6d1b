"""Interview writes: create interviews (generated or from your questions) and personas, update."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from mcp.server.mcpserver import Context
from mcp.server.mcpserver.exceptions import ToolError
from pydantic import Field

from jobmojito_mcp.ids import IdKind
from jobmojito_mcp.tools.call import Call, calling
from jobmojito_mcp.tools.interview_settings import (
    CandidateExpectations,
    CreateStatus,
    Description,
    DescriptionLong,
    InterviewTemplateId,
    InterviewUpdateOptions,
    KnowledgeBaseStoreId,
    Language,
    Location,
    Name,
    NewInterviewOptions,
    PersonaOptions,
    ProductType,
    Questions,
    RecruiterPersonId,
    Visibility,
    language_code,
    question_entries,
)
from jobmojito_mcp.tools.interviews import InterviewStatus
from jobmojito_mcp.tools.models import Lenient
from jobmojito_mcp.tools.options import OptionsDict, described, read_options
from jobmojito_mcp.tools.params import InterviewId, MerchantId

DRAFT_NOTE = "Saved as a draft: set_interview_state(status='active') opens it to candidates."

NewInterviewSettings = Annotated[OptionsDict, described(NewInterviewOptions)]
UpdateSettings = Annotated[OptionsDict, described(InterviewUpdateOptions)]
PersonaSettings = Annotated[OptionsDict, described(PersonaOptions)]


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
        Description, Field(description="Short summary; generated if left out.")
    ] = None,
    description_long: DescriptionLong = None,
    candidate_expectations: CandidateExpectations = None,
    type: ProductType = "interview",
    status: CreateStatus = "draft",
    visibility: Visibility = "merchant_invite",
    interview_length: Annotated[
        int | None, Field(ge=1, le=40, description="Questions to generate (default 5 to 8).")
    ] = None,
    knowledge_base_store_id: KnowledgeBaseStoreId = None,
    recruiter_person_id: RecruiterPersonId = None,
    merchant_id: MerchantId = None,
    options: NewInterviewSettings = None,
) -> CreatedInterview:
    settings = read_options(NewInterviewOptions, options, create_interview)
    language = language_code(mojito_language_code)
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
            "mojito_language_code": language,
            "description": description,
            "description_long": description_long,
            "candidate_expectations": candidate_expectations,
            "type": type,
            "status": status,
            "visibility": visibility,
            "interview_length": interview_length,
            **settings.request(),
        }
        answer = await call.api("create_interview", request, ids=ids)
        return _created(call, answer, name=name, type=type, status=status)


async def create_interview_from_questions(
    ctx: Context,
    name: Name,
    location: Location,
    description: Annotated[
        str, Field(min_length=1, max_length=2000, description="Short summary candidates see.")
    ],
    interview_template_id: InterviewTemplateId,
    mojito_language_code: Language,
    questions: Questions,
    description_long: DescriptionLong = None,
    candidate_expectations: CandidateExpectations = None,
    type: ProductType = "interview",
    status: CreateStatus = "draft",
    visibility: Visibility = "merchant_invite",
    knowledge_base_store_id: KnowledgeBaseStoreId = None,
    recruiter_person_id: RecruiterPersonId = None,
    merchant_id: MerchantId = None,
    options: NewInterviewSettings = None,
) -> CreatedInterview:
    settings = read_options(NewInterviewOptions, options, create_interview_from_questions)
    language = language_code(mojito_language_code)
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
            "mojito_language_code": language,
            "questions": entries,
            "description_long": description_long,
            "candidate_expectations": candidate_expectations,
            "type": type,
            "status": status,
            "visibility": visibility,
            **settings.request(),
        }
        answer = await call.api("create_interview_from_questions", request, ids=ids)
        return _created(call, answer, name=name, type=type, status=status)


async def update_interview(
    ctx: Context,
    interview_id: InterviewId,
    name: Name | None = None,
    status: Annotated[
        InterviewStatus | None, Field(description="active opens it; archived closes it.")
    ] = None,
    visibility: Visibility | None = None,
    description: Description = None,
    questions: Annotated[
        Questions | None,
        Field(description="New full list; sent ids are kept, others removed. Single-stage only."),
    ] = None,
    interview_template_id: InterviewTemplateId | None = None,
    knowledge_base_store_id: KnowledgeBaseStoreId = None,
    recruiter_person_id: RecruiterPersonId = None,
    options: UpdateSettings = None,
) -> InterviewUpdate:
    settings = read_options(InterviewUpdateOptions, options, update_interview)
    entries = question_entries(questions) if questions is not None else None
    if settings.regenerate_candidate_expectations and entries is None:
        raise ToolError(
            "options.regenerate_candidate_expectations works only together with questions; "
            "send the question list too, or leave it out."
        )
    request: dict[str, Any] = {
        "name": name,
        "status": status,
        "visibility": visibility,
        "description": description,
        "questions": entries,
        **settings.request(),
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


Role = Annotated[str, Field(min_length=1, max_length=500)]


async def create_persona(
    ctx: Context,
    name: Name,
    interview_template_id: InterviewTemplateId,
    mojito_language_code: Language,
    portal: Annotated[
        Literal["interview", "coaching"],
        Field(
            description="interview: recruiting, on your credits; coaching: a learner's practice."
        ),
    ],
    persona_role_avatar: Annotated[
        Role, Field(description="e.g. 'is to act as a customer whose order arrived late'.")
    ],
    persona_role_user: Annotated[Role, Field(description="e.g. 'is to be the support agent'.")],
    status: CreateStatus = "draft",
    visibility: Visibility = "merchant_invite",
    description: Annotated[
        str | None, Field(max_length=1000, description="Scene shown before the session.")
    ] = None,
    opening_line: Annotated[
        str | None, Field(max_length=1000, description="The avatar's first words, in character.")
    ] = None,
    recruiter_person_id: RecruiterPersonId = None,
    merchant_id: MerchantId = None,
    options: PersonaSettings = None,
) -> CreatedInterview:
    settings = read_options(PersonaOptions, options, create_persona)
    language = language_code(mojito_language_code)
    if settings.interview_attempts is not None and portal == "coaching":
        raise ToolError(
            "options.interview_attempts applies only to portal='interview'; coaching personas "
            "have no attempt limit. Leave it out, or use portal='interview'."
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
            "mojito_language_code": language,
            "portal": portal,
            "persona_role_avatar": persona_role_avatar,
            "persona_role_user": persona_role_user,
            "status": status,
            "visibility": visibility,
            "description": description,
            "opening_line": opening_line,
            **settings.request(),
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


__all__ = [
    "create_interview",
    "create_interview_from_questions",
    "create_persona",
    "update_interview",
]
