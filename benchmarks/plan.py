"""How much each part measures: the full run, and the quick run CI uses to check they work."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class Plan:
    name: str
    # Overhead per call: timed rounds after untimed ones; fewer when the API sleeps 150 ms.
    iterations: int
    warmup: int
    slow_iterations: int
    slow_latency_ms: int
    # Start-up: fresh processes per server, protocol era and client.
    startup_runs: int
    # Throughput: concurrent clients, and seconds of calls at each level.
    concurrency: tuple[int, ...]
    seconds_per_level: float
    # Token economy: interview results in the sandbox account.
    rows: tuple[int, ...]
    # Id layer: fresh servers (cold look-ups), and timed calls in each (warm ones).
    id_sessions: int
    id_iterations: int
    memory_ids: int

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


FULL = Plan(
    name="full",
    iterations=200,
    warmup=20,
    slow_iterations=60,
    slow_latency_ms=150,
    startup_runs=7,
    concurrency=(1, 10, 100),
    seconds_per_level=10.0,
    rows=(10, 100, 1000),
    id_sessions=5,
    id_iterations=40,
    memory_ids=5_000,
)

QUICK = Plan(
    name="quick",
    iterations=20,
    warmup=3,
    slow_iterations=5,
    slow_latency_ms=150,
    startup_runs=1,
    concurrency=(1, 2),
    seconds_per_level=1.0,
    rows=(10, 100),
    id_sessions=1,
    id_iterations=5,
    memory_ids=1_000,
)
