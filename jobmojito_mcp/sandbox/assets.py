"""Seeded account assets other than people and interviews: avatars, knowledge bases, catalogue."""

from __future__ import annotations

import random
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from . import texts
from .store import BASE_TIME, iso

if TYPE_CHECKING:
    from .store import Store

_MEDIA = "https://media.jobmojito.example/avatars"


def add_assets(store: Store, rng: random.Random) -> None:
    """Seed avatars, knowledge-base stores with documents, and the catalogue tree."""
    _avatars(store, rng)
    _knowledge_bases(store, rng)
    _catalogue(store)


def _persona_text(rng: random.Random, name: str) -> str:
    # Long on purpose: the live avatar rows are several kilobytes each.
    sentences = [f"{name} leads the conversation for Acme Talent."]
    while sum(len(s) for s in sentences) < 3000:
        sentences.append(rng.choice(texts.PERSONA_SENTENCES))
    return " ".join(sentences)


def _avatars(store: Store, rng: random.Random) -> None:
    own = [(row, store.main_merchant_id) for row in texts.AVATAR_NAMES]
    shared = [(row, None) for row in texts.PUBLIC_AVATAR_NAMES]
    for index, ((name, kind, language, voice), merchant_id) in enumerate([*own, *shared]):
        avatar_id = store.make_id(f"avatar/{index}")
        stamp = iso(BASE_TIME - timedelta(days=200 - index * 9, hours=index))
        status = {6: "draft", 7: "archived"}.get(index, "active")
        slug = avatar_id[:8]
        store.avatars[avatar_id] = {
            "id": avatar_id,
            "merchant_id": merchant_id,
            "name": name,
            "type": kind,
            "status": status,
            "visibility": "public" if merchant_id is None else "merchant_public",
            "mojito_language_code": language,
            "video_voice_language_name": voice,
            "media_url": None if kind == "interactive_elevenlabs" else f"{_MEDIA}/{slug}.mp4",
            "background_url": f"{_MEDIA}/{slug}-background.jpg",
            "background_blur": round(rng.uniform(0, 1), 2),
            "video_background_remove": index % 3 == 0,
            "video_avatar_image_url": f"{_MEDIA}/{slug}.png",
            "video_avatar_aspect_ratio": "16:9" if index % 4 else "9:16",
            "created_at": stamp,
            "updated_at": stamp,
            "persona_description": _persona_text(rng, name.split(" –")[0]),
            "voice_settings": {
                "provider": "elevenlabs" if kind == "interactive_elevenlabs" else "azure",
                "stability": round(rng.uniform(0.3, 0.8), 2),
                "similarity_boost": round(rng.uniform(0.5, 0.9), 2),
                "speaking_rate": round(rng.uniform(0.9, 1.1), 2),
                "sample_phrases": [rng.choice(texts.PERSONA_SENTENCES) for _ in range(4)],
            },
        }


def _knowledge_bases(store: Store, rng: random.Random) -> None:
    owners = [(name, store.main_merchant_id) for name in texts.KNOWLEDGE_BASE_STORES]
    owners += [(name, store.sub_merchant_id) for name in texts.SUB_KNOWLEDGE_BASE_STORES]
    for index, (name, merchant_id) in enumerate(owners):
        store_id = store.make_id(f"knowledge-base/{index}")
        stamp = iso(BASE_TIME - timedelta(days=150 - index * 11))
        store.knowledge_bases[store_id] = {
            "id": store_id,
            "merchant_id": merchant_id,
            "name": name,
            "created_at": stamp,
        }
        for number in range(rng.randint(1, 3)):
            document_id = store.make_id(f"knowledge-base/{index}/document/{number}")
            store.documents[document_id] = {
                "knowledge_base_id": document_id,
                "knowledge_base_store_id": store_id,
                "merchant_id": merchant_id,
                "name": f"{name.lower().replace(' ', '-')}-part-{number + 1}.pdf",
                "size": rng.randint(40_000, 900_000),
                "status": "processed",
                "created_at": stamp,
            }


def catalogue_record(
    merchant_id: str | None, slug: str, name: str, stamp: str, **fields: Any
) -> dict[str, Any]:
    """A catalogue directory with every field the directory endpoints answer with."""
    record: dict[str, Any] = {
        "id": slug,
        "name": name,
        "description": None,
        "mojito_language_code": "en",
        "visibility": "merchant_public",
        "status": "active",
        "coach_plan": None,
        "cover_image_url": None,
        "merchant_id": merchant_id,
        "tags_sub": [],
        "tags_interview_set_filter": [],
        "content_md": None,
        "created_at": stamp,
        "updated_at": stamp,
        "_start": False,
    }
    record.update(fields)
    return record


def _catalogue(store: Store) -> None:
    main, sub = store.main_merchant_id, store.sub_merchant_id
    stamp = iso(BASE_TIME - timedelta(days=90))
    rows = [
        catalogue_record(
            main,
            "acme-coaching-home",
            "Acme Coaching",
            stamp,
            description="Practice sessions for everyone preparing for a move.",
            tags_sub=["software-engineering", "sales-coaching"],
            _start=True,
            content_md="## Welcome\n\nPick an area to start practising.\n",
        ),
        catalogue_record(
            main,
            "software-engineering",
            "Software engineering",
            stamp,
            description="Technical interview practice.",
            tags_sub=["backend-interviews"],
            tags_interview_set_filter=["software-engineering"],
        ),
        catalogue_record(
            main,
            "backend-interviews",
            "Backend interviews",
            stamp,
            description="APIs, databases and incidents.",
            tags_interview_set_filter=["backend", "interview-practice"],
        ),
        catalogue_record(
            main,
            "sales-coaching",
            "Sales coaching",
            stamp,
            coach_plan="screening",
            description="Discovery calls and objection handling.",
            tags_interview_set_filter=["sales"],
            content_md="## Sales coaching\n\n[sessions:filter=sales,limit=6]\n",
        ),
        catalogue_record(
            main,
            "negotiation-drafts",
            "Negotiation (draft)",
            stamp,
            status="draft",
            visibility="merchant_unlisted",
            tags_interview_set_filter=["negotiation"],
        ),
        catalogue_record(
            None,
            "interview-basics",
            "Interview basics",
            stamp,
            visibility="public",
            description="Shared by the platform with every merchant.",
            tags_interview_set_filter=["interview-practice"],
        ),
        catalogue_record(
            sub,
            "schweiz-coaching-home",
            "Coaching Schweiz",
            stamp,
            _start=True,
            mojito_language_code="de",
            description="Übungen für Bewerbungsgespräche.",
        ),
    ]
    for row in rows:
        store.catalogue[row["id"]] = row
