"""Bringing people in: signed interview links, candidate registration and team invitations."""

from __future__ import annotations

from typing import Any

from ..links import interview_url, results_url
from ..params import (
    Call,
    Route,
    boolean,
    enum,
    invalid,
    is_email,
    required_enum,
    text,
    truthy,
    uuid_field,
)
from ..records import candidate_record, result_record
from ..store import Store
from ..vocabulary import INVITE_TYPES, LANGUAGE_CODES, TEAM_INVITE_TYPES, TOKEN_TYPES
from .interviews import find_interview

_RESULT_PAGES = {
    "results-for-profile": "candidate-results",
    "interview-result-candidate": "result",
    "interview-result-talent-seeker": "result-review",
    "interview-results-for-position": "position-results",
}


def enrol(
    store: Store,
    interview: dict[str, Any],
    *,
    name: str | None,
    email: str,
    source: str,
    external_id: str | None = None,
    language: str | None = None,
    step: str = "interview",
) -> tuple[dict[str, Any], dict[str, Any], bool]:
    """Find or create the candidate and their open result row; True when the row is new."""
    merchant_id = interview["merchant_id"]
    stamp = store.now()
    candidate = store.candidate_by_email(merchant_id, email)
    if candidate is None:
        candidate = candidate_record(
            store,
            merchant_id=merchant_id,
            name=name or email.split("@")[0],
            email=email.strip(),
            language=language or interview["mojito_language_code"],
            created_at=stamp,
            source=source,
            external_id=external_id,
        )
        store.candidates[candidate["id"]] = candidate
    elif name or external_id:
        candidate.update({k: v for k, v in (("name", name), ("external_id", external_id)) if v})
        candidate["updated_at"] = stamp
    for row in store.results_of(candidate["id"]):
        if row["definition_id"] == interview["id"]:
            return candidate, row, False
    row = result_record(
        store, candidate=candidate, interview=interview, created_at=stamp, step=step
    )
    store.results[row["id"]] = row
    return candidate, row, True


def candidate_link(
    store: Store, interview: dict[str, Any], candidate: dict[str, Any], **view: bool
):
    claims = {"typ": "interview", "iid": interview["id"], "pid": candidate["id"]}
    return interview_url(store, claims, **view)


def interview_token(call: Call) -> str:
    body = call.body
    kind = required_enum(body, "type", TOKEN_TYPES)
    call.merchant(body.get("merchant_id"))
    claims: dict[str, Any] = {"typ": kind}
    if kind in ("interview-for-profile", "results-for-profile"):
        candidate_id = text(body, "interview_profile_id", required=True)
        candidate = call.store.candidates.get(candidate_id or "")
        if candidate is None or not call.visible(candidate["merchant_id"]):
            raise invalid("interview_profile_id", "No candidate found for interview_profile_id.")
        claims["pid"] = candidate["id"]
    if kind in ("interview-for-profile", "interview-results-for-position"):
        interview_id = text(body, "interview_id", required=True)
        claims["iid"] = find_interview(call, interview_id, "interview_id", status=422)["id"]
    if kind in ("interview-result-candidate", "interview-result-talent-seeker"):
        result_id = text(body, "interview_result_id", required=True)
        row = call.store.result_by_attempt(result_id)
        if row is None or not call.visible(row["merchant_id"]):
            raise invalid("interview_result_id", "No interview result found for this id.")
        claims["rid"] = row["interview_result_id"]

    hide_menu = body.get("hide_menu") != "false"
    if kind == "interview-for-profile":
        return interview_url(call.store, claims, view_hm=hide_menu)
    return results_url(call.store, _RESULT_PAGES[kind], claims, hide_menu)


def _users(body: dict[str, Any]) -> list[Any]:
    users = body.get("users")
    if not isinstance(users, list):
        raise invalid("users", "users must be an array.")
    return users


def register_users(call: Call) -> list[dict[str, Any]]:
    body = call.body
    users = _users(body)
    interview_id = uuid_field(body, "interview_id", required=True)
    merchant_id = call.merchant(body.get("merchant_id"), required=True)
    interview = call.store.interview(interview_id)
    if interview is None or interview["merchant_id"] != merchant_id:
        raise invalid("interview_id", "No interview or position found for interview_id.")
    is_test = truthy(body.get("is_test"))
    if interview["status"] != "active" and not (is_test and interview["status"] == "draft"):
        raise invalid("interview_id", f"The interview is {interview['status']}, not active.")
    view = {"view_hm": truthy(body.get("hide_menu")), "view_hi": truthy(body.get("hide_iframe"))}

    answer = []
    for user in users:
        row: dict[str, Any] = {"name": None, "email": None, "external_id": None}
        row.update(user if isinstance(user, dict) else {})
        email = row["email"]
        if not email:
            row["result"] = "Error: email is required"
        elif not is_email(email):
            row["result"] = f"Error: invalid email address {email!r}"
        else:
            candidate, result, _ = enrol(
                call.store,
                interview,
                name=row.get("name"),
                email=email,
                source="invited",
                external_id=row.get("external_id"),
            )
            result["is_test"] = result["is_test"] or is_test
            row["result"] = "ok"
            row["interview_url"] = candidate_link(call.store, interview, candidate, **view)
            row["profile_interview_id"] = candidate["id"]
        answer.append(row)
    return answer


def _invite_member(call: Call, merchant_id: str, row: dict[str, Any], force: bool) -> None:
    store, email, kind = call.store, row["email"], row["type"]
    member = store.member(merchant_id, email)
    if member is not None:
        row["profile_id"] = member["profile_id"]
        if member["status"] == "inactive":
            member["status"] = "active"
            row["result"] = "Activated"
        else:
            row["result"] = "Invited" if force and member["status"] == "invited" else "Skipped"
        return
    elsewhere = next((m for m in store.team if m["email"].casefold() == email.casefold()), None)
    profile_id = elsewhere["profile_id"] if elsewhere else store.new_id("profile")
    store.team.append(
        {
            "profile_id": profile_id,
            "merchant_id": merchant_id,
            "name": row.get("name") or (elsewhere or {}).get("name") or email.split("@")[0],
            "email": email,
            "role": kind,
            "status": "active" if elsewhere else "invited",
        }
    )
    row["profile_id"] = profile_id
    if elsewhere is None:
        row["result"] = "Invited"
    else:
        row["result"] = "SubMerchantAdded" if kind in TEAM_INVITE_TYPES else "CoachingAccessAdded"


def _invite_candidate(call: Call, merchant_id: str, row: dict[str, Any]) -> None:
    interview = call.store.interview(row.get("interview_id"))
    if not row.get("interview_id"):
        row["result"] = "Error: interview_id is required for candidate invites"
    elif interview is None or interview["merchant_id"] != merchant_id:
        row["result"] = "Error: interview not found"
    else:
        candidate, _, new = enrol(
            call.store, interview, name=row.get("name"), email=row["email"], source="invited"
        )
        row["profile_id"] = candidate["profile_id"]
        row["profile_interview_id"] = candidate["id"]
        row["result"] = "Invited" if new else "Skipped"


def invite_users(call: Call) -> list[dict[str, Any]]:
    body = call.body
    users = _users(body)
    merchant_id = call.merchant(body.get("merchant_id"), required=True)
    enum(body, "mojito_language_code", LANGUAGE_CODES)
    force = bool(boolean(body, "force_invite"))

    answer = []
    for user in users:
        row: dict[str, Any] = {"email": None, "name": None, "interview_id": None}
        row.update(user if isinstance(user, dict) else {})
        row["type"] = row.get("type") or "user"
        row.setdefault("profile_id", None)
        row.setdefault("profile_interview_id", None)
        if not is_email(row["email"]):
            row["result"] = "Error: a valid email address is required"
        elif row["type"] not in INVITE_TYPES:
            row["result"] = f"Error: unknown invite type {row['type']!r}"
        elif row["type"] == "candidate":
            _invite_candidate(call, merchant_id, row)
        else:
            _invite_member(call, merchant_id, row, force)
        answer.append(row)
    return answer


ROUTES = [
    Route("POST", "/job-interview-token", interview_token),
    Route("POST", "/job-interview-register-users", register_users, write=True),
    Route("POST", "/invite-users", invite_users, admin=True, write=True),
]
