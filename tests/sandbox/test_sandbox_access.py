"""Who may call what: tokens, roles and acting for another merchant."""

import pytest

from jobmojito_mcp.sandbox import (
    OWNER_TOKEN,
    RECRUITER_TOKEN,
    SERVICE_KEY,
    SUBMERCHANT_TOKEN,
    Sandbox,
)

# Marked here, not only by the root conftest, so that parametrized coroutine tests keep
# their parameters when anyio adds its backend.
pytestmark = pytest.mark.anyio

ADMIN_GETS = [
    ("/merchant-sub-merchant-list", {}),
    ("/merchant-analytics", {"date_from": "2026-01-01", "date_to": "2026-03-31"}),
    ("/merchant-analytics-credits-used", {}),
]


async def test_a_request_without_a_token_is_refused_with_401(client_for):
    response = await client_for(None).get("/merchant-interview-list")

    assert response.status_code == 401
    assert set(response.json()) == {"error"}


async def test_an_unknown_token_is_refused_with_401(client_for):
    response = await client_for("not-a-real-token").get("/merchant-result-list")

    assert response.status_code == 401
    assert response.json()["error"]


async def test_a_non_bearer_authorization_header_is_refused(sandbox, client_for):
    client = client_for(None)
    headers = {"Authorization": f"Basic {OWNER_TOKEN}"}

    response = await client.get("/platform-languages-list", headers=headers)

    assert response.status_code == 401


async def test_recorded_requests_carry_the_role_never_the_token(sandbox, client_for):
    await client_for(RECRUITER_TOKEN).get("/merchant-interview-list")
    await client_for("wrong").get("/merchant-interview-list")

    roles = [r.role for r in sandbox.requests]
    assert roles == ["recruiter", None]
    assert RECRUITER_TOKEN not in repr(sandbox.requests)


@pytest.mark.parametrize(("path", "params"), ADMIN_GETS)
async def test_a_recruiter_is_refused_administrative_reads(client_for, path, params):
    response = await client_for(RECRUITER_TOKEN).get(path, params=params)

    assert response.status_code == 403


async def test_a_recruiter_is_refused_invitations_and_catalogue_writes(client_for):
    recruiter = client_for(RECRUITER_TOKEN)

    invite = await recruiter.post("/invite-users", json={"users": [{"email": "a@b.example"}]})
    create = await recruiter.post("/catalogue-tag-create", json={"id": "x-y", "name": "X"})
    update = await recruiter.post("/catalogue-tag-update", json={"id": "sales-coaching"})

    assert [invite.status_code, create.status_code, update.status_code] == [403, 403, 403]


async def test_a_recruiter_may_read_interviews_and_results(client_for):
    recruiter = client_for(RECRUITER_TOKEN)

    interviews = await recruiter.get("/merchant-interview-list")
    results = await recruiter.get("/merchant-result-list")

    assert interviews.status_code == results.status_code == 200


async def test_the_owner_may_act_for_its_sub_merchant(sandbox, client):
    sub = sandbox.store.sub_merchant_id

    response = await client.get("/merchant-interview-list", params={"merchant_id": sub})

    assert response.status_code == 200
    assert {row["merchant_id"] for row in response.json()["data"]} == {sub}


async def test_a_recruiter_naming_the_sub_merchant_is_refused(sandbox, client_for):
    sub = sandbox.store.sub_merchant_id

    response = await client_for(RECRUITER_TOKEN).get(
        "/merchant-result-list", params={"merchant_id": sub}
    )

    assert response.status_code == 403


async def test_a_sub_merchant_user_sees_only_its_own_merchant(sandbox, client_for):
    sub_client = client_for(SUBMERCHANT_TOKEN)
    main = sandbox.store.main_merchant_id

    own = await sub_client.get("/merchant-candidate-list")
    foreign = await sub_client.get("/merchant-candidate-list", params={"merchant_id": main})

    assert {row["merchant_id"] for row in own.json()["data"]} == {sandbox.store.sub_merchant_id}
    assert foreign.status_code == 403


async def test_a_sub_merchant_user_cannot_open_a_main_merchant_result(sandbox, client_for):
    attempt = sandbox.store.finished_result()["interview_result_id"]

    response = await client_for(SUBMERCHANT_TOKEN).get(
        "/job-interview-details", params={"interview_result_id": attempt}
    )

    assert response.status_code == 404


async def test_a_malformed_merchant_id_is_a_422_naming_it(client):
    response = await client.get("/merchant-interview-list", params={"merchant_id": "acme"})

    assert response.status_code == 422
    assert response.json()["name"] == "merchant_id"


@pytest.mark.parametrize("path", ["/job-interview-register-users", "/invite-users"])
async def test_a_service_key_must_name_the_merchant_on_batch_endpoints(
    sandbox: Sandbox, client_for, path
):
    interview = sandbox.store.interview_named("Backend Engineer")
    body = {"interview_id": interview["id"], "users": [{"email": "new@person.example"}]}

    response = await client_for(SERVICE_KEY).post(path, json=body)

    assert response.status_code == 422
    assert response.json()["name"] == "merchant_id"


async def test_a_service_key_naming_the_merchant_registers_users(sandbox, client_for):
    interview = sandbox.store.interview_named("Backend Engineer")
    body = {
        "interview_id": interview["id"],
        "merchant_id": sandbox.store.main_merchant_id,
        "users": [{"email": "new@person.example"}],
    }

    response = await client_for(SERVICE_KEY).post("/job-interview-register-users", json=body)

    assert response.status_code == 200
    assert response.json()[0]["result"] == "ok"


async def test_a_service_key_otherwise_acts_as_the_owner(client_for):
    response = await client_for(SERVICE_KEY).get("/merchant-sub-merchant-list")

    assert response.status_code == 200
    assert response.json()["pagination"]["total"] == 1


async def test_merchant_status_reports_the_callers_profile(sandbox, client_for):
    owner = await client_for(OWNER_TOKEN).get("/merchant-status")
    recruiter = await client_for(RECRUITER_TOKEN).get("/merchant-status")

    assert owner.json()["profile_id"] == sandbox.store.owner_profile_id
    assert recruiter.json()["profile_id"] == sandbox.store.recruiter_profile_id
    assert owner.json()["merchant_id"] == sandbox.store.main_merchant_id
