"""Constructors for stored records, shared by the seed and by the write endpoints."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .languages import speech_language

if TYPE_CHECKING:
    from .store import Store

INTERVIEW_LIST_FIELDS = (
    "id", "merchant_id", "name", "emoji", "type", "type_avatar", "status", "visibility",
    "mojito_language_code", "speech_language_code", "environment", "is_ats", "is_multi_stage",
    "recording", "recording_full_session", "billing_single_position",
    "billing_single_position_end_at", "cover_image_url", "interview_count", "interview_last",
    "calc_duration", "created_at", "updated_at",
)  # fmt: skip
INTERVIEW_GET_FIELDS = (
    "name", "created_at", "updated_at", "status", "visibility", "stage", "type", "code",
    "interview_location", "cover_image_url", "merchant_id", "interview_template_id",
    "interview_template_type", "is_voice_only", "knowledge_base_store_id",
    "mojito_language_code", "speech_language_code", "speech_language_name", "recording",
    "recording_full_session", "type_credit", "result_view", "candidate_video_introduction",
    "description", "interview_description_long", "candidate_expectations",
    "candidate_expectations_json", "result_scoring", "creation_parameters",
    "interview_department", "interview_salary", "interview_available_till",
    "recruiter_profile_id", "slug", "tags", "coach_plan", "interview_conversation_speed",
    "max_followups", "max_duration", "questions_random_subset", "required_pronunciation",
    "result_enable_edit_transcript", "pdf_export_auto_config",
)  # fmt: skip
# Fields a multi-stage position does not have: always null on one, and refused by update.
INTERVIEW_ONLY_FIELDS = (
    "knowledge_base_store_id", "speech_language_code", "speech_language_name", "recording",
    "recording_full_session", "type_credit", "result_view", "candidate_video_introduction",
    "candidate_expectations", "candidate_expectations_json", "result_scoring", "tags",
    "coach_plan", "interview_conversation_speed", "max_followups", "max_duration",
    "questions_random_subset", "required_pronunciation", "result_enable_edit_transcript",
    "pdf_export_auto_config",
)  # fmt: skip
QUESTION_FIELDS = (
    "id", "question", "duration", "mojito_language_code", "label", "is_conditional",
    "is_without_scoring", "is_candidate_asking_recruiter", "is_expert", "is_multiple_choice",
    "question_alternatives", "conditional_question_main_id", "knowledge_base_id", "external_id",
    "external_data", "candidate_expectations_json",
)  # fmt: skip


def question_record(store: Store, entry: dict[str, Any], language: str) -> dict[str, Any]:
    """A stored question from a question entry as create-from-array and update accept it."""
    record: dict[str, Any] = {name: None for name in QUESTION_FIELDS}
    record.update({k: v for k, v in entry.items() if k in QUESTION_FIELDS})
    record["id"] = store.new_id("question")
    record["duration"] = entry.get("duration") or 120
    record["mojito_language_code"] = entry.get("mojito_language_code") or language
    for name in ("is_conditional", "is_without_scoring", "is_candidate_asking_recruiter"):
        record[name] = bool(entry.get(name))
    for name in ("is_expert", "is_multiple_choice"):
        record[name] = bool(entry.get(name))
    return record


def interview_record(
    store: Store,
    *,
    merchant_id: str | None,
    name: str,
    kind: str,
    status: str,
    visibility: str,
    language: str,
    template_id: str,
    created_at: str,
    questions: list[dict[str, Any]],
    interview_id: str | None = None,
    **fields: Any,
) -> dict[str, Any]:
    """An interview definition (`kind` is its product type: interview, coaching, persona...)."""
    template = store.template(template_id) or {}
    speech_code, speech_name = speech_language(language)
    record: dict[str, Any] = {
        "id": interview_id or store.new_id("interview"),
        "merchant_id": merchant_id,
        "name": name,
        "emoji": None,
        "type": kind,
        "type_avatar": template.get("type"),
        "status": status,
        "visibility": visibility,
        "mojito_language_code": language,
        "speech_language_code": speech_code,
        "speech_language_name": speech_name,
        "environment": "production",
        "is_ats": False,
        "is_multi_stage": False,
        "recording": None,
        "recording_full_session": None,
        "billing_single_position": False,
        "billing_single_position_end_at": None,
        "cover_image_url": None,
        "created_at": created_at,
        "updated_at": created_at,
        "stage": None,
        "code": None,
        "interview_location": None,
        "interview_template_id": template_id,
        "interview_template_type": template.get("type"),
        "is_voice_only": template.get("type") == "interactive_elevenlabs" if template else None,
        "knowledge_base_store_id": None,
        "type_credit": None if kind in ("interview", "assessment") else "interview_coach_manager",
        "result_view": "minimal",
        "candidate_video_introduction": "hidden",
        "description": None,
        "interview_description_long": None,
        "candidate_expectations": None,
        "candidate_expectations_json": None,
        "result_scoring": None,
        "creation_parameters": None,
        "interview_department": None,
        "interview_salary": None,
        "interview_available_till": None,
        "recruiter_profile_id": None,
        "slug": None,
        "tags": [],
        "coach_plan": None,
        "interview_conversation_speed": None,
        "max_followups": None,
        "max_duration": 1200,
        "questions_random_subset": None,
        "required_pronunciation": False,
        "result_enable_edit_transcript": True,
        "pdf_export_auto_config": None,
        "_kind": "interview",
        "_questions": questions,
        "_steps": (store.new_id("step"), store.new_id("step")),
        "_embed": None,
        "_keywords": [],
        "_demo": False,
        "_position_id": None,
        "_messages": {"welcome": None, "thank_you": None},
    }
    record.update(fields)
    return record


def position_record(
    store: Store,
    *,
    merchant_id: str,
    name: str,
    status: str,
    visibility: str,
    language: str,
    created_at: str,
    stages: list[dict[str, Any]],
    position_id: str | None = None,
    **fields: Any,
) -> dict[str, Any]:
    """A multi-stage position; its interview stages are definitions with `sub_item` visibility."""
    first = stages[0] if stages else {}
    record: dict[str, Any] = {
        field: None for field in (*INTERVIEW_LIST_FIELDS, *INTERVIEW_GET_FIELDS)
    }
    record.update(
        {
            "id": position_id or store.new_id("position"),
            "merchant_id": merchant_id,
            "name": name,
            "type": None,
            "type_avatar": first.get("type_avatar"),
            "status": status,
            "visibility": visibility,
            "mojito_language_code": language,
            "environment": "production",
            "is_ats": False,
            "is_multi_stage": True,
            "billing_single_position": False,
            "created_at": created_at,
            "updated_at": created_at,
            "interview_template_id": first.get("interview_template_id"),
            "interview_template_type": first.get("interview_template_type"),
            "is_voice_only": first.get("is_voice_only"),
            "_kind": "position",
            "_stages": [stage["id"] for stage in stages],
            "_pre_screening": None,
            "_keywords": [],
            "_external_id": None,
            "_embed": None,
            "_demo": False,
        }
    )
    record.update(fields)
    for stage in stages:
        stage["_position_id"] = record["id"]
    return record


def candidate_record(
    store: Store,
    *,
    merchant_id: str,
    name: str | None,
    email: str,
    language: str,
    created_at: str,
    source: str,
    candidate_id: str | None = None,
    profile_id: str | None = None,
    **fields: Any,
) -> dict[str, Any]:
    """A candidate (profile_interview) of a merchant; profile_id is the person behind it."""
    record: dict[str, Any] = {
        "id": candidate_id or store.new_id("candidate"),
        "profile_id": profile_id or store.new_id("profile"),
        "merchant_id": merchant_id,
        "name": name,
        "email": email,
        "email_auth": email,
        "emoji": None,
        "external_id": None,
        "status": "invited" if source == "invited" else "active",
        "phone_number": None,
        "linked_in": None,
        "physical_address": None,
        "mojito_language_code": language,
        "avatar_url": None,
        "avatar_local_path": None,
        "kyc_image_local_path": None,
        "kyc_processing_status": None,
        "interview_count": 0,
        "pre_screening_count": 0,
        "public_avatar_count": 0,
        "interview_last": None,
        "last_login_at": None,
        "created_at": created_at,
        "updated_at": created_at,
        "deleted_at": None,
        "source": source,
    }
    record.update(fields)
    return record


def result_record(
    store: Store,
    *,
    candidate: dict[str, Any],
    interview: dict[str, Any],
    created_at: str,
    step: str = "interview",
    row_id: str | None = None,
    **fields: Any,
) -> dict[str, Any]:
    """A result row linking a candidate to an interview or position, before any attempt."""
    position = interview["_kind"] == "position"
    record: dict[str, Any] = {
        "id": row_id or store.new_id("result-row"),
        "interview_result_id": None,
        "interview_result_pre_screening_id": None,
        "merchant_id": interview["merchant_id"],
        "profile_id": candidate["profile_id"],
        "profile_interview_id": candidate["id"],
        "definition_id": interview["id"],
        "candidate_name": candidate["name"],
        "candidate_email": candidate["email"],
        "position_name": interview["name"],
        "position_step": step,
        "type": interview["type"] or "interview",
        "emoji": candidate["emoji"],
        "external_id": candidate["external_id"],
        "mojito_language_code": interview["mojito_language_code"],
        "status": "active",
        "coach_status": "not_started",
        "decision_status": None,
        "interview_started": False,
        "is_multi_stage": position,
        "is_test": False,
        "recruiter_shortlist": False,
        "recruiter_risks": None,
        "duration_ds": None,
        "score": None,
        "score_simulation": None,
        "score_sentiment": None,
        "score_words_per_minute": None,
        "score_interview_ai": None,
        "score_answer_ai": None,
        "score_pronunciation": None,
        "processing_status": None,
        "processing_error": None,
        "kyc_processing_status": None,
        "position_result_step_id": store.new_id("result-step") if position else None,
        "created_at": created_at,
        "updated_at": created_at,
        "_start": None,
        "_end": None,
        "_stage_id": interview["_stages"][0] if position else interview["id"],
        "_pre_screening": None,
    }
    record.update(fields)
    return record
