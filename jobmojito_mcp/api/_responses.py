"""Turn what JobMojito sent back, or the failure to get anything, into a value or an error."""

from __future__ import annotations

import json
import math
import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from .errors import (
    AuthenticationError,
    ConflictError,
    ConnectionFailed,
    InvalidFieldError,
    JobMojitoError,
    MalformedResponseError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitedError,
    ServerError,
    TransportError,
    UpstreamError,
    UpstreamTimeout,
)
from .operations import Operation

_BY_STATUS: dict[int, type[UpstreamError]] = {
    401: AuthenticationError,
    404: NotFoundError,
    409: ConflictError,
    422: InvalidFieldError,
    429: RateLimitedError,
}

# Upstream error text is shown to the caller; this keeps a runaway body from flooding it.
_MAX_ERROR_TEXT = 300

# Below this length a "token" is too short to search for without mangling ordinary words.
_MIN_REDACTABLE = 8

# ASCII digits only: str.isdigit() also accepts characters such as "²" that float() refuses.
_DELTA_SECONDS = re.compile(r"[0-9]+(?:\.[0-9]+)?")


def decode_success(op: Operation, response: httpx.Response) -> Any:
    """The JSON value of a 2xx answer; anything else than non-null JSON is an error."""
    content_type = response.headers.get("content-type", "").lower()
    body = response.content.strip()

    problem = None
    if not body:
        problem = "an empty body"
    elif "text/html" in content_type or body.startswith(b"<"):
        problem = "an HTML page"
    else:
        try:
            value = json.loads(body)
        except ValueError:
            problem = "malformed JSON"
        else:
            if value is not None:
                return value
            problem = "an empty JSON value (null)"

    raise MalformedResponseError(
        op.name,
        status=response.status_code,
        problem=problem,
        write=not op.is_read,
        check_with=op.check_with,
    )


def error_for_status(
    op: Operation, response: httpx.Response, *, token: str, merchant_id: str | None
) -> UpstreamError:
    """The error for a non-2xx answer, keeping JobMojito's own text and field name."""
    error, field = _error_fields(response.content)
    if error is not None and len(token) >= _MIN_REDACTABLE:
        error = error.replace(token, "[token]")

    status = response.status_code
    common: dict[str, Any] = {
        "status": status,
        "error": error,
        "field": field,
        "retry_after": parse_retry_after(response.headers.get("retry-after")),
        "write": not op.is_read,
        "check_with": op.check_with,
    }
    if status == 403:
        return PermissionDeniedError(op.name, merchant_id=merchant_id, **common)
    cls = _BY_STATUS.get(status, ServerError if status >= 500 else UpstreamError)
    return cls(op.name, **common)


def error_for_exception(
    op: Operation, exc: httpx.RequestError, *, seconds: float, connect_seconds: float
) -> JobMojitoError:
    """The error for a request that got no usable answer."""
    common: dict[str, Any] = {"write": not op.is_read, "check_with": op.check_with}

    if isinstance(exc, httpx.DecodingError):
        return MalformedResponseError(op.name, status=None, problem="an undecodable body", **common)
    # Until a connection exists nothing has been sent, so a write cannot have happened.
    if isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout):
        return UpstreamTimeout(op.name, seconds=connect_seconds, sent=False, **common)
    if isinstance(exc, httpx.TimeoutException):
        return UpstreamTimeout(op.name, seconds=seconds, **common)
    if isinstance(exc, httpx.ConnectError | httpx.UnsupportedProtocol | httpx.ProxyError):
        return ConnectionFailed(op.name, sent=False, **common)
    if isinstance(exc, httpx.TransportError):
        return ConnectionFailed(op.name, **common)
    return TransportError(op.name, **common)


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta seconds or HTTP date), if it has one.

    Delta seconds with a fraction ("0.5") are read too, though the standard has whole ones.
    """
    if not value:
        return None

    value = value.strip()
    if _DELTA_SECONDS.fullmatch(value):
        return float(value)

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    seconds = (when - (now or datetime.now(UTC))).total_seconds()
    return max(0.0, float(math.ceil(seconds)))


def _error_fields(content: bytes) -> tuple[str | None, str | None]:
    """JobMojito's `error` text and `name` (the field) from an error body, when it is JSON."""
    try:
        body = json.loads(content)
    except ValueError:
        return None, None
    if not isinstance(body, dict):
        return None, None

    error = next(
        (body[key] for key in ("error", "message", "msg") if isinstance(body.get(key), str)),
        None,
    )
    if error is not None:
        error = " ".join(error.split())[:_MAX_ERROR_TEXT] or None
    field = body.get("name")
    return error, field if isinstance(field, str) and field else None
