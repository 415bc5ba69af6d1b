"""The sandbox itself: an ASGI app serving the API from an in-memory account.

Every request under API_PREFIX goes through the same steps: it is recorded, waits on a hold
if a test placed one, waits out the configured latency, answers with an injected fault if one
is pending, and only then is authenticated and handed to its operation.
"""

from __future__ import annotations

import logging
from typing import Any

import anyio
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route as HttpRoute

from .accounts import bearer_token, caller_for, role_for
from .faults import FaultBook, Hold, fault_from_json, fault_response, normalise
from .handlers import ROUTES
from .params import ApiError, Call, Route
from .recording import Body, RecordedRequest, read_body
from .seed import build_store

logger = logging.getLogger(__name__)

API_PREFIX = "/functions/v1"
CONTROL_PREFIX = "/__sandbox__"


def _error(status: int, message: str, name: str | None = None) -> JSONResponse:
    return JSONResponse(ApiError(status, message, name).body(), status_code=status)


def _payload(route: Route, body: Body) -> dict[str, Any] | None:
    """The parameters a POST carries (JSON object or form fields); None if not an object."""
    if route.method != "POST":
        return {}
    if body.form is not None:
        return dict(body.form)
    if body.malformed or not isinstance(body.json, dict | None):
        return None
    return body.json or {}


class Sandbox:
    """A stand-in for the JobMojito API with a seeded account, fault injection and holds."""

    def __init__(self, *, rows: int = 30, latency_ms: int = 0, seed: int = 7) -> None:
        self.store = build_store(rows=rows, seed=seed)
        self.latency_ms = latency_ms
        self.requests: list[RecordedRequest] = []
        self._writes: list[RecordedRequest] = []
        self._faults = FaultBook()
        methods = ["GET", "POST", "PUT", "PATCH", "DELETE"]
        self.app = Starlette(
            routes=[
                HttpRoute(f"{CONTROL_PREFIX}/health", self._health, methods=["GET"]),
                HttpRoute(f"{CONTROL_PREFIX}/requests", self._recorded, methods=["GET"]),
                HttpRoute(f"{CONTROL_PREFIX}/faults", self._inject, methods=["POST"]),
                HttpRoute(API_PREFIX + "/{operation:path}", self._serve, methods=methods),
            ]
        )

    def writes(self) -> list[RecordedRequest]:
        """The recorded requests that reached a write endpoint (authenticated, no fault)."""
        return list(self._writes)

    def inject(
        self, path: str, fault: str, *, count: int = 1, retry_after: float | None = None
    ) -> None:
        """Make the next `count` requests to path answer with the given fault."""
        self._faults.inject(normalise(path, API_PREFIX), fault, count, retry_after)

    def hold(self, path: str) -> Hold:
        """Park the next request to path until the returned hold is released."""
        return self._faults.hold(normalise(path, API_PREFIX))

    async def _serve(self, request: Request) -> Response:
        path = "/" + request.path_params["operation"].strip("/")
        body = await read_body(request)
        role = role_for(bearer_token(request.headers))
        record = RecordedRequest(
            method=request.method,
            path=path,
            query=dict(request.query_params),
            json=body.json,
            form=body.form,
            files={k: (f.filename, len(f.content)) for k, f in body.files.items()} or None,
            role=role,
        )
        self.requests.append(record)
        logger.debug("sandbox %s %s as %s", request.method, path, role)

        hold = self._faults.take_hold(path)
        if hold is not None:
            await hold.park()
        if self.latency_ms:
            await anyio.sleep(self.latency_ms / 1000)
        fault = self._faults.take(path)
        if fault is not None:
            return await fault_response(fault, path)
        return self._answer(record, body)

    def _answer(self, record: RecordedRequest, body: Body) -> Response:
        """The real answer to a request that no fault replaced."""
        route = ROUTES.get(record.path)
        if route is None:
            return _error(404, f"Requested function {record.path.lstrip('/')} was not found.")
        caller = caller_for(record.role, self.store)
        if caller is None:
            return _error(401, "Missing or invalid access token.")
        if record.method != route.method:
            return _error(405, f"Use {route.method} for this endpoint.")
        if route.write:
            self._writes.append(record)
        if route.admin and not caller.is_admin:
            return _error(403, "Your role is not permitted to perform this action.")
        payload = _payload(route, body)
        if payload is None:
            return _error(422, "The request body must be a JSON object.")

        call = Call(self.store, caller, record.query, payload, body.files, body.multipart)
        try:
            answer = route.handler(call)
        except ApiError as error:
            return JSONResponse(error.body(), status_code=error.status)
        return JSONResponse(answer)

    async def _health(self, request: Request) -> Response:
        return JSONResponse({"status": "ok", "requests": len(self.requests)})

    async def _recorded(self, request: Request) -> Response:
        return JSONResponse([r.to_json() for r in self.requests])

    async def _inject(self, request: Request) -> Response:
        try:
            path, fault, count, retry_after = fault_from_json(await request.body())
            self.inject(path, fault, count=count, retry_after=retry_after)
        except (KeyError, TypeError, ValueError) as error:
            return _error(422, f"Bad fault specification: {error}")
        return JSONResponse({"ok": True})
