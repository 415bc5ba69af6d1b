"""Resolve one tool argument to the id the endpoint needs, or refuse with a way forward.

For each id argument the resolver normalises the pasted value, checks its kind against
what this caller has seen, corrects it where the mapping is certain, looks names up,
and probes unseen interview and result ids once before a write uses them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from jobmojito_mcp.api.client import JobMojitoClient
from jobmojito_mcp.api.errors import InvalidFieldError, JobMojitoError, NotFoundError
from jobmojito_mcp.ids.fields import kind_of_field
from jobmojito_mcp.ids.kinds import KINDS, IdKind, describe_kind, where_to_find
from jobmojito_mcp.ids.links import admin_link
from jobmojito_mcp.ids.lookup import NameLookup
from jobmojito_mcp.ids.memory import IdMemory, Seen
from jobmojito_mcp.ids.normalize import IdFormatError, Pasted, parse_pasted
from jobmojito_mcp.ids.refusals import IdRefused

logger = logging.getLogger(__name__)

_INTERVIEWS = (IdKind.INTERVIEW, IdKind.POSITION)
_PROBES = {
    IdKind.INTERVIEW: ("get_interview_definition", "position_id"),
    IdKind.POSITION: ("get_interview_definition", "position_id"),
    IdKind.INTERVIEW_RESULT: ("get_interview_result_details", "interview_result_id"),
}


@dataclass(frozen=True)
class Resolved:
    """An id ready for the API, with how the layer got it and a note for the caller."""

    id: str
    kind: IdKind
    argument: str
    name: str | None = None
    how: str = "as given"
    note: str | None = None


@dataclass
class IdResolver:
    """The id layer for one tool call: one caller's client and memory."""

    client: JobMojitoClient
    memory: IdMemory
    admin_url: str
    used: list[Resolved] = field(default_factory=list)

    @property
    def notes(self) -> list[str]:
        """One line per id that was corrected or looked up, for the tool result."""
        return [r.note for r in self.used if r.note]

    async def resolve(
        self,
        argument: str,
        value: str,
        kind: IdKind,
        *,
        write: bool = False,
        confirm: bool | None = None,
    ) -> Resolved:
        """The id `argument` stands for, checked to be of `kind`.

        `write` takes exact names only; `confirm` (on by default for writes) reads an
        unseen interview or result id once to be sure of its kind.
        """
        try:
            pasted = parse_pasted(value, slug=KINDS[kind].is_slug)
        except IdFormatError as exc:
            raise IdRefused(f"{argument}: {exc}.") from None

        if pasted.name is not None:
            resolved = await self._by_name(argument, pasted, kind, write=write)
        else:
            assert pasted.id is not None
            confirm = write if confirm is None else confirm
            resolved = await self._by_id(argument, pasted, kind, confirm=confirm)
        self.used.append(resolved)
        return resolved

    async def resolve_optional(
        self, argument: str, value: str | None, kind: IdKind, *, write: bool = False
    ) -> str | None:
        if value is None:
            return None
        return (await self.resolve(argument, value, kind, write=write)).id

    async def _by_id(
        self, argument: str, pasted: Pasted, kind: IdKind, *, confirm: bool
    ) -> Resolved:
        value = pasted.id
        assert value is not None
        if pasted.link_kind is not None:
            self._check_link(argument, pasted.link_kind, kind, value)
        seen = self.memory.get(value)
        if seen is None and pasted.link_kind is IdKind.INTERVIEW and kind is IdKind.INTERVIEW:
            seen = Seen(IdKind.INTERVIEW, how="read from an admin link")

        unsure_position = kind is IdKind.POSITION and seen is not None and seen.multi_stage is None
        if seen is not None and not (confirm and unsure_position):
            return self._checked(argument, value, kind, seen)
        if confirm and kind in _PROBES:
            return await self._probed(argument, value, kind)
        return Resolved(value, kind, argument)

    def _check_link(self, argument: str, link_kind: IdKind, kind: IdKind, value: str) -> None:
        fits = link_kind is kind or (link_kind is IdKind.INTERVIEW and kind in _INTERVIEWS)
        if not fits:
            raise IdRefused(
                f"{argument}: that link opens {describe_kind(link_kind).replace(' id', '')} "
                f"page ({value}), so it holds {describe_kind(link_kind)}, not "
                f"{describe_kind(kind)}. {self._how_to_get(kind)}"
            )

    def _checked(self, argument: str, value: str, kind: IdKind, seen: Seen) -> Resolved:
        """Accept, correct or refuse an id whose kind the layer already knows."""
        if seen.kind is kind or (seen.kind is IdKind.INTERVIEW and kind is IdKind.POSITION):
            if kind is IdKind.POSITION and seen.multi_stage is False:
                raise IdRefused(
                    f"{argument}: {value} ({seen.name or 'unnamed'}) is a single-stage "
                    "interview; this tool takes a multi-stage position only. "
                    f"{self._how_to_get(kind)}"
                )
            return Resolved(value, kind, argument, name=seen.name, how=seen.how)
        if seen.kind is IdKind.POSITION and kind is IdKind.INTERVIEW:
            return Resolved(value, kind, argument, name=seen.name, how=seen.how)

        if seen.kind is IdKind.RESULT_ROW and kind is IdKind.INTERVIEW_RESULT:
            return self._row_to_result(argument, value, seen)
        raise IdRefused(
            f"{argument}: {value} is {describe_kind(seen.kind)}"
            f"{f' ({seen.name})' if seen.name else ''}, not {describe_kind(kind)}. "
            f"{self._how_to_get(kind)}"
        )

    def _row_to_result(self, argument: str, value: str, seen: Seen) -> Resolved:
        if seen.interview_result_id is None:
            raise IdRefused(
                f"{argument}: {value} is a result row id, and that row has no interview "
                "attempt yet, so there is no interview result to use. Pick a row whose "
                "interview_result_id is set (list_interview_results)."
            )
        note = (
            f"{argument}: {value} is a result row id; used that row's "
            f"interview_result_id {seen.interview_result_id} instead."
        )
        return Resolved(
            seen.interview_result_id,
            IdKind.INTERVIEW_RESULT,
            argument,
            name=seen.name,
            how="corrected from a result row id",
            note=note,
        )

    async def _probed(self, argument: str, value: str, kind: IdKind) -> Resolved:
        """Read an unseen interview or result once before a write relies on it."""
        operation, upstream = _PROBES[kind]
        try:
            found = await self.client.call(operation, params={upstream: value})
        except (NotFoundError, InvalidFieldError):
            raise IdRefused(self.unknown_id_message(argument, value, kind)) from None

        name = _display_name(kind, found)
        multi_stage = found.get("is_multistage") if isinstance(found, dict) else None
        stored = IdKind.INTERVIEW if kind in _INTERVIEWS else kind
        seen = Seen(stored, name=name, how="looked up", multi_stage=multi_stage)
        self.memory.remember(value, seen)
        return self._checked(argument, value, kind, seen)

    async def _by_name(
        self, argument: str, pasted: Pasted, kind: IdKind, *, write: bool
    ) -> Resolved:
        assert pasted.name is not None
        lookup = NameLookup(self.client, self.memory)
        if kind not in lookup.searchable:
            raise IdRefused(
                f"{argument}: {pasted.name!r} is not {describe_kind(kind)}. "
                f"Expected {_expected_form(kind)}; {self._how_to_get(kind)}"
            )
        match = await lookup.find(argument, pasted.name, kind, exact_only=write)
        value = match.id
        if match.seen.kind is IdKind.RESULT_ROW:
            if match.seen.interview_result_id is None:
                raise IdRefused(
                    f"{argument}: {pasted.name!r} matches a result with no interview attempt "
                    f"yet (row {value}), so there is no interview result to use."
                )
            value = match.seen.interview_result_id
        elif kind is IdKind.POSITION:
            self._checked(argument, value, kind, match.seen)
        note = f"{argument}: {pasted.name!r} is {match.seen.name!r} ({value}){match.detail}."
        return Resolved(value, kind, argument, name=match.seen.name, how=match.how, note=note)

    def link_for(self, kind: IdKind, value: str) -> str | None:
        """The admin link for an id; a result row links through its interview result."""
        if kind is IdKind.RESULT_ROW:
            seen = self.memory.get(value)
            if seen is None or seen.interview_result_id is None:
                return None
            return admin_link(self.admin_url, IdKind.INTERVIEW_RESULT, seen.interview_result_id)
        return admin_link(self.admin_url, kind, value)

    def unknown_id_message(self, argument: str, value: str, kind: IdKind) -> str:
        """Why an id the API does not know is not what the caller wanted, and what to do."""
        seen = self.memory.get(value)
        if seen is not None and seen.kind is not kind:
            return (
                f"{argument}: {value} is {describe_kind(seen.kind)}, not {describe_kind(kind)}. "
                f"{self._how_to_get(kind)}"
            )
        return (
            f"{argument}: {value} is not {describe_kind(kind)} in this account (the API does "
            f"not know it as one), nor any id this session has seen. {self._how_to_get(kind)}"
        )

    def explain(self, error: JobMojitoError) -> str | None:
        """An id-layer explanation for an upstream 404 or unknown-id 422, if one applies."""
        if not isinstance(error, NotFoundError | InvalidFieldError):
            return None
        kind = kind_of_field(error.operation, getattr(error, "field", None))
        candidates = [r for r in self.used if kind is None or r.kind is kind]
        if isinstance(error, InvalidFieldError) and kind is None:
            return None
        if len(candidates) != 1:
            return None
        resolved = candidates[0]
        return self.unknown_id_message(resolved.argument, resolved.id, resolved.kind)

    @staticmethod
    def _how_to_get(kind: IdKind) -> str:
        info = KINDS[kind]
        argument = info.argument or "it"
        return f"Pass {argument} as {describe_kind(kind)} from {where_to_find(kind)}."

    def remember(self, kind: IdKind, value: str | None, **known: Any) -> None:
        self.memory.remember(value, Seen(kind, **known))


def _display_name(kind: IdKind, found: Any) -> str | None:
    if not isinstance(found, dict):
        return None
    if kind is IdKind.INTERVIEW_RESULT:
        return found.get("candidate_name") or found.get("position_name")
    return found.get("name")


def _expected_form(kind: IdKind) -> str:
    if KINDS[kind].is_slug:
        return "a lower-case slug such as 'software-engineering'"
    return "a UUID such as 3f2b8c1e-5a4d-4c2b-9e7f-1a2b3c4d5e6f"
