"""The only code that talks HTTP to JobMojito.

One `httpx.AsyncClient` is created per server by `create_http_client` and shared by every
caller; each caller wraps it in a `JobMojitoClient` that adds their own token and default
merchant. The retry, timeout and error policy lives here and nowhere else:

- GETs are retried, with backoff and jitter, on 429, 502, 503, 504, timeouts and connection
  failures, for at most `retry_attempts` attempts and within the operation's time budget.
  A Retry-After on a 429 is waited out when it fits that budget; otherwise the error says
  when to try again. A GET that used its whole budget waiting is therefore not retried.
- POSTs are never retried: a write that got no clear answer may have happened, and the
  error says how to check before trying again.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import httpx
import stamina

from ._arguments import encode_arguments
from ._responses import decode_success, error_for_exception, error_for_status
from .errors import (
    ConnectionFailed,
    JobMojitoError,
    RateLimitedError,
    ServerError,
    UpstreamTimeout,
)
from .operations import OPERATIONS, Operation, TimeoutKind

logger = logging.getLogger(__name__)

_RETRIED_STATUSES = frozenset({502, 503, 504})


@dataclass(frozen=True, slots=True)
class Timeouts:
    """Time budgets in seconds, kept below how long MCP clients wait for a tool.

    `read` and `long` bound the wait for each network read of ordinary and slow operations,
    and also the time a read may spend on retries; `connect` bounds opening a connection.
    """

    read: float = 30.0
    long: float = 120.0
    connect: float = 10.0

    def __post_init__(self) -> None:
        if min(self.read, self.long, self.connect) <= 0:
            raise ValueError("timeouts must be positive numbers of seconds")

    def seconds(self, kind: TimeoutKind) -> float:
        return self.long if kind == "long" else self.read


DEFAULT_TIMEOUTS = Timeouts()


def create_http_client(
    api_url: str,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    timeouts: Timeouts = DEFAULT_TIMEOUTS,
) -> httpx.AsyncClient:
    """The HTTP client one server shares between all callers; it carries no credentials.

    `transport` replaces the network, for the embedded sandbox or for tests.
    """
    return httpx.AsyncClient(
        base_url=api_url,
        transport=transport,
        timeout=httpx.Timeout(timeouts.read, connect=timeouts.connect),
        headers={"Accept": "application/json", "User-Agent": "jobmojito-mcp"},
        follow_redirects=False,
    )


def quiet_http_loggers() -> None:
    """Raise httpx's loggers to WARNING.

    httpx logs every request's full URL, query string included, at INFO; query strings here
    carry candidate names, emails and filters. Call this from the application's logging
    setup (this package installs no logging configuration by itself).
    """
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.WARNING)


class JobMojitoClient:
    """One caller's view: the shared AsyncClient plus this caller's token and default merchant."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        *,
        token: str,
        merchant_id: str | None = None,
        timeouts: Timeouts = DEFAULT_TIMEOUTS,
        retry_attempts: int = 3,
    ) -> None:
        if retry_attempts < 1:
            raise ValueError("retry_attempts counts the first attempt, so it must be at least 1")
        self._http = http
        self._token = token
        self.merchant_id = merchant_id
        self._timeouts = timeouts
        self._retry_attempts = retry_attempts

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={str(self._http.base_url)!r}, "
            f"merchant_id={self.merchant_id!r})"
        )

    def token_fingerprint(self) -> str:
        """A short stable stand-in for the token, for cache keys; the token cannot be recovered."""
        return hashlib.sha256(self._token.encode()).hexdigest()[:16]

    async def call(
        self,
        operation: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        files: Mapping[str, Any] | None = None,
        data: Mapping[str, Any] | None = None,
    ) -> Any:
        """Call one operation and return its parsed JSON answer.

        A GET sends `params` as the query string; a POST sends `json`, or `files` and `data`
        as a multipart form. The caller's default merchant fills a missing `merchant_id` where
        the operation takes one. Raises a `JobMojitoError`; see `errors` for the family.
        """
        op = OPERATIONS.get(operation)
        if op is None:
            raise ValueError(f"unknown JobMojito operation {operation!r}")
        arguments = encode_arguments(
            op, params=params, json=json, files=files, data=data, merchant_id=self.merchant_id
        )

        if not op.is_read:
            return await self._send(op, arguments.httpx_kwargs, arguments.merchant_id)

        budget = self._timeouts.seconds(op.timeout)
        started = time.monotonic()

        def backoff(exc: Exception) -> bool | float:
            return _retry_decision(exc, budget - (time.monotonic() - started))

        async for attempt in stamina.retry_context(
            on=backoff, attempts=self._retry_attempts, timeout=budget
        ):
            with attempt:
                try:
                    return await self._send(op, arguments.httpx_kwargs, arguments.merchant_id)
                except JobMojitoError as exc:
                    exc.attempts = attempt.num
                    raise
        raise AssertionError("unreachable: retry_context either returns or raises")

    def _auth_headers(self) -> dict[str, str]:
        # Built per request, because the shared AsyncClient serves callers with other tokens.
        return {"Authorization": f"Bearer {self._token}"} if self._token else {}

    async def _send(self, op: Operation, kwargs: Mapping[str, Any], merchant_id: str | None) -> Any:
        """One attempt: send, log one line, and decode the answer or raise."""
        seconds = self._timeouts.seconds(op.timeout)
        outcome: object = "no answer"
        started = time.perf_counter()
        try:
            response = await self._http.request(
                op.method,
                op.path,
                headers=self._auth_headers(),
                timeout=httpx.Timeout(seconds, connect=self._timeouts.connect),
                **kwargs,
            )
            outcome = response.status_code
        except httpx.RequestError as exc:
            outcome = type(exc).__name__
            raise error_for_exception(
                op, exc, seconds=seconds, connect_seconds=self._timeouts.connect
            ) from exc
        finally:
            elapsed_ms = (time.perf_counter() - started) * 1000
            logger.debug(
                "%s %s %s -> %s in %.0f ms", op.name, op.method, op.path, outcome, elapsed_ms
            )

        if response.is_success:
            return decode_success(op, response)
        raise error_for_status(op, response, token=self._token, merchant_id=merchant_id)


def _retry_decision(exc: Exception, remaining: float) -> bool | float:
    """Whether a failed GET should be tried again: True, False, or the seconds to wait first."""
    if isinstance(exc, RateLimitedError):
        if exc.retry_after is None:
            return True
        return exc.retry_after if exc.retry_after <= remaining else False
    if isinstance(exc, ServerError):
        return exc.status in _RETRIED_STATUSES
    return isinstance(exc, UpstreamTimeout | ConnectionFailed)
