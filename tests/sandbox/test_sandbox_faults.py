"""Injected faults, holds, and the control surface of the served sandbox."""

import anyio
import httpx
import pytest

from jobmojito_mcp.sandbox import API_PREFIX, FAULT_KINDS, Sandbox

# Marked here, not only by the root conftest, so that parametrized coroutine tests keep
# their parameters when anyio adds its backend.
pytestmark = pytest.mark.anyio

LIST = "/merchant-interview-list"
STATUS_KINDS = ["401", "403", "404", "409", "422", "429", "500", "502", "503", "504"]


@pytest.mark.parametrize("kind", STATUS_KINDS)
async def test_a_status_fault_answers_that_status_with_an_error_body(sandbox, client, kind):
    sandbox.inject(LIST, kind)

    response = await client.get(LIST)

    assert response.status_code == int(kind)
    assert set(response.json()) == {"error"}


async def test_a_fault_applies_to_the_next_count_requests_only(sandbox, client):
    sandbox.inject(LIST, "503", count=2)

    statuses = [(await client.get(LIST)).status_code for _ in range(3)]

    assert statuses == [503, 503, 200]


async def test_a_fault_on_one_path_leaves_other_paths_alone(sandbox, client):
    sandbox.inject(LIST, "500")

    other = await client.get("/merchant-result-list")
    hit = await client.get(LIST)

    assert (other.status_code, hit.status_code) == (200, 500)


async def test_a_rate_limit_fault_carries_retry_after(sandbox, client):
    sandbox.inject(LIST, "429", retry_after=2.5)
    sandbox.inject(LIST, "429")

    first = await client.get(LIST)
    second = await client.get(LIST)

    assert first.headers["retry-after"] == "2.5"
    assert second.headers["retry-after"] == "1"


async def test_an_html_fault_is_a_502_page_not_json(sandbox, client):
    sandbox.inject(LIST, "html")

    response = await client.get(LIST)

    assert response.status_code == 502
    assert response.headers["content-type"].startswith("text/html")
    assert "<html>" in response.text


async def test_a_malformed_json_fault_is_a_200_that_does_not_parse(sandbox, client):
    sandbox.inject(LIST, "malformed_json")

    response = await client.get(LIST)

    assert response.status_code == 200
    with pytest.raises(ValueError):
        response.json()


async def test_an_empty_fault_is_a_200_with_no_body(sandbox, client):
    sandbox.inject(LIST, "empty")

    response = await client.get(LIST)

    assert (response.status_code, response.content) == (200, b"")


async def test_a_hang_fault_waits_until_the_caller_gives_up(sandbox, client):
    sandbox.inject(LIST, "hang")
    outcome: list[httpx.Response] = []

    async with anyio.create_task_group() as group:

        async def call() -> None:
            outcome.append(await client.get(LIST))

        group.start_soon(call)
        await anyio.wait_all_tasks_blocked()
        group.cancel_scope.cancel()

    assert outcome == []
    assert [r.path for r in sandbox.requests] == [LIST]
    assert (await client.get(LIST)).status_code == 200


async def test_faults_happen_after_recording_and_before_authentication(sandbox, client_for):
    sandbox.inject(LIST, "502")

    response = await client_for(None).get(LIST)

    assert response.status_code == 502
    assert sandbox.requests[0].role is None


async def test_inject_accepts_the_path_with_or_without_the_prefix(sandbox, client):
    sandbox.inject(API_PREFIX + LIST, "404")

    assert (await client.get(LIST)).status_code == 404


def test_an_unknown_fault_kind_is_refused():
    sandbox = Sandbox()

    with pytest.raises(ValueError, match="unknown fault"):
        sandbox.inject(LIST, "teapot")
    assert "hang" in FAULT_KINDS


async def test_a_hold_parks_the_request_until_released(sandbox, client):
    hold = sandbox.hold(LIST)
    answers: list[int] = []

    async with anyio.create_task_group() as group:

        async def call() -> None:
            answers.append((await client.get(LIST)).status_code)

        group.start_soon(call)
        await hold.arrived()
        assert answers == []
        assert len(sandbox.requests) == 1
        hold.release()

    assert answers == [200]


async def test_a_hold_only_parks_the_next_request(sandbox, client):
    hold = sandbox.hold(LIST)
    hold.release()

    first = await client.get(LIST)
    second = await client.get(LIST)

    assert first.status_code == second.status_code == 200


async def test_a_request_body_is_recorded_as_sent(sandbox, client):
    body = {"users": [{"email": "zoë@mail.example"}], "interview_id": "x"}

    await client.post("/job-interview-register-users", json=body, params={"debug": "1"})

    recorded = sandbox.requests[-1]
    assert (recorded.method, recorded.path) == ("POST", "/job-interview-register-users")
    assert recorded.json == body
    assert recorded.query == {"debug": "1"}
    assert recorded.form is None and recorded.files is None


async def test_an_unknown_function_is_a_404(client):
    response = await client.get("/merchant-everything")

    assert response.status_code == 404


async def test_the_wrong_method_is_refused(client):
    response = await client.get("/job-interview-create")

    assert response.status_code == 405


async def test_the_control_surface_injects_faults_and_lists_requests(sandbox):
    transport = httpx.ASGITransport(app=sandbox.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://sandbox") as control:
        health = await control.get("/__sandbox__/health")
        injected = await control.post(
            "/__sandbox__/faults", json={"path": LIST, "fault": "429", "retry_after": 3}
        )
        refused = await control.post("/__sandbox__/faults", json={"path": LIST, "fault": "nope"})
        faulted = await control.get(API_PREFIX + LIST)
        recorded = await control.get("/__sandbox__/requests")

    assert health.json()["status"] == "ok"
    assert injected.status_code == 200 and refused.status_code == 422
    assert (faulted.status_code, faulted.headers["retry-after"]) == (429, "3")
    assert recorded.json() == [
        {"method": "GET", "path": LIST, "query": {}, "json": None, "form": None,
         "files": None, "role": None}
    ]  # fmt: skip
