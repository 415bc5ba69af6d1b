"""Summaries of timed samples, and the bounded loops that take them."""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

# A backstop for every timing loop: a part never runs longer than this, whatever its count.
MAX_LOOP_SECONDS = 600.0


@dataclass(frozen=True)
class Summary:
    """Milliseconds: the median and 95th percentile of `n` samples."""

    n: int
    median_ms: float
    p95_ms: float

    @classmethod
    def of(cls, seconds: Sequence[float]) -> Summary:
        if not seconds:
            return cls(0, float("nan"), float("nan"))
        ms = sorted(s * 1000 for s in seconds)
        return cls(len(ms), statistics.median(ms), percentile(ms, 95))

    def to_json(self) -> dict[str, Any]:
        return {k: round(v, 3) if isinstance(v, float) else v for k, v in asdict(self).items()}


def percentile(ordered: Sequence[float], pct: float) -> float:
    """The nearest-rank percentile of already sorted values."""
    if not ordered:
        return float("nan")
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


async def timed(call: Callable[[], Awaitable[Any]]) -> float:
    """Seconds one awaited call took."""
    started = time.perf_counter()
    await call()
    return time.perf_counter() - started


async def interleaved(
    calls: dict[str, Callable[[], Awaitable[Any]]],
    *,
    iterations: int,
    warmup: int,
    max_seconds: float = MAX_LOOP_SECONDS,
) -> dict[str, Summary]:
    """Time each call `iterations` times, taking turns, after `warmup` untimed rounds.

    Taking turns spreads any background load on the machine over every path alike, rather
    than over whichever path happened to be measured while it lasted.
    """
    deadline = time.monotonic() + max_seconds
    for _ in range(warmup):
        for call in calls.values():
            await call()
    samples: dict[str, list[float]] = {name: [] for name in calls}
    for _ in range(iterations):
        if time.monotonic() > deadline:
            break
        for name, call in calls.items():
            samples[name].append(await timed(call))
    return {name: Summary.of(values) for name, values in samples.items()}


def ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else float("nan")
