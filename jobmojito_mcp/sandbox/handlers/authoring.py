"""Creating interviews and personas."""

from __future__ import annotations

from typing import Any

from .. import texts
from ..links import embed_keys
from ..params import (
    ApiError,
    Call,
    Route,
    boolean,
    enum,
    invalid,
    number,
    obj,
    required_enum,
    required_text,
    string_list,
    text,
    timestamp,
    uuid_field,
)
from ..records import interview_record, question_record
from ..vocabulary import (
    CREATE_STATUSES,
    CREATE_TYPES,
    FULL_SESSION_RECORDINGS,
    INTERVIEW_STYLES,
    LANGUAGE_CODES,
    PORTALS,
    RECORDINGS,
    RESULT_VIEWS,
    SENIORITY_LEVELS,
    SPEEDS,
    VIDEO_INTRODUCTIONS,
    VISIBILITIES,
)

DEFAULT_MAX_DURATION = 1200


def check_template(call: Call, merchant_id: str, template_id: str | None, status: int) -> None:
    template = call.store.template(template_id)
    if template is None or template["merchant_id"] not in (None, merchant_id):
        raise ApiError(
            status,
            "interview_template_id does not match any interview template.",
            "interview_template_id" if status == 422 else None,
        )


def check_knowledge_base(call: Call, merchant_id: str, store_id: str | None, status: int) -> None:
    if store_id is None:
        return
    found = call.store.knowledge_bases.get(store_id)
    if found is None or found["merchant_id"] != merchant_id:
        raise ApiError(
            status,
            "knowledge_base_store_id does not match any knowledge base.",
            "knowledge_base_store_id" if status == 422 else None,
        )


def check_recruiter(call: Call, merchant_id: str, profile_id: str | None) -> None:
    if profile_id is None:
        return
    for member in call.store.team:
        if member["profile_id"] == profile_id and member["merchant_id"] == merchant_id:
            return
    raise invalid(
        "recruiter_profile_id", "recruiter_profile_id is not a recruiter of this merchant."
    )


def common_settings(body: dict[str, Any]) -> dict[str, Any]:
    """Check the optional settings the create endpoints share; return the stored columns."""
    enum(body, "recording", RECORDINGS)
    enum(body, "recording_full_session", FULL_SESSION_RECORDINGS)
    enum(body, "result_view", RESULT_VIEWS)
    enum(body, "interview_conversation_speed", SPEEDS)
    enum(body, "candidate_video_introduction", VIDEO_INTRODUCTIONS)
    number(body, "interview_attempts", low=1, high=20)
    number(body, "max_followups", low=0, high=999, integer=True)
    number(body, "questions_random_subset", low=0.01, high=0.9)
    number(body, "max_duration", low=1)
    for name in ("hiring_for_company", "custom_scoring", "pdf_export_auto_config"):
        obj(body, name)
    for name in ("is_embedded", "required_pronunciation", "result_enable_edit_transcript"):
        boolean(body, name)
    columns = {
        "recording": body.get("recording"),
        "recording_full_session": body.get("recording_full_session"),
        "result_view": body.get("result_view") or "minimal",
        "interview_conversation_speed": body.get("interview_conversation_speed"),
        "candidate_video_introduction": body.get("candidate_video_introduction") or "hidden",
        "max_followups": body.get("max_followups"),
        "max_duration": body.get("max_duration") or DEFAULT_MAX_DURATION,
        "questions_random_subset": body.get("questions_random_subset"),
        "code": text(body, "code"),
        "cover_image_url": text(body, "cover_image_url"),
        "interview_department": text(body, "interview_department"),
        "interview_salary": text(body, "interview_salary"),
        "interview_available_till": timestamp(body, "interview_available_till"),
        "tags": string_list(body, "tags") or [],
        "pdf_export_auto_config": body.get("pdf_export_auto_config"),
        "required_pronunciation": bool(body.get("required_pronunciation")),
        "result_enable_edit_transcript": body.get("result_enable_edit_transcript") is not False,
    }
    attempts, scoring = body.get("interview_attempts"), body.get("custom_scoring")
    if attempts is not None or scoring:
        columns["result_scoring"] = {**(scoring or {}), "max_retries": attempts or 1}
    return columns


def _required_basics(call: Call, body: dict[str, Any], *, location: bool) -> dict[str, Any]:
    basics = {"name": required_text(body, "name")}
    if location:
        basics["location"] = required_text(body, "location")
    basics["template_id"] = required_text(body, "interview_template_id")
    basics["language"] = required_enum(body, "mojito_language_code", LANGUAGE_CODES)
    basics["status"] = required_enum(body, "status", CREATE_STATUSES)
    return basics


def _store_interview(call: Call, record: dict[str, Any], body: dict[str, Any]) -> dict[str, Any]:
    record["recruiter_profile_id"] = text(body, "recruiter_profile_id")
    record["_messages"] = {
        "welcome": text(body, "welcome_message"),
        "thank_you": text(body, "thank_you_message"),
    }
    call.store.interviews[record["id"]] = record
    answer = {"interview_def_set_id": record["id"]}
    if body.get("is_embedded"):
        record["_embed"] = embed_keys(call.store)
        answer.update(record["_embed"])
    return answer


def _creation_parameters(body: dict[str, Any], **extra: Any) -> dict[str, Any]:
    names = (
        "interview_type",
        "interview_tone",
        "additional_context",
        "seniority_level",
        "include_rapport_question",
        "include_closing_prompt",
        "knowledge_base_store_id",
        "hiring_for_company",
    )
    return {**{n: body.get(n) for n in names}, **extra}


def create_interview(call: Call) -> dict[str, Any]:
    body = call.body
    basics = _required_basics(call, body, location=True)
    uuid_field(body, "interview_template_id", required=True)
    kind = required_enum(body, "type", CREATE_TYPES)
    visibility = required_enum(body, "visibility", VISIBILITIES)
    enum(body, "interview_type", INTERVIEW_STYLES)
    enum(body, "seniority_level", SENIORITY_LEVELS)
    length = number(body, "interview_length", low=1, high=40) or 8
    settings = common_settings(body)
    merchant_id = call.merchant(body.get("merchant_id"))
    check_template(call, merchant_id, basics["template_id"], 422)
    check_knowledge_base(call, merchant_id, text(body, "knowledge_base_store_id"), 422)
    check_recruiter(call, merchant_id, text(body, "recruiter_profile_id"))

    count = int(min(length, max(1, settings["max_duration"] // 120), 40))
    wording = [q.format(role=basics["name"]) for q in texts.GENERATED_QUESTIONS]
    wording = (wording * (count // len(wording) + 1))[:count]
    questions = [question_record(call.store, {"question": q}, basics["language"]) for q in wording]
    stamp = call.store.now()
    record = interview_record(
        call.store,
        merchant_id=merchant_id,
        name=basics["name"],
        kind=kind,
        status=basics["status"],
        visibility=visibility,
        language=basics["language"],
        template_id=basics["template_id"],
        created_at=stamp,
        questions=questions,
        interview_location=basics["location"],
        knowledge_base_store_id=text(body, "knowledge_base_store_id"),
        description=text(body, "description") or f"{basics['name']} at our company.",
        interview_description_long=text(body, "description_long"),
        candidate_expectations=text(body, "candidate_expectations"),
        creation_parameters=_creation_parameters(body, interview_length=length),
        **settings,
    )
    answer = _store_interview(call, record, body)
    return {**answer, "questions_generated": count, "max_duration": settings["max_duration"]}


def check_question_entries(body: dict[str, Any], name: str = "questions") -> list[dict[str, Any]]:
    """The question entries of a body, checked for shape and conditional-parent order."""
    entries = body.get(name)
    if not isinstance(entries, list) or not entries:
        raise invalid(name, f"{name} must be a non-empty array.")
    seen: set[str] = set()
    for entry in entries:
        if not isinstance(entry, dict):
            raise invalid(name, "Each question must be an object.")
        wording = entry.get("question")
        if not isinstance(wording, str) or not wording.strip():
            raise invalid(name, "Each question needs a non-empty question text.")
        parent = entry.get("conditional_question_main_id")
        if parent is not None and parent not in seen:
            raise invalid(name, "A conditional question must follow the question it depends on.")
        if isinstance(entry.get("id"), str):
            seen.add(entry["id"])
    return entries


def link_conditionals(records: list[dict[str, Any]], entries: list[dict[str, Any]]) -> None:
    """Point conditional questions at their parents' stored ids instead of the sent ones."""
    sent_ids = {e.get("id"): r["id"] for e, r in zip(entries, records, strict=True) if e.get("id")}
    for record in records:
        parent = record.get("conditional_question_main_id")
        if parent is not None:
            record["conditional_question_main_id"] = sent_ids.get(parent, parent)


def create_interview_from_questions(call: Call) -> dict[str, Any]:
    body = call.body
    basics = _required_basics(call, body, location=True)
    description = text(body, "description", required=True)
    kind = required_enum(body, "type", CREATE_TYPES)
    visibility = required_enum(body, "visibility", VISIBILITIES)
    entries = check_question_entries(body)
    enum(body, "interview_type", INTERVIEW_STYLES)
    enum(body, "seniority_level", SENIORITY_LEVELS)
    obj(body, "candidate_expectations_json")
    settings = common_settings(body)
    merchant_id = call.merchant(body.get("merchant_id"))
    # This endpoint reports unresolved template and knowledge-base ids as server errors.
    check_template(call, merchant_id, basics["template_id"], 500)
    check_knowledge_base(call, merchant_id, text(body, "knowledge_base_store_id"), 500)
    check_recruiter(call, merchant_id, text(body, "recruiter_profile_id"))

    language = basics["language"]
    questions = [question_record(call.store, entry, language) for entry in entries]
    link_conditionals(questions, entries)
    record = interview_record(
        call.store,
        merchant_id=merchant_id,
        name=basics["name"],
        kind=kind,
        status=basics["status"],
        visibility=visibility,
        language=language,
        template_id=basics["template_id"],
        created_at=call.store.now(),
        questions=questions,
        interview_location=basics["location"],
        description=description,
        knowledge_base_store_id=text(body, "knowledge_base_store_id"),
        interview_description_long=text(body, "description_long"),
        candidate_expectations=text(body, "candidate_expectations"),
        candidate_expectations_json=body.get("candidate_expectations_json"),
        creation_parameters=_creation_parameters(body),
        **settings,
    )
    return _store_interview(call, record, body)


def create_persona(call: Call) -> dict[str, Any]:
    body = call.body
    basics = _required_basics(call, body, location=False)
    uuid_field(body, "interview_template_id", required=True)
    visibility = required_enum(body, "visibility", VISIBILITIES)
    role_avatar = text(body, "persona_role_avatar", required=True)
    role_user = text(body, "persona_role_user", required=True)
    portal = enum(body, "portal", PORTALS) or "coaching"
    text(body, "candidate_expectations", max_len=2100)
    settings = common_settings(body)
    merchant_id = call.merchant(body.get("merchant_id"))
    check_template(call, merchant_id, basics["template_id"], 422)
    check_recruiter(call, merchant_id, text(body, "recruiter_profile_id"))

    if portal == "interview" and body.get("interview_attempts") is None:
        settings["result_scoring"] = {"max_retries": 3}
    persona_fields = (
        "persona_role_avatar",
        "persona_role_user",
        "persona_avatar_who_is",
        "persona_avatar_knowledge",
        "persona_avatar_end_conditions",
        "persona_avatar_progress",
        "opening_line",
    )
    record = interview_record(
        call.store,
        merchant_id=merchant_id,
        name=basics["name"],
        kind="persona_interview" if portal == "interview" else "persona",
        status=basics["status"],
        visibility=visibility,
        language=basics["language"],
        template_id=basics["template_id"],
        created_at=call.store.now(),
        questions=[],
        description=text(body, "description"),
        interview_location=text(body, "interview_location"),
        candidate_expectations=text(body, "candidate_expectations"),
        _persona={name: body.get(name) for name in persona_fields},
        **settings,
    )
    record["_persona"].update(persona_role_avatar=role_avatar, persona_role_user=role_user)
    return _store_interview(call, record, body)


ROUTES = [
    Route("POST", "/job-interview-create", create_interview, write=True),
    Route("POST", "/job-interview-create-from-array", create_interview_from_questions, write=True),
    Route("POST", "/persona-create", create_persona, write=True),
]
