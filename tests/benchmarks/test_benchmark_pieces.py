"""One small piece of each benchmark part, run in the test process: they must keep working.

Nothing here asserts on how long anything took; the benchmarks themselves report that.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from mcp import Client

from benchmarks import direct, id_layer, overhead, report, run, throughput, token_economy
from benchmarks.baseline_server import build
from benchmarks.processes import baseline_server_command, clean_env, peak_rss_kib
from benchmarks.startup import raw_start
from benchmarks.stats import Summary, interleaved
from benchmarks.wire import CallFailed, Era, compact, result_chars
from jobmojito_mcp.server import build_server
from jobmojito_mcp.settings import Settings

pytestmark = pytest.mark.anyio

REFERENCE = Path(run.__file__).with_name("results") / "reference.json"


def test_a_summary_gives_the_median_and_the_nearest_rank_95th_percentile():
    summary = Summary.of([i / 1000 for i in range(1, 101)])

    assert summary.n == 100
    assert (summary.median_ms, summary.p95_ms) == pytest.approx((50.5, 95.0))


async def test_timed_paths_take_turns_after_the_untimed_warm_up_rounds():
    order: list[str] = []

    def path(name: str) -> Any:
        async def call() -> None:
            order.append(name)

        return call

    summaries = await interleaved({"a": path("a"), "b": path("b")}, iterations=3, warmup=1)

    assert order == ["a", "b"] * 4
    assert summaries["a"].n == summaries["b"].n == 3


def test_a_tool_calls_upstream_request_is_copied_from_the_sandbox_log():
    log = [
        {"method": "GET", "path": "/merchant-interview-list", "query": {"limit": "25"}},
        {"method": "GET", "path": "/job-interview-details", "query": {"id": "x"}, "role": "owner"},
    ]

    copied = direct.upstream_request(log, 1, 2)

    assert copied == {"method": "GET", "path": "/job-interview-details", "query": {"id": "x"}}
    with pytest.raises(RuntimeError, match="one API request"):
        direct.upstream_request(log, 0, 2)


def test_each_path_is_compared_with_the_direct_call_but_the_floor_is_not():
    summaries = {path: Summary.of([0.004]) for path in overhead.PATHS}
    summaries |= {"direct": Summary.of([0.002]), overhead.FLOOR: Summary.of([0.001])}

    summary = overhead.summarise(summaries)

    assert summary["added_ms"] == {"stdio": 2.0, "stdio_raw": 2.0, "http": 2.0}
    assert summary["ratio"]["stdio"] == 2.0
    assert overhead.FLOOR in summary and overhead.FLOOR not in summary["ratio"]


async def test_the_baseline_server_offers_one_tool_that_echoes():
    async with Client(build(), mode="legacy") as client:
        tools = (await client.list_tools()).tools
        echoed = await client.call_tool("echo", {"text": "ping"})

    assert [tool.name for tool in tools] == ["echo"]
    assert echoed.content[0].text == "ping"


@pytest.mark.parametrize("era", list(Era))
def test_the_raw_client_starts_the_baseline_server_in_either_era(era):
    call = {"name": "echo", "arguments": {"text": "ping"}}

    start = raw_start(baseline_server_command(), clean_env(), era, call)

    assert start.seconds > 0
    assert start.cpu_seconds is None or start.cpu_seconds > 0
    assert start.peak_rss_kib is None or start.peak_rss_kib > 0


def test_peak_rss_is_read_from_proc_for_a_live_process():
    peak = peak_rss_kib(os.getpid())

    assert peak is None or peak > 0


async def test_the_load_driver_counts_calls_and_failures_by_type():
    made = 0

    async def flaky() -> None:
        nonlocal made
        made += 1
        if made % 2 == 0:
            raise CallFailed("refused")

    load = await throughput.drive([flaky, flaky], seconds=0.01)
    summary = load.to_json()

    assert made >= 2
    assert summary["calls"] + summary["errors"] == made == len(load.latencies)
    assert set(summary["error_kinds"]) <= {"CallFailed"}


async def test_the_tool_list_is_measured_as_compact_json_and_all_toolsets_list_more():
    sizes = {}
    for toolsets in ("all", "interviews,results"):
        server = build_server(Settings(sandbox=True, toolsets=toolsets))
        tools = [
            tool.model_dump(by_alias=True, exclude_none=True, mode="json")
            for tool in await server.list_tools()
        ]
        sizes[toolsets] = token_economy.tool_list_size(tools)

    assert sizes["all"]["tools"] > sizes["interviews,results"]["tools"]
    assert sizes["all"]["chars"] > sizes["interviews,results"]["chars"] > 0


def test_a_result_counts_every_text_block_and_its_structured_copy():
    result = {"content": [{"type": "text", "text": "abcd"}], "structuredContent": {"a": "é"}}

    assert compact({"a": "é"}) == '{"a":"é"}'
    assert result_chars(result) == 4 + len('{"a":"é"}')


def test_the_id_memory_bound_is_the_measured_size_times_the_store_limits():
    bound = id_layer.memory_bound(300)
    per_caller = (
        bound["max_ids_per_caller"] * bound["bytes_per_id"]
        + bound["max_lookups_per_caller"] * bound["bytes_per_lookup"]
    )

    assert bound["bytes_per_id"] > 0 and bound["bytes_per_lookup"] > 0
    assert bound["worst_case_mib"] == pytest.approx(
        bound["max_callers"] * per_caller / 2**20, rel=0.01
    )


def test_the_reference_run_renders_as_tables_with_every_goal():
    results = json.loads(REFERENCE.read_text(encoding="utf-8"))

    tables = report.render(results)

    for title, _ in report.SECTIONS.values():
        assert f"**{title}**" in tables
    assert [g["goal"] for g in report.goals(results)] == [g["goal"] for g in results["goals"]]


def test_an_unknown_part_is_refused_before_anything_starts(capsys):
    assert run.main(["--only", "everything"]) == 2
    assert "unknown part everything" in capsys.readouterr().err
