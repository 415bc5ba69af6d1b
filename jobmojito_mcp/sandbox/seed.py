"""The deterministic account a sandbox starts with: the same seed always builds the same data."""

from __future__ import annotations

import random
import unicodedata
from datetime import datetime, timedelta
from typing import Any

from . import texts
from .assets import add_assets
from .definitions import add_definitions
from .records import candidate_record, result_record
from .store import BASE_TIME, Store, iso

# (coach_status, processing_status, decision_status), cycled over the result rows so that the
# first twelve rows already show every combination a test wants.
_STATES: list[tuple[str, str | None, str | None]] = [
    ("completed", "completed", "selected"),
    ("completed", "completed", None),
    ("completed", "completed", "rejected"),
    ("not_started", None, None),
    ("started", "pending", None),
    ("completed", "processing", None),
    ("completed", "completed", "on_hold"),
    ("abandoned", "failed", None),
    ("completed", "completed", None),
    ("completed", "failed", None),
    ("completed", "pending", None),
    ("completed", "completed", "selected"),
]


def build_store(*, rows: int, seed: int) -> Store:
    """A store holding the seeded account; `rows` is the main merchant's interview results."""
    store = Store(seed=seed, rows=rows)
    rng = random.Random(seed)  # noqa: S311 - seeded sample data, not secrets
    _merchants(store)
    add_assets(store, rng)
    add_definitions(store, rng, max(6, rows // 5))
    _candidates(store, rng, max(12, rows * 2 // 5))
    _results(store, rng, rows)
    return store


def _days_ago(days: float) -> datetime:
    return BASE_TIME - timedelta(days=days)


def _merchant(store: Store, key: str, name: str, **fields: Any) -> str:
    merchant_id = store.make_id(f"merchant/{key}")
    store.merchants[merchant_id] = {
        "id": merchant_id,
        "name": name,
        "status": "active",
        "contact_person": None,
        "contact_email": None,
        "billing_country": None,
        "business_type": "recruitment_agency",
        "image_logo_url": f"https://media.jobmojito.example/logos/{merchant_id[:8]}.png",
        "frontend_domain": None,
        "interview_frontend_domain": None,
        "register_domain": None,
        "info_notes": None,
        "merchant_features": {"pre_screening": True, "coaching": True, "kyc": False},
        "interview_subscription_status": "active",
        "interview_subscription_type": "Growth",
        "stripe_interview_subscription_start": iso(_days_ago(15)),
        "consumer_webanalytics": None,
        "interview_webanalytics": None,
        "created_at": iso(_days_ago(400)),
        "_parent": None,
        "_credits": {"monthly": 42, "monthly_limit": 100, "extra": 25, "single": 0},
    }
    store.merchants[merchant_id].update(fields)
    return merchant_id


def _merchants(store: Store) -> None:
    main = _merchant(
        store,
        "main",
        texts.MAIN_MERCHANT_NAME,
        billing_country="DE",
        contact_person=texts.MAIN_TEAM[0][0],
        contact_email=texts.MAIN_TEAM[0][1],
        frontend_domain=texts.COACHING_DOMAIN,
        interview_frontend_domain="interview.acme-talent.example",
    )
    sub = _merchant(
        store,
        "sub",
        texts.SUB_MERCHANT_NAME,
        billing_country="CH",
        _parent=main,
        contact_person=texts.SUB_TEAM[0][0],
        contact_email=texts.SUB_TEAM[0][1],
        interview_subscription_type="Starter",
        info_notes="Swiss branch, invoiced separately.",
        created_at=iso(_days_ago(180)),
        _credits={"monthly": 7, "monthly_limit": 20, "extra": 0, "single": 2},
    )
    store.main_merchant_id, store.sub_merchant_id = main, sub
    for merchant_id, team in ((main, texts.MAIN_TEAM), (sub, texts.SUB_TEAM)):
        for name, email, role, status in team:
            store.team.append(
                {
                    "profile_id": store.make_id(f"profile/{email}"),
                    "merchant_id": merchant_id,
                    "name": name,
                    "email": email,
                    "role": role,
                    "status": status,
                }
            )
    store.owner_profile_id = store.team[0]["profile_id"]
    store.recruiter_profile_id = store.team[1]["profile_id"]
    store.sub_user_profile_id = store.team[-1]["profile_id"]
    store.service_profile_id = store.make_id("profile/service")
    members = [m for m in store.team if m["merchant_id"] == sub]
    store.merchants[sub]["admin_profiles"] = [
        {"profile_id": store.owner_profile_id, "name": texts.MAIN_TEAM[0][0]}
    ]
    store.merchants[sub]["users"] = [
        {"profile_id": m["profile_id"], "name": m["name"], "role": m["role"]} for m in members
    ]


def _ascii(value: str) -> str:
    folded = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return "".join(ch for ch in folded.lower() if ch.isalnum())


def _candidates(store: Store, rng: random.Random, count: int) -> None:
    people = list(texts.CANDIDATES)
    for k in range(count - len(people)):
        first = texts.EXTRA_FIRST_NAMES[k % len(texts.EXTRA_FIRST_NAMES)]
        last = texts.EXTRA_LAST_NAMES[(k * 5 + k // 13) % len(texts.EXTRA_LAST_NAMES)]
        email = f"{_ascii(first)}.{_ascii(last)}{k + 1}@mail.example"
        people.append((f"{first} {last}", email, "en", "DE"))
    for index, (name, email, language, country) in enumerate(people):
        _add_candidate(store, rng, store.main_merchant_id, index, name, email, language, country)
    zoe = next(iter(store.candidates.values()))
    _add_candidate(
        store,
        rng,
        store.sub_merchant_id,
        100,
        zoe["name"],
        zoe["email"],
        "de",
        "DE",
        profile_id=zoe["profile_id"],
    )
    for index, (name, email, language, country) in enumerate(texts.SUB_CANDIDATES, start=101):
        _add_candidate(store, rng, store.sub_merchant_id, index, name, email, language, country)


def _add_candidate(store, rng, merchant_id, index, name, email, language, country, **fields):
    created = _days_ago(rng.uniform(20, 75))
    record = candidate_record(
        store,
        candidate_id=store.make_id(f"candidate/{merchant_id}/{index}"),
        profile_id=fields.pop("profile_id", None) or store.make_id(f"person/{email}"),
        merchant_id=merchant_id,
        name=name,
        email=email,
        language=language,
        created_at=iso(created),
        source="invited" if index % 3 else "registered",
        emoji={0: "⭐", 3: "🔥", 5: "⭐"}.get(index),
        phone_number=f"+49 151 {rng.randint(1000000, 9999999)}" if index % 2 else None,
        linked_in=f"https://www.linkedin.com/in/{_ascii(name)}-{index}" if index % 4 == 1 else None,
        external_id=f"ATS-{1040 + index}" if index % 5 == 2 else None,
        last_login_at=iso(created + timedelta(days=2)) if index % 3 == 0 else None,
        country_code=country,
        **fields,
    )
    if index % 4 == 0:
        record["tags"] = ["talent-pool"]
    store.candidates[record["id"]] = record


def _results(store: Store, rng: random.Random, rows: int) -> None:
    main, sub = store.main_merchant_id, store.sub_merchant_id
    people = [c for c in store.candidates.values() if c["merchant_id"] == main]
    targets = [
        i
        for i in store.interviews.values()
        if i["merchant_id"] == main
        and i["type"] in ("interview", None)
        and i["visibility"] != "sub_item"
        and i["status"] in ("active", "archived")
        and not i["_demo"]
    ]
    for n in range(rows):
        person = people[n % len(people)]
        target = targets[(n // len(people) + n) % len(targets)]
        _add_result(store, rng, f"main/{n}", person, target, _STATES[n % len(_STATES)], n)
    practice = [
        i
        for i in store.interviews.values()
        if i["merchant_id"] == main and i["type"] in ("coaching", "persona")
    ]
    for n, target in enumerate(practice):
        _add_result(
            store, rng, f"practice/{n}", people[(n * 5) % len(people)], target, _STATES[1], 1
        )
    sub_people = [c for c in store.candidates.values() if c["merchant_id"] == sub]
    sub_targets = [i for i in store.interviews.values() if i["merchant_id"] == sub]
    for n in range(4):
        _add_result(
            store,
            rng,
            f"sub/{n}",
            sub_people[n % len(sub_people)],
            sub_targets[n % len(sub_targets)],
            _STATES[n],
            n,
        )


def _add_result(store, rng, key, person, target, state, n) -> None:
    coach, processing, decision = state
    created = _days_ago(rng.uniform(1.5, 55))
    pre_screening = target["_kind"] == "position"
    row = result_record(
        store,
        row_id=store.make_id(f"result-row/{key}"),
        candidate=person,
        interview=target,
        created_at=iso(created),
        step="pre-screening" if pre_screening and coach == "not_started" else "interview",
        coach_status=coach,
        processing_status=processing,
        decision_status=decision,
        interview_started=coach != "not_started",
        recruiter_shortlist=decision == "selected" or n % 12 == 8,
        updated_at=iso(created + timedelta(hours=rng.randint(1, 72))),
    )
    if pre_screening:
        row["interview_result_pre_screening_id"] = store.make_id(f"pre-screening-result/{key}")
        row["_pre_screening"] = {"score": rng.randint(4, 9), "recommendation": "ai_accept"}
    if coach != "not_started":
        _attempt(store, rng, key, row, created, n)
    if decision == "rejected" and n >= 12:
        row["status"] = "archived"
    store.results[row["id"]] = row


def _attempt(store: Store, rng: random.Random, key: str, row: dict, created, n: int) -> None:
    start = created + timedelta(hours=rng.randint(2, 48), minutes=rng.randint(0, 59))
    row["interview_result_id"] = store.make_id(f"interview-result/{key}")
    row["attempt_number"] = 1
    row["_start"] = iso(start)
    if row["coach_status"] == "abandoned":
        row["duration_ds"] = rng.randint(1500, 4000)
        row["processing_error"] = "Session ended before the second answer was recorded."
        return
    if row["coach_status"] != "completed":
        return
    row["duration_ds"] = rng.randint(9000, 18000)
    row["_end"] = iso(start + timedelta(seconds=row["duration_ds"] / 10))
    if row["processing_status"] == "failed":
        row["processing_error"] = "Transcription failed: the audio stream was empty."
    if row["processing_status"] != "completed":
        return
    low, high = {"selected": (72, 95), "rejected": (25, 55)}.get(row["decision_status"], (45, 88))
    score = rng.randint(low, high)
    row.update(
        score=score,
        score_simulation=min(100, score + rng.randint(-6, 6)),
        score_sentiment=rng.randint(40, 95),
        score_words_per_minute=rng.randint(105, 165),
        score_interview_ai=min(100, score + rng.randint(-8, 8)),
        score_answer_ai=min(100, score + rng.randint(-10, 5)),
        score_pronunciation=rng.randint(60, 98),
    )
    if n % 3 == 1:
        key_name = texts.RISK_KEYS[n % len(texts.RISK_KEYS)]
        row["recruiter_risks"] = {key_name: {"count": rng.randint(1, 5), "severity": "low"}}
