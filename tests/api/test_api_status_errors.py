"""Each error status from JobMojito becomes its own error, with a cause and a next step."""

from __future__ import annotations

import pytest
from api_fakes import FakeJobMojito, connect, reply

from jobmojito_mcp.api import (
    AuthenticationError,
    ConflictError,
    InvalidFieldError,
    JobMojitoError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitedError,
    ServerError,
    UpstreamError,
)

# Parametrized coroutine tests need the marker at collection time, before parametrization.
pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("status", "error_type"),
    [
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, InvalidFieldError),
        (429, RateLimitedError),
        (500, ServerError),
        (502, ServerError),
        (503, ServerError),
        (504, ServerError),
        (400, UpstreamError),
    ],
)
async def test_each_error_status_raises_its_own_error_with_the_upstream_text(
    status: int, error_type: type[UpstreamError]
) -> None:
    fake = FakeJobMojito(reply(status, json={"error": "Upstream says no."}))

    with pytest.raises(error_type) as caught:
        await connect(fake).call("get_merchant_status")

    error = caught.value
    assert type(error) is error_type
    assert (error.operation, error.status, error.error) == (
        "get_merchant_status",
        status,
        "Upstream says no.",
    )
    assert "Upstream says no" in str(error)
    assert str(error) == f"{error.cause} {error.next_step}"


async def test_unauthorised_says_how_to_set_a_new_token() -> None:
    fake = FakeJobMojito(reply(401, json={"error": "Invalid JWT"}))

    with pytest.raises(AuthenticationError) as caught:
        await connect(fake).call("list_interviews")

    message = str(caught.value)
    assert "JOBMOJITO_API_TOKEN" in message
    assert "X-JobMojito-Token" in message
    assert "expired" in message


async def test_forbidden_names_the_merchant_used_and_says_other_arguments_will_not_help() -> None:
    fake = FakeJobMojito(reply(403, json={"error": "Forbidden"}))
    client = connect(fake, merchant_id="m-default")

    with pytest.raises(PermissionDeniedError) as caught:
        await client.call("list_candidates", params={"merchant_id": "m-other"})

    assert caught.value.merchant_id == "m-other"
    assert "merchant m-other" in str(caught.value)
    assert "changing the other arguments will not help" in str(caught.value)


async def test_forbidden_without_a_merchant_speaks_of_the_tokens_own_merchant() -> None:
    fake = FakeJobMojito(reply(403, json={"error": "Forbidden"}))

    with pytest.raises(PermissionDeniedError) as caught:
        await connect(fake).call("list_avatars")

    assert caught.value.merchant_id is None
    assert "the token's own merchant" in str(caught.value)


async def test_forbidden_on_an_operation_without_merchant_ignores_the_default_merchant() -> None:
    fake = FakeJobMojito(reply(403, json={"error": "Forbidden"}))
    client = connect(fake, merchant_id="m-default")

    with pytest.raises(PermissionDeniedError) as caught:
        await client.call("pre_screen_resume_text", json={"position_id": "p-1"})

    assert caught.value.merchant_id is None


async def test_invalid_field_keeps_the_raw_field_name_and_names_it_in_the_message() -> None:
    body = {"error": "Field is required.", "name": "interview_result_id"}
    fake = FakeJobMojito(reply(422, json=body))

    with pytest.raises(InvalidFieldError) as caught:
        await connect(fake).call("request_another_interview_attempt", json={})

    assert caught.value.field == "interview_result_id"
    assert "`interview_result_id`" in caught.value.cause
    assert "Correct `interview_result_id`" in caught.value.next_step


async def test_invalid_field_without_a_name_speaks_of_the_arguments() -> None:
    fake = FakeJobMojito(reply(422, json={"error": "Bad input"}))

    with pytest.raises(InvalidFieldError) as caught:
        await connect(fake).call("create_interview", json={"name": "Chef"})

    assert caught.value.field is None
    assert "Correct the arguments" in str(caught.value)


async def test_renaming_the_field_changes_the_message_and_keeps_the_rest() -> None:
    fake = FakeJobMojito(reply(422, json={"error": "Unknown id", "name": "interview_id"}))

    with pytest.raises(InvalidFieldError) as caught:
        await connect(fake).call("register_users_for_interview", json={"users": []})
    error = caught.value
    error.field = "position"

    assert "`position`" in str(error)
    assert "interview_id" not in str(error)
    assert "Unknown id" in str(error)


async def test_a_layer_above_can_replace_either_half_of_the_message() -> None:
    fake = FakeJobMojito(reply(404, json={"error": "Not found"}))

    with pytest.raises(NotFoundError) as caught:
        await connect(fake).call("get_interview_definition", params={"position_id": "p-1"})
    error = caught.value
    error.next_step = "Use list_interviews to find the position."

    assert str(error).startswith("JobMojito found nothing for get_interview_definition")
    assert str(error).endswith("Use list_interviews to find the position.")


async def test_server_error_on_a_write_says_it_may_have_happened_and_how_to_check() -> None:
    fake = FakeJobMojito(reply(500, json={"error": "boom"}))

    with pytest.raises(ServerError) as caught:
        await connect(fake).call("update_interview", json={"position_id": "p-1"})

    assert caught.value.write is True
    assert "may or may not have been made" in str(caught.value)
    assert "get_interview_definition" in str(caught.value)


async def test_server_error_on_a_read_says_the_problem_is_upstream() -> None:
    fake = FakeJobMojito(reply(500, json={"error": "boom"}))

    with pytest.raises(ServerError) as caught:
        await connect(fake).call("list_languages")

    assert "JobMojito's side" in str(caught.value)


async def test_an_html_error_page_with_an_error_status_keeps_the_status_error() -> None:
    page = "<html><body><h1>502 Bad Gateway</h1></body></html>"
    fake = FakeJobMojito(reply(502, text=page, headers={"content-type": "text/html"}))

    with pytest.raises(ServerError) as caught:
        await connect(fake, retry_attempts=1).call("list_languages")

    assert caught.value.status == 502
    assert caught.value.error is None
    assert "<html>" not in str(caught.value)


async def test_every_error_is_a_jobmojito_error_carrying_the_operation_name() -> None:
    fake = FakeJobMojito(reply(409, json={"error": "Tag exists", "name": "id"}))

    with pytest.raises(JobMojitoError) as caught:
        await connect(fake).call("create_catalogue_directory", json={"id": "sales"})

    assert isinstance(caught.value, ConflictError)
    assert caught.value.operation == "create_catalogue_directory"
    assert caught.value.field == "id"


async def test_a_redirect_suggests_checking_the_configured_api_address() -> None:
    fake = FakeJobMojito(reply(301, headers={"location": "https://elsewhere.test/"}))

    with pytest.raises(UpstreamError) as caught:
        await connect(fake).call("list_languages")

    assert caught.value.status == 301
    assert "configured API address" in str(caught.value)
