"""Ids: which id each endpoint accepts, and how unknown or mixed-up ids are answered."""

import uuid

import pytest

# Marked here, not only by the root conftest, so that parametrized coroutine tests keep
# their parameters when anyio adds its backend.
pytestmark = pytest.mark.anyio

UNKNOWN = str(uuid.UUID(int=12345))


async def test_result_rows_carry_distinct_ids_for_distinct_things(client):
    rows = (await client.get("/merchant-result-list", params={"limit": 1000})).json()["data"]

    for row in rows:
        ids = [row["id"], row["profile_interview_id"], row["profile_id"], row["definition_id"]]
        if row["interview_result_id"]:
            ids.append(row["interview_result_id"])
        assert len(ids) == len(set(ids))
    assert any(row["interview_result_id"] is None for row in rows)


async def test_a_candidate_rows_id_is_the_result_rows_profile_interview_id(sandbox, client):
    candidates = (await client.get("/merchant-candidate-list", params={"limit": 1000})).json()
    row = sandbox.store.finished_result()

    by_id = {c["id"]: c for c in candidates["data"]}
    assert by_id[row["profile_interview_id"]]["profile_id"] == row["profile_id"]
    assert row["profile_interview_id"] != row["profile_id"]


async def test_details_accept_the_interview_result_id(sandbox, client):
    row = sandbox.store.finished_result()

    response = await client.get(
        "/job-interview-details", params={"interview_result_id": row["interview_result_id"]}
    )

    assert response.status_code == 200
    assert response.json()["status"] == "completed"


async def test_details_refuse_the_rows_own_id_with_404(sandbox, client):
    row = sandbox.store.finished_result()

    response = await client.get("/job-interview-details", params={"interview_result_id": row["id"]})

    assert response.status_code == 404
    assert "error" in response.json()


@pytest.mark.parametrize(
    ("path", "param"),
    [
        ("/job-interview-get", "position_id"),
        ("/job-interview-details", "interview_result_id"),
    ],
)
async def test_an_unknown_id_on_a_read_is_a_404(client, path, param):
    response = await client.get(path, params={param: UNKNOWN})

    assert response.status_code == 404


async def test_a_name_passed_where_an_id_belongs_is_a_422_naming_the_field(client):
    response = await client.get("/job-interview-get", params={"position_id": "Backend Engineer"})

    assert response.status_code == 422
    assert response.json()["name"] == "position_id"


async def test_a_missing_required_id_is_a_422_naming_the_field(client):
    response = await client.get("/job-interview-details")

    assert response.status_code == 422
    assert response.json()["name"] == "interview_result_id"


async def test_unknown_interview_on_update_is_a_404(client):
    response = await client.post(
        "/job-interview-update", json={"position_id": UNKNOWN, "name": "x"}
    )

    assert response.status_code == 404


async def test_unknown_catalogue_directory_is_a_404_on_get_and_update(client):
    read = await client.get("/catalogue-tag-get", params={"id": "no-such-directory"})
    write = await client.post(
        "/catalogue-tag-update", json={"id": "no-such-directory", "name": "x"}
    )

    assert read.status_code == write.status_code == 404


@pytest.mark.parametrize(
    ("path", "body", "name"),
    [
        ("/job-interview-register-users", {"interview_id": UNKNOWN, "users": []}, "interview_id"),
        (
            "/job-interview-token",
            {"type": "interview-result-candidate", "interview_result_id": UNKNOWN},
            "interview_result_id",
        ),
        (
            "/job-interview-token",
            {"type": "results-for-profile", "interview_profile_id": UNKNOWN},
            "interview_profile_id",
        ),
        (
            "/job-interview-result-request-another-attempt",
            {"interview_result_id": UNKNOWN},
            "interview_result_id",
        ),
    ],
)
async def test_some_writes_report_unknown_ids_as_422_not_404(client, path, body, name):
    response = await client.post(path, json=body)

    assert response.status_code == 422
    assert response.json()["name"] == name


async def test_the_token_endpoint_refuses_a_result_rows_own_id(sandbox, client):
    row = sandbox.store.finished_result()
    body = {"type": "interview-result-talent-seeker", "interview_result_id": row["id"]}

    response = await client.post("/job-interview-token", json=body)

    assert response.status_code == 422


async def test_the_token_endpoint_answers_a_signed_interview_url(sandbox, client):
    row = sandbox.store.finished_result()
    body = {
        "type": "interview-for-profile",
        "interview_id": row["definition_id"],
        "interview_profile_id": row["profile_interview_id"],
    }

    response = await client.post("/job-interview-token", json=body)

    assert response.status_code == 200
    assert response.json().startswith("https://app.jobmojito.com/interview/")


async def test_interview_get_accepts_a_definition_id_or_a_position_id(sandbox, client):
    definition = sandbox.store.interview_named("Backend Engineer")
    position = sandbox.store.position()

    single = await client.get("/job-interview-get", params={"position_id": definition["id"]})
    multi = await client.get("/job-interview-get", params={"position_id": position["id"]})

    assert single.json()["is_multistage"] is False
    assert single.json()["name"] == "Backend Engineer"
    assert multi.json()["is_multistage"] is True
    assert multi.json()["type"] is None
    assert multi.json()["questions"]


async def test_the_position_is_listed_as_multi_stage(sandbox, client):
    rows = (await client.get("/merchant-interview-list")).json()["data"]

    flags = {row["id"]: row["is_multi_stage"] for row in rows}
    assert flags[sandbox.store.position()["id"]] is True
    assert flags[sandbox.store.interview_named("Backend Engineer")["id"]] is False


async def test_catalogue_directories_are_identified_by_slugs(client):
    rows = (await client.get("/catalogue-tag-list")).json()["data"]
    home = next(row for row in rows if row["is_start_directory"])

    assert home["id"] == "acme-coaching-home"
    assert "software-engineering" in home["tags_sub"]


async def test_knowledge_base_uploads_get_their_own_document_id(sandbox, client):
    store_id = next(iter(sandbox.store.knowledge_bases))
    body = {"knowledge_base_store_id": store_id, "file": "aGVsbG8=", "name": "notes.txt"}

    answer = (await client.post("/knowledge-base-document-upload", json=body)).json()

    assert answer["knowledge_base_id"] != store_id
    assert answer["knowledge_base_id"] in sandbox.store.documents
