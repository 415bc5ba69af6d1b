"""Interview results and candidates: lists, details, reports and re-opening an attempt."""

from __future__ import annotations

from typing import Any

from ..params import (
    ApiError,
    Call,
    Route,
    boolean,
    contains,
    enum,
    flag,
    invalid,
    is_uuid,
    obj,
    page,
    paginate,
    required_enum,
    uuid_field,
)
from ..reports import report
from ..store import public
from ..transcripts import result_details
from ..vocabulary import (
    CANDIDATE_ORDERS,
    CANDIDATE_SOURCES,
    CANDIDATE_TABS,
    EXPORT_TYPES,
    PRODUCT_TYPES,
    REPORT_TEMPLATES,
    RESULT_ORDERS,
    RESULT_STEPS,
    RESULT_TABS,
)

_TABS = {
    "decided-rejected": lambda r: r["decision_status"] == "rejected",
    "decided-selected": lambda r: r["decision_status"] == "selected",
    "undecided": lambda r: (
        r["coach_status"] == "completed" and r["decision_status"] in (None, "on_hold")
    ),
    "shortlist": lambda r: bool(r["recruiter_shortlist"]),
    "completed": lambda r: r["coach_status"] == "completed",
    "incomplete": lambda r: r["coach_status"] != "completed",
}


def _tab_matches(tab: str | None, row: dict[str, Any]) -> bool:
    if not tab:
        return True
    if tab in ("archived-interview", "archived-public_avatar"):
        return row["status"] == "archived"
    if row["status"] == "archived":
        return False
    return tab == "public_avatar" or _TABS[tab](row)


def _result_sort(order: str) -> tuple[Any, bool]:
    if order == "score":
        return (lambda r: (r["score"] is not None, r["score"] or 0, r["created_at"])), True
    if order == "created_at_oldest":
        return (lambda r: (r["created_at"], r["id"])), False
    if order == "updated_at_newest":
        return (lambda r: (r["updated_at"], r["id"])), True
    return (lambda r: (r["created_at"], r["id"])), True


def list_results(call: Call) -> dict[str, Any]:
    query = call.query
    merchant_id = call.merchant(query.get("merchant_id"))
    kind = enum(query, "type", PRODUCT_TYPES) or "interview"
    tab = enum(query, "tab", RESULT_TABS)
    step = enum(query, "step", RESULT_STEPS)
    order = enum(query, "order_by", RESULT_ORDERS) or "created_at_newest"
    interview_id = uuid_field(query, "interview_id")
    candidate_id = uuid_field(query, "profile_interview_id")
    risks = {key.strip() for key in (query.get("risks") or "").split(",") if key.strip()}
    limit, offset = page(query)
    if tab in ("public_avatar", "archived-public_avatar"):
        kind = "public_avatar"

    def wanted(row: dict[str, Any]) -> bool:
        return (
            row["merchant_id"] == merchant_id
            and row["type"] == kind
            and _tab_matches(tab, row)
            and (step is None or row["position_step"] == step)
            and (interview_id is None or interview_id in (row["definition_id"], row["_stage_id"]))
            and (candidate_id is None or row["profile_interview_id"] == candidate_id)
            and (not risks or bool(risks & set(row["recruiter_risks"] or {})))
            and contains(
                query.get("filter_text"),
                row["candidate_name"],
                row["candidate_email"],
                row["position_name"],
            )
            and (not query.get("filter_emoji") or row["emoji"] == query["filter_emoji"])
        )

    rows = [r for r in call.store.results.values() if wanted(r)]
    key, reverse = _result_sort(order)
    rows.sort(key=key, reverse=reverse)
    return paginate([public(r) for r in rows], limit, offset)


def _attempt(call: Call, result_id: str | None, name: str, status: int) -> dict[str, Any]:
    row = call.store.result_by_attempt(result_id)
    if row is None or not call.visible(row["merchant_id"]):
        raise ApiError(
            status, f"No interview result found for {name}.", name if status == 422 else None
        )
    return row


def get_result_details(call: Call) -> dict[str, Any]:
    result_id = uuid_field(call.query, "interview_result_id", required=True)
    signed = flag(call.query, "get_signed_recordings", False)
    row = _attempt(call, result_id, "interview_result_id", 404)
    return result_details(call.store, row, signed=signed)


def generate_report(call: Call) -> dict[str, Any]:
    body = call.body
    export = required_enum(body, "export_type", EXPORT_TYPES)
    single = uuid_field(body, "interview_result_id")
    many = body.get("interview_result_ids")
    if many is not None and (
        not isinstance(many, list)
        or not many
        or not all(isinstance(i, str) and is_uuid(i) for i in many)
    ):
        raise invalid(
            "interview_result_ids", "interview_result_ids must be a non-empty array of UUIDs."
        )
    if single is None and not many:
        raise invalid("interview_result_id", "Send interview_result_id or interview_result_ids.")
    features = obj(body, "export_features_result") or {}
    template = enum(body, "template", REPORT_TEMPLATES) or enum(
        features, "template", REPORT_TEMPLATES
    )
    boolean(body, "store_file")

    name = "interview_result_id" if single else "interview_result_ids"
    wanted: list[str] = [single] if single else list(many or [])
    rows = [_attempt(call, result_id, name, 422) for result_id in wanted]
    return report(call.store, rows, export, features, template or "classic")


def request_another_attempt(call: Call) -> dict[str, Any]:
    result_id = uuid_field(call.body, "interview_result_id", required=True)
    row = _attempt(call, result_id, "interview_result_id", 422)
    if row["status"] != "active" or row["coach_status"] != "completed":
        raise invalid(
            "interview_result_id", "Only a submitted (active and completed) result can be reopened."
        )
    row.update(
        status="draft",
        coach_status="not_started",
        decision_status=None,
        recruiter_shortlist=False,
        interview_started=False,
        processing_status=None,
        processing_error=None,
        duration_ds=None,
        score=None,
        score_simulation=None,
        score_sentiment=None,
        score_words_per_minute=None,
        score_interview_ai=None,
        score_answer_ai=None,
        score_pronunciation=None,
        attempt_number=(row.get("attempt_number") or 1) + 1,
        updated_at=call.store.now(),
        _end=None,
    )
    call.store.details.pop(row["interview_result_id"], None)
    return {}


def _candidate_row(call: Call, candidate: dict[str, Any]) -> dict[str, Any]:
    row = public(candidate)
    results = call.store.results_of(candidate["id"])
    taken = [r for r in results if r["_start"] and r["type"] == "interview"]
    row["interview_count"] = len(taken)
    row["pre_screening_count"] = sum(1 for r in results if r["interview_result_pre_screening_id"])
    row["public_avatar_count"] = sum(1 for r in results if r["type"] == "public_avatar")
    row["interview_last"] = max((r["_start"] for r in taken), default=None)
    return row


def _candidate_tab(tab: str | None, row: dict[str, Any], has_results: bool) -> bool:
    if tab == "interview":
        return row["interview_count"] > 0
    if tab == "pre-screening":
        return row["pre_screening_count"] > 0
    if tab == "no-action":
        return not has_results
    if tab == "leads":
        return row["source"] == "registered" and not has_results
    return True


def list_candidates(call: Call) -> dict[str, Any]:
    query = call.query
    merchant_id = call.merchant(query.get("merchant_id"))
    tab = enum(query, "tab", CANDIDATE_TABS)
    source = enum(query, "source", CANDIDATE_SOURCES)
    order = enum(query, "order_by", CANDIDATE_ORDERS) or "created_at_newest"
    limit, offset = page(query)

    rows = []
    for candidate in call.store.candidates.values():
        if candidate["merchant_id"] != merchant_id or candidate["status"] == "deleted":
            continue
        row = _candidate_row(call, candidate)
        if (
            _candidate_tab(tab, row, bool(call.store.results_of(candidate["id"])))
            and (source is None or row["source"] == source)
            and contains(query.get("filter_text"), row["name"], row["email"])
            and (not query.get("filter_emoji") or row["emoji"] == query["filter_emoji"])
        ):
            rows.append(row)
    if order in ("name_accending", "name_decending"):
        rows.sort(key=lambda r: ((r["name"] or "").casefold(), r["id"]))
        if order == "name_decending":
            rows.reverse()
    else:
        rows.sort(key=lambda r: (r["created_at"], r["id"]), reverse=order == "created_at_newest")
    return paginate(rows, limit, offset)


ROUTES = [
    Route("GET", "/merchant-result-list", list_results),
    Route("GET", "/job-interview-details", get_result_details),
    Route("POST", "/job-interview-pdf", generate_report),
    Route(
        "POST", "/job-interview-result-request-another-attempt", request_another_attempt, write=True
    ),
    Route("GET", "/merchant-candidate-list", list_candidates),
]
