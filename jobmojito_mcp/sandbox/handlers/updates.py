"""Updating an interview or position in place, including the question-list diff."""

from __future__ import annotations

import copy
from typing import Any

from ..params import (
    Call,
    Route,
    boolean,
    enum,
    invalid,
    number,
    obj,
    string_list,
    text,
    timestamp,
    uuid_field,
)
from ..records import INTERVIEW_ONLY_FIELDS, QUESTION_FIELDS, question_record
from ..vocabulary import (
    COACH_PLANS,
    CREATE_TYPES,
    FULL_SESSION_RECORDINGS,
    INTERVIEW_STATUSES,
    INTERVIEW_STYLES,
    RECORDINGS,
    RESULT_VIEWS,
    SENIORITY_LEVELS,
    SPEEDS,
    TYPE_CREDITS,
    VIDEO_INTRODUCTIONS_UPDATE,
    VISIBILITIES,
)
from .authoring import (
    check_knowledge_base,
    check_question_entries,
    check_recruiter,
    check_template,
    link_conditionals,
)
from .interviews import apply_status, find_interview

# Request fields whose stored column has another name.
_COLUMNS = {
    "location": "interview_location",
    "description_long": "interview_description_long",
    "interview_attempts": "result_scoring",
    "custom_scoring": "result_scoring",
    "interview_type": "creation_parameters",
    "interview_tone": "creation_parameters",
    "seniority_level": "creation_parameters",
    "hiring_for_company": "creation_parameters",
}
_BLANK_IS_NULL = ("code", "location", "interview_department", "interview_salary")
_TEXTS = (
    "name",
    "code",
    "location",
    "cover_image_url",
    "description",
    "description_long",
    "interview_department",
    "interview_salary",
    "candidate_expectations",
    "interview_tone",
)
_ENUMS: dict[str, tuple[str, ...]] = {
    "visibility": VISIBILITIES,
    "type": CREATE_TYPES,
    "type_credit": TYPE_CREDITS,
    "coach_plan": COACH_PLANS,
    "recording": RECORDINGS,
    "recording_full_session": FULL_SESSION_RECORDINGS,
    "result_view": RESULT_VIEWS,
    "candidate_video_introduction": VIDEO_INTRODUCTIONS_UPDATE,
    "interview_conversation_speed": SPEEDS,
    "interview_type": INTERVIEW_STYLES,
    "seniority_level": SENIORITY_LEVELS,
}
_BOOLEANS = (
    "regenerate_candidate_expectations", "required_pronunciation", "result_enable_edit_transcript",
)  # fmt: skip
_OBJECTS = (
    "candidate_expectations_json", "custom_scoring", "hiring_for_company", "pdf_export_auto_config",
)  # fmt: skip
_NOT_NULL = ("status", "visibility", "type", "result_view", "interview_template_id", "questions")
_INTERVIEW_ONLY = (
    *INTERVIEW_ONLY_FIELDS,
    "questions",
    "regenerate_candidate_expectations",
    "type",
    "interview_template_id",
    "interview_attempts",
    "custom_scoring",
    "interview_type",
    "interview_tone",
    "seniority_level",
)


def _check(call: Call, record: dict[str, Any], body: dict[str, Any]) -> dict[str, Any]:
    """Check every sent field; return the values to write, keyed by request field."""
    merchant_id = record["merchant_id"]
    values: dict[str, Any] = {}
    for name, value in body.items():
        if name == "position_id":
            continue
        if value is None and name in _NOT_NULL:
            raise invalid(name, f"{name} cannot be null.")
        if name == "status":
            values[name] = enum(body, name, INTERVIEW_STATUSES)
        elif name in _ENUMS:
            values[name] = enum(body, name, _ENUMS[name])
        elif name in _TEXTS:
            values[name] = text(body, name)
            if name == "name" and not (value or "").strip():
                raise invalid(name, "name cannot be blank.")
        elif name == "tags":
            values[name] = string_list(body, name)
        elif name == "questions":
            values[name] = check_question_entries(body)
        elif name in _BOOLEANS:
            values[name] = boolean(body, name)
        elif name == "max_followups":
            values[name] = number(body, name, low=0, high=999, integer=True)
        elif name == "max_duration":
            values[name] = number(body, name, low=1)
        elif name == "questions_random_subset":
            values[name] = number(body, name, low=0.01, high=0.9)
        elif name == "interview_attempts":
            values[name] = number(body, name, low=1, high=20)
        elif name in _OBJECTS:
            values[name] = obj(body, name)
        elif name == "interview_available_till":
            values[name] = timestamp(body, name)
        elif name == "interview_template_id":
            check_template(call, merchant_id, text(body, name), 422)
            values[name] = body[name]
        elif name == "knowledge_base_store_id":
            check_knowledge_base(call, merchant_id, text(body, name), 422)
            values[name] = body[name]
        elif name == "recruiter_profile_id":
            check_recruiter(call, merchant_id, text(body, name))
            values[name] = body[name]
    return values


def _write(call: Call, record: dict[str, Any], values: dict[str, Any]) -> list[str]:
    written: list[str] = []

    def mark(column: str) -> None:
        if column not in written:
            written.append(column)

    for name, value in values.items():
        if name in ("status", "questions", "regenerate_candidate_expectations"):
            continue
        column = _COLUMNS.get(name, name)
        if name in _BLANK_IS_NULL and isinstance(value, str) and not value.strip():
            value = None
        if column == "result_scoring":
            scoring = dict(record["result_scoring"] or {})
            if name == "interview_attempts":
                scoring["max_retries"] = value
            else:
                scoring.update(value or {})
            value = scoring
        elif column == "creation_parameters":
            value = {**(record["creation_parameters"] or {}), name: copy.deepcopy(value)}
        record[column] = copy.deepcopy(value)
        mark(column)
        if name == "type" and "type_credit" not in values:
            coaching = value not in ("interview", "assessment")
            record["type_credit"] = "interview_coach_manager" if coaching else None
            mark("type_credit")
        if name == "interview_template_id":
            template = call.store.template(value) or {}
            record["interview_template_type"] = record["type_avatar"] = template.get("type")
            record["is_voice_only"] = template.get("type") == "interactive_elevenlabs"
    if values.get("status") is not None:
        apply_status(call, record, values["status"])
        mark("status")
    return written


def _same(stored: dict[str, Any], entry: dict[str, Any]) -> bool:
    return all(stored.get(k) == v for k, v in entry.items() if k in QUESTION_FIELDS and k != "id")


def _diff(call: Call, record: dict[str, Any], entries: list[dict[str, Any]]) -> dict[str, Any]:
    stored = record["_questions"]
    by_external = {q["external_id"]: q for q in stored if q["external_id"]}
    by_id = {q["id"]: q for q in stored}
    language = record["mojito_language_code"]
    used: set[str] = set()
    result: list[dict[str, Any]] = []
    kept: list[str] = []
    added: list[str] = []
    replaced: list[dict[str, str]] = []
    for entry in entries:
        match = by_external.get(entry.get("external_id")) or by_id.get(entry.get("id"))
        if match is not None and match["id"] in used:
            match = None
        if match is None:
            question = question_record(call.store, entry, language)
            added.append(question["id"])
        elif _same(match, entry):
            question = match
            kept.append(match["id"])
        else:
            merged = {**match, **{k: v for k, v in entry.items() if k != "id"}}
            question = question_record(call.store, merged, language)
            replaced.append({"from": match["id"], "to": question["id"]})
        if match is not None:
            used.add(match["id"])
        result.append(question)
    link_conditionals(result, entries)
    removed = [q["id"] for q in stored if q["id"] not in used]
    changed = bool(added or removed or replaced)
    record["_questions"] = result
    welcome, thank_you = record["_steps"]
    return {
        "kept": kept,
        "added": added,
        "removed": removed,
        "replaced": replaced,
        "question_ids": [welcome, *(q["id"] for q in result), thank_you],
        "reactivated": changed and record["status"] == "active",
    }


def update_interview(call: Call) -> dict[str, Any]:
    body = call.body
    interview_id = uuid_field(body, "position_id", required=True)
    record = find_interview(call, interview_id, "position_id")
    position = record["_kind"] == "position"
    if position:
        refused = next((name for name in body if name in _INTERVIEW_ONLY), None)
        if refused:
            raise invalid(refused, f"{refused} cannot be set on a multi-stage position.")
    values = _check(call, record, body)

    written = _write(call, record, values)
    answer: dict[str, Any] = {"position_id": record["id"], "is_multistage": position}
    if "questions" in values:
        answer["questions_diff"] = _diff(call, record, values["questions"])
        written.append("questions")
        if values.get("regenerate_candidate_expectations"):
            wording = [q["question"] for q in record["_questions"]]
            record["candidate_expectations_json"] = {
                "weak": wording[:1],
                "moderate": wording[1:3],
                "strong": wording[3:],
            }
            written.append("candidate_expectations_json")
    if written:
        record["updated_at"] = call.store.now()
    answer["updated_fields"] = written
    return answer


ROUTES = [Route("POST", "/job-interview-update", update_interview, write=True)]
