"""Find the one id a name or email stands for, through the list endpoints' `filter_text`.

An exact case-insensitive match (name or email) wins over partial matches. Writes take
only an exact match. Anything else is refused with the matches, at most ten, so the
caller can pick one by id.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from jobmojito_mcp.api.client import JobMojitoClient
from jobmojito_mcp.ids.kinds import KINDS, IdKind
from jobmojito_mcp.ids.memory import IdMemory, Seen
from jobmojito_mcp.ids.refusals import IdRefused
from jobmojito_mcp.ids.remember import remember_rows

MAX_LISTED = 10
SEARCH_LIMIT = 50
# The interview and result lists show one product type at a time and default to
# "interview"; the others are searched only when that one has no match.
INTERVIEW_TYPES = (
    "interview",
    "coaching",
    "assessment",
    "persona",
    "persona_interview",
    "public_avatar",
)


@dataclass(frozen=True)
class _Search:
    operation: str
    row_type: str
    id_field: str
    names: tuple[str, ...]
    detail: Callable[[dict[str, Any]], str]
    by_type: bool = False
    shown_id: str = "id"


def _interview_detail(row: dict[str, Any]) -> str:
    stage = "multi-stage position" if row.get("is_multi_stage") else "interview"
    return f"{stage}, {row.get('status') or 'no status'}"


def _result_detail(row: dict[str, Any]) -> str:
    interview = row.get("position_name") or "unnamed interview"
    return f"{interview}, {row.get('coach_status') or 'not started'}"


_SEARCHES: dict[IdKind, _Search] = {
    IdKind.INTERVIEW: _Search(
        "list_interviews", "interview", "id", ("name",), _interview_detail, by_type=True
    ),
    IdKind.CANDIDATE: _Search(
        "list_candidates", "candidate", "id", ("name", "email"), lambda r: r.get("email") or ""
    ),
    IdKind.INTERVIEW_RESULT: _Search(
        "list_interview_results",
        "result",
        "id",
        ("candidate_name", "candidate_email"),
        _result_detail,
        by_type=True,
        shown_id="interview_result_id",
    ),
    IdKind.MERCHANT: _Search("list_sub_merchants", "sub_merchant", "id", ("name",), lambda r: ""),
}
_SEARCHES[IdKind.POSITION] = _SEARCHES[IdKind.INTERVIEW]


@dataclass(frozen=True)
class Match:
    """The single row a name stood for: its id, what is known of it, and how it was found."""

    id: str
    seen: Seen
    how: str
    detail: str = ""


class NameLookup:
    """Name-to-id look-ups for one caller, remembering both rows and answers."""

    searchable = frozenset(_SEARCHES)

    def __init__(self, client: JobMojitoClient, memory: IdMemory) -> None:
        self.client = client
        self.memory = memory

    async def find(self, argument: str, name: str, kind: IdKind, *, exact_only: bool) -> Match:
        search = _SEARCHES[kind]
        # A write looks the name up afresh every time: what this caller saw earlier may be
        # a partial match or miss a newer record with the same name.
        warm = None if exact_only else self._warm(search, name, kind)
        if warm is not None:
            return warm

        types: Iterable[str | None] = INTERVIEW_TYPES if search.by_type else (None,)
        for product_type in types:
            rows = await self._search(search, name, product_type)
            if not rows:
                continue
            match = self._choose(argument, search, name, rows, kind, exact_only=exact_only)
            if product_type not in (None, "interview"):
                match = Match(
                    match.id, match.seen, match.how, f"{match.detail} (type {product_type})"
                )
            self.memory.remember_lookup(kind, name, match.id)
            return match
        raise IdRefused(
            f"{argument}: nothing in this account matches {name!r}. Search with "
            f"{search.operation}(filter_text=...) using part of the "
            f"{' or '.join(search.names).replace('_', ' ')}, or pass the id itself."
        )

    def _warm(self, search: _Search, name: str, kind: IdKind) -> Match | None:
        remembered = self.memory.lookup(kind, name)
        if remembered is not None:
            seen = self.memory.get(remembered)
            if seen is not None:
                return Match(remembered, seen, "looked up by name earlier")
        if search.row_type != "interview":
            return None
        exact = self.memory.find_exact_name((IdKind.INTERVIEW,), name)
        if len(exact) == 1:
            value, seen = exact[0]
            return Match(value, seen, "matched by name among ids seen earlier")
        return None

    async def _search(self, search: _Search, name: str, product_type: str | None) -> list[dict]:
        params: dict[str, Any] = {"filter_text": name, "limit": SEARCH_LIMIT}
        if product_type is not None:
            params["type"] = product_type
        answer = await self.client.call(search.operation, params=params)
        rows = [row for row in (answer or {}).get("data") or () if isinstance(row, dict)]
        remember_rows(self.memory, search.row_type, rows)
        return rows

    def _choose(
        self,
        argument: str,
        search: _Search,
        name: str,
        rows: list[dict],
        kind: IdKind,
        *,
        exact_only: bool,
    ) -> Match:
        folded = name.casefold()
        exact = [r for r in rows if any(_folded(r.get(f)) == folded for f in search.names)]
        partial = [r for r in rows if any(folded in _folded(r.get(f)) for f in search.names)]
        if len(exact) == 1:
            return self._match(search, exact[0], "looked up by exact name")
        if len(exact) > 1:
            raise IdRefused(self._ambiguous(argument, name, search, exact))
        if len(partial) == 1 and not exact_only:
            return self._match(search, partial[0], "looked up by partial name")
        if len(partial) == 1:
            row = partial[0]
            raise IdRefused(
                f"{argument}: {name!r} only partly matches {_label(search, row)!r} "
                f"({row.get(search.shown_id)}); this tool changes data, so it takes an exact "
                "name or the id. Call again with that id if it is the one you mean."
            )
        raise IdRefused(self._ambiguous(argument, name, search, partial or rows))

    def _match(self, search: _Search, row: dict[str, Any], how: str) -> Match:
        value = str(row.get(search.id_field))
        seen = self.memory.get(value) or Seen(IdKind.RESULT_ROW)
        return Match(value, seen, how, f", {search.detail(row)}" if search.detail(row) else "")

    def _ambiguous(self, argument: str, name: str, search: _Search, rows: list[dict]) -> str:
        listed = "; ".join(
            f"{_label(search, row)} ({row.get(search.shown_id) or 'no attempt yet'}, "
            f"{search.detail(row)})"
            for row in rows[:MAX_LISTED]
        )
        more = f" and {len(rows) - MAX_LISTED} more" if len(rows) > MAX_LISTED else ""
        noun = KINDS[
            IdKind.INTERVIEW_RESULT if search.row_type == "result" else _kind_of(search)
        ].label
        return (
            f"{argument}: {name!r} matches {len(rows)} {noun}s: {listed}{more}. "
            f"Call again with the id of the one you mean."
        )


def _kind_of(search: _Search) -> IdKind:
    return next(kind for kind, s in _SEARCHES.items() if s is search)


def _label(search: _Search, row: dict[str, Any]) -> str:
    return str(next((row[f] for f in search.names if row.get(f)), "unnamed"))


def _folded(value: Any) -> str:
    return value.casefold() if isinstance(value, str) else ""
