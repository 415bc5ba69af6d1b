"""Result tools end to end: list filters, reports in each export form, another attempt."""

from __future__ import annotations

from contextlib import asynccontextmanager

import anyio
import pytest
from mcp import Client

from jobmojito_mcp.server import build_server
from jobmojito_mcp.settings import Settings
from jobmojito_mcp.tools import reports
from tests.helpers import data_of, error_of

pytestmark = pytest.mark.anyio

REPORT = "/job-interview-pdf"
ANOTHER_ATTEMPT = "/job-interview-result-request-another-attempt"


def sent(sandbox, path):
    return [r for r in sandbox.requests if r.path == path]


@asynccontextmanager
async def connect(sandbox, **settings):
    server = build_server(Settings(sandbox=True, toolsets="all", **settings), sandbox=sandbox)
    async with Client(server) as client:
        yield client


def attempts(sandbox, count):
    """interview_result_ids of finished results, the first `count` of them."""
    store = sandbox.store
    done = [
        r
        for r in store.results_in()
        if r["coach_status"] == "completed" and r["processing_status"] == "completed"
    ]
    return [r["interview_result_id"] for r in done[:count]]


@pytest.mark.parametrize("alias", ["interview_id", "interview_def_set_id", "definition_id"])
async def test_each_interview_spelling_filters_results_by_the_endpoints_interview_id(
    client, sandbox, alias
):
    interview = sandbox.store.interview_named("Backend Engineer")

    data_of(await client.call_tool("list_interview_results", {alias: interview["id"]}))

    (request,) = sent(sandbox, "/merchant-result-list")
    assert request.query["interview_id"] == interview["id"]


@pytest.mark.parametrize("alias", ["candidate_id", "profile_interview_id", "interview_profile_id"])
async def test_each_candidate_spelling_reaches_the_result_lists_profile_interview_id(
    client, sandbox, alias
):
    candidate_id = sandbox.store.finished_result()["profile_interview_id"]

    listing = data_of(await client.call_tool("list_interview_results", {alias: candidate_id}))

    (request,) = sent(sandbox, "/merchant-result-list")
    assert request.query["profile_interview_id"] == candidate_id
    assert "candidate_id" not in request.query
    assert {row["candidate_id"] for row in listing["results"]} == {candidate_id}


async def test_a_report_for_a_row_id_is_built_for_that_rows_interview_result(client, sandbox):
    finished = sandbox.store.finished_result()
    data_of(await client.call_tool("list_interview_results", {"limit": 1000}))

    report = data_of(
        await client.call_tool("generate_interview_report", {"interview_result_id": finished["id"]})
    )

    (request,) = sent(sandbox, REPORT)
    assert request.json["interview_result_id"] == finished["interview_result_id"]
    assert report["interview_result_ids"] == [finished["interview_result_id"]]
    assert any("result row id" in note for note in report["notes"])
    assert report["pdf_url"].startswith("https://")


async def test_a_combined_report_sends_every_resolved_id_as_interview_result_ids(client, sandbox):
    first, second = attempts(sandbox, 2)

    report = data_of(
        await client.call_tool(
            "generate_interview_report",
            {"interview_result_ids": [first, second, first], "export_type": "json"},
        )
    )

    (request,) = sent(sandbox, REPORT)
    assert request.json["interview_result_ids"] == [first, second]
    assert "interview_result_id" not in request.json
    assert len(report["report_json"]["results"]) == 2
    assert any("once" in note for note in report["notes"])


async def test_a_pdf_report_asks_the_api_to_store_the_file_and_returns_its_link(client, sandbox):
    (result_id,) = attempts(sandbox, 1)

    report = data_of(
        await client.call_tool(
            "generate_interview_report", {"interview_result_id": result_id, "template": "modern"}
        )
    )

    (request,) = sent(sandbox, REPORT)
    assert request.json == {
        "interview_result_id": result_id,
        "export_type": "pdf",
        "template": "modern",
        "store_file": True,
    }
    assert report["pdf_url"] and report["valid_until"]


async def test_an_html_report_over_the_budget_is_cut_and_says_how_much_it_holds(sandbox):
    result_ids = attempts(sandbox, 6)
    async with connect(sandbox, max_result_chars=2_000) as client:
        report = data_of(
            await client.call_tool(
                "generate_interview_report",
                {"interview_result_ids": result_ids, "export_type": "html"},
            )
        )

    assert "store_file" not in sent(sandbox, REPORT)[0].json
    assert len(report["report_html"]) <= 1_000
    assert any("report_html holds the first" in note for note in report["notes"])


async def test_a_json_report_over_the_budget_keeps_whole_results_and_names_the_rest(sandbox):
    result_ids = attempts(sandbox, 8)
    async with connect(sandbox, max_result_chars=4_000) as client:
        report = data_of(
            await client.call_tool(
                "generate_interview_report",
                {"interview_result_ids": result_ids, "export_type": "json"},
            )
        )

    kept = report["report_json"]["results"]
    assert "table" not in report["report_json"]
    assert len(kept) < len(result_ids)
    assert any(f"only {len(kept)} of {len(result_ids)} results fit" in n for n in report["notes"])


async def test_a_report_needs_exactly_one_of_interview_result_id_and_ids(client, sandbox):
    (result_id,) = attempts(sandbox, 1)

    neither = error_of(await client.call_tool("generate_interview_report", {}))
    both = error_of(
        await client.call_tool(
            "generate_interview_report",
            {"interview_result_id": result_id, "interview_result_ids": [result_id]},
        )
    )

    assert "interview_result_ids" in neither and "interview_result_ids" in both
    assert sandbox.requests == []


async def test_a_report_reports_progress_before_and_after_the_upstream_call(client, sandbox):
    (result_id,) = attempts(sandbox, 1)
    hold = sandbox.hold(REPORT)
    progress: list[tuple[float, float | None, str | None]] = []
    started = anyio.Event()
    outcome = {}

    async def on_progress(value, total, message):
        progress.append((value, total, message))
        started.set()

    async def call():
        outcome["result"] = await client.call_tool(
            "generate_interview_report",
            {"interview_result_id": result_id},
            progress_callback=on_progress,
        )

    with anyio.fail_after(10):
        async with anyio.create_task_group() as tasks:
            tasks.start_soon(call)
            await hold.arrived()
            await started.wait()
            assert [p[0] for p in progress] == [0]
            assert "result" not in outcome
            hold.release()

    data_of(outcome["result"])
    assert [(value, total) for value, total, _ in progress] == [(0, 1), (1, 1)]
    assert "pdf" in progress[0][2]


async def test_another_attempt_reopens_a_submitted_result(client, sandbox):
    finished = sandbox.store.finished_result()

    reopened = data_of(
        await client.call_tool(
            "request_another_interview_attempt",
            {"interview_result_id": finished["interview_result_id"]},
        )
    )

    (write,) = sandbox.writes()
    assert write.json == {"interview_result_id": finished["interview_result_id"]}
    assert reopened["interview_result_id"] == finished["interview_result_id"]
    assert "/interview_results/result/" in reopened["admin_url"]
    assert finished["status"] == "draft"


async def test_another_attempt_for_a_row_id_uses_that_rows_interview_result_id(client, sandbox):
    finished = sandbox.store.finished_result()
    data_of(await client.call_tool("list_interview_results", {"limit": 1000}))

    reopened = data_of(
        await client.call_tool(
            "request_another_interview_attempt", {"interview_result_id": finished["id"]}
        )
    )

    (write,) = sandbox.writes()
    assert write.json == {"interview_result_id": finished["interview_result_id"]}
    assert any("result row id" in note for note in reopened["notes"])


async def test_another_attempt_for_a_row_without_an_attempt_is_refused_without_a_write(
    client, sandbox
):
    empty = sandbox.store.result_without_attempt()
    data_of(await client.call_tool("list_interview_results", {"limit": 1000}))

    message = error_of(
        await client.call_tool(
            "request_another_interview_attempt", {"interview_result_id": empty["id"]}
        )
    )

    assert "no interview attempt yet" in message
    assert sent(sandbox, ANOTHER_ATTEMPT) == []
    assert sandbox.writes() == []


async def test_another_attempt_for_an_unknown_id_is_refused_before_any_write(client, sandbox):
    unknown = "0f0e0d0c-0b0a-4909-8807-060504030201"

    message = error_of(
        await client.call_tool(
            "request_another_interview_attempt", {"interview_result_id": unknown}
        )
    )

    assert "is not an interview result id in this account" in message
    assert sandbox.writes() == []


async def test_another_attempt_on_an_unsubmitted_result_says_only_submitted_ones_reopen(
    client, sandbox
):
    started = next(
        r
        for r in sandbox.store.results_in()
        if r["interview_result_id"] and r["coach_status"] != "completed"
    )

    message = error_of(
        await client.call_tool(
            "request_another_interview_attempt",
            {"interview_result_id": started["interview_result_id"]},
        )
    )

    assert "Only a submitted result" in message
    assert "get_interview_result_details" in message


def test_a_pdf_sent_inline_is_reported_by_size_with_the_way_to_get_a_link():
    shaped, notes = reports.pdf_export({"pdf_export": "QUJD" * 50_000})

    assert shaped == {"pdf_inline_bytes": 150_000}
    assert "store_file=true" in notes[0]


def test_long_texts_in_a_json_report_are_cut_and_marked_before_results_are_dropped():
    answer = {"json_export": {"results": [{"data": {"answer": "x" * 9_000}, "files": []}] * 2}}

    shaped, notes = reports.json_export(answer, budget=5_000)

    assert len(shaped["report_json"]["results"]) == 2
    assert shaped["report_json"]["results"][0]["data"]["answer"].endswith("…[cut]")
    assert any("were cut" in note for note in notes)
