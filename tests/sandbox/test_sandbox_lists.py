"""Paged lists: bounds, envelopes, type defaults and filters."""

import pytest

# Marked here, not only by the root conftest, so that parametrized coroutine tests keep
# their parameters when anyio adds its backend.
pytestmark = pytest.mark.anyio

PAGED = [
    "/merchant-interview-list",
    "/merchant-result-list",
    "/merchant-candidate-list",
    "/merchant-sub-merchant-list",
    "/merchant-avatar-list",
    "/merchant-analytics-credits-used",
    "/catalogue-tag-list",
]


@pytest.mark.parametrize("path", PAGED)
async def test_every_list_answers_with_data_and_pagination(client, path):
    response = await client.get(path)

    body = response.json()
    assert response.status_code == 200
    assert set(body) == {"data", "pagination"}
    assert set(body["pagination"]) == {"total", "limit", "offset", "has_more"}
    assert body["pagination"]["limit"] == 50


@pytest.mark.parametrize("limit", ["0", "1001", "-3", "ten"])
@pytest.mark.parametrize("path", PAGED)
async def test_a_limit_outside_1_to_1000_is_a_422_naming_limit(client, path, limit):
    response = await client.get(path, params={"limit": limit})

    assert response.status_code == 422
    assert response.json()["name"] == "limit"


@pytest.mark.parametrize("offset", ["-1", "first"])
async def test_a_bad_offset_is_a_422_naming_offset(client, offset):
    response = await client.get("/merchant-result-list", params={"offset": offset})

    assert response.status_code == 422
    assert response.json()["name"] == "offset"


async def test_pages_walk_the_whole_result_list_without_overlap(client):
    seen: list[str] = []
    offset = 0
    while True:
        page = (
            await client.get("/merchant-result-list", params={"limit": 7, "offset": offset})
        ).json()
        seen += [row["id"] for row in page["data"]]
        assert page["pagination"]["total"] == 30
        if not page["pagination"]["has_more"]:
            break
        offset += 7

    assert len(seen) == len(set(seen)) == 30


async def test_has_more_is_false_on_the_last_page_and_beyond(client):
    last = (await client.get("/merchant-result-list", params={"limit": 10, "offset": 20})).json()
    beyond = (await client.get("/merchant-result-list", params={"offset": 500})).json()

    assert len(last["data"]) == 10 and last["pagination"]["has_more"] is False
    assert beyond["data"] == [] and beyond["pagination"]["total"] == 30


async def test_limit_1000_is_accepted(client):
    response = await client.get("/merchant-candidate-list", params={"limit": 1000})

    assert response.status_code == 200
    assert response.json()["pagination"]["limit"] == 1000


async def test_the_languages_list_is_not_paged(client):
    body = (await client.get("/platform-languages-list")).json()

    assert set(body) == {"languages"}
    codes = [language["code"] for language in body["languages"]]
    assert {"en", "de", "ja", "br", "fil"} <= set(codes)
    assert body["languages"] == sorted(body["languages"], key=lambda lang: lang["name_english"])


async def test_interview_list_defaults_to_the_interview_type(client):
    default = (await client.get("/merchant-interview-list")).json()["data"]
    coaching = (await client.get("/merchant-interview-list", params={"type": "coaching"})).json()
    persona = (await client.get("/merchant-interview-list", params={"type": "persona"})).json()

    assert {row["type"] for row in default} == {"interview"}
    assert len(default) == 6
    assert {row["type"] for row in coaching["data"]} == {"coaching"}
    assert [row["name"] for row in persona["data"]] == ["Upset Customer Role-play"]


async def test_result_list_defaults_to_the_interview_type(sandbox, client):
    default = (await client.get("/merchant-result-list")).json()
    coaching = (await client.get("/merchant-result-list", params={"type": "coaching"})).json()

    assert {row["type"] for row in default["data"]} == {"interview"}
    assert coaching["pagination"]["total"] == 2
    assert {row["type"] for row in coaching["data"]} == {"coaching"}


async def test_an_unknown_type_is_a_422_naming_type(client):
    response = await client.get("/merchant-interview-list", params={"type": "webinar"})

    assert response.status_code == 422
    assert response.json()["name"] == "type"


async def test_demo_and_public_interviews_appear_only_when_asked_for(client):
    both = {"show_demo": "true", "show_public": "true", "type": "interview"}
    plain = (await client.get("/merchant-interview-list")).json()["data"]
    shown = (await client.get("/merchant-interview-list", params=both)).json()["data"]
    public = await client.get(
        "/merchant-interview-list", params={"type": "coaching", "show_public": "true"}
    )

    assert not any(row["name"].startswith("Demo:") for row in plain)
    assert any(row["name"].startswith("Demo:") for row in shown)
    assert "JobMojito Interview Basics" in [row["name"] for row in public.json()["data"]]


async def test_interview_name_filter_is_a_case_insensitive_substring(client):
    params = {"filter_text": "backend ENGINEER"}
    rows = (await client.get("/merchant-interview-list", params=params)).json()["data"]

    assert sorted(row["name"] for row in rows) == ["Backend Engineer", "Backend Engineer (Berlin)"]


async def test_status_filter_keeps_only_that_status(client):
    rows = (await client.get("/merchant-interview-list", params={"status": "draft"})).json()

    assert [row["name"] for row in rows["data"]] == ["Data Analyst Intern"]


async def test_candidate_filter_matches_non_ascii_names_and_emails(client):
    by_name = await client.get("/merchant-candidate-list", params={"filter_text": "ØDEGAARD"})
    by_mail = await client.get("/merchant-candidate-list", params={"filter_text": "nunez@"})

    assert [row["name"] for row in by_name.json()["data"]] == ["Søren Ødegaard"]
    assert [row["name"] for row in by_mail.json()["data"]] == ["José Ñúñez"]


async def test_result_filter_text_matches_the_position_name(client):
    params = {"filter_text": "(berlin)"}
    rows = (await client.get("/merchant-result-list", params=params)).json()["data"]

    assert rows and {row["position_name"] for row in rows} == {"Backend Engineer (Berlin)"}


async def test_results_filter_by_interview_and_by_candidate(sandbox, client):
    interview = sandbox.store.interview_named("Backend Engineer")
    candidate = sandbox.store.candidates_named("Zoë Müller")[0]

    by_interview = await client.get(
        "/merchant-result-list", params={"interview_id": interview["id"]}
    )
    by_candidate = await client.get(
        "/merchant-result-list", params={"profile_interview_id": candidate["id"]}
    )

    assert {r["definition_id"] for r in by_interview.json()["data"]} == {interview["id"]}
    assert {r["profile_interview_id"] for r in by_candidate.json()["data"]} == {candidate["id"]}


@pytest.mark.parametrize(
    ("tab", "check"),
    [
        ("decided-rejected", lambda r: r["decision_status"] == "rejected"),
        ("decided-selected", lambda r: r["decision_status"] == "selected"),
        ("shortlist", lambda r: r["recruiter_shortlist"]),
        ("incomplete", lambda r: r["coach_status"] != "completed"),
        ("archived-interview", lambda r: r["status"] == "archived"),
    ],
)
async def test_result_tabs_keep_only_matching_rows(client, tab, check):
    rows = (await client.get("/merchant-result-list", params={"tab": tab})).json()["data"]

    assert rows and all(check(row) for row in rows)


async def test_result_step_filter_separates_pre_screening_rows(client):
    params = {"step": "pre-screening"}
    rows = (await client.get("/merchant-result-list", params=params)).json()["data"]

    assert rows and all(row["position_step"] == "pre-screening" for row in rows)
    assert all(row["interview_result_pre_screening_id"] for row in rows)


async def test_results_order_by_score_puts_the_best_first_and_nulls_last(client):
    params = {"order_by": "score"}
    scores = [
        r["score"]
        for r in (await client.get("/merchant-result-list", params=params)).json()["data"]
    ]

    known = [s for s in scores if s is not None]
    assert known == sorted(known, reverse=True)
    assert scores[: len(known)] == known


async def test_analytics_needs_both_dates_in_day_form(client):
    missing = await client.get("/merchant-analytics", params={"date_from": "2026-01-01"})
    bad = await client.get(
        "/merchant-analytics", params={"date_from": "01/02/2026", "date_to": "2026-03-01"}
    )

    assert (missing.status_code, missing.json()["name"]) == (422, "date_to")
    assert (bad.status_code, bad.json()["name"]) == (422, "date_from")


async def test_analytics_rows_stay_inside_the_requested_range(client):
    params = {"date_from": "2026-02-01", "date_to": "2026-02-28", "limit": 1000}
    rows = (await client.get("/merchant-analytics", params=params)).json()["data"]

    assert rows
    assert all("2026-02-01" <= row["day"] <= "2026-02-28" for row in rows)
    assert all(row["event_number"] > 0 for row in rows)
