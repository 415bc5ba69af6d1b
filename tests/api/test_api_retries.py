"""Reads are retried a bounded number of times on passing failures; writes never are."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest
from api_fakes import FakeJobMojito, connect, reply

from jobmojito_mcp.api import (
    ConnectionFailed,
    RateLimitedError,
    ServerError,
    UpstreamTimeout,
)
from jobmojito_mcp.api._responses import parse_retry_after
from jobmojito_mcp.api.client import _retry_decision

pytestmark = pytest.mark.anyio

PAGE = {"data": [], "pagination": {"total": 0, "limit": 50, "offset": 0, "has_more": False}}


@pytest.mark.parametrize("status", [502, 503, 504])
async def test_a_read_is_retried_after_a_passing_gateway_error(status: int) -> None:
    fake = FakeJobMojito(reply(status), reply(json=PAGE))

    assert await connect(fake).call("list_interviews") == PAGE
    assert fake.calls == 2


async def test_a_read_gives_up_after_its_attempts_and_says_how_many() -> None:
    fake = FakeJobMojito(reply(503, json={"error": "Service unavailable"}))

    with pytest.raises(ServerError) as caught:
        await connect(fake, retry_attempts=4).call("list_interviews")

    assert fake.calls == 4
    assert caught.value.attempts == 4
    assert "(4 attempts)" in str(caught.value)


async def test_an_internal_server_error_on_a_read_is_not_retried() -> None:
    fake = FakeJobMojito(reply(500, json={"error": "bug"}))

    with pytest.raises(ServerError):
        await connect(fake).call("list_interviews")

    assert fake.calls == 1


@pytest.mark.parametrize("status", [401, 403, 404, 422])
async def test_a_client_error_on_a_read_is_not_retried(status: int) -> None:
    fake = FakeJobMojito(reply(status, json={"error": "no"}))

    with pytest.raises(Exception, match="no"):
        await connect(fake).call("get_merchant_status")

    assert fake.calls == 1


@pytest.mark.parametrize("status", [429, 500, 502, 503, 504])
async def test_a_write_is_never_retried_on_an_error_status(status: int) -> None:
    fake = FakeJobMojito(reply(status, json={"error": "busy"}), reply(json={"ok": True}))

    with pytest.raises(Exception, match="busy"):
        await connect(fake).call("create_interview", json={"name": "Barista"})

    assert fake.calls == 1


async def test_a_read_waits_out_a_short_retry_after_and_succeeds() -> None:
    fake = FakeJobMojito(reply(429, headers={"Retry-After": "2"}), reply(json=PAGE))

    assert await connect(fake).call("list_candidates") == PAGE
    assert fake.calls == 2


async def test_a_read_refuses_a_retry_after_longer_than_its_budget_and_says_when_to_retry() -> None:
    fake = FakeJobMojito(reply(429, headers={"Retry-After": "3600"}), reply(json=PAGE))

    with pytest.raises(RateLimitedError) as caught:
        await connect(fake).call("list_candidates")

    assert fake.calls == 1
    assert caught.value.retry_after == 3600
    assert "wait about 60 minutes" in str(caught.value)


async def test_a_rate_limited_read_without_retry_after_is_retried_a_bounded_number_of_times() -> (
    None
):
    fake = FakeJobMojito(reply(429, json={"error": "Too many requests"}))

    with pytest.raises(RateLimitedError) as caught:
        await connect(fake).call("list_candidates")

    assert fake.calls == 3
    assert "wait a minute" in str(caught.value)


async def test_a_rate_limited_write_is_not_retried_and_says_when_to_try_again() -> None:
    fake = FakeJobMojito(reply(429, headers={"Retry-After": "5"}), reply(json={"ok": True}))

    with pytest.raises(RateLimitedError) as caught:
        await connect(fake).call("invite_users", json={"users": []})

    assert fake.calls == 1
    assert "Nothing was done; wait 5 seconds before trying again." in str(caught.value)


def test_the_retry_decision_waits_exactly_the_retry_after_when_it_fits_the_budget() -> None:
    limited = RateLimitedError("list_candidates", status=429, retry_after=2.0)

    assert _retry_decision(limited, remaining=30.0) == 2.0
    assert _retry_decision(limited, remaining=1.5) is False


def test_retry_after_is_read_as_seconds_or_as_an_http_date() -> None:
    now = datetime(2025, 10, 21, 7, 28, 0, tzinfo=UTC)

    assert parse_retry_after("7") == 7.0
    assert parse_retry_after("Tue, 21 Oct 2025 07:28:45 GMT", now=now) == 45.0
    assert parse_retry_after("Tue, 21 Oct 2025 07:00:00 GMT", now=now) == 0.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


async def test_a_read_that_timed_out_is_retried() -> None:
    fake = FakeJobMojito(httpx.ReadTimeout, reply(json=PAGE))

    assert await connect(fake).call("list_interview_results") == PAGE
    assert fake.calls == 2


async def test_a_read_that_keeps_timing_out_raises_a_timeout_for_a_read() -> None:
    fake = FakeJobMojito(httpx.ReadTimeout)

    with pytest.raises(UpstreamTimeout) as caught:
        await connect(fake).call("list_interview_results")

    assert fake.calls == 3
    assert caught.value.write is False
    assert "within 30 seconds (3 attempts)" in str(caught.value)


async def test_a_write_that_timed_out_is_not_retried_and_says_to_check_with_the_read_tool() -> None:
    fake = FakeJobMojito(httpx.ReadTimeout, reply(json={"ok": True}))

    with pytest.raises(UpstreamTimeout) as caught:
        await connect(fake).call("create_interview", json={"name": "Barista"})

    assert fake.calls == 1
    assert caught.value.write is True
    assert caught.value.seconds == 120
    message = str(caught.value)
    assert "may or may not have been made" in message
    assert "check with list_interviews" in message
    assert "before trying again" in message


async def test_a_write_that_could_not_connect_says_nothing_reached_jobmojito() -> None:
    fake = FakeJobMojito(httpx.ConnectTimeout)

    with pytest.raises(UpstreamTimeout) as caught:
        await connect(fake).call("set_interview_state", json={"position_id": "p-1"})

    assert fake.calls == 1
    assert caught.value.sent is False
    assert "Nothing reached JobMojito" in str(caught.value)
    assert "may or may not" not in str(caught.value)


async def test_a_read_is_retried_after_a_connection_error_then_reports_it() -> None:
    fake = FakeJobMojito(httpx.ConnectError)

    with pytest.raises(ConnectionFailed) as caught:
        await connect(fake).call("list_sub_merchants")

    assert fake.calls == 3
    assert caught.value.sent is False
    assert "Could not connect to JobMojito" in str(caught.value)


async def test_a_write_whose_connection_broke_says_it_may_have_happened() -> None:
    fake = FakeJobMojito(httpx.RemoteProtocolError)

    with pytest.raises(ConnectionFailed) as caught:
        await connect(fake).call("pre_screen_resume_text", json={"position_id": "p-1"})

    assert fake.calls == 1
    assert "may or may not have been made" in str(caught.value)
    assert "list_interview_results" in str(caught.value)


async def test_a_write_without_a_read_to_check_with_points_to_the_app() -> None:
    fake = FakeJobMojito(httpx.ReadTimeout)

    with pytest.raises(UpstreamTimeout) as caught:
        await connect(fake).call("invite_users", json={"users": []})

    assert "check in the JobMojito app" in str(caught.value)


async def test_retry_attempts_of_one_turns_read_retries_off() -> None:
    fake = FakeJobMojito(reply(503))

    with pytest.raises(ServerError):
        await connect(fake, retry_attempts=1).call("list_interviews")

    assert fake.calls == 1
