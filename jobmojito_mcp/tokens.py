"""What a JobMojito token is, read from the token alone: a user's JWT and when it expires, or a key.

A user's access token is a JWT whose payload carries `exp`; it is read here without checking
the signature, only to tell the user when it runs out. Any other token is taken for a
service key, whose lifetime cannot be read from the outside.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime

logger = logging.getLogger(__name__)

_SEGMENT = re.compile(r"^[A-Za-z0-9_-]*$")


class MalformedToken(ValueError):
    """The token looks like a JWT, or is meant to be a token, but cannot be read as one."""


@dataclass(frozen=True, slots=True)
class TokenInfo:
    """The kind of a token and, for a JWT, its expiry (None when the payload has no `exp`)."""

    is_jwt: bool
    expires_at: datetime | None = None

    @property
    def kind(self) -> str:
        return "a user's access token (JWT)" if self.is_jwt else "a service key"

    def is_expired(self, now: datetime) -> bool:
        return self.expires_at is not None and self.expires_at <= now


def _decode_segment(segment: str) -> object:
    padded = segment + "=" * (-len(segment) % 4)
    return json.loads(base64.urlsafe_b64decode(padded))


def read_token(token: str) -> TokenInfo:
    """Tell a JWT (three base64url parts) from a service key, and read a JWT's expiry.

    Raises `MalformedToken` for a token with spaces in it (often a pasted `Bearer ` prefix)
    and for a JWT-shaped token whose header or payload is not a base64url JSON object.
    """
    if not token or any(ch.isspace() for ch in token):
        raise MalformedToken(
            "it contains spaces or line breaks; set the token alone, without 'Bearer ' or quotes"
        )
    parts = token.split(".")
    if len(parts) != 3 or not all(_SEGMENT.match(part) for part in parts):
        return TokenInfo(is_jwt=False)

    try:
        header, payload = _decode_segment(parts[0]), _decode_segment(parts[1])
    except (binascii.Error, UnicodeDecodeError, ValueError) as exc:
        raise MalformedToken("it has the shape of a JWT, but its parts do not decode") from exc
    if not isinstance(header, dict) or not isinstance(payload, dict):
        raise MalformedToken("it has the shape of a JWT, but its parts are not JSON objects")

    exp = payload.get("exp")
    if exp is None:
        return TokenInfo(is_jwt=True)
    if isinstance(exp, bool) or not isinstance(exp, int | float):
        raise MalformedToken("its expiry (exp) is not a number of seconds")
    try:
        return TokenInfo(is_jwt=True, expires_at=datetime.fromtimestamp(exp, UTC))
    except (OverflowError, OSError, ValueError) as exc:
        raise MalformedToken("its expiry (exp) is not a possible date") from exc


def describe_time(moment: datetime, now: datetime) -> str:
    """A moment in UTC with how far it is from now, as in '2026-01-02 10:00 UTC (in 5 minutes)'."""
    seconds = int((moment - now).total_seconds())
    span = abs(seconds)
    if span < 120:
        amount = f"{span} seconds"
    elif span < 2 * 3600:
        amount = f"{span // 60} minutes"
    elif span < 2 * 86400:
        amount = f"{span // 3600} hours"
    else:
        amount = f"{span // 86400} days"
    relative = f"in {amount}" if seconds >= 0 else f"{amount} ago"
    return f"{moment:%Y-%m-%d %H:%M} UTC ({relative})"


def warn_if_expired(token: str, now: datetime | None = None) -> None:
    """Log a warning when `token` is a JWT that has already expired; say nothing otherwise.

    Nothing here may stop the server: a malformed token is left for JobMojito to refuse.
    """
    now = now or datetime.now(UTC)
    try:
        info = read_token(token)
    except MalformedToken:
        return
    if info.expires_at is not None and info.is_expired(now):
        logger.warning(
            "JOBMOJITO_API_TOKEN is a user's access token that expired at %s; every call "
            "will be refused. Set a fresh token (run `jobmojito-mcp check` to test one).",
            describe_time(info.expires_at, now),
        )
