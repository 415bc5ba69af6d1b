"""The seeded account: deterministic, realistic, and shaped like the live API's answers."""

import json
from collections import Counter

import httpx
import pytest

from jobmojito_mcp.sandbox import API_PREFIX, OWNER_TOKEN, Sandbox

# Marked here, not only by the root conftest, so that parametrized coroutine tests keep
# their parameters when anyio adds its backend.
pytestmark = pytest.mark.anyio

RESULT_FIELDS = {
    "id", "interview_result_id", "interview_result_pre_screening_id", "merchant_id",
    "profile_id", "profile_interview_id", "definition_id", "candidate_name", "candidate_email",
    "position_name", "position_step", "type", "emoji", "external_id", "mojito_language_code",
    "status", "coach_status", "decision_status", "interview_started", "is_multi_stage",
    "is_test", "recruiter_shortlist", "recruiter_risks", "duration_ds", "score",
    "score_simulation", "score_sentiment", "score_words_per_minute", "score_interview_ai",
    "score_answer_ai", "score_pronunciation", "processing_status", "processing_error",
    "kyc_processing_status", "position_result_step_id", "created_at", "updated_at",
}  # fmt: skip
DETAIL_FIELDS = {
    "score", "score_simulation", "score_text", "score_sentiment", "score_words_per_minute",
    "score_pronunciation", "score_answer", "status", "start", "end", "duration",
    "ai_interview_coverage_percentage", "ai_completion_reason", "ai_analysis",
    "ai_analysis_recruiter", "ai_analysis_other", "ai_analysis_recruiter_why_hire",
    "ai_analysis_recruiter_why_not_hire", "recruiter_risks", "user_feedback_recruiter",
    "recording_local_path", "recording_is_video", "video_introduction_local_path", "transcript",
}  # fmt: skip


async def _dump(sandbox: Sandbox) -> dict:
    """Everything a client can read from the default lists, as JSON text."""
    transport = httpx.ASGITransport(app=sandbox.app)
    headers = {"Authorization": f"Bearer {OWNER_TOKEN}"}
    base = "http://sandbox" + API_PREFIX
    async with httpx.AsyncClient(transport=transport, base_url=base, headers=headers) as client:
        paths = ["/merchant-interview-list", "/merchant-result-list", "/merchant-candidate-list",
                 "/merchant-avatar-list", "/catalogue-tag-list", "/merchant-status"]  # fmt: skip
        dump = {p: (await client.get(p, params={"limit": 1000} if "list" in p else {})).text
                for p in paths}  # fmt: skip
        attempt = sandbox.store.finished_result()["interview_result_id"]
        details = await client.get(
            "/job-interview-details", params={"interview_result_id": attempt}
        )
        dump["details"] = details.text
    return dump


async def test_two_sandboxes_with_the_same_seed_serve_identical_data():
    assert await _dump(Sandbox(seed=11)) == await _dump(Sandbox(seed=11))


async def test_a_different_seed_gives_different_ids():
    first, second = Sandbox(seed=1).store, Sandbox(seed=2).store

    assert set(first.results).isdisjoint(second.results)


def test_rows_sets_the_number_of_interview_results_and_scales_the_rest():
    small, large = Sandbox(rows=10).store, Sandbox(rows=200).store

    assert len(small.results_in()) == 10
    assert len(large.results_in()) == 200
    count = Counter(i["merchant_id"] for i in large.interviews.values() if i["type"] == "interview")
    assert count[large.main_merchant_id] >= 200 // 5
    assert sum(c["merchant_id"] == large.main_merchant_id for c in large.candidates.values()) == 80


def test_the_account_has_confusable_interviews_and_a_position(sandbox):
    store = sandbox.store

    plain = store.interview_named("Backend Engineer")
    berlin = store.interview_named("Backend Engineer (Berlin)")
    other = store.interview_named("Backend Engineer", store.sub_merchant_id)

    assert len({plain["id"], berlin["id"], other["id"]}) == 3
    assert store.position()["is_multi_stage"] is True


def test_candidates_include_non_ascii_duplicate_and_emoji_names(sandbox):
    names = [c["name"] for c in sandbox.store.candidates.values()]

    assert {"Zoë Müller", "José Ñúñez", "Łukasz Żółć", "Søren Ødegaard", "佐藤 花子"} <= set(names)
    assert len(sandbox.store.candidates_named("Anna Schmidt")) == 2
    assert "🚀" in sandbox.store.candidate_with_emoji()["name"]


def test_one_person_is_a_candidate_of_both_merchants(sandbox):
    store = sandbox.store
    zoe = store.candidates_named("Zoë Müller")

    assert {c["merchant_id"] for c in zoe} == {store.main_merchant_id, store.sub_merchant_id}
    assert len({c["profile_id"] for c in zoe}) == 1
    assert len({c["id"] for c in zoe}) == 2


def test_results_show_every_status_value(sandbox):
    rows = sandbox.store.results_in()

    assert {r["coach_status"] for r in rows} == {"not_started", "started", "completed", "abandoned"}
    assert {r["processing_status"] for r in rows} == {
        None,
        "pending",
        "processing",
        "completed",
        "failed",
    }
    assert {r["decision_status"] for r in rows} == {None, "selected", "rejected", "on_hold"}


async def test_list_rows_carry_every_documented_field_plus_extras(client):
    rows = (await client.get("/merchant-result-list", params={"limit": 1000})).json()["data"]

    assert all(set(row) >= RESULT_FIELDS for row in rows)
    assert any(set(row) - RESULT_FIELDS for row in rows)


async def test_an_unfinished_result_has_nulls_where_nothing_happened_yet(sandbox, client):
    row = sandbox.store.result_without_attempt()
    listed = (
        await client.get(
            "/merchant-result-list", params={"profile_interview_id": row["profile_interview_id"]}
        )
    ).json()

    match = next(r for r in listed["data"] if r["id"] == row["id"])
    assert match["interview_result_id"] is None
    assert match["score"] is None and match["duration_ds"] is None


async def test_finished_details_hold_a_transcript_scores_and_a_raw_assessment(sandbox, client):
    attempt = sandbox.store.finished_result()["interview_result_id"]

    details = (
        await client.get("/job-interview-details", params={"interview_result_id": attempt})
    ).json()

    assert set(details) >= DETAIL_FIELDS
    answers = [t for t in details["transcript"] if t["is_answer"]]
    assert len(answers) >= 3 and all(t["answer"] for t in answers)
    assert details["score"] is not None and details["end"] is not None
    assert len(json.dumps(answers[0]["answer_assessment_raw_data"])) > 5000
    assert "recording_url" not in details


async def test_signed_recordings_are_added_only_on_request(sandbox, client):
    attempt = sandbox.store.finished_result()["interview_result_id"]
    params = {"interview_result_id": attempt, "get_signed_recordings": "true"}

    details = (await client.get("/job-interview-details", params=params)).json()

    assert details["recording_url"].startswith("https://")
    assert all("recording_url" in turn for turn in details["transcript"])


async def test_an_in_progress_result_has_no_end_score_or_analysis(sandbox, client):
    row = next(r for r in sandbox.store.results_in() if r["coach_status"] == "started")

    details = (
        await client.get(
            "/job-interview-details", params={"interview_result_id": row["interview_result_id"]}
        )
    ).json()

    assert details["status"] == "started"
    assert details["end"] is None and details["score"] is None
    assert details["ai_analysis_other"] is None


async def test_avatar_rows_are_several_kilobytes_each(client):
    rows = (await client.get("/merchant-avatar-list")).json()["data"]

    assert len(rows) >= 8
    assert all(len(json.dumps(row)) > 3000 for row in rows)


async def test_merchant_status_counts_match_the_account(sandbox, client):
    status = (await client.get("/merchant-status")).json()

    assert status["interview_results"] == sum(
        r["status"] != "archived" for r in sandbox.store.results_in()
    )
    assert len(status["candidates_history"]) == len(status["interview_result_history"]) == 14
    assert status["credits_interview_monthly"] is not None
