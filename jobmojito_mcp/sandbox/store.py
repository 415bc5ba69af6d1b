"""The sandbox's in-memory account state, its id and clock sources, and look-ups on it.

Records are plain dicts shaped like the rows the API answers with; keys starting with "_"
are internal links and never leave the sandbox. The helpers at the bottom find the seeded
records a test usually needs, so tests never hard-code ids:

    store.interview_named("Backend Engineer")      # vs "Backend Engineer (Berlin)"
    store.position()                               # the multi-stage position
    store.finished_result()                        # completed and scored, has details
    store.result_without_attempt()                 # interview_result_id is None
    store.candidate_with_emoji()
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

# The sandbox's "today": every seeded date lies before it, every write moves past it.
BASE_TIME = datetime(2026, 3, 16, 9, 0, tzinfo=UTC)


def iso(moment: datetime) -> str:
    """A timestamp in the upstream's `2026-01-15T09:30:00.000Z` form."""
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _first(rows: Iterator[dict[str, Any]], what: str) -> dict[str, Any]:
    found = next(rows, None)
    if found is None:
        raise LookupError(f"the sandbox account has no {what}")
    return found


def public(record: dict[str, Any]) -> dict[str, Any]:
    """A deep copy of a record without its internal keys."""
    return {k: copy.deepcopy(v) for k, v in record.items() if not k.startswith("_")}


class Store:
    """All state of one sandbox: merchants, people, interviews, results and the rest."""

    def __init__(self, *, seed: int, rows: int) -> None:
        self.seed = seed
        self.rows = rows
        self._namespace = uuid.uuid5(
            uuid.NAMESPACE_URL, f"https://sandbox.jobmojito.invalid/{seed}"
        )
        self._counter = 0
        self._clock = BASE_TIME

        self.main_merchant_id = ""
        self.sub_merchant_id = ""
        self.owner_profile_id = ""
        self.recruiter_profile_id = ""
        self.sub_user_profile_id = ""
        self.service_profile_id = ""

        self.merchants: dict[str, dict[str, Any]] = {}
        self.team: list[dict[str, Any]] = []
        self.avatars: dict[str, dict[str, Any]] = {}
        self.interviews: dict[str, dict[str, Any]] = {}
        self.candidates: dict[str, dict[str, Any]] = {}
        self.results: dict[str, dict[str, Any]] = {}
        self.catalogue: dict[str, dict[str, Any]] = {}
        self.knowledge_bases: dict[str, dict[str, Any]] = {}
        self.documents: dict[str, dict[str, Any]] = {}
        self.events: list[dict[str, Any]] = []
        self.details: dict[str, dict[str, Any]] = {}

    # ids and time

    def make_id(self, label: str) -> str:
        """The id a seeded record gets: the same label and seed always give the same id."""
        return str(uuid.uuid5(self._namespace, label))

    def new_id(self, kind: str) -> str:
        """A fresh id for a record created by a write, deterministic in write order."""
        self._counter += 1
        return self.make_id(f"new/{kind}/{self._counter}")

    def now(self) -> str:
        """The next tick of the sandbox clock (a minute per call, never the wall clock)."""
        self._clock += timedelta(minutes=1)
        return iso(self._clock)

    def later(self, hours: float) -> str:
        """A timestamp some hours past the sandbox clock, for expiry times."""
        return iso(self._clock + timedelta(hours=hours))

    # look-ups

    def interview(self, interview_id: str | None) -> dict[str, Any] | None:
        """An interview definition or a multi-stage position by id."""
        return self.interviews.get(interview_id) if interview_id else None

    def result_by_attempt(self, interview_result_id: str | None) -> dict[str, Any] | None:
        """The result row whose interview_result_id is the given id."""
        if not interview_result_id:
            return None
        for row in self.results.values():
            if row["interview_result_id"] == interview_result_id:
                return row
        return None

    def candidate_by_email(self, merchant_id: str, email: str) -> dict[str, Any] | None:
        folded = email.strip().casefold()
        for row in self.candidates.values():
            if row["merchant_id"] == merchant_id and (row["email"] or "").casefold() == folded:
                return row
        return None

    def results_of(self, candidate_id: str) -> list[dict[str, Any]]:
        return [r for r in self.results.values() if r["profile_interview_id"] == candidate_id]

    def results_for_interview(self, interview_id: str) -> list[dict[str, Any]]:
        return [r for r in self.results.values() if r["definition_id"] == interview_id]

    def member(self, merchant_id: str, email: str) -> dict[str, Any] | None:
        folded = email.strip().casefold()
        for row in self.team:
            if row["merchant_id"] == merchant_id and row["email"].casefold() == folded:
                return row
        return None

    def template(self, template_id: str | None) -> dict[str, Any] | None:
        return self.avatars.get(template_id) if template_id else None

    # helpers for tests; each raises LookupError when the account has no such record

    def interview_named(self, name: str, merchant_id: str | None = None) -> dict[str, Any]:
        """The interview or position with exactly this name (main merchant unless told)."""
        owner = merchant_id or self.main_merchant_id
        for row in self.interviews.values():
            if row["name"] == name and row["merchant_id"] == owner:
                return row
        raise LookupError(name)

    def position(self) -> dict[str, Any]:
        """The main merchant's seeded multi-stage position."""
        main = self.main_merchant_id
        rows = (r for r in self.interviews.values() if r["_kind"] == "position")
        return _first((r for r in rows if r["merchant_id"] == main), "position")

    def finished_result(self, merchant_id: str | None = None) -> dict[str, Any]:
        """A completed, fully processed interview result row with details behind it."""
        return _first(
            (
                r
                for r in self.results_in(merchant_id)
                if r["coach_status"] == "completed"
                and r["processing_status"] == "completed"
                and r["status"] == "active"
            ),
            "finished result",
        )

    def result_without_attempt(self, merchant_id: str | None = None) -> dict[str, Any]:
        """A result row whose interview_result_id is null (no attempt yet)."""
        rows = self.results_in(merchant_id)
        return _first((r for r in rows if r["interview_result_id"] is None), "unattempted result")

    def results_in(self, merchant_id: str | None = None, kind: str = "interview") -> list[dict]:
        """Result rows of one merchant (main unless told) and product type."""
        owner = merchant_id or self.main_merchant_id
        return [r for r in self.results.values() if r["merchant_id"] == owner and r["type"] == kind]

    def candidates_named(self, name: str) -> list[dict[str, Any]]:
        return [c for c in self.candidates.values() if c["name"] == name]

    def candidate_with_emoji(self) -> dict[str, Any]:
        """The candidate whose name carries an emoji."""
        rows = self.candidates.values()
        return _first((c for c in rows if any(ord(ch) > 0xFFFF for ch in c["name"])), "emoji name")
