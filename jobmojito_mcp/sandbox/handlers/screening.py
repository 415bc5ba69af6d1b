"""Pre-screening: screening positions, resume screens, and the one-call candidate enrolment."""

from __future__ import annotations

import json
import re
from typing import Any

from .. import texts
from ..links import embed_keys
from ..params import (
    ApiError,
    Call,
    Route,
    enum,
    invalid,
    is_email,
    number,
    obj,
    required_enum,
    required_text,
    string_list,
    text,
    timestamp,
)
from ..records import interview_record, position_record, question_record
from ..resumes import DEFAULT_RULES, assess, resume_text
from ..vocabulary import (
    CREATE_STATUSES,
    LANGUAGE_CODES,
    PRE_SCREENING_TYPES,
    RESULT_VIEWS,
    SENIORITY_LEVELS,
    SPEEDS,
    VIDEO_INTRODUCTIONS,
)
from .authoring import check_template
from .enrolment import candidate_link, enrol

_STOP = frozenset(["with", "from", "that", "this", "your", "will", "have", "about", "into"])


def _keywords(*sources: str | None) -> list[str]:
    words: list[str] = []
    for source in sources:
        for found in re.findall(r"[\w.+#-]{4,}", (source or "").casefold()):
            word = found.strip(".-")
            if word and word not in _STOP and word not in words:
                words.append(word)
    return words[:8]


def _rule_list(body: dict[str, Any], name: str) -> list[dict[str, Any]] | None:
    value = body.get(name)
    if value is None:
        return None
    if not isinstance(value, list) or not all(
        isinstance(v, dict) and isinstance(v.get("id"), str) for v in value
    ):
        raise invalid(name, f"{name} must be an array of objects, each with an id.")
    return value


def upsert_pre_screening(call: Call) -> dict[str, Any]:
    body, store = call.body, call.store
    merchant_id = call.merchant(body.get("merchant_id"))
    kind = enum(body, "type", PRE_SCREENING_TYPES)
    status = enum(body, "status", CREATE_STATUSES)
    language = enum(body, "mojito_language_code", LANGUAGE_CODES)
    rules = _rule_list(body, "assessment_rules")
    form_fields = _rule_list(body, "form_fields")
    available_till = timestamp(body, "interview_available_till")
    target = text(body, "update_position_def_set_id")

    if target:
        position = store.interview(target)
        if position is None or position["merchant_id"] != merchant_id:
            raise ApiError(404, "No pre-screening step found for this position.")
        if not position.get("_pre_screening"):
            raise ApiError(404, "No pre-screening step found for this position.")
        screening = position["_pre_screening"]
        for key, value in (
            ("type", kind),
            ("assessment_rules", rules),
            ("form_fields", form_fields),
        ):
            if value is not None:
                screening[key] = value
        for key, column in (
            ("position_name", "name"),
            ("position_description", "description"),
            ("position_location", "interview_location"),
            ("visibility", "visibility"),
        ):
            if text(body, key) is not None:
                position[column] = body[key]
        if available_till is not None:
            position["interview_available_till"] = available_till
        if status == "active":
            position["status"] = screening["status"] = "active"
        position["updated_at"] = store.now()
        return {
            "updated": True,
            "position_def_set_id": position["id"],
            "interview_pre_screening_id": screening["id"],
        }

    name = required_text(body, "position_name")
    location = required_text(body, "position_location")
    country = required_text(body, "position_country_code")
    description = text(body, "position_description")
    position = position_record(
        store,
        merchant_id=merchant_id,
        name=name,
        status=status or "draft",
        visibility=text(body, "visibility") or "merchant_invite",
        language=language or "en",
        created_at=store.now(),
        stages=[],
        interview_location=location,
        description=description,
        interview_description_long=text(body, "position_description_long"),
        interview_available_till=available_till,
        creation_parameters=body.get("creation_parameters"),
        _keywords=_keywords(name, description, text(body, "candidate_expectations")),
        _country=(country or "").upper(),
    )
    position["_pre_screening"] = {
        "id": store.new_id("pre-screening"),
        "type": kind or "resume",
        "status": status or "draft",
        "assessment_rules": rules if rules is not None else DEFAULT_RULES,
        "form_fields": form_fields or [],
    }
    store.interviews[position["id"]] = position
    return {
        "created": True,
        "position_def_set_id": position["id"],
        "interview_pre_screening_id": position["_pre_screening"]["id"],
    }


def _screen(call: Call, fields: dict[str, Any], resume: str, form: dict[str, Any]) -> dict:
    store = call.store
    position = store.interview(fields["position_id"])
    if (
        position is None
        or position["_kind"] != "position"
        or not call.visible(position["merchant_id"])
    ):
        raise ApiError(404, "Position not found or not owned by this merchant.")
    email = fields["candidate_email"].strip().lower()
    if not is_email(email):
        raise invalid("candidate_email", "candidate_email is not a valid email address.")
    known = store.candidate_by_email(position["merchant_id"], email)
    for row in store.results_of(known["id"]) if known else []:
        if row["definition_id"] == position["id"] and row["interview_result_pre_screening_id"]:
            decision = row["_pre_screening"]["recommendation"] if row["_pre_screening"] else None
            return {
                "decision_status": decision or "unknown",
                "message": "The candidate is not waiting for a pre-screening decision.",
            }

    country = fields.get("candidate_country_code")
    form = {"residency": country, "nationality": country, **form}
    screening = position["_pre_screening"] or {}
    outcome = assess(resume, position["_keywords"], screening.get("assessment_rules"), form)
    accepted = outcome["recommendation"] == "ai_accept"
    candidate, row, _ = enrol(
        store,
        position,
        name=fields["candidate_name"],
        email=email,
        source="registered",
        external_id=fields.get("candidate_external_id"),
        step="interview" if accepted else "pre-screening",
    )
    if fields.get("candidate_linkedin_url"):
        candidate["linked_in"] = fields["candidate_linkedin_url"]
    row["interview_result_pre_screening_id"] = store.new_id("pre-screening-result")
    row["_pre_screening"] = {"score": outcome["score"], **outcome}
    row["decision_status"] = "rejected" if outcome["recommendation"] == "ai_reject" else None
    return {
        "success": True,
        "decision_status": outcome["recommendation"],
        "recommendation": outcome["recommendation"],
        "profile_interview_id": candidate["id"],
        "interview_result_pre_screening_id": row["interview_result_pre_screening_id"],
        "interview_file_id": store.new_id("file"),
        "pre_screening_score": outcome["score"],
        "resume_ai_analysis": outcome["analysis"],
        "resume_ai_education": outcome["education"],
        "resume_ai_technical_experience": outcome["experience_years"],
        "resume_ai_is_switching_profession": outcome["switching"],
        "processing_reason": outcome["reason"],
    }


def _candidate_fields(source: dict[str, Any]) -> dict[str, Any]:
    fields = {
        name: text(source, name, required=True)
        for name in ("position_id", "candidate_name", "candidate_email")
    }
    for name in ("candidate_country_code", "candidate_external_id", "candidate_linkedin_url"):
        fields[name] = text(source, name)
    return fields


def pre_screen_resume_text(call: Call) -> dict[str, Any]:
    fields = _candidate_fields(call.body)
    resume = required_text(call.body, "candidate_resume")
    return _screen(call, fields, resume, obj(call.body, "form") or {})


def pre_screen_resume_binary(call: Call) -> dict[str, Any]:
    if not call.multipart:
        raise invalid("file", "Send the resume as multipart/form-data with a file part.")
    fields = _candidate_fields(call.body)
    upload = call.files.get("file")
    if upload is None or not upload.content:
        raise invalid("file", "file is required.")
    try:
        form = json.loads(call.body["form"]) if call.body.get("form") else {}
    except ValueError:
        raise invalid("form", "form must be a JSON object encoded as a string.") from None
    if not isinstance(form, dict):
        raise invalid("form", "form must be a JSON object encoded as a string.")
    return _screen(call, fields, resume_text(upload.content), form)


def _new_position(call: Call, body: dict[str, Any], merchant_id: str) -> dict[str, Any]:
    store = call.store
    name = required_text(body, "position_name")
    location = text(body, "position_location", required=True)
    country = text(body, "position_country_code", required=True)
    language = required_enum(body, "mojito_language_code", LANGUAGE_CODES)
    template_id = text(body, "interview_template_id")
    if template_id:
        check_template(call, merchant_id, template_id, 422)
    else:
        template_id = next(a["id"] for a in store.avatars.values() if a["merchant_id"] is None)
    count = int(min(8, max(1, (number(body, "max_duration", low=1) or 1200) // 120)))
    wording = [q.format(role=name) for q in texts.GENERATED_QUESTIONS[:count]]
    stamp = store.now()
    stage = interview_record(
        store,
        merchant_id=merchant_id,
        name=f"{name} – Interview",
        kind="interview",
        status="active",
        visibility="sub_item",
        language=language,
        template_id=template_id,
        created_at=stamp,
        questions=[question_record(store, {"question": q}, language) for q in wording],
        interview_location=location,
        tags=string_list(body, "tags") or [],
    )
    description = text(body, "position_description")
    position = position_record(
        store,
        merchant_id=merchant_id,
        name=name,
        status="active",
        visibility="merchant_invite",
        language=language,
        created_at=stamp,
        stages=[stage],
        interview_location=location,
        description=description,
        interview_department=text(body, "interview_department"),
        interview_salary=text(body, "interview_salary"),
        interview_description_long=text(body, "position_description_long"),
        _keywords=_keywords(name, description),
        _country=(country or "").upper(),
        _external_id=text(body, "position_external_id"),
    )
    position["_pre_screening"] = {
        "id": store.new_id("pre-screening"),
        "type": "resume",
        "status": "active",
        "assessment_rules": DEFAULT_RULES,
        "form_fields": [],
    }
    store.interviews[stage["id"]] = stage
    store.interviews[position["id"]] = position
    return position


def create_for_candidate(call: Call) -> dict[str, Any]:
    body, store = call.body, call.store
    name = required_text(body, "candidate_name")
    email = required_text(body, "candidate_email").strip().lower()
    text(body, "candidate_country_code", required=True)
    resume = required_text(body, "candidate_resume")
    if not is_email(email):
        raise invalid("candidate_email", "candidate_email is not a valid email address.")
    for field_name, values in (
        ("candidate_video_introduction", VIDEO_INTRODUCTIONS),
        ("seniority_level", SENIORITY_LEVELS),
        ("result_view", RESULT_VIEWS),
        ("interview_conversation_speed", SPEEDS),
    ):
        enum(body, field_name, values)
    number(body, "interview_attempts", low=1, high=20)
    number(body, "max_followups", low=0, high=999, integer=True)
    number(body, "questions_random_subset", low=0.01, high=0.9)
    merchant_id = call.merchant(body.get("merchant_id"))

    position_id = text(body, "position_def_set_id")
    external = text(body, "position_external_id")
    if position_id:
        position = store.interview(position_id)
        if (
            position is None
            or position["_kind"] != "position"
            or position["merchant_id"] != merchant_id
        ):
            raise ApiError(404, "No position found for position_def_set_id.")
    else:
        position = next(
            (
                p
                for p in store.interviews.values()
                if external
                and p.get("_external_id") == external
                and p["merchant_id"] == merchant_id
            ),
            None,
        ) or _new_position(call, body, merchant_id)
    if not position["_stages"]:
        raise invalid("position_def_set_id", "The position has no interview stage.")
    stage = store.interview(position["_stages"][0]) or {}

    answer: dict[str, Any] = {
        "position_def_set_id": position["id"],
        "interview_def_set_id": stage.get("id"),
    }
    known = store.candidate_by_email(merchant_id, email)
    if known and any(r["definition_id"] == position["id"] for r in store.results_of(known["id"])):
        answer.update(
            status="already-applied",
            profile_interview_id=known["id"],
            reason="The candidate has already applied to this position.",
            interview_url=candidate_link(store, position, known),
        )
        return answer
    rules = (position["_pre_screening"] or {}).get("assessment_rules")
    outcome = assess(resume, position["_keywords"], rules)
    accepted = outcome["recommendation"] == "ai_accept"
    candidate, row, _ = enrol(
        store,
        position,
        name=name,
        email=email,
        source="invited",
        external_id=text(body, "candidate_external_id"),
        step="interview" if accepted else "pre-screening",
    )
    row["interview_result_pre_screening_id"] = store.new_id("pre-screening-result")
    row["_pre_screening"] = {"score": outcome["score"], **outcome}
    answer.update(
        status=outcome["recommendation"],
        profile_interview_id=candidate["id"],
        interview_url=candidate_link(store, position, candidate),
    )
    if outcome["recommendation"] == "ai_reject":
        answer["reason"] = outcome["reason"]
    if body.get("is_embedded"):
        position["_embed"] = position["_embed"] or embed_keys(store)
        answer.update(position["_embed"])
    return answer


ROUTES = [
    Route("POST", "/pre-screening-create", upsert_pre_screening, write=True),
    Route(
        "POST", "/job-interview-pre-screening-api-resume-text", pre_screen_resume_text, write=True
    ),
    Route(
        "POST",
        "/job-interview-pre-screening-api-resume-binary",
        pre_screen_resume_binary,
        write=True,
    ),
    Route(
        "POST", "/job-interview-create-for-candidate-with-token", create_for_candidate, write=True
    ),
]
