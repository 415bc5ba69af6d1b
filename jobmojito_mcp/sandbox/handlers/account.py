"""The merchant account: status, analytics, credit usage, sub-merchants, avatars, languages."""

from __future__ import annotations

import copy
from collections import Counter
from datetime import timedelta
from typing import Any

from ..analytics import events
from ..languages import platform_languages
from ..params import Call, Route, contains, day, enum, flag, invalid, page, paginate, uuid_field
from ..store import BASE_TIME, public
from ..vocabulary import AVATAR_STATUSES, AVATAR_TYPES, SUB_MERCHANT_ORDERS

_SUB_MERCHANT_FIELDS = (
    "id",
    "name",
    "status",
    "contact_person",
    "contact_email",
    "billing_country",
    "business_type",
    "image_logo_url",
    "frontend_domain",
    "interview_frontend_domain",
    "register_domain",
    "info_notes",
    "merchant_features",
    "interview_subscription_status",
    "interview_subscription_type",
    "stripe_interview_subscription_start",
    "consumer_webanalytics",
    "interview_webanalytics",
    "admin_profiles",
    "users",
    "created_at",
)


def _history(stamps: list[str]) -> list[int]:
    """Daily counts for the fourteen days up to the sandbox's today, most recent first."""
    per_day = Counter(stamp[:10] for stamp in stamps)
    today = BASE_TIME.date()
    return [per_day[(today - timedelta(days=d)).isoformat()] for d in range(14)]


def merchant_status(call: Call) -> dict[str, Any]:
    store = call.store
    merchant_id = call.merchant(call.query.get("merchant_id"))
    merchant = store.merchants[merchant_id]
    credits = merchant["_credits"]
    results = [r for r in store.results.values() if r["merchant_id"] == merchant_id]
    interviews = [r for r in results if r["type"] == "interview" and r["status"] != "archived"]
    candidates = [c for c in store.candidates.values() if c["merchant_id"] == merchant_id]
    since = merchant["stripe_interview_subscription_start"]
    sent = sum(
        1
        for e in events(store, merchant_id)
        if e["event"] == "interview_invitation" and e["event_date"] >= since
    )
    limit = 4 * (credits["monthly"] + credits["extra"] + credits["single"])
    return {
        "profile_id": call.caller.profile_id,
        "default_merchant_id": call.caller.default_merchant_id,
        "merchant_id": merchant_id,
        "credits_interview_monthly": credits["monthly"],
        "credits_interview_monthly_limit": credits["monthly_limit"],
        "credits_interview_extra": credits["extra"],
        "credits_interview_single": credits["single"],
        "definitions_active": sum(
            1
            for i in store.interviews.values()
            if i["merchant_id"] == merchant_id
            and i["status"] == "active"
            and i["visibility"] != "sub_item"
            and i["type"] in ("interview", None)
        ),
        "interviews_without_credits": sum(
            1
            for r in interviews
            if r["coach_status"] == "completed"
            and r["processing_status"] in ("pending", "processing")
        ),
        "interviews_undecided": sum(
            1
            for r in interviews
            if r["coach_status"] == "completed" and r["decision_status"] in (None, "on_hold")
        ),
        "interviews_ongoing": sum(1 for r in interviews if r["coach_status"] == "started"),
        "interview_results": len(interviews),
        "candidates": len(candidates),
        "candidates_history": _history([c["created_at"] for c in candidates]),
        "interview_result_history": _history([r["created_at"] for r in interviews]),
        "subscription_type": merchant["interview_subscription_type"],
        "subscription_status": merchant["interview_subscription_status"],
        "invitations_sent": sent,
        "invitations_limit": limit,
        "invitations_available": max(0, limit - sent),
        "plan_renews_at": store.later(24 * 14),
    }


def _drill_down(call: Call, merchant_id: str) -> str | None:
    interview_id = uuid_field(call.query, "interview_id")
    if interview_id is None:
        return None
    record = call.store.interview(interview_id)
    if record is None or record["merchant_id"] != merchant_id:
        raise invalid("interview_id", "No interview or position found for interview_id.")
    return interview_id


def merchant_analytics(call: Call) -> dict[str, Any]:
    query = call.query
    merchant_id = call.merchant(query.get("merchant_id"))
    first = day(query, "date_from", required=True)
    last = day(query, "date_to", required=True)
    if first and last and last < first:
        raise invalid("date_to", "date_to must not be before date_from.")
    interview_id = _drill_down(call, merchant_id)
    limit, offset = page(query)

    counts = Counter(
        (e["event_date"][:10], e["event"]) for e in events(call.store, merchant_id, interview_id)
    )
    rows = [
        {"day": d, "event": kind, "event_number": n}
        for (d, kind), n in sorted(counts.items())
        if str(first) <= d <= str(last)
    ]
    return paginate(rows, limit, offset)


def credit_usage(call: Call) -> dict[str, Any]:
    merchant_id = call.merchant(call.query.get("merchant_id"))
    interview_id = _drill_down(call, merchant_id)
    limit, offset = page(call.query)
    rows = [public(e) for e in events(call.store, merchant_id, interview_id) if e["credit_amount"]]
    rows.sort(key=lambda e: (e["event_date"], e["id"]), reverse=True)
    return paginate(rows, limit, offset)


def list_sub_merchants(call: Call) -> dict[str, Any]:
    store, query = call.store, call.query
    merchant_id = call.merchant(query.get("merchant_id"))
    order = enum(query, "order_by", SUB_MERCHANT_ORDERS) or "created_at_newest"
    limit, offset = page(query)

    rows = []
    for merchant in store.merchants.values():
        if merchant["_parent"] != merchant_id or not contains(
            query.get("filter_text"), merchant["name"]
        ):
            continue
        row: dict[str, Any] = {n: copy.deepcopy(merchant.get(n)) for n in _SUB_MERCHANT_FIELDS}
        spent = [e for e in events(store, merchant["id"]) if e["credit_amount"]]
        attempts = [r["_start"] for r in store.results_in(merchant["id"]) if r["_start"]]
        recent = store.later(-24 * 30)
        row["interview_count"] = len(attempts)
        row["interview_latest"] = max(attempts, default=None)
        row["credits_used_30d"] = sum(
            e["credit_amount"] for e in spent if e["event_date"] >= recent
        )
        row["credits_used_total"] = sum(e["credit_amount"] for e in spent)
        rows.append(row)
    if order == "name":
        rows.sort(key=lambda r: (r["name"] or "").casefold())
    else:
        rows.sort(key=lambda r: r["created_at"], reverse=order == "created_at_newest")
    return paginate(rows, limit, offset)


def list_avatars(call: Call) -> dict[str, Any]:
    query = call.query
    merchant_id = call.merchant(query.get("merchant_id"))
    kind = enum(query, "type", AVATAR_TYPES)
    status = enum(query, "status", AVATAR_STATUSES)
    include_archived = flag(query, "include_archived", False)
    include_public = flag(query, "include_public", False)
    limit, offset = page(query)

    def wanted(avatar: dict[str, Any]) -> bool:
        owner = avatar["merchant_id"]
        return (
            (owner == merchant_id or (include_public and owner is None))
            and (kind is None or avatar["type"] == kind)
            and (
                avatar["status"] == status
                if status
                else avatar["status"] != "archived" or include_archived
            )
            and (
                not query.get("mojito_language_code")
                or avatar["mojito_language_code"] == query["mojito_language_code"]
            )
            and contains(
                query.get("filter_text"), avatar["name"], avatar["video_voice_language_name"]
            )
        )

    rows = [public(a) for a in call.store.avatars.values() if wanted(a)]
    rows.sort(key=lambda a: (a["updated_at"], a["id"]), reverse=True)
    return paginate(rows, limit, offset)


def list_languages(call: Call) -> dict[str, Any]:
    return {"languages": platform_languages()}


ROUTES = [
    Route("GET", "/merchant-status", merchant_status),
    Route("GET", "/merchant-analytics", merchant_analytics, admin=True),
    Route("GET", "/merchant-analytics-credits-used", credit_usage, admin=True),
    Route("GET", "/merchant-sub-merchant-list", list_sub_merchants, admin=True),
    Route("GET", "/merchant-avatar-list", list_avatars),
    Route("GET", "/platform-languages-list", list_languages),
]
