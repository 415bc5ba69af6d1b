"""Map the argument names a caller sent onto the names a tool declares.

Upstream spellings (`interview_def_set_id`, `profile_interview_id`, ...) are renamed to
our one name per concept; two different values for one concept, and names a tool does
not know, are refused rather than dropped: a dropped filter gives a wrong answer that
looks right.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from jobmojito_mcp.ids.kinds import ALIASES, INTERVIEW_ALIASES_OF_POSITION
from jobmojito_mcp.ids.refusals import IdRefused


def canonical_name(name: str, declared: Collection[str]) -> str | None:
    """The declared argument `name` stands for on this tool, or None if it is unknown."""
    if name in declared:
        return name
    if name in INTERVIEW_ALIASES_OF_POSITION and "interview_id" in declared:
        return "interview_id"
    target = ALIASES.get(name)
    if target in declared:
        return target
    if target == "position_id" and "interview_id" in declared:
        return "interview_id"
    # A tool that takes positions only still accepts an interview's names for one; the id
    # layer then checks that the id really is a multi-stage position.
    if "interview_id" in (name, target) and "position_id" in declared:
        return "position_id"
    return None


def normalize_arguments(
    tool: str, declared: Collection[str], arguments: Mapping[str, Any]
) -> dict[str, Any]:
    """The arguments under the tool's own names; refuses unknown names and clashing aliases."""
    result: dict[str, Any] = {}
    given_as: dict[str, str] = {}
    unknown: list[str] = []
    for name, value in arguments.items():
        target = canonical_name(name, declared)
        if target is None:
            if value is not None:
                unknown.append(name)
            continue
        earlier = result.get(target)
        if earlier is not None and value is not None and _differ(earlier, value):
            raise IdRefused(
                f"{given_as[target]} and {name} both name the {target.removesuffix('_id')} "
                f"but differ ({result[target]!r} vs {value!r}); pass one {target}."
            )
        if earlier is None:
            result[target] = value
            given_as[target] = name
    if unknown:
        listed = ", ".join(sorted(declared))
        elsewhere = (
            "Put them inside options if its description lists them; otherwise leave them out"
            if "options" in declared
            else "Leave the others out"
        )
        raise IdRefused(
            f"{tool} does not take {', '.join(repr(n) for n in unknown)}. "
            f"It takes: {listed}. {elsewhere} or call another tool."
        )
    return result


def _differ(first: Any, second: Any) -> bool:
    if isinstance(first, str) and isinstance(second, str):
        return first.strip().casefold() != second.strip().casefold()
    return bool(first != second)
