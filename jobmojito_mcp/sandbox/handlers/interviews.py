"""Reading interviews and positions, and changing their lifecycle state."""

from __future__ import annotations

import copy
from typing import Any

from ..links import embed_keys
from ..params import (
    ApiError,
    Call,
    Route,
    boolean,
    contains,
    enum,
    flag,
    invalid,
    page,
    paginate,
    uuid_field,
)
from ..records import INTERVIEW_GET_FIELDS, INTERVIEW_LIST_FIELDS, QUESTION_FIELDS
from ..store import Store
from ..vocabulary import INTERVIEW_STATUSES, PRODUCT_TYPES


def find_interview(
    call: Call, interview_id: str | None, name: str, *, status: int = 404
) -> dict[str, Any]:
    """A visible interview or position, or the error the calling endpoint reports."""
    record = call.store.interview(interview_id)
    if record is None or not call.visible(record["merchant_id"]):
        message = "No interview or position found for this id."
        raise ApiError(status, message, name if status == 422 else None)
    return record


def questions_of(store: Store, record: dict[str, Any]) -> list[dict[str, Any]]:
    """The ordered questions of an interview, or of a position's interview stages."""
    if record["_kind"] == "position":
        stages = [store.interview(stage_id) or {} for stage_id in record["_stages"]]
        return [q for stage in stages for q in stage.get("_questions", [])]
    return record["_questions"]


def list_type(record: dict[str, Any]) -> str:
    """The product type a record is listed under (positions list as interviews)."""
    return record["type"] or "interview"


def list_row(store: Store, record: dict[str, Any]) -> dict[str, Any]:
    row = {name: copy.deepcopy(record.get(name)) for name in INTERVIEW_LIST_FIELDS}
    row["type"] = list_type(record)
    attempts = [r for r in store.results_for_interview(record["id"]) if r["_start"]]
    row["interview_count"] = len(attempts)
    row["interview_last"] = max((r["_start"] for r in attempts), default=None)
    if record["_kind"] == "interview":
        row["calc_duration"] = sum(q["duration"] or 0 for q in record["_questions"])
    for extra in ("slug", "tags"):
        if record.get(extra):
            row[extra] = copy.deepcopy(record[extra])
    return row


def definition(store: Store, record: dict[str, Any]) -> dict[str, Any]:
    """The get-endpoint view of an interview or position."""
    body = {name: copy.deepcopy(record.get(name)) for name in INTERVIEW_GET_FIELDS}
    questions = questions_of(store, record)
    body["questions"] = [{k: copy.deepcopy(q[k]) for k in QUESTION_FIELDS} for q in questions]
    body["is_multistage"] = record["_kind"] == "position"
    if record["_kind"] == "position":
        stages: list[dict[str, Any]] = []
        if record["_pre_screening"]:
            stages.append({"type": "pre_screening", "id": record["_pre_screening"]["id"]})
        stages += [{"type": "interview", "interview_def_set_id": s} for s in record["_stages"]]
        body["calc_definition_json"] = {"version": 2, "stages": stages}
    else:
        welcome, thank_you = record["_steps"]
        steps = [{"id": welcome, "type": "welcome", "text": record["_messages"]["welcome"]}]
        steps += [
            {
                "id": q["id"],
                "type": "question",
                "question": q["question"],
                "duration": q["duration"],
            }
            for q in questions
        ]
        steps.append(
            {"id": thank_you, "type": "thank_you", "text": record["_messages"]["thank_you"]}
        )
        body["calc_definition_json"] = {
            "version": 2,
            "language": record["mojito_language_code"],
            "max_duration": record["max_duration"],
            "steps": steps,
        }
    return body


def apply_status(call: Call, record: dict[str, Any], status: str) -> None:
    stamp = call.store.now()
    for target in [record, *(call.store.interview(s) for s in record.get("_stages", []))]:
        if target is not None:
            target["status"] = status
            target["updated_at"] = stamp


def list_interviews(call: Call) -> dict[str, Any]:
    query = call.query
    merchant_id = call.merchant(query.get("merchant_id"))
    kind = enum(query, "type", PRODUCT_TYPES) or "interview"
    status = enum(query, "status", INTERVIEW_STATUSES)
    show_public = flag(query, "show_public", False)
    show_demo = flag(query, "show_demo", False)
    limit, offset = page(query)

    def wanted(record: dict[str, Any]) -> bool:
        public = record["merchant_id"] is None and record["visibility"] == "public"
        return (
            (record["merchant_id"] == merchant_id or (show_public and public))
            and record["visibility"] != "sub_item"
            and list_type(record) == kind
            and (record["status"] == status if status else record["status"] != "deleted")
            and (show_demo or not record["_demo"])
            and contains(query.get("filter_text"), record["name"])
            and (not query.get("filter_emoji") or record["emoji"] == query["filter_emoji"])
        )

    rows = [r for r in call.store.interviews.values() if wanted(r)]
    rows.sort(key=lambda r: (r["updated_at"], r["id"]), reverse=True)
    return paginate([list_row(call.store, r) for r in rows], limit, offset)


def get_interview(call: Call) -> dict[str, Any]:
    interview_id = uuid_field(call.query, "position_id", required=True)
    return definition(call.store, find_interview(call, interview_id, "position_id"))


def set_interview_state(call: Call) -> dict[str, Any]:
    body = call.body
    interview_id = uuid_field(body, "position_id", required=True)
    status = enum(body, "status", INTERVIEW_STATUSES)
    embedded = boolean(body, "is_embedded")
    if status is None and embedded is None:
        raise invalid("status", "Send status, is_embedded or both.")
    # The upstream reports an id it cannot resolve here as a server error, not a 404.
    record = find_interview(call, interview_id, "position_id", status=500)

    if status is not None:
        apply_status(call, record, status)
    if embedded:
        record["_embed"] = record["_embed"] or embed_keys(call.store)
        return dict(record["_embed"])
    if embedded is False:
        record["_embed"] = None
    return {"success": True}


ROUTES = [
    Route("GET", "/merchant-interview-list", list_interviews),
    Route("GET", "/job-interview-get", get_interview),
    Route("POST", "/job-interview-set-state", set_interview_state, write=True),
]
