"""Every tool that takes an interview accepts each upstream name for it, and sends the
endpoint's own field: checked on the request the sandbox received."""

import pytest

from tests.helpers import data_of

pytestmark = pytest.mark.anyio

ALIASES = ("interview_id", "interview_def_set_id", "definition_id", "position_id")

# tool, other arguments, upstream path, where the interview id must arrive
CASES = [
    ("get_interview_definition", {}, "/job-interview-get", ("query", "position_id")),
    ("update_interview", {"name": "Renamed"}, "/job-interview-update", ("json", "position_id")),
    (
        "set_interview_state",
        {"status": "active"},
        "/job-interview-set-state",
        ("json", "position_id"),
    ),
    (
        "register_users_for_interview",
        {"users": [{"name": "Ana Lima", "email": "ana.lima@example.com"}]},
        "/job-interview-register-users",
        ("json", "interview_id"),
    ),
    (
        "generate_interview_url",
        {"type": "interview-results-for-position"},
        "/job-interview-token",
        ("json", "interview_id"),
    ),
    ("list_interview_results", {}, "/merchant-result-list", ("query", "interview_id")),
    (
        "get_merchant_analytics",
        {"date_from": "2026-01-01", "date_to": "2026-03-31"},
        "/merchant-analytics",
        ("query", "interview_id"),
    ),
    (
        "get_merchant_credit_usage",
        {},
        "/merchant-analytics-credits-used",
        ("query", "interview_id"),
    ),
]


def received(sandbox, path):
    return [r for r in sandbox.requests if r.path == path][-1]


@pytest.mark.parametrize("alias", ALIASES)
@pytest.mark.parametrize(("tool", "arguments", "path", "place"), CASES, ids=[c[0] for c in CASES])
async def test_each_interview_alias_reaches_the_endpoints_own_field(
    client, sandbox, alias, tool, arguments, path, place
):
    interview = sandbox.store.interview_named("Backend Engineer")

    data_of(await client.call_tool(tool, {alias: interview["id"].upper(), **arguments}))

    request = received(sandbox, path)
    carrier = request.query if place[0] == "query" else request.json
    assert carrier[place[1]] == interview["id"]
    assert not {"interview_def_set_id", "definition_id"} & set(carrier)


@pytest.mark.parametrize("alias", ALIASES)
async def test_invitations_carry_the_interview_inside_each_user(client, sandbox, alias):
    interview = sandbox.store.interview_named("Backend Engineer")
    user = {"email": "new.person@example.com", "name": "Nova", "type": "candidate"}

    data_of(await client.call_tool("invite_users", {"users": [{**user, alias: interview["id"]}]}))

    sent = received(sandbox, "/invite-users").json
    assert [u["interview_id"] for u in sent["users"]] == [interview["id"]]


@pytest.mark.parametrize("alias", ["candidate_id", "profile_interview_id", "interview_profile_id"])
async def test_each_candidate_alias_reaches_the_result_lists_own_field(client, sandbox, alias):
    candidate = sandbox.store.finished_result()["profile_interview_id"]

    data_of(await client.call_tool("list_interview_results", {alias: candidate}))

    assert received(sandbox, "/merchant-result-list").query["profile_interview_id"] == candidate
