"""Run the benchmarks: start the sandboxes, measure each part, print tables, write JSON.

python -m benchmarks            # the full run, several minutes
python -m benchmarks --quick    # a few seconds per part, to check they work
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

import anyio

from benchmarks import id_layer, overhead, startup, throughput, token_economy
from benchmarks.plan import FULL, QUICK, Plan
from benchmarks.processes import Sandbox, ready, stop_all
from benchmarks.report import goals, machine, render

RESULTS = Path(__file__).with_name("results")
PARTS = ("overhead", "id_layer", "token_economy", "startup", "throughput")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description="Benchmark the server against the sandbox."
    )
    parser.add_argument("--quick", action="store_true", help="run each part briefly")
    parser.add_argument(
        "--only", help=f"comma-separated parts to run, of {', '.join(PARTS)} (default: all)"
    )
    parser.add_argument(
        "--output", type=Path, default=RESULTS / "latest.json", help="where to write the JSON"
    )
    parser.add_argument(
        "--save-reference",
        action="store_true",
        help="also write results/reference.json, the run the README's tables come from",
    )
    return parser


def progress(message: str) -> None:
    print(f"[benchmarks] {message}", file=sys.stderr, flush=True)


async def measure(plan: Plan, parts: tuple[str, ...]) -> dict[str, Any]:
    """Every part asked for, against sandboxes started together and stopped at the end."""
    main = Sandbox()
    # Only the overhead part needs a slow API, only the token economy other account sizes.
    slow = Sandbox(latency_ms=plan.slow_latency_ms) if "overhead" in parts else main
    by_rows = [Sandbox(rows=rows) for rows in plan.rows] if "token_economy" in parts else []
    sandboxes = list({id(s): s for s in (main, slow, *by_rows)}.values())
    results: dict[str, Any] = {}
    try:
        ready(sandboxes)
        for part in parts:
            progress(f"{part} ...")
            started = time.monotonic()
            if part == "overhead":
                results[part] = await overhead.run(main, slow, plan)
            elif part == "id_layer":
                results[part] = await id_layer.run(main, plan)
            elif part == "token_economy":
                results[part] = token_economy.run(main, by_rows)
            elif part == "startup":
                results[part] = await startup.run(main, plan)
            elif part == "throughput":
                results[part] = await throughput.run(main, plan)
            progress(f"{part} done in {time.monotonic() - started:.1f} s")
    finally:
        stop_all(sandboxes)
    return results


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    plan = QUICK if args.quick else FULL
    parts = tuple(p.strip() for p in args.only.split(",")) if args.only else PARTS
    unknown = sorted(set(parts) - set(PARTS))
    if unknown:
        print(f"unknown part {', '.join(unknown)}; choose from {', '.join(PARTS)}", file=sys.stderr)
        return 2

    results: dict[str, Any] = {"plan": plan.to_json(), "machine": machine()}
    results |= anyio.run(measure, plan, parts)
    results["machine"]["load_average_after"] = machine()["load_average"]
    results["goals"] = goals(results)

    print(render(results))
    text = json.dumps(results, indent=2, ensure_ascii=False) + "\n"
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    if args.save_reference:
        (RESULTS / "reference.json").write_text(text, encoding="utf-8")
    progress(f"results written to {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
