"""`jobmojito-mcp check`: its report and exit code, on the sandbox and on fake transports."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest

from jobmojito_mcp.check import FAILED, NOTHING_TO_CHECK, WORKS, check
from jobmojito_mcp.cli import main
from jobmojito_mcp.sandbox import API_PREFIX, SERVICE_KEY, Sandbox
from jobmojito_mcp.settings import Settings
from tests.packaging.running import jwt

pytestmark = pytest.mark.anyio

NOW = datetime(2026, 5, 4, 12, 0, tzinfo=UTC)
MERCHANT = "5b0c6f0e-7d0a-4e59-9d51-3f1c0e3a2b11"
STATUS = {
    "profile_id": "0f7a4b2c-1111-4222-8333-944455556666",
    "default_merchant_id": MERCHANT,
    "merchant_id": MERCHANT,
    "credits_interview_monthly": 17,
    "credits_interview_monthly_limit": 40,
    "credits_interview_extra": 3,
    "credits_interview_single": 1,
    "subscription_type": "Starter",
    "subscription_status": "active",
}


class FakeApi:
    """Answers every request with one status and body, and keeps the requests."""

    def __init__(self, status: int = 200, body: object = STATUS) -> None:
        self.status, self.body = status, body
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(self.status, json=self.body)

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)


def settings(token: str | None = None, **overrides: object) -> Settings:
    return Settings(api_token=token, **overrides)


async def test_a_live_user_token_shows_its_merchant_credits_and_expiry():
    token = jwt({"sub": "someone", "exp": int((NOW + timedelta(minutes=42)).timestamp())})
    api = FakeApi()

    outcome = await check(settings(token), transport=api.transport, now=NOW)

    assert outcome.code == WORKS
    assert f"Merchant:  {MERCHANT} (the token's own merchant)" in outcome.text
    assert "17 monthly (of 40), 3 extra, 1 single" in outcome.text
    assert "a user's access token (JWT), expires 2026-05-04 12:42 UTC (in 42 minutes)" in (
        outcome.text
    )
    assert "Starter, active" in outcome.text
    [request] = api.requests
    assert request.url.path.endswith("/merchant-status")
    assert request.headers["authorization"] == f"Bearer {token}"
    assert token not in outcome.text


async def test_an_expired_user_token_is_reported_before_any_call():
    token = jwt({"exp": int((NOW - timedelta(hours=3)).timestamp())})
    api = FakeApi()

    outcome = await check(settings(token), transport=api.transport, now=NOW)

    assert outcome.code == FAILED
    assert "expired at 2026-05-04 09:00 UTC (3 hours ago)" in outcome.text
    assert "No call was made" in outcome.text
    assert api.requests == []


@pytest.mark.parametrize(
    "token",
    [
        "eyJhbGciOiJIUzI1NiJ9.bm90IGpzb24.c2ln",  # payload is not JSON
        "eyJhbGciOiJIUzI1NiJ9.eyJleHAiOiJzb29uIn0.c2ln",  # exp is a string
        "Bearer abc.def.ghi",  # pasted with its scheme
    ],
)
async def test_a_token_that_cannot_be_read_is_reported_malformed_without_a_call(token):
    api = FakeApi()

    outcome = await check(settings(token), transport=api.transport, now=NOW)

    assert outcome.code == FAILED
    assert outcome.text.startswith("The token in JOBMOJITO_API_TOKEN cannot be used:")
    assert api.requests == []


async def test_a_token_jobmojito_refuses_is_reported_with_how_to_get_a_fresh_one():
    token = jwt({"exp": int((NOW + timedelta(minutes=5)).timestamp())})
    api = FakeApi(401, {"error": "Invalid JWT"})

    outcome = await check(settings(token), transport=api.transport, now=NOW)

    assert outcome.code == FAILED
    assert "refused the token (HTTP 401)" in outcome.text
    assert "sign in to JobMojito again" in outcome.text
    assert "\n" not in outcome.text


async def test_the_sandbox_refuses_a_key_it_does_not_know():
    sandbox_api = httpx.ASGITransport(app=Sandbox().app)
    unknown = settings("not-a-sandbox-key", api_url="http://sandbox.test" + API_PREFIX)

    outcome = await check(unknown, transport=sandbox_api, now=NOW)

    assert outcome.code == FAILED
    assert "refused the token (HTTP 401)" in outcome.text
    assert "Copy the key again" in outcome.text


async def test_a_service_key_without_a_merchant_id_is_told_to_set_one():
    outcome = await check(settings(SERVICE_KEY, sandbox=True), now=NOW)

    assert outcome.code == WORKS
    assert "sandbox-service-key, one of the sandbox's tokens" in outcome.text
    assert "set JOBMOJITO_MERCHANT_ID" in outcome.text


async def test_an_upstream_failure_is_a_failed_check_with_the_cause():
    api = FakeApi(500, {"error": "boom"})

    outcome = await check(settings("a-service-key"), transport=api.transport, now=NOW)

    assert outcome.code == FAILED
    assert outcome.text.startswith("Could not check the token: JobMojito failed")


def test_check_without_a_token_exits_2_and_points_at_the_sandbox(capsys):
    code = main(["check"])

    assert code == NOTHING_TO_CHECK
    assert "`jobmojito-mcp check --sandbox`" in capsys.readouterr().out


@pytest.mark.parametrize("argv", [["check", "--sandbox"], ["--sandbox", "check"]])
def test_check_on_the_sandbox_exits_0_and_prints_the_owner_account(capsys, argv):
    code = main(argv)

    out = capsys.readouterr().out
    assert code == WORKS
    assert out.startswith("The token works.")
    assert "sandbox-owner" in out
    assert "42 monthly (of 100), 25 extra, 0 single" in out


def test_check_with_an_expired_token_exits_1(capsys, monkeypatch):
    monkeypatch.setenv("JOBMOJITO_API_TOKEN", jwt({"exp": 1_000_000_000}))

    assert main(["check"]) == FAILED
    assert "expired at 2001-09-09 01:46 UTC" in capsys.readouterr().out
