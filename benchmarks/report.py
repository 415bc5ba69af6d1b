"""The machine a run measured, the goals it checks, and its results as Markdown tables."""

from __future__ import annotations

import datetime
import os
import platform
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

PATH_LABELS = {
    "direct": "direct httpx",
    "stdio": "stdio, SDK client",
    "stdio_raw": "stdio, raw JSON-RPC",
    "http": "Streamable HTTP, SDK client",
    "floor": "one-tool server's echo, stdio, SDK client (no API call)",
}
READ_TOOLS = ("list_interviews", "get_interview_result_details")


def machine() -> dict[str, Any]:
    """Date, cores, CPU model, Python and load: what a reader needs to weigh the numbers."""
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
        "cpus": len(os.sched_getaffinity(0)),
        "cpu_model": cpu,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "commit": _commit(),
    }


def _commit() -> str | None:
    """The checked-out commit, marked when the working tree has changes; None outside git."""
    root = Path(__file__).parent
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=root, capture_output=True, text=True
        )
        changes = subprocess.run(
            ["git", "status", "--porcelain"], cwd=root, capture_output=True, text=True
        )
    except OSError:
        return None
    if head.returncode != 0:
        return None
    return head.stdout.strip() + (" with local changes" if changes.stdout.strip() else "")


def goals(results: dict[str, Any]) -> list[dict[str, Any]]:
    """Each goal the issue sets, with what this run measured and whether it is met."""
    out: list[dict[str, Any]] = []

    def goal(name: str, target: str, measured: float, met: bool, unit: str = "×") -> None:
        out.append({"goal": name, "target": target, "measured": f"{measured:g}{unit}", "met": met})

    if overhead := results.get("overhead"):
        for tool in READ_TOOLS:
            measured = overhead["no_latency"][tool]["ratio"]["stdio"]
            goal(f"stdio median vs direct, {tool}", "< 1.3×", measured, measured < 1.3)
    if startup := results.get("startup"):
        measured = startup["handshake"]["ratio"]
        goal("start-up to initialize vs one-tool server", "< 1.2×", measured, measured < 1.2)
    if throughput := results.get("throughput"):
        levels = throughput["levels"]
        errors = sum(level[side]["errors"] for level in levels for side in ("mcp", "direct"))
        goal("errors under concurrent load", "0", errors, errors == 0, unit="")
        top = levels[-1]
        name = f"throughput at {top['clients']} clients vs direct"
        goal(name, "≥ 0.5×", top["share"], top["share"] >= 0.5)
    return out


def _table(header: list[str], rows: list[list[Any]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def _ms(value: float) -> str:
    return f"{value:.2f}"


def overhead_table(part: dict[str, Any]) -> str:
    rows: list[list[Any]] = []
    for run in (part["no_latency"], part["with_latency"]):
        for tool in READ_TOOLS:
            timed = run[tool]
            for path, label in PATH_LABELS.items():
                compared = path in timed["added_ms"]
                added = f"{timed['added_ms'][path]:+.2f}" if compared else ""
                times = f"{timed['ratio'][path]:.2f}×" if compared else ""
                first = f"{tool}, API +{run['latency_ms']} ms" if path == "direct" else ""
                summary = timed[path]
                rows.append(
                    [first, label, _ms(summary["median_ms"]), _ms(summary["p95_ms"]), added, times]
                )
    header = ["Call", "Path", "Median ms", "p95 ms", "Added ms", "× direct"]
    return _table(header, rows)


def startup_table(part: dict[str, Any]) -> str:
    labels = {
        "handshake": "spawn → initialize answer (raw JSON-RPC)",
        "modern": "spawn → server/discover answer (raw, 2026-07-28)",
        "sdk_legacy": 'spawn → initialize done (SDK Client, mode="legacy")',
        "handshake_cpu": "CPU time used until the initialize answer",
    }
    rows = [
        [
            label,
            _ms(part[way]["jobmojito"]["median_ms"]),
            _ms(part[way]["baseline"]["median_ms"]),
            f"{part[way]['ratio']:.2f}×",
        ]
        for way, label in labels.items()
    ]
    rss = part["peak_rss_mib"]
    rows.append(["peak RSS after tools/list and one call, MiB", rss["jobmojito"], rss["baseline"]])
    rows[-1].append(f"{rss['jobmojito'] / rss['baseline']:.2f}×" if rss["baseline"] else "")
    rows.append(["`python -c pass`, for scale", _ms(part["interpreter"]["median_ms"]), "", ""])
    header = [f"Median of {part['runs']} runs", "jobmojito-mcp ms", "one-tool server ms", "×"]
    return _table(header, rows)


def throughput_table(part: dict[str, Any]) -> str:
    def cpu(value: float | None) -> str:
        return "?" if value is None else f"{value:.1f}"

    rows = []
    for level in part["levels"]:
        mcp, direct = level["mcp"], level["direct"]
        rows.append(
            [
                level["clients"],
                mcp["calls_per_second"],
                f"{_ms(mcp['latency']['median_ms'])} / {_ms(mcp['latency']['p95_ms'])}",
                f"{cpu(mcp.get('server_cpu_ms_per_call'))} / {cpu(mcp.get('api_cpu_ms_per_call'))}",
                direct["calls_per_second"],
                f"{mcp['errors']} / {direct['errors']}",
                f"{level['share']:.2f}×",
            ]
        )
    header = ["Clients", "MCP calls/s", "MCP call ms (median / p95)"]
    header += ["CPU ms per MCP call (server / API)", "direct calls/s", "errors (MCP / direct)"]
    return _table([*header, "MCP ÷ direct"], rows)


def token_table(part: dict[str, Any]) -> str:
    lists = part["tool_list"]
    rows: list[list[Any]] = [
        [
            f"tools/list, {toolsets} toolsets ({eras['2026-07-28']['tools']} tools)",
            " / ".join(f"{eras[era]['chars']:,}" for era in ("handshake", "2026-07-28")),
            f"≈{eras['2026-07-28']['approx_tokens']:,} tokens",
        ]
        for toolsets, eras in lists.items()
    ]
    for sized in part["results"]:
        for tool, label in (
            ("list_interview_results", "list_interview_results limit=50"),
            ("get_interview_result_details", "get_interview_result_details ×{calls}"),
        ):
            size = sized[tool]
            rows.append(
                [
                    f"{label.format(calls=size['calls'])}, {sized['rows']} rows in account",
                    f"{size['result_chars']:,} / API {size['api_chars']:,}",
                    f"{size['share'] * 100:.0f}% of the API JSON",
                ]
            )
    header = ["What the agent reads", "Characters (tools/list: handshake / 2026 era)", "Share"]
    return _table(header, rows)


def id_layer_table(part: dict[str, Any]) -> str:
    cases = [
        ("get_interview_definition, id", part["by_id"], ""),
        (f'…, name "{part["name"]}", cold', part["name_cold"], part["added_ms"]["name_cold"]),
        (f'…, name "{part["name"]}", warm', part["name_warm"], part["added_ms"]["name_warm"]),
        ("get_interview_result_details, interview_result_id", part["right_result_id"], ""),
        (
            "…, the row's own id (corrected)",
            part["row_id_corrected"],
            part["added_ms"]["row_id_corrected"],
        ),
    ]
    rows = [
        [
            label,
            f"{case['upstream_calls']:g}",
            _ms(case["median_ms"]),
            _ms(case["p95_ms"]),
            f"{added:+.2f}" if added != "" else "",
        ]
        for label, case, added in cases
    ]
    header = ["Call", "Upstream calls", "Median ms", "p95 ms", "Added ms"]
    memory = part["memory"]
    bound = (
        f"Id memory: {memory['bytes_per_id']} B per remembered id, {memory['bytes_per_lookup']} B"
        f" per remembered name; {memory['max_ids_per_caller']:,} ids + "
        f"{memory['max_lookups_per_caller']} names per caller = {memory['per_caller_mib']} MiB;"
        f" worst case {memory['max_callers']} callers = {memory['worst_case_mib']} MiB."
    )
    return _table(header, rows) + "\n\n" + bound


def goals_table(found: list[dict[str, Any]]) -> str:
    rows = [[g["goal"], g["target"], g["measured"], "yes" if g["met"] else "**no**"] for g in found]
    return _table(["Goal", "Target", "Measured", "Met"], rows)


SECTIONS: dict[str, tuple[str, Callable[[dict[str, Any]], str]]] = {
    "overhead": ("Overhead per tool call", overhead_table),
    "startup": ("Start-up", startup_table),
    "throughput": ("Throughput, Streamable HTTP (stateless), list_interviews", throughput_table),
    "token_economy": ("Token economy", token_table),
    "id_layer": ("The id layer's cost", id_layer_table),
}


def render(results: dict[str, Any]) -> str:
    """Every measured part as a Markdown table, then the goals."""
    meta = results["machine"]
    intro = (
        f"{results['plan']['name']} run, {meta['date']}; {meta['cpus']} CPUs "
        f"({meta['cpu_model']}), Python {meta['python']}, load average {meta['load_average']}"
        f", commit {meta.get('commit')}"
    )
    blocks = [intro]
    for key, (title, table) in SECTIONS.items():
        if key in results:
            blocks.append(f"**{title}**\n\n{table(results[key])}")
    blocks.append(f"**Goals**\n\n{goals_table(results['goals'])}")
    return "\n\n".join(blocks)
