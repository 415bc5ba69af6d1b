"""`jobmojito-mcp check`: whether the configured token works, and for which merchant.

It reads the token first (a user's JWT that has expired is reported without calling
JobMojito), then asks for the merchant's status and prints who the token acts for, the
credit balance and, for a user's token, when it expires. This command is not a server, so
it owns stdout. Exit codes: 0 the token works; 1 it does not (malformed, expired, refused)
or JobMojito could not be asked; 2 there is nothing to check (no token configured).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import anyio
import httpx

from jobmojito_mcp.api import (
    AuthenticationError,
    JobMojitoClient,
    JobMojitoError,
    PermissionDeniedError,
    create_http_client,
)
from jobmojito_mcp.settings import Settings
from jobmojito_mcp.tokens import MalformedToken, TokenInfo, describe_time, read_token

WORKS, FAILED, NOTHING_TO_CHECK = 0, 1, 2

FRESH_TOKEN = (
    "User access tokens last about an hour: sign in to JobMojito again and copy a fresh one, "
    "or use a service key instead (with JOBMOJITO_MERCHANT_ID set)."
)


@dataclass(frozen=True, slots=True)
class CheckOutcome:
    """What the check found: an exit code and the text to print."""

    code: int
    text: str


def _no_token() -> CheckOutcome:
    return CheckOutcome(
        NOTHING_TO_CHECK,
        "No token to check: JOBMOJITO_API_TOKEN is not set (in the environment or a .env file "
        "in this folder). Set it to a user's access token or a service key and run "
        "`jobmojito-mcp check` again, or run `jobmojito-mcp check --sandbox` to see the check "
        "against the built-in sandbox.",
    )


def _malformed(reason: str) -> CheckOutcome:
    return CheckOutcome(
        FAILED,
        f"The token in JOBMOJITO_API_TOKEN cannot be used: {reason}. Copy the whole token "
        "again (a user's access token is three dot-separated parts starting with 'eyJ'), or "
        "use a service key. No call was made.",
    )


def _expired(info: TokenInfo, now: datetime) -> CheckOutcome:
    assert info.expires_at is not None
    return CheckOutcome(
        FAILED,
        "The token in JOBMOJITO_API_TOKEN is a user's access token that expired at "
        f"{describe_time(info.expires_at, now)}, so JobMojito would refuse it. {FRESH_TOKEN} "
        "No call was made.",
    )


def _refused(info: TokenInfo, api_url: str) -> CheckOutcome:
    why = (
        "it has been revoked, or was issued for another JobMojito environment"
        if info.is_jwt
        else "the key is wrong, revoked, or meant for another JobMojito environment"
    )
    return CheckOutcome(
        FAILED,
        f"JobMojito at {api_url} refused the token (HTTP 401): {why}. "
        f"{FRESH_TOKEN if info.is_jwt else 'Copy the key again, or ask for a new one.'} "
        "If the token is right, check JOBMOJITO_API_URL.",
    )


def _number(value: Any) -> str:
    return "?" if value is None else str(value)


def _token_line(token: str, info: TokenInfo, settings: Settings, now: datetime) -> str:
    if settings.sandbox:
        return f"{token}, one of the sandbox's tokens"
    if info.expires_at is not None:
        return f"{info.kind}, expires {describe_time(info.expires_at, now)}"
    return f"{info.kind}, with no expiry date in it" if info.is_jwt else info.kind


def _report(status: Mapping[str, Any], token_line: str, api: str, settings: Settings) -> str:
    merchant = status.get("merchant_id") or "?"
    own = status.get("default_merchant_id")
    if own and own == merchant:
        merchant += " (the token's own merchant)"
    elif own:
        merchant += f" (the token's own merchant is {own})"
    credits = (
        f"{_number(status.get('credits_interview_monthly'))} monthly "
        f"(of {_number(status.get('credits_interview_monthly_limit'))}), "
        f"{_number(status.get('credits_interview_extra'))} extra, "
        f"{_number(status.get('credits_interview_single'))} single"
    )
    lines = [
        "The token works.",
        f"  API:       {api}",
        f"  Token:     {token_line}",
        f"  Merchant:  {merchant}",
        f"  Person:    {status.get('profile_id') or '(none)'}",
        f"  Credits:   {credits}",
    ]
    plan = [str(status[k]) for k in ("subscription_type", "subscription_status") if status.get(k)]
    if plan:
        lines.append(f"  Plan:      {', '.join(plan)}")

    if not own and settings.merchant_id is None:
        lines.append(
            "The token has no merchant of its own, as with a service key: set "
            "JOBMOJITO_MERCHANT_ID (or --merchant-id) to the merchant to act for, or "
            "registering and inviting users fails."
        )
    return "\n".join(lines)


async def check(
    settings: Settings,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    now: datetime | None = None,
) -> CheckOutcome:
    """Check the token `settings` select; `transport` replaces the network, for tests."""
    from jobmojito_mcp.server import api_target

    api_url, transport, token = api_target(settings, transport=transport)
    shown_api = "the built-in sandbox" if settings.sandbox else api_url
    if token is None:
        return _no_token()
    try:
        info = read_token(token)
    except MalformedToken as exc:
        return _malformed(str(exc))
    now = now or datetime.now(UTC)
    if info.is_expired(now):
        return _expired(info, now)

    async with create_http_client(api_url, transport=transport, timeouts=settings.timeouts()) as h:
        client = JobMojitoClient(
            h,
            token=token,
            merchant_id=settings.merchant_id,
            timeouts=settings.timeouts(),
            retry_attempts=settings.retry_attempts,
        )
        try:
            status = await client.call("get_merchant_status")
        except AuthenticationError:
            return _refused(info, shown_api)
        except PermissionDeniedError as exc:
            return CheckOutcome(FAILED, f"The token works, but: {exc.message}")
        except JobMojitoError as exc:
            return CheckOutcome(FAILED, f"Could not check the token: {exc.message}")
    if not isinstance(status, Mapping):
        status = {}
    token_line = _token_line(token, info, settings, now)
    return CheckOutcome(WORKS, _report(status, token_line, shown_api, settings))


def run_check(settings: Settings, out: Callable[[str], None] = print) -> int:
    """Run the check, print what it found, and return the exit code."""
    outcome = anyio.run(check, settings)
    out(outcome.text)
    return outcome.code
