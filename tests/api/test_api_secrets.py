"""The token and candidates' personal data stay out of errors, reprs and logs."""

from __future__ import annotations

import logging

import httpx
import pytest
from api_fakes import TOKEN, Answer, FakeJobMojito, connect, reply
from hypothesis import given, settings
from hypothesis import strategies as st

from jobmojito_mcp.api import JobMojitoError, quiet_http_loggers
from jobmojito_mcp.api._responses import error_for_status
from jobmojito_mcp.api.operations import OPERATIONS

pytestmark = pytest.mark.anyio

EMAIL = "ana.pereira@example.com"

ANSWERS_THAT_FAIL = [
    reply(401, json={"error": f"Invalid JWT {TOKEN}"}),
    reply(403, json={"error": f"Token {TOKEN} may not read this merchant"}),
    reply(422, json={"error": f"bad token {TOKEN}", "name": "merchant_id"}),
    reply(429, json={"error": "slow down"}),
    reply(503, text="<html>down</html>"),
    reply(200, text="<html>login</html>"),
    httpx.ReadTimeout,
    httpx.ConnectError,
]


@pytest.mark.parametrize("answer", ANSWERS_THAT_FAIL)
async def test_no_error_shows_the_token_in_its_message_or_repr(answer: Answer) -> None:
    fake = FakeJobMojito(answer)

    with pytest.raises(JobMojitoError) as caught:
        await connect(fake).call("list_candidates", params={"filter_text": EMAIL})

    for text in (str(caught.value), repr(caught.value), caught.value.cause):
        assert TOKEN not in text
        assert EMAIL not in text


@settings(deadline=None, derandomize=True)
@given(
    # A real token's shape: a prefix no class name or message word can contain.
    token=st.text(
        alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.",
        min_size=16,
        max_size=200,
    ).map(lambda body: f"jm_{body}"),
    status=st.sampled_from([400, 401, 403, 404, 409, 422, 429, 500, 503]),
)
def test_upstream_text_that_echoes_the_token_is_redacted(token: str, status: int) -> None:
    response = httpx.Response(status, json={"error": f"rejected {token}!", "name": "id"})

    error = error_for_status(OPERATIONS["list_interviews"], response, token=token, merchant_id=None)

    assert token not in str(error)
    assert token not in repr(error)
    assert "[token]" in str(error)


def test_the_client_repr_shows_neither_the_token_nor_its_fingerprint() -> None:
    client = connect(FakeJobMojito(), merchant_id="m-1")

    assert TOKEN not in repr(client)
    assert client.token_fingerprint() not in repr(client)
    assert "m-1" in repr(client)


def test_the_token_fingerprint_is_short_stable_and_differs_between_tokens() -> None:
    one = connect(FakeJobMojito()).token_fingerprint()

    assert one == connect(FakeJobMojito()).token_fingerprint()
    assert one != connect(FakeJobMojito(), token="another-token").token_fingerprint()
    assert len(one) == 16
    assert int(one, 16) >= 0
    assert one not in TOKEN


@pytest.mark.usefixtures("restore_http_log_levels")
async def test_debug_logs_name_the_request_but_not_the_token_query_values_or_body(
    caplog: pytest.LogCaptureFixture,
) -> None:
    quiet_http_loggers()
    caplog.set_level(logging.DEBUG)
    fake = FakeJobMojito(reply(503), reply(json={"data": []}), reply(json=[{"result": "ok"}]))
    client = connect(fake)

    await client.call("list_candidates", params={"filter_text": EMAIL})
    await client.call("register_users_for_interview", json={"users": [{"email": EMAIL}]})

    assert "list_candidates GET /merchant-candidate-list -> 503 in" in caplog.text
    assert "list_candidates GET /merchant-candidate-list -> 200 in" in caplog.text
    assert "register_users_for_interview POST /job-interview-register-users -> 200" in caplog.text
    everything = caplog.text + "".join(repr(record.__dict__) for record in caplog.records)
    assert TOKEN not in everything
    assert EMAIL not in everything
    assert "ana.pereira" not in everything


@pytest.mark.usefixtures("restore_http_log_levels")
async def test_quieting_the_http_loggers_keeps_httpx_request_lines_out(
    caplog: pytest.LogCaptureFixture,
) -> None:
    quiet_http_loggers()
    caplog.set_level(logging.DEBUG)

    await connect(FakeJobMojito()).call("list_candidates", params={"filter_text": EMAIL})

    assert not [r for r in caplog.records if r.name.startswith(("httpx", "httpcore"))]
