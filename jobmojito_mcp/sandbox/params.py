"""What a handler receives for one API call, and the checks it runs on the parameters.

Every failed check raises `ApiError`, which the dispatcher turns into the upstream error body
`{"error": ..., "name": ...}` (the `name` only for field-level failures).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from .accounts import Caller
    from .store import Store

_MISSING = object()
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MAX_LIMIT = 1000
DEFAULT_LIMIT = 50


class ApiError(Exception):
    """An error answer: HTTP status, message and, for a bad field, the field's name."""

    def __init__(self, status: int, message: str, name: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.name = name

    def body(self) -> dict[str, str]:
        body = {"error": self.message}
        if self.name is not None:
            body["name"] = self.name
        return body


def invalid(name: str, message: str) -> ApiError:
    """A 422 naming the field at fault."""
    return ApiError(422, message, name)


@dataclass(frozen=True)
class Upload:
    """A file received in a multipart body."""

    filename: str
    content: bytes
    content_type: str | None = None


@dataclass
class Call:
    """One authenticated API call: who is calling, and the parameters they sent."""

    store: Store
    caller: Caller
    query: dict[str, str]
    body: dict[str, Any]
    files: dict[str, Upload] = field(default_factory=dict)
    multipart: bool = False

    def merchant(self, requested: Any = None, *, required: bool = False) -> str:
        """The merchant the call acts for: its own, or another it names and may act for."""
        if requested in (None, ""):
            if required and self.caller.needs_merchant_id:
                raise invalid("merchant_id", "merchant_id is required when using a service key.")
            return self.caller.merchant_id
        if not isinstance(requested, str) or not is_uuid(requested):
            raise invalid("merchant_id", "merchant_id must be a UUID.")
        if requested not in self.caller.acts_for:
            raise ApiError(403, "You are not permitted to act for this merchant.")
        return requested

    def visible(self, merchant_id: str | None) -> bool:
        """Whether a record owned by merchant_id is within the caller's reach."""
        return merchant_id is not None and merchant_id in self.caller.acts_for


@dataclass(frozen=True)
class Route:
    """One API operation: its method and path, the handler, and how the sandbox treats it."""

    method: str
    path: str
    handler: Callable[[Call], Any]
    admin: bool = False  # refused to recruiters
    write: bool = False  # changes state, so it counts in Sandbox.writes()


def is_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
    except (ValueError, AttributeError, TypeError):
        return False
    return len(value) == 36


def is_email(value: Any) -> bool:
    return isinstance(value, str) and bool(_EMAIL.match(value.strip()))


def text(
    src: Mapping[str, Any], name: str, *, required: bool = False, max_len: int | None = None
) -> str | None:
    """A string field; blank counts as absent for a required field."""
    value = src.get(name)
    if value is None or (required and isinstance(value, str) and not value.strip()):
        if required:
            raise invalid(name, f"{name} is required.")
        return None
    if not isinstance(value, str):
        raise invalid(name, f"{name} must be a string.")
    if max_len is not None and len(value) > max_len:
        raise invalid(name, f"{name} must be at most {max_len} characters.")
    return value


def required_text(src: Mapping[str, Any], name: str, *, max_len: int | None = None) -> str:
    """A string field that must be present and not blank."""
    return cast(str, text(src, name, required=True, max_len=max_len))


def required_enum(src: Mapping[str, Any], name: str, values: Iterable[str]) -> str:
    """An enum field that must be present."""
    return cast(str, enum(src, name, values, required=True))


def uuid_field(src: Mapping[str, Any], name: str, *, required: bool = False) -> str | None:
    value = text(src, name, required=required)
    if value in (None, ""):
        return None
    if not is_uuid(value):
        raise invalid(name, f"{name} must be a UUID.")
    return value


def enum(
    src: Mapping[str, Any], name: str, values: Iterable[str], *, required: bool = False
) -> str | None:
    value = text(src, name, required=required)
    allowed = tuple(values)
    if value is not None and value not in allowed:
        raise invalid(name, f"{name} must be one of: {', '.join(allowed)}.")
    return value


def number(
    src: Mapping[str, Any],
    name: str,
    *,
    low: float | None = None,
    high: float | None = None,
    integer: bool = False,
) -> float | int | None:
    value = src.get(name)
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = float(value)
        except ValueError:
            raise invalid(name, f"{name} must be a number.") from None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise invalid(name, f"{name} must be a number.")
    if integer and value != int(value):
        raise invalid(name, f"{name} must be an integer.")
    if low is not None and value < low:
        raise invalid(name, f"{name} must be at least {low:g}.")
    if high is not None and value > high:
        raise invalid(name, f"{name} must be at most {high:g}.")
    return int(value) if integer or value == int(value) else value


def boolean(src: Mapping[str, Any], name: str) -> bool | None:
    value = src.get(name)
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    raise invalid(name, f"{name} must be a boolean.")


def truthy(value: Any) -> bool:
    """The loose true the upstream accepts for flags sent as booleans or strings."""
    return value is True or (isinstance(value, str) and value.lower() == "true")


def string_list(src: Mapping[str, Any], name: str) -> list[str] | None:
    value = src.get(name)
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise invalid(name, f"{name} must be an array of strings.")
    return list(value)


def obj(src: Mapping[str, Any], name: str) -> dict[str, Any] | None:
    value = src.get(name)
    if value is not None and not isinstance(value, dict):
        raise invalid(name, f"{name} must be an object.")
    return value


def flag(query: Mapping[str, str], name: str, default: bool) -> bool:
    """A query flag that only takes the strings "true" and "false"."""
    value = query.get(name)
    if value in (None, ""):
        return default
    if value not in ("true", "false"):
        raise invalid(name, f"{name} must be 'true' or 'false'.")
    return value == "true"


def day(src: Mapping[str, Any], name: str, *, required: bool = False) -> date | None:
    value = text(src, name, required=required)
    if value is None:
        return None
    if not _DAY.match(value):
        raise invalid(name, f"{name} must be a date in YYYY-MM-DD form.")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise invalid(name, f"{name} is not a valid date.") from None


def timestamp(src: Mapping[str, Any], name: str) -> str | None:
    """An ISO date or date-time, returned as sent."""
    value = text(src, name)
    if value in (None, ""):
        return None
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise invalid(name, f"{name} must be an ISO 8601 date or date-time.") from None
    return value


def page(query: Mapping[str, str]) -> tuple[int, int]:
    """The limit and offset of a list call, checked against the upstream bounds."""
    limit = _whole(query, "limit", DEFAULT_LIMIT)
    if not 1 <= limit <= MAX_LIMIT:
        raise invalid("limit", f"limit must be between 1 and {MAX_LIMIT}.")
    offset = _whole(query, "offset", 0)
    if offset < 0:
        raise invalid("offset", "offset must be zero or greater.")
    return limit, offset


def _whole(query: Mapping[str, str], name: str, default: int) -> int:
    raw = query.get(name)
    if raw in (None, ""):
        return default
    try:
        return int(raw)
    except ValueError:
        raise invalid(name, f"{name} must be an integer.") from None


def paginate(rows: list[dict[str, Any]], limit: int, offset: int) -> dict[str, Any]:
    """The `{data, pagination}` envelope every paged list answers with."""
    chunk = rows[offset : offset + limit]
    return {
        "data": chunk,
        "pagination": {
            "total": len(rows),
            "limit": limit,
            "offset": offset,
            "has_more": offset + len(chunk) < len(rows),
        },
    }


def contains(needle: str | None, *haystack: Any) -> bool:
    """Case-insensitive substring match of needle in any of the given values."""
    if not needle:
        return True
    folded = needle.casefold()
    return any(isinstance(h, str) and folded in h.casefold() for h in haystack)
