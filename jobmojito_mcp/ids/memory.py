"""What the id layer has seen in tool results, per caller, in bounded memory.

A caller is a token fingerprint plus a merchant, so two users never share what they
have seen, and a stateless HTTP client still benefits from its earlier calls.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, replace
from threading import Lock

from jobmojito_mcp.ids.kinds import IdKind

# About 410 bytes per id and 270 per name look-up: under 1 MiB per caller, about 53 MiB
# at most for a server that many users share over HTTP.
MAX_IDS_PER_CALLER = 2_000
MAX_CALLERS = 64
MAX_LOOKUPS_PER_CALLER = 200


@dataclass(frozen=True, slots=True)
class Seen:
    """One id and what is known of it.

    `interview_result_id` is set on result rows (None when the row has no attempt yet);
    `multi_stage` on interviews, when the row said.
    """

    kind: IdKind
    name: str | None = None
    how: str = "seen in a tool result"
    interview_result_id: str | None = None
    multi_stage: bool | None = None


class IdMemory:
    """One caller's bounded memory: ids by value, and earlier name look-ups by query."""

    def __init__(
        self, max_ids: int = MAX_IDS_PER_CALLER, max_lookups: int = MAX_LOOKUPS_PER_CALLER
    ) -> None:
        self._ids: OrderedDict[str, Seen] = OrderedDict()
        self._lookups: OrderedDict[tuple[IdKind, str], str] = OrderedDict()
        self._max_ids = max_ids
        self._max_lookups = max_lookups

    def __len__(self) -> int:
        return len(self._ids)

    def remember(self, value: str | None, seen: Seen) -> None:
        if not value:
            return
        known = self._ids.get(value)
        if known is not None and known.kind is seen.kind:
            # A result row names an interview without saying whether it is multi-stage;
            # keep what an earlier, richer row said.
            seen = replace(
                seen,
                name=seen.name or known.name,
                multi_stage=known.multi_stage if seen.multi_stage is None else seen.multi_stage,
            )
        self._ids[value] = seen
        self._ids.move_to_end(value)
        while len(self._ids) > self._max_ids:
            self._ids.popitem(last=False)

    def get(self, value: str) -> Seen | None:
        seen = self._ids.get(value)
        if seen is not None:
            self._ids.move_to_end(value)
        return seen

    def remember_lookup(self, kind: IdKind, query: str, value: str) -> None:
        key = (kind, query.casefold())
        self._lookups[key] = value
        self._lookups.move_to_end(key)
        while len(self._lookups) > self._max_lookups:
            self._lookups.popitem(last=False)

    def lookup(self, kind: IdKind, query: str) -> str | None:
        return self._lookups.get((kind, query.casefold()))

    def find_exact_name(self, kinds: tuple[IdKind, ...], name: str) -> list[tuple[str, Seen]]:
        """Remembered ids of these kinds whose name equals `name`, ignoring case."""
        folded = name.casefold()
        return [
            (value, seen)
            for value, seen in self._ids.items()
            if seen.kind in kinds and seen.name is not None and seen.name.casefold() == folded
        ]


class IdMemoryStore:
    """All callers' memories, the least recently active caller dropped first."""

    def __init__(self, max_callers: int = MAX_CALLERS, max_ids: int = MAX_IDS_PER_CALLER) -> None:
        self._memories: OrderedDict[tuple[str, str | None], IdMemory] = OrderedDict()
        self._max_callers = max_callers
        self._max_ids = max_ids
        self._lock = Lock()

    def for_caller(self, token_fingerprint: str, merchant_id: str | None) -> IdMemory:
        key = (token_fingerprint, merchant_id)
        with self._lock:
            memory = self._memories.get(key)
            if memory is None:
                memory = self._memories[key] = IdMemory(self._max_ids)
            self._memories.move_to_end(key)
            while len(self._memories) > self._max_callers:
                self._memories.popitem(last=False)
            return memory
