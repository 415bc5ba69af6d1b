"""The seeded interview definitions, the multi-stage position and the practice sessions."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any

from . import texts
from .records import interview_record, position_record, question_record
from .store import BASE_TIME, Store, iso


def _days_ago(days: float) -> datetime:
    return BASE_TIME - timedelta(days=days)


def _questions(store: Store, wording: list[str], language: str) -> list[dict[str, Any]]:
    return [question_record(store, {"question": q}, language) for q in wording]


def _description(name: str, department: str, location: str) -> str:
    return f"{name} in our {department} team, based in {location}. Hybrid work is possible."


def _add_interview(store: Store, rng: random.Random, index: int, spec: tuple, **fields: Any):
    name, emoji, language, status, visibility, department, location, wording, keywords = spec
    templates = [a for a in store.avatars.values() if a["status"] == "active"]
    created = _days_ago(160 - index * 9)
    record = interview_record(
        store,
        interview_id=store.make_id(f"interview/{fields.get('merchant_id')}/{index}"),
        name=name,
        kind="interview",
        status=status,
        visibility=visibility,
        language=language,
        template_id=templates[index % len(templates)]["id"],
        created_at=iso(created),
        questions=_questions(store, wording, language),
        emoji=emoji,
        interview_location=location,
        interview_department=department,
        description=_description(name, department, location),
        interview_description_long=f"## {name}\n\n{_description(name, department, location)}",
        candidate_expectations_json={
            "weak": keywords[:1],
            "moderate": keywords[1:3],
            "strong": keywords[3:],
        },
        updated_at=iso(created + timedelta(days=rng.randint(1, 20))),
        max_followups=rng.choice([1, 2, 3]),
        _keywords=keywords,
        **fields,
    )
    store.interviews[record["id"]] = record
    return record


def add_definitions(store: Store, rng: random.Random, count: int) -> None:
    """Seed `count` main-merchant interviews (one a position), practice items, sub-merchant ones."""
    main, sub = store.main_merchant_id, store.sub_merchant_id
    kb = next(iter(store.knowledge_bases))
    specs: list[tuple[Any, ...]] = list(texts.MAIN_INTERVIEWS)
    for k in range(count - 6):
        base = texts.EXTRA_INTERVIEW_NAMES[k % len(texts.EXTRA_INTERVIEW_NAMES)]
        round_ = k // len(texts.EXTRA_INTERVIEW_NAMES)
        name = base if round_ == 0 else f"{base} {round_ + 1}"
        specs.append(
            (
                name,
                None,
                "en",
                "active",
                "merchant_public",
                "Operations",
                "Munich",
                texts.QUESTIONS_GENERIC,
                ["communication", "ownership"],
            )
        )
    for index, spec in enumerate(specs[:5]):
        extra = (
            {
                "tags": ["engineering", "backend"],
                "slug": "backend-engineer",
                "knowledge_base_store_id": kb,
                "recording": "video_all",
                "interview_salary": "€70k - €85k",
            }
            if index == 0
            else {}
        )
        _add_interview(store, rng, index, spec, merchant_id=main, **extra)
    _position(store, rng)
    for index, spec in enumerate(specs[5:], start=6):
        _add_interview(store, rng, index, spec, merchant_id=main)
    _practice_items(store, rng)
    for index, spec in enumerate(texts.SUB_INTERVIEWS):
        _add_interview(store, rng, 100 + index, spec, merchant_id=sub)


def _position(store: Store, rng: random.Random) -> None:
    spec = (
        texts.POSITION_STAGE_NAME,
        None,
        "en",
        "active",
        "sub_item",
        "Engineering",
        "Remote (EU)",
        texts.QUESTIONS_FRONTEND,
        texts.POSITION_KEYWORDS,
    )
    stage = _add_interview(store, rng, 5, spec, merchant_id=store.main_merchant_id)
    position = position_record(
        store,
        position_id=store.make_id("position/main/0"),
        merchant_id=store.main_merchant_id,
        name=texts.POSITION_NAME,
        status="active",
        visibility="merchant_public",
        language="en",
        created_at=stage["created_at"],
        stages=[stage],
        emoji="🖥️",
        interview_location="Remote (EU)",
        interview_department="Engineering",
        interview_salary="€80k - €100k",
        description="Senior frontend role building our candidate-facing apps.",
        recruiter_profile_id=store.recruiter_profile_id,
        updated_at=stage["updated_at"],
        _keywords=texts.POSITION_KEYWORDS,
        _external_id="ACME-FE-2026-01",
    )
    position["_pre_screening"] = {
        "id": store.make_id("pre-screening/main/0"),
        "type": "resume",
        "status": "active",
        "assessment_rules": [
            {
                "id": "resume_match",
                "type": "screening",
                "action": "reject",
                "resume_score_reject": 3,
                "resume_score_accept": 7,
            },
            {
                "id": "resume_technical_experience",
                "type": "screening",
                "action": "mark_for_review",
                "technical_experience_years": 3,
            },
        ],
        "form_fields": [],
    }
    store.interviews[position["id"]] = position


def _practice_items(store: Store, rng: random.Random) -> None:
    main = store.main_merchant_id
    items = [
        ("Salary Negotiation Practice", "coaching", ["interview-practice", "negotiation"], main),
        (
            "Backend Interview Practice",
            "coaching",
            ["software-engineering", "backend", "interview-practice"],
            main,
        ),
        ("Upset Customer Role-play", "persona", ["sales", "customer-service"], main),
        ("Sales Call Simulation", "persona_interview", ["sales"], main),
        ("Excel Skills Assessment", "assessment", ["finance"], main),
        ("Demo: Customer Service Interview", "interview", ["demo"], main),
        ("JobMojito Interview Basics", "coaching", ["interview-practice"], None),
    ]
    for index, (name, kind, tags, merchant_id) in enumerate(items):
        stamp = iso(_days_ago(100 - index * 5))
        record = interview_record(
            store,
            interview_id=store.make_id(f"practice/{index}"),
            merchant_id=merchant_id,
            name=name,
            kind=kind,
            status="active",
            visibility="public" if merchant_id is None else "merchant_public",
            language="en",
            template_id=list(store.avatars)[-1 if merchant_id is None else index % 5],
            created_at=stamp,
            questions=_questions(store, texts.QUESTIONS_PRACTICE, "en"),
            tags=tags,
            coach_plan="closing" if "negotiation" in tags else None,
            _demo=name.startswith("Demo:"),
        )
        if kind.startswith("persona"):
            record["_persona"] = {
                "persona_role_avatar": "is to act as a customer whose order arrived late",
                "persona_role_user": "is to be the support agent who calms the customer",
                "opening_line": "I have been waiting for two weeks. What is going on?",
            }
        store.interviews[record["id"]] = record
