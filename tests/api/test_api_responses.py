"""An answer that is not the JSON expected is an error, never an empty success."""

from __future__ import annotations

import pytest
from api_fakes import Answer, FakeJobMojito, connect, reply

from jobmojito_mcp.api import MalformedResponseError

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("answer", "problem"),
    [
        (reply(200, text="<!DOCTYPE html><title>Maintenance</title>"), "an HTML page"),
        (reply(200, text="{}", headers={"content-type": "text/html"}), "an HTML page"),
        (
            reply(200, text='{"data": [', headers={"content-type": "application/json"}),
            "malformed JSON",
        ),
        (reply(200, text="", headers={"content-type": "application/json"}), "an empty body"),
        (reply(200, text="  \n"), "an empty body"),
        (reply(200, text="null"), "an empty JSON value (null)"),
    ],
    ids=["html-body", "html-content-type", "malformed-json", "empty-body", "blank-body", "null"],
)
async def test_a_success_status_without_usable_json_is_a_malformed_response(
    answer: Answer, problem: str
) -> None:
    fake = FakeJobMojito(answer)

    with pytest.raises(MalformedResponseError) as caught:
        await connect(fake).call("list_interviews")

    assert caught.value.status == 200
    assert caught.value.problem == problem
    assert problem in str(caught.value)
    assert fake.calls == 1


async def test_a_malformed_answer_to_a_write_says_it_may_have_happened() -> None:
    fake = FakeJobMojito(reply(200, text="<html>Bad gateway</html>"))

    with pytest.raises(MalformedResponseError) as caught:
        await connect(fake).call("create_persona", json={"name": "Guest"})

    assert caught.value.write is True
    assert "may or may not have been made" in str(caught.value)
    assert "list_interviews" in str(caught.value)


async def test_a_body_that_cannot_be_decompressed_is_a_malformed_response() -> None:
    fake = FakeJobMojito(reply(200, content=b"not gzip", headers={"content-encoding": "gzip"}))

    with pytest.raises(MalformedResponseError) as caught:
        await connect(fake).call("list_languages")

    assert caught.value.status is None
    assert caught.value.problem == "an undecodable body"


async def test_an_error_body_in_another_shape_still_gives_the_status_error() -> None:
    fake = FakeJobMojito(reply(404, json={"message": "Route not found"}))

    with pytest.raises(Exception, match="Route not found") as caught:
        await connect(fake).call("list_languages")

    assert type(caught.value).__name__ == "NotFoundError"
