"""Ids of the wrong kind are corrected when certain and refused otherwise, before any write."""

import httpx
import pytest
from mcp import Client

from jobmojito_mcp.ids import IdKind, IdMemoryStore, Seen
from jobmojito_mcp.server import build_server
from jobmojito_mcp.settings import Settings
from tests.helpers import data_of, error_of

pytestmark = pytest.mark.anyio


async def seen_results(client):
    return data_of(await client.call_tool("list_interview_results", {"limit": 50}))["results"]


async def test_a_candidate_id_passed_as_an_interview_to_a_write_is_refused_without_writing(
    client, sandbox
):
    row = (await seen_results(client))[0]
    writes_before = len(sandbox.writes())

    message = error_of(
        await client.call_tool(
            "set_interview_state", {"interview_id": row["candidate_id"], "status": "archived"}
        )
    )

    assert "is a candidate id" in message and "not an interview id" in message
    assert "list_interviews" in message
    assert len(sandbox.writes()) == writes_before


async def test_a_person_id_passed_as_a_candidate_is_refused_pointing_at_list_candidates(client):
    rows = data_of(await client.call_tool("list_candidates", {}))["candidates"]
    person = next(r["person_id"] for r in rows if r.get("person_id"))

    message = error_of(await client.call_tool("list_interview_results", {"candidate_id": person}))

    assert "person (profile) id" in message and "list_candidates" in message


async def test_an_unseen_interview_id_is_checked_with_one_read_before_a_write(client, sandbox):
    unknown = "0b7e6c1a-1111-4222-8333-944445555666"

    message = error_of(
        await client.call_tool("set_interview_state", {"interview_id": unknown, "status": "active"})
    )

    assert "is not an interview id in this account" in message
    assert [r.path for r in sandbox.requests] == ["/job-interview-get"]
    assert sandbox.writes() == []


async def test_a_single_stage_interview_is_refused_where_a_position_is_required(client, sandbox):
    data_of(await client.call_tool("list_interviews", {"limit": 50}))
    single = sandbox.store.interview_named("Backend Engineer")

    message = error_of(
        await client.call_tool(
            "pre_screen_resume_text",
            {
                "position_id": single["id"],
                "candidate_name": "Ana Lima",
                "candidate_email": "ana.lima@example.com",
                "resume_text": "Python, PostgreSQL, 6 years of backend work.",
            },
        )
    )

    assert "single-stage interview" in message and "multi-stage position" in message
    assert sandbox.writes() == []


async def test_an_upstream_error_field_is_reported_under_our_argument_name():
    def answer(request):
        return httpx.Response(
            422, json={"error": "position_id must be a uuid", "name": "position_id"}
        )

    server = build_server(
        Settings(api_token="test-token-123456"), transport=httpx.MockTransport(answer)
    )
    async with Client(server) as client:
        message = error_of(
            await client.call_tool(
                "get_interview_definition",
                {"interview_id": "3f2b8c1e-5a4d-4c2b-9e7f-1a2b3c4d5e6f"},
            )
        )

    assert "interview_id" in message
    assert "position_id" not in message


def test_two_tokens_never_share_remembered_ids():
    store = IdMemoryStore()
    first = store.for_caller("fingerprint-a", None)
    first.remember("3f2b8c1e-5a4d-4c2b-9e7f-1a2b3c4d5e6f", Seen(IdKind.CANDIDATE, "Zoë"))

    assert (
        store.for_caller("fingerprint-b", None).get("3f2b8c1e-5a4d-4c2b-9e7f-1a2b3c4d5e6f") is None
    )
    assert (
        store.for_caller("fingerprint-a", "other-merchant").get(
            "3f2b8c1e-5a4d-4c2b-9e7f-1a2b3c4d5e6f"
        )
        is None
    )
    assert store.for_caller("fingerprint-a", None) is first


def test_memory_is_bounded_per_caller_and_in_callers():
    store = IdMemoryStore(max_callers=2, max_ids=3)
    memory = store.for_caller("a", None)
    for number in range(5):
        memory.remember(f"id-{number}", Seen(IdKind.INTERVIEW))
    store.for_caller("b", None)
    store.for_caller("c", None)

    assert len(memory) == 3 and memory.get("id-0") is None
    assert store.for_caller("a", None) is not memory


async def test_describe_id_names_the_kind_argument_fields_and_link_of_a_seen_id(client):
    row = (await seen_results(client))[0]

    data = data_of(await client.call_tool("describe_id", {"id": row["candidate_id"]}))

    assert data["kind"] == "candidate" and data["argument"] == "candidate_id"
    assert "profile_interview_id" in data["upstream_fields"]
    assert data["admin_url"].endswith(f"/candidates/{row['candidate_id']}")
    assert data["how"] == "seen in a tool result"


async def test_describe_id_explains_that_a_row_id_is_not_what_tools_take(client):
    arguments = {"limit": 50, "fields": "full"}
    rows = data_of(await client.call_tool("list_interview_results", arguments))["results"]
    row = next(r for r in rows if r.get("interview_result_id"))

    data = data_of(await client.call_tool("describe_id", {"id": row["id"]}))

    assert data["kind"] == "result_row"
    assert row["interview_result_id"] in data["message"]


async def test_describe_id_probes_an_unseen_uuid_with_at_most_two_reads(client, sandbox):
    unknown = "0b7e6c1a-1111-4222-8333-944445555666"

    data = data_of(await client.call_tool("describe_id", {"id": unknown}))

    assert data["kind"] == "unknown"
    assert [r.path for r in sandbox.requests] == [
        "/job-interview-get",
        "/job-interview-details",
    ]


async def test_describe_id_finds_an_interview_the_layer_has_not_seen(client, sandbox):
    interview = sandbox.store.interview_named("Backend Engineer")

    data = data_of(await client.call_tool("describe_id", {"id": interview["id"]}))

    assert (data["kind"], data["name"]) == ("interview", "Backend Engineer")
    assert len(sandbox.requests) == 1


async def test_the_id_reference_resource_names_every_argument_and_admin_page(client):
    from jobmojito_mcp.ids.kinds import KINDS

    (content,) = (await client.read_resource("jobmojito://reference/ids")).contents
    for info in KINDS.values():
        assert info.label in content.text
        if info.argument:
            assert info.argument in content.text
    assert "https://app.jobmojito.com/interview_results/result/{id}" in content.text
    assert "interview_def_set_id → interview_id" in content.text


async def test_build_admin_link_never_links_an_unseen_row_id_as_a_result(client, sandbox):
    row = sandbox.store.finished_result()

    message = error_of(
        await client.call_tool("build_admin_link", {"interview_result_id": row["id"]})
    )

    assert "is not an interview result id in this account" in message


async def test_build_admin_link_reads_an_unseen_interview_id_once(client, sandbox):
    interview = sandbox.store.interview_named("Backend Engineer")

    data = data_of(await client.call_tool("build_admin_link", {"interview_id": interview["id"]}))

    assert data["name"] == "Backend Engineer"
    assert [r.path for r in sandbox.requests] == ["/job-interview-get"]


async def test_position_only_tools_accept_an_interviews_names_for_a_position(client, sandbox):
    position = sandbox.store.position()["id"]
    person = {"candidate_name": "Ana Lima", "candidate_email": "ana.lima@example.com"}
    resume = "React, TypeScript, CSS, accessibility, testing; 6 years."

    for alias in ("interview_id", "interview_def_set_id"):
        arguments = {alias: position, **person, "resume_text": resume}
        data_of(await client.call_tool("pre_screen_resume_text", arguments))

    sent = [r.json["position_id"] for r in sandbox.requests if r.path.endswith("resume-text")]
    assert sent == [position, position]
