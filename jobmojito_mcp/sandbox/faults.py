"""Failures and pauses a test can arrange for the next requests to a path.

A fault replaces the real answer of the next `count` requests to its path; a hold parks the
next request to its path until the test releases it, so tests can observe in-flight calls
without sleeping. Holds are for in-process use: release them from the event loop that serves
the request.
"""

from __future__ import annotations

import json
import logging
from collections import deque
from dataclasses import dataclass

import anyio
from starlette.responses import JSONResponse, Response

logger = logging.getLogger(__name__)

STATUS_FAULTS = {
    "401": "Invalid JWT",
    "403": "You are not permitted to perform this action.",
    "404": "Not found",
    "409": "Conflict",
    "422": "Invalid request",
    "429": "Too many requests, slow down.",
    "500": "Internal server error",
    "502": "Bad gateway",
    "503": "Service temporarily unavailable",
    "504": "Gateway timeout",
}
FAULT_KINDS = frozenset({*STATUS_FAULTS, "html", "malformed_json", "empty", "hang"})

_HTML_PAGE = (
    "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n"
    "<body><h1>502 Bad Gateway</h1><p>The upstream server returned an invalid response.</p>"
    "<hr><p>edge-proxy</p></body></html>\n"
)
_TRUNCATED_JSON = '{"data": [{"id": "6b1f0c2e-4a7d-4c1e-9b1a-2f'


@dataclass
class _Fault:
    kind: str
    remaining: int
    retry_after: float | None


class Hold:
    """A pause on the next request to one path: wait for it to arrive, then release it."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._arrived = anyio.Event()
        self._released = anyio.Event()

    async def arrived(self) -> None:
        """Return once a request to the path is waiting on this hold."""
        await self._arrived.wait()

    def release(self) -> None:
        """Let the waiting request (or the next one, if none has arrived) go on."""
        self._released.set()

    async def park(self) -> None:
        """Called by the sandbox for the held request: announce it, then wait for release."""
        self._arrived.set()
        await self._released.wait()


def normalise(path: str, prefix: str) -> str:
    """The API path without the prefix, with a leading slash."""
    if path.startswith(prefix):
        path = path[len(prefix) :]
    return "/" + path.lstrip("/")


class FaultBook:
    """Pending faults and holds, keyed by API path (without the prefix)."""

    def __init__(self) -> None:
        self._faults: dict[str, deque[_Fault]] = {}
        self._holds: dict[str, deque[Hold]] = {}

    def inject(self, path: str, kind: str, count: int, retry_after: float | None) -> None:
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault {kind!r}; expected one of {sorted(FAULT_KINDS)}")
        if count < 1:
            raise ValueError("count must be at least 1")
        self._faults.setdefault(path, deque()).append(_Fault(kind, count, retry_after))

    def hold(self, path: str) -> Hold:
        hold = Hold(path)
        self._holds.setdefault(path, deque()).append(hold)
        return hold

    def take_hold(self, path: str) -> Hold | None:
        queue = self._holds.get(path)
        return queue.popleft() if queue else None

    def take(self, path: str) -> _Fault | None:
        """The fault to apply to this request, if one is pending for its path."""
        queue = self._faults.get(path)
        if not queue:
            return None
        fault = queue[0]
        fault.remaining -= 1
        if fault.remaining == 0:
            queue.popleft()
        return fault


async def fault_response(fault: _Fault, path: str) -> Response:
    """The answer an injected fault gives in place of the real one."""
    logger.info("sandbox fault %s on %s", fault.kind, path)
    if fault.kind == "hang":
        await anyio.sleep_forever()
    if fault.kind == "html":
        return Response(_HTML_PAGE, status_code=502, media_type="text/html")
    if fault.kind == "malformed_json":
        return Response(_TRUNCATED_JSON, status_code=200, media_type="application/json")
    if fault.kind == "empty":
        return Response(b"", status_code=200, media_type="application/json")
    headers = {}
    if fault.kind == "429":
        wait = 1.0 if fault.retry_after is None else fault.retry_after
        headers["Retry-After"] = f"{wait:g}"
    body = {"error": STATUS_FAULTS[fault.kind]}
    return JSONResponse(body, status_code=int(fault.kind), headers=headers)


def fault_from_json(raw: bytes) -> tuple[str, str, int, float | None]:
    """The arguments of `Sandbox.inject` from the control surface's JSON body."""
    spec = json.loads(raw or b"{}")
    return (
        str(spec["path"]),
        str(spec["fault"]),
        int(spec.get("count") or 1),
        None if spec.get("retry_after") is None else float(spec["retry_after"]),
    )
