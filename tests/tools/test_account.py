"""Account tools end to end: status, analytics, credit usage, sub-merchants, role limits."""

from __future__ import annotations

import pytest
from mcp import Client

from jobmojito_mcp.sandbox import RECRUITER_TOKEN
from jobmojito_mcp.server import build_server
from jobmojito_mcp.settings import Settings
from tests.helpers import data_of, error_of

pytestmark = pytest.mark.anyio

ANALYTICS = "/merchant-analytics"
CREDITS = "/merchant-analytics-credits-used"


def sent(sandbox, path):
    return [r for r in sandbox.requests if r.path == path]


async def test_status_names_the_merchant_and_the_person_under_our_names(client, sandbox):
    status = data_of(await client.call_tool("get_merchant_status", {}))

    assert status["merchant_id"] == sandbox.store.main_merchant_id
    assert status["person_id"] == sandbox.store.owner_profile_id
    assert "profile_id" not in status
    assert status["subscription_type"]


async def test_status_for_a_sub_merchant_sends_its_merchant_id(client, sandbox):
    sub = sandbox.store.sub_merchant_id

    status = data_of(await client.call_tool("get_merchant_status", {"merchant_id": sub}))

    (request,) = sent(sandbox, "/merchant-status")
    assert request.query["merchant_id"] == sub
    assert status["merchant_id"] == sub


async def test_analytics_come_back_as_event_counts_per_day(client, sandbox):
    analytics = data_of(
        await client.call_tool(
            "get_merchant_analytics", {"date_from": "2026-02-01", "date_to": "2026-03-15"}
        )
    )

    (request,) = sent(sandbox, ANALYTICS)
    assert (request.query["date_from"], request.query["date_to"]) == ("2026-02-01", "2026-03-15")
    days = analytics["days"]
    assert days and all("2026-02-01" <= d["day"] <= "2026-03-15" for d in days)
    assert sum(analytics["totals"].values()) == sum(
        count for d in days for key, count in d.items() if key != "day"
    )
    assert any("count of 0" in note for note in analytics["notes"])


@pytest.mark.parametrize("alias", ["interview_id", "interview_def_set_id", "position_id"])
async def test_each_interview_spelling_drills_analytics_down_by_interview_id(
    client, sandbox, alias
):
    position = sandbox.store.position()

    data_of(
        await client.call_tool(
            "get_merchant_analytics",
            {"date_from": "2026-01-01", "date_to": "2026-03-15", alias: position["id"]},
        )
    )

    (request,) = sent(sandbox, ANALYTICS)
    assert request.query["interview_id"] == position["id"]


@pytest.mark.parametrize(
    ("date_from", "date_to", "fault"),
    [
        ("2026-02-30", "2026-03-01", "date_from"),
        ("03/01/2026", "2026-03-02", "date_from"),
        ("2026-03-01", "20260302", "date_to"),
        ("2026-03-10", "2026-03-01", "after date_to"),
    ],
)
async def test_bad_or_reversed_dates_are_refused_before_any_request(
    client, sandbox, date_from, date_to, fault
):
    interview = sandbox.store.interview_named("Backend Engineer")

    message = error_of(
        await client.call_tool(
            "get_merchant_analytics",
            {"date_from": date_from, "date_to": date_to, "interview_id": interview["name"]},
        )
    )

    assert fault in message
    assert sandbox.requests == []


@pytest.mark.parametrize("alias", ["interview_id", "definition_id"])
async def test_each_interview_spelling_drills_credit_usage_down_by_interview_id(
    client, sandbox, alias
):
    interview = sandbox.store.interview_named("Backend Engineer")

    usage = data_of(await client.call_tool("get_merchant_credit_usage", {alias: interview["id"]}))

    (request,) = sent(sandbox, CREDITS)
    assert request.query["interview_id"] == interview["id"]
    assert usage["events"]
    assert usage["credits_on_page"] == sum(e["credit_amount"] for e in usage["events"])


async def test_credit_events_name_the_candidate_by_candidate_id(client, sandbox):
    usage = data_of(await client.call_tool("get_merchant_credit_usage", {"limit": 5}))

    with_candidate = [e for e in usage["events"] if "candidate_id" in e]
    assert with_candidate
    assert all(e["candidate_id"] in sandbox.store.candidates for e in with_candidate)
    assert all("profile_interview_id" not in e for e in usage["events"])


async def test_sub_merchants_are_listed_with_merchant_id_and_name(client, sandbox):
    listing = data_of(await client.call_tool("list_sub_merchants", {}))

    (row,) = listing["sub_merchants"]
    assert row["merchant_id"] == sandbox.store.sub_merchant_id
    assert row["name"] == sandbox.store.merchants[row["merchant_id"]]["name"]


async def test_a_listed_sub_merchant_is_remembered_as_a_merchant(client, sandbox):
    listing = data_of(await client.call_tool("list_sub_merchants", {}))
    sub = listing["sub_merchants"][0]["merchant_id"]

    message = error_of(await client.call_tool("list_interview_results", {"interview_id": sub}))

    assert "is a merchant id" in message and "not an interview id" in message
    assert sent(sandbox, "/merchant-result-list") == []


@pytest.mark.parametrize(
    ("tool", "arguments"),
    [
        ("list_sub_merchants", {}),
        ("get_merchant_analytics", {"date_from": "2026-03-01", "date_to": "2026-03-02"}),
        ("get_merchant_credit_usage", {}),
    ],
)
async def test_a_recruiter_token_gets_a_clear_refusal_on_admin_endpoints(sandbox, tool, arguments):
    settings = Settings(sandbox=True, api_token=RECRUITER_TOKEN, toolsets="all")
    async with Client(build_server(settings, sandbox=sandbox)) as client:
        message = error_of(await client.call_tool(tool, arguments))

    assert "HTTP 403" in message
    assert "not allowed" in message
    assert [r.role for r in sandbox.requests] == ["recruiter"]
