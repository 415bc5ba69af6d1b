"""Pre-screening: screening positions, resume screens and one-call candidate enrolment."""

import uuid

import pytest

# Marked here, not only by the root conftest, so that parametrized coroutine tests keep
# their parameters when anyio adds its backend.
pytestmark = pytest.mark.anyio

UNKNOWN = str(uuid.UUID(int=12345))


async def test_create_for_candidate_returns_a_position_and_a_different_definition(sandbox, client):
    body = {
        "position_def_set_id": sandbox.store.position()["id"],
        "candidate_name": "Ines Duarte",
        "candidate_email": "ines.duarte@mail.example",
        "candidate_country_code": "PT",
        "candidate_resume": "Frontend engineer, 6 years of React, TypeScript, CSS and testing.",
    }

    answer = (await client.post("/job-interview-create-for-candidate-with-token", json=body)).json()

    assert answer["position_def_set_id"] == sandbox.store.position()["id"]
    assert answer["interview_def_set_id"] != answer["position_def_set_id"]
    assert answer["status"] == "ai_accept"
    assert answer["interview_url"].startswith("https://app.jobmojito.com/interview/")


async def test_create_for_candidate_with_an_unknown_position_is_a_404(client):
    body = {
        "position_def_set_id": UNKNOWN,
        "candidate_name": "A",
        "candidate_email": "a@b.example",
        "candidate_country_code": "DE",
        "candidate_resume": "cv",
    }

    response = await client.post("/job-interview-create-for-candidate-with-token", json=body)

    assert response.status_code == 404


async def test_resume_pre_screening_with_a_plain_interview_id_is_a_404(sandbox, client):
    body = {
        "position_id": sandbox.store.interview_named("Backend Engineer")["id"],
        "candidate_name": "A",
        "candidate_email": "a@b.example",
        "candidate_resume": "cv",
    }

    response = await client.post("/job-interview-pre-screening-api-resume-text", json=body)

    assert response.status_code == 404


async def test_pre_screening_update_of_an_unknown_position_is_a_404(client):
    response = await client.post(
        "/pre-screening-create", json={"update_position_def_set_id": UNKNOWN}
    )

    assert response.status_code == 404


async def test_resume_screening_is_decided_by_the_resume_content(sandbox, client):
    position = sandbox.store.position()["id"]
    strong = "Senior engineer: 7 years of React, TypeScript, CSS, accessibility and testing."
    outcomes = []
    for email, resume in (("strong@mail.example", strong), ("weak@mail.example", "Chef")):
        body = {
            "position_id": position,
            "candidate_name": "C",
            "candidate_email": email,
            "candidate_resume": resume,
        }
        outcomes.append(
            (await client.post("/job-interview-pre-screening-api-resume-text", json=body)).json()
        )

    assert [o["recommendation"] for o in outcomes] == ["ai_accept", "ai_reject"]
    assert outcomes[0]["resume_ai_technical_experience"] == 7
    assert outcomes[1]["processing_reason"]


async def test_the_binary_resume_screen_takes_multipart_only(sandbox, client):
    fields = {
        "position_id": sandbox.store.position()["id"],
        "candidate_name": "B",
        "candidate_email": "b@mail.example",
    }

    as_json = await client.post("/job-interview-pre-screening-api-resume-binary", json=fields)
    as_form = await client.post(
        "/job-interview-pre-screening-api-resume-binary",
        data=fields,
        files={"file": ("cv.txt", b"React and TypeScript, 2 years")},
    )

    assert (as_json.status_code, as_json.json()["name"]) == (422, "file")
    assert as_form.json()["recommendation"] == "recruiter_action"


def _resume_body(sandbox, email: str, resume: str) -> dict:
    return {
        "position_id": sandbox.store.position()["id"],
        "candidate_name": "Robin Ahn",
        "candidate_email": email,
        "candidate_resume": resume,
    }


async def test_a_candidate_screened_twice_gets_the_early_exit_answer(sandbox, client):
    body = _resume_body(sandbox, "robin@mail.example", "React and TypeScript")
    path = "/job-interview-pre-screening-api-resume-text"

    first = (await client.post(path, json=body)).json()
    second = (await client.post(path, json=body)).json()

    assert first["success"] is True
    assert set(second) == {"decision_status", "message"}


async def test_a_screened_candidate_appears_with_a_pre_screening_result(sandbox, client):
    body = _resume_body(sandbox, "robin@mail.example", "Chef with a passion for food")
    answer = (await client.post("/job-interview-pre-screening-api-resume-text", json=body)).json()

    rows = await client.get(
        "/merchant-result-list", params={"profile_interview_id": answer["profile_interview_id"]}
    )

    row = rows.json()["data"][0]
    assert row["interview_result_pre_screening_id"] == answer["interview_result_pre_screening_id"]
    assert row["interview_result_id"] is None
    assert row["position_step"] == "pre-screening"


async def test_a_new_pre_screening_position_is_listed_and_updatable(client):
    body = {
        "position_name": "Support Agent (Lisbon)",
        "position_location": "Lisbon",
        "position_country_code": "pt",
        "status": "active",
    }
    created = (await client.post("/pre-screening-create", json=body)).json()
    update = {"update_position_def_set_id": created["position_def_set_id"], "type": "form"}
    updated = (await client.post("/pre-screening-create", json=update)).json()
    listed = await client.get("/merchant-interview-list", params={"filter_text": "lisbon"})

    assert created["created"] is True and updated["updated"] is True
    assert updated["interview_pre_screening_id"] == created["interview_pre_screening_id"]
    assert [row["is_multi_stage"] for row in listed.json()["data"]] == [True]


async def test_pre_screening_create_needs_a_position_name(client):
    response = await client.post("/pre-screening-create", json={"position_location": "Lisbon"})

    assert response.status_code == 422
    assert response.json()["name"] == "position_name"


async def test_applying_twice_to_a_position_is_reported_as_already_applied(sandbox, client):
    body = {
        "position_def_set_id": sandbox.store.position()["id"],
        "candidate_name": "Ines Duarte",
        "candidate_email": "ines.duarte@mail.example",
        "candidate_country_code": "PT",
        "candidate_resume": "Pastry chef",
    }
    path = "/job-interview-create-for-candidate-with-token"

    first = (await client.post(path, json=body)).json()
    second = (await client.post(path, json=body)).json()

    assert first["status"] == "ai_reject" and first["reason"]
    assert second["status"] == "already-applied"
    assert second["profile_interview_id"] == first["profile_interview_id"]


async def test_create_for_candidate_without_a_position_needs_the_position_fields(client):
    body = {
        "candidate_name": "A",
        "candidate_email": "a@b.example",
        "candidate_country_code": "DE",
        "candidate_resume": "cv",
        "position_name": "Barista",
    }

    response = await client.post("/job-interview-create-for-candidate-with-token", json=body)

    assert response.status_code == 422
    assert response.json()["name"] == "position_location"


async def test_create_for_candidate_can_create_the_position_itself(client):
    body = {
        "candidate_name": "Lena Graf",
        "candidate_email": "lena.graf@mail.example",
        "candidate_country_code": "AT",
        "candidate_resume": "Barista with latte art experience",
        "position_name": "Barista",
        "position_location": "Vienna",
        "position_country_code": "AT",
        "mojito_language_code": "de",
    }

    answer = (await client.post("/job-interview-create-for-candidate-with-token", json=body)).json()
    position = await client.get(
        "/job-interview-get", params={"position_id": answer["position_def_set_id"]}
    )
    stage = await client.get(
        "/job-interview-get", params={"position_id": answer["interview_def_set_id"]}
    )

    assert position.json()["is_multistage"] is True
    assert stage.json()["is_multistage"] is False
    assert answer["status"] == "ai_accept"
