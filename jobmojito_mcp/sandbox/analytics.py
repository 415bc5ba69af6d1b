"""Analytics events, derived from the results so that every write shows up in them."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .store import Store

# Credits one event of each billable kind consumes; other events are free.
CREDITS = {"interview": 1, "interview_incomplete": 0.5, "pre_screening": 0.25}


def _event(row: dict[str, Any], kind: str, when: str, number: int, target: str | None) -> dict:
    credit = CREDITS.get(kind)
    stats: dict[str, Any] = {"credit_amount": credit} if credit else {}
    if kind.startswith("interview") and row["duration_ds"] and credit:
        stats["duration_ds"] = row["duration_ds"]
    return {
        "id": str(uuid.uuid5(uuid.UUID(row["id"]), f"{kind}/{number}")),
        "event_date": when,
        "event": kind,
        "credit_amount": credit,
        "stats": stats,
        "candidate_name": row["candidate_name"],
        "profile_id": row["profile_id"],
        "profile_interview_id": row["profile_interview_id"],
        "object_uuid": target,
        "parent_object_uuid": row["definition_id"],
        "_interviews": {row["definition_id"], row["_stage_id"]},
    }


def events(store: Store, merchant_id: str, interview_id: str | None = None) -> list[dict]:
    """Every analytics event of a merchant, optionally of one interview or position."""
    found = []
    for row in store.results.values():
        if row["merchant_id"] != merchant_id:
            continue
        spread = int(row["id"][:4], 16)
        created = row["created_at"]
        found.append(_event(row, "interview_invitation", created, 0, row["id"]))
        for number in range(1 + spread % 3):
            found.append(_event(row, "interview_page_visit", created, number, row["id"]))
        if row["interview_result_pre_screening_id"]:
            target = row["interview_result_pre_screening_id"]
            found.append(_event(row, "pre_screening", created, 0, target))
        kind = {"completed": "interview", "abandoned": "interview_incomplete"}.get(
            row["coach_status"]
        )
        if kind and row["_start"]:
            found.append(
                _event(row, kind, row["_end"] or row["_start"], 0, row["interview_result_id"])
            )
    if interview_id:
        found = [e for e in found if interview_id in e["_interviews"]]
    return found
