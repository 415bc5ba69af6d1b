"""The `options` argument: a write tool's less-used settings, in one checked dict.

A write tool advertises only the arguments most calls need; every other setting goes in
`options` under its JobMojito field name. Each tool checks `options` against an
`Options` model holding every such field with its type and bounds, so nothing is lost
by not advertising it; the same models write the reference resources that explain them.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable
from datetime import datetime
from functools import cache
from typing import Annotated, Any, ClassVar, TypeVar

from mcp.server.mcpserver.exceptions import ToolError
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    WithJsonSchema,
)

from jobmojito_mcp.ids.arguments import canonical_name


class Options(BaseModel):
    """The settings one tool takes in `options`. Subclasses name the resource explaining them."""

    model_config = ConfigDict(extra="forbid")

    resource: ClassVar[str]

    def request(self) -> dict[str, Any]:
        """The settings given, as the API takes them."""
        return self.model_dump(exclude_none=True)


M = TypeVar("M", bound=Options)


def described(model: type[Options]) -> Any:
    """The `options` argument's description: the keys of `model` and where they are explained."""
    keys = ", ".join(model.model_fields)
    return Field(description=f"Other settings: {keys}. Values: resource {model.resource}")


def _parsed(value: Any) -> Any:
    """Some clients send a nested object as its JSON text; read it back into the object."""
    if isinstance(value, str) and value.strip().startswith("{"):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


# The type of every `options` argument; each tool adds `described(...)` for its own keys.
OptionsDict = Annotated[
    dict[str, Any] | None,
    BeforeValidator(_parsed),
    WithJsonSchema({"type": "object"}),
]


def read_options(model: type[M], given: dict[str, Any] | None, tool: Callable[..., Any]) -> M:
    """`given` checked against `model`, refused with the key at fault and what it takes."""
    given = given or {}
    _refuse_arguments(given, model, tool)
    try:
        return model.model_validate(given)
    except ValidationError as exc:
        raise ToolError(_explain(exc, model)) from None


def _refuse_arguments(
    given: dict[str, Any], model: type[Options], tool: Callable[..., Any]
) -> None:
    """A tool's own argument, ids above all, is refused inside options: it goes on its own."""
    arguments = _arguments_of(tool)
    for key in given:
        if key in model.model_fields:
            continue
        target = canonical_name(key, arguments)
        if target is not None:
            raise ToolError(
                f"options.{key}: pass {target} as an argument of its own, not inside options."
            )
        if key.endswith("_id"):
            ids = ", ".join(name for name in arguments if name.endswith("_id"))
            raise ToolError(
                f"options.{key}: ids are never options, and {tool.__name__} takes no {key}. "
                f"Its id arguments are: {ids}."
            )


@cache
def _arguments_of(tool: Callable[..., Any]) -> tuple[str, ...]:
    names = inspect.signature(tool).parameters
    return tuple(name for name in names if name not in ("ctx", "options"))


def _explain(error: ValidationError, model: type[Options]) -> str:
    problems = error.errors()
    unknown = [
        str(p["loc"][0]) for p in problems if p["type"] == "extra_forbidden" and len(p["loc"]) == 1
    ]
    if unknown:
        listed = ", ".join(repr(key) for key in unknown)
        return (
            f"options: unknown key {listed}. Accepted keys: {', '.join(model.model_fields)} "
            f"(see {model.resource})."
        )
    lines = [f"options{_path(p['loc'])}: {_message(p)}" for p in problems]
    return "; ".join(lines) + f". See {model.resource} for the allowed values."


def _path(location: tuple[int | str, ...]) -> str:
    return "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in location)


def _message(problem: Any) -> str:
    message = str(problem["msg"]).removeprefix("Value error, ")
    if problem["type"] == "missing":
        return "required here"
    return message


def iso_date(value: str | None) -> str | None:
    """`value` if it reads as an ISO date or date-time (a validator for option fields)."""
    if value is None:
        return None
    try:
        datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(
            f"{value!r} is not an ISO date; use e.g. 2026-06-30 or 2026-06-30T17:00:00Z"
        ) from None
    return value
