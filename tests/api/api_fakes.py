"""A scripted JobMojito behind `httpx.MockTransport`, for the API client tests."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import httpx

from jobmojito_mcp.api import JobMojitoClient, Timeouts, create_http_client

TOKEN = "eyJhbGciOiJIUzI1NiJ9.c2VjcmV0LXBheWxvYWQ.s1gnature-0123456789"
API_URL = "https://jobmojito.test/functions/v1"

Answer = Callable[[], httpx.Response] | type[httpx.TransportError]


def reply(status: int = 200, **kwargs: Any) -> Callable[[], httpx.Response]:
    """A fresh `httpx.Response` each time the fake answers with it."""
    return functools.partial(httpx.Response, status, **kwargs)


class FakeJobMojito:
    """Answers requests with scripted replies in order, repeating the last; records requests.

    An answer that is an httpx transport error class is raised instead, as the network would.
    """

    def __init__(self, *answers: Answer) -> None:
        self.answers = answers or (reply(json={"ok": True}),)
        self.requests: list[httpx.Request] = []

    @property
    def calls(self) -> int:
        return len(self.requests)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers[min(self.calls, len(self.answers)) - 1]
        if isinstance(answer, type):
            raise answer("simulated network failure", request=request)
        return answer()


def connect(
    fake: FakeJobMojito,
    *,
    token: str = TOKEN,
    merchant_id: str | None = None,
    timeouts: Timeouts | None = None,
    retry_attempts: int = 3,
) -> JobMojitoClient:
    timeouts = timeouts or Timeouts()
    http = create_http_client(API_URL, transport=httpx.MockTransport(fake), timeouts=timeouts)
    return JobMojitoClient(
        http,
        token=token,
        merchant_id=merchant_id,
        timeouts=timeouts,
        retry_attempts=retry_attempts,
    )
