"""What goes over the wire: auth header, query strings, bodies, default merchant, timeouts."""

from __future__ import annotations

import json

import pytest
from api_fakes import API_URL, TOKEN, FakeJobMojito, connect, reply

from jobmojito_mcp.api import Timeouts

pytestmark = pytest.mark.anyio


async def test_every_request_carries_the_callers_token_as_a_bearer_header() -> None:
    fake = FakeJobMojito()

    await connect(fake).call("list_languages")
    await connect(fake, token="another-token-value").call("list_languages")

    assert fake.requests[0].headers["authorization"] == f"Bearer {TOKEN}"
    assert fake.requests[1].headers["authorization"] == "Bearer another-token-value"


async def test_an_empty_token_sends_no_authorization_header() -> None:
    fake = FakeJobMojito()

    await connect(fake, token="").call("list_languages")

    assert "authorization" not in fake.requests[0].headers


async def test_a_read_goes_to_the_operation_path_under_the_api_url() -> None:
    fake = FakeJobMojito()

    await connect(fake).call("list_interviews")

    assert fake.requests[0].method == "GET"
    assert str(fake.requests[0].url) == f"{API_URL}/merchant-interview-list"


async def test_read_params_drop_none_and_spell_booleans_in_lowercase() -> None:
    fake = FakeJobMojito()
    params = {"status": None, "show_public": True, "show_demo": False, "limit": 10}

    await connect(fake).call("list_interviews", params=params)

    assert fake.requests[0].url.query == b"show_public=true&show_demo=false&limit=10"


async def test_the_default_merchant_fills_a_missing_merchant_id_on_reads() -> None:
    fake = FakeJobMojito()
    client = connect(fake, merchant_id="m-default")

    await client.call("list_candidates", params={"merchant_id": None})
    await client.call("list_candidates", params={"merchant_id": "m-chosen"})
    await client.call("get_interview_definition", params={"position_id": "p-1"})

    assert [r.url.params.get("merchant_id") for r in fake.requests] == [
        "m-default",
        "m-chosen",
        None,
    ]


async def test_a_write_sends_its_json_body_with_the_default_merchant() -> None:
    fake = FakeJobMojito()
    client = connect(fake, merchant_id="m-default")

    await client.call("create_interview", json={"name": "Line cook", "recording": True})
    await client.call("update_interview", json={"position_id": "p-1", "name": None})

    created, updated = (json.loads(r.content) for r in fake.requests)
    assert fake.requests[0].method == "POST"
    assert created == {"name": "Line cook", "recording": True, "merchant_id": "m-default"}
    assert updated == {"position_id": "p-1", "name": None}


async def test_a_multipart_upload_sends_the_file_and_form_fields_as_text() -> None:
    fake = FakeJobMojito()
    form = {"position_id": "p-1", "candidate_name": "Ana", "form": {"residency": "PT"}}
    files = {"file": ("cv.txt", b"ten years of pastry", "text/plain")}

    await connect(fake).call("pre_screen_resume_binary", files=files, data=form)

    request = fake.requests[0]
    assert request.headers["content-type"].startswith("multipart/form-data")
    assert b"ten years of pastry" in request.content
    assert b'{"residency": "PT"}' in request.content


async def test_the_knowledge_base_upload_takes_json_as_well_as_a_form() -> None:
    fake = FakeJobMojito()
    client = connect(fake, merchant_id="m-default")

    await client.call(
        "upload_knowledge_base_document",
        json={"knowledge_base_store_id": "kb-1", "name": "menu.txt", "file": "bWVudQ=="},
    )
    await client.call(
        "upload_knowledge_base_document",
        data={"knowledge_base_store_id": "kb-1"},
        files={"file": ("menu.txt", b"menu")},
    )

    assert json.loads(fake.requests[0].content)["merchant_id"] == "m-default"
    assert b'name="merchant_id"\r\n\r\nm-default' in fake.requests[1].content


@pytest.mark.parametrize(
    ("operation", "arguments"),
    [
        ("list_interviews", {"json": {"limit": 5}}),
        ("create_interview", {"params": {"name": "x"}}),
        ("create_interview", {"files": {"file": b"x"}}),
        ("pre_screen_resume_binary", {"json": {"position_id": "p-1"}}),
        ("no_such_operation", {}),
    ],
)
async def test_arguments_that_do_not_fit_the_operation_are_a_programming_error(
    operation: str, arguments: dict[str, object]
) -> None:
    fake = FakeJobMojito()

    with pytest.raises(ValueError, match=operation):
        await connect(fake).call(operation, **arguments)  # type: ignore[arg-type]

    assert fake.calls == 0


async def test_slow_operations_get_the_long_time_budget() -> None:
    fake = FakeJobMojito()
    client = connect(fake, timeouts=Timeouts(read=5.0, long=50.0, connect=2.0))

    await client.call("list_interviews")
    await client.call("generate_interview_report", json={"interview_result_id": "r-1"})

    read, report = (r.extensions["timeout"] for r in fake.requests)
    assert read == {"connect": 2.0, "read": 5.0, "write": 5.0, "pool": 5.0}
    assert report == {"connect": 2.0, "read": 50.0, "write": 50.0, "pool": 50.0}


async def test_a_json_answer_comes_back_parsed_whatever_its_shape() -> None:
    fake = FakeJobMojito(
        reply(json={"data": [{"id": "i-1"}]}),
        reply(json=[{"result": "ok"}]),
        reply(json="https://app.jobmojito.com/interview/abc"),
    )
    client = connect(fake)

    assert await client.call("list_interviews") == {"data": [{"id": "i-1"}]}
    assert await client.call("register_users_for_interview", json={}) == [{"result": "ok"}]
    assert await client.call("generate_interview_url", json={}) == (
        "https://app.jobmojito.com/interview/abc"
    )
