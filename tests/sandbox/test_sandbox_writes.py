"""Writes change the in-memory account, and later reads see the change."""

import pytest

# Marked here, not only by the root conftest, so that parametrized coroutine tests keep
# their parameters when anyio adds its backend.
pytestmark = pytest.mark.anyio


def _create_body(sandbox, **changes):
    body = {
        "name": "Platform Engineer",
        "location": "Remote",
        "interview_template_id": next(iter(sandbox.store.avatars)),
        "mojito_language_code": "en",
        "status": "active",
        "type": "interview",
        "visibility": "merchant_public",
    }
    return {**body, **changes}


async def test_a_created_interview_is_listed_and_readable(sandbox, client):
    created = (await client.post("/job-interview-create", json=_create_body(sandbox))).json()
    new_id = created["interview_def_set_id"]

    listed = (
        await client.get("/merchant-interview-list", params={"filter_text": "platform"})
    ).json()
    read = (await client.get("/job-interview-get", params={"position_id": new_id})).json()

    assert [row["id"] for row in listed["data"]] == [new_id]
    assert read["name"] == "Platform Engineer"
    assert len(read["questions"]) == created["questions_generated"]
    assert created["max_duration"] == 1200


async def test_question_count_is_capped_by_max_duration(sandbox, client):
    body = _create_body(sandbox, interview_length=20, max_duration=600)

    created = (await client.post("/job-interview-create", json=body)).json()

    assert created["questions_generated"] == 5


@pytest.mark.parametrize(
    ("change", "name"),
    [
        ({"name": None}, "name"),
        ({"mojito_language_code": "klingon"}, "mojito_language_code"),
        ({"status": "archived"}, "status"),
        ({"interview_attempts": 40}, "interview_attempts"),
        ({"interview_template_id": "not-a-uuid"}, "interview_template_id"),
    ],
)
async def test_a_bad_create_field_is_a_422_naming_it(sandbox, client, change, name):
    response = await client.post("/job-interview-create", json=_create_body(sandbox, **change))

    assert response.status_code == 422
    assert response.json()["name"] == name


async def test_an_embedded_create_returns_embed_keys(sandbox, client):
    body = _create_body(sandbox, is_embedded=True)

    created = (await client.post("/job-interview-create", json=body)).json()

    assert created["embed_id"] and created["embed_signing_key"]


async def test_questions_round_trip_through_get_and_update(sandbox, client):
    body = _create_body(
        sandbox, description="QA role.", questions=[{"question": "One?"}, {"question": "Two?"}]
    )
    new_id = (await client.post("/job-interview-create-from-array", json=body)).json()[
        "interview_def_set_id"
    ]
    questions = (await client.get("/job-interview-get", params={"position_id": new_id})).json()[
        "questions"
    ]
    questions[1]["question"] = "Two, reworded?"

    update = {"position_id": new_id, "questions": [*questions, {"question": "Three?"}]}
    diff = (await client.post("/job-interview-update", json=update)).json()["questions_diff"]
    after = (await client.get("/job-interview-get", params={"position_id": new_id})).json()

    assert diff["kept"] == [questions[0]["id"]]
    assert diff["replaced"][0]["from"] == questions[1]["id"]
    assert len(diff["added"]) == 1 and diff["removed"] == []
    assert diff["reactivated"] is True
    assert [q["question"] for q in after["questions"]] == ["One?", "Two, reworded?", "Three?"]


async def test_update_writes_only_the_sent_fields(sandbox, client):
    interview = sandbox.store.interview_named("Customer Success Manager")
    body = {"position_id": interview["id"], "name": "Customer Success Lead", "location": "Berlin"}

    answer = (await client.post("/job-interview-update", json=body)).json()
    read = (await client.get("/job-interview-get", params={"position_id": interview["id"]})).json()

    assert answer["updated_fields"] == ["name", "interview_location"]
    assert "questions_diff" not in answer
    assert read["name"] == "Customer Success Lead"
    assert read["interview_department"] == "Customer Success"


async def test_interview_only_fields_are_refused_on_a_position(sandbox, client):
    body = {"position_id": sandbox.store.position()["id"], "max_duration": 900}

    response = await client.post("/job-interview-update", json=body)

    assert response.status_code == 422
    assert response.json()["name"] == "max_duration"


async def test_set_state_changes_the_listed_status(sandbox, client):
    interview = sandbox.store.interview_named("Backend Engineer (Berlin)")
    body = {"position_id": interview["id"], "status": "archived"}

    answer = (await client.post("/job-interview-set-state", json=body)).json()
    rows = (await client.get("/merchant-interview-list", params={"status": "archived"})).json()

    assert answer == {"success": True}
    assert interview["id"] in [row["id"] for row in rows["data"]]


async def test_register_users_answers_one_row_per_user(sandbox, client):
    interview = sandbox.store.interview_named("Backend Engineer")
    users = [
        {"name": "Mira Kovač", "email": "mira.kovac@mail.example", "external_id": "ext-1"},
        {"name": "No Address", "email": "not-an-email"},
        {"name": "Nobody"},
    ]

    rows = (
        await client.post(
            "/job-interview-register-users", json={"interview_id": interview["id"], "users": users}
        )
    ).json()

    assert rows[0]["result"] == "ok"
    assert rows[0]["interview_url"].startswith("https://app.jobmojito.com/interview/")
    assert rows[0]["external_id"] == "ext-1"
    assert all(row["result"].startswith("Error: ") for row in rows[1:])
    assert all("interview_url" not in row for row in rows[1:])


async def test_a_registered_user_becomes_a_candidate_with_a_result_row(sandbox, client):
    interview = sandbox.store.interview_named("Backend Engineer")
    users = [{"name": "Mira Kovač", "email": "mira.kovac@mail.example"}]
    await client.post(
        "/job-interview-register-users", json={"interview_id": interview["id"], "users": users}
    )

    candidates = await client.get("/merchant-candidate-list", params={"filter_text": "kovač"})
    candidate = candidates.json()["data"][0]
    results = await client.get(
        "/merchant-result-list", params={"profile_interview_id": candidate["id"]}
    )

    row = results.json()["data"][0]
    assert row["definition_id"] == interview["id"]
    assert row["interview_result_id"] is None
    assert row["coach_status"] == "not_started"


async def test_register_users_refuses_a_draft_interview_unless_testing(sandbox, client):
    draft = sandbox.store.interview_named("Data Analyst Intern")
    body = {"interview_id": draft["id"], "users": [{"email": "t@test.example"}]}

    refused = await client.post("/job-interview-register-users", json=body)
    tested = await client.post("/job-interview-register-users", json={**body, "is_test": True})

    assert refused.status_code == 422
    assert tested.json()[0]["result"] == "ok"


async def test_invite_users_reports_an_outcome_per_user(sandbox, client):
    interview = sandbox.store.interview_named("Backend Engineer")
    users = [
        {"email": "newcomer@acme-talent.example", "type": "merchant"},
        {"email": "jonas.becker@acme-talent.example", "type": "merchant"},
        {"email": "lea.hoffmann@acme-talent.example", "type": "merchant"},
        {"email": "marco.bernasconi@acme-talent.example", "type": "merchant"},
        {"email": "marco.bernasconi@acme-talent.example", "type": "mentor"},
        {"email": "fresh@mail.example", "type": "candidate", "interview_id": interview["id"]},
        {"email": "broken", "type": "merchant"},
        {"email": "who@mail.example", "type": "overlord"},
    ]

    rows = (await client.post("/invite-users", json={"users": users})).json()

    assert [row["result"] for row in rows[:6]] == [
        "Invited",
        "Skipped",
        "Activated",
        "SubMerchantAdded",
        "Skipped",
        "Invited",
    ]
    assert rows[5]["profile_interview_id"]
    assert all(row["result"].startswith("Error: ") for row in rows[6:])


async def test_another_attempt_reopens_a_submitted_result(sandbox, client):
    row = sandbox.store.finished_result()
    body = {"interview_result_id": row["interview_result_id"]}

    first = await client.post("/job-interview-result-request-another-attempt", json=body)
    second = await client.post("/job-interview-result-request-another-attempt", json=body)
    details = await client.get("/job-interview-details", params=body)

    assert (first.status_code, first.json()) == (200, {})
    assert second.status_code == 422
    assert details.json()["status"] == "not_started"
    assert row["decision_status"] is None


@pytest.mark.parametrize("export", ["pdf", "html", "json"])
async def test_reports_come_in_the_shape_of_their_export_type(sandbox, client, export):
    row = sandbox.store.finished_result()
    body = {"interview_result_id": row["interview_result_id"], "export_type": export}

    answer = (await client.post("/job-interview-pdf", json=body)).json()

    expected = {"pdf": {"pdf_export_url", "pdf_export_valid_until"}, "html": {"html_export"}}
    assert set(answer) == expected.get(export, {"json_export"})
    if export == "json":
        assert (
            answer["json_export"]["results"][0]["data"]["candidate_name"] == row["candidate_name"]
        )


async def test_a_catalogue_directory_cannot_be_created_twice(client):
    body = {
        "id": "frontend-practice",
        "name": "Frontend practice",
        "parent_tag": "software-engineering",
    }

    first = await client.post("/catalogue-tag-create", json=body)
    second = await client.post("/catalogue-tag-create", json=body)
    parent = await client.get("/catalogue-tag-get", params={"id": "software-engineering"})

    assert first.status_code == 200 and second.status_code == 409
    assert "frontend-practice" in parent.json()["tags_sub"]
    assert "frontend-practice" in [d["id"] for d in parent.json()["sub_directories"]]


async def test_a_knowledge_base_upload_also_takes_multipart(sandbox, client):
    store_id = next(iter(sandbox.store.knowledge_bases))

    response = await client.post(
        "/knowledge-base-document-upload",
        data={"knowledge_base_store_id": store_id},
        files={"file": ("handbook.pdf", b"%PDF-1.7 handbook")},
    )

    assert response.status_code == 200
    assert sandbox.requests[-1].files == {"file": ("handbook.pdf", 17)}


async def test_writes_lists_only_requests_that_reached_a_write_endpoint(
    sandbox, client, client_for
):
    interview = sandbox.store.interview_named("Backend Engineer")
    body = {"interview_id": interview["id"], "users": []}
    await client.get("/merchant-interview-list")
    await client_for(None).post("/job-interview-register-users", json=body)
    sandbox.inject("/job-interview-register-users", "503")
    await client.post("/job-interview-register-users", json=body)
    await client.post("/job-interview-register-users", json=body)

    writes = sandbox.writes()

    assert [(w.path, w.role) for w in writes] == [("/job-interview-register-users", "owner")]
    assert writes[0].json == body
