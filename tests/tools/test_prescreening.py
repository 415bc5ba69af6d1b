"""Pre-screening tools: positions only, upstream aliases, resume files and the two ids."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import data_of, error_of

pytestmark = pytest.mark.anyio

RESUME = (
    "Frontend engineer, 6 years of React and TypeScript. Bachelor in computer science. "
    "Led the design system of an online shop; accessibility and performance work."
)
PDF_RESUME = b"%PDF-1.4\n(Frontend engineer, 6 years React TypeScript design system)\n%%EOF\n"


@pytest.fixture
def upload_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "uploads"
    folder.mkdir()
    return folder


@pytest.fixture
def settings_overrides(upload_dir: Path) -> dict[str, Any]:
    return {"toolsets": "all", "upload_dir": str(upload_dir)}


def single_stage(sandbox: Any) -> str:
    return sandbox.store.interview_named("Backend Engineer")["id"]


def candidate(**extra: Any) -> dict[str, Any]:
    return {"candidate_name": "Mira Jansen", "candidate_email": "mira.jansen@example.org", **extra}


def sent(sandbox: Any, path: str) -> Any:
    return [w for w in sandbox.writes() if w.path == path][-1]


async def test_a_new_pre_screening_position_is_usable_by_later_calls(
    client: Any, sandbox: Any
) -> None:
    created = data_of(
        await client.call_tool(
            "upsert_pre_screening",
            {
                "position_name": "Frontend Engineer",
                "position_location": "Berlin",
                "position_country_code": "DE",
                "mojito_language_code": "en",
                "status": "active",
                "options": {
                    "assessment_rules": [
                        {"id": "resume_match", "type": "screening", "resume_score_reject": 2}
                    ]
                },
            },
        )
    )
    assert created["created"] is True
    assert "update_position_def_set_id" not in sent(sandbox, "/pre-screening-create").json
    position = created["position_id"]

    updated = data_of(
        await client.call_tool(
            "upsert_pre_screening", {"position_id": position, "position_name": "Frontend Lead"}
        )
    )
    assert updated["updated"] is True
    assert sent(sandbox, "/pre-screening-create").json["update_position_def_set_id"] == position

    listed = data_of(await client.call_tool("list_interviews", {"filter_text": "Frontend Lead"}))
    assert position in [row["interview_id"] for row in listed["interviews"]]


async def test_the_upstream_update_alias_reaches_its_own_field(client: Any, sandbox: Any) -> None:
    position = sandbox.store.position()["id"]

    data = data_of(
        await client.call_tool(
            "upsert_pre_screening",
            {"update_position_def_set_id": position, "type": "resume"},
        )
    )

    assert data["position_id"] == position
    assert sent(sandbox, "/pre-screening-create").json["update_position_def_set_id"] == position


async def test_creating_a_position_without_its_basics_is_refused(client: Any, sandbox: Any) -> None:
    message = error_of(
        await client.call_tool("upsert_pre_screening", {"position_name": "Frontend Engineer"})
    )

    assert "position_location" in message and "position_id" in message
    assert sandbox.requests == []


@pytest.mark.parametrize(
    ("tool", "arguments"),
    [
        ("upsert_pre_screening", {"type": "resume"}),
        ("pre_screen_resume_text", candidate(resume_text=RESUME)),
        (
            "create_interview_for_candidate",
            candidate(candidate_country_code="NL", resume_text=RESUME),
        ),
    ],
)
async def test_a_single_stage_interview_is_refused_as_a_position_without_a_write(
    client: Any, sandbox: Any, tool: str, arguments: dict[str, Any]
) -> None:
    message = error_of(
        await client.call_tool(tool, {"position_id": single_stage(sandbox), **arguments})
    )

    assert "single-stage" in message
    assert sandbox.writes() == []


async def test_a_text_resume_is_screened_and_its_candidate_remembered(
    client: Any, sandbox: Any
) -> None:
    position = sandbox.store.position()["id"]

    data = data_of(
        await client.call_tool(
            "pre_screen_resume_text",
            {"position_id": position, **candidate(resume_text=RESUME, candidate_country_code="de")},
        )
    )

    body = sent(sandbox, "/job-interview-pre-screening-api-resume-text").json
    assert body["position_id"] == position
    assert body["candidate_resume"] == RESUME
    assert body["candidate_country_code"] == "DE"
    assert data["recommendation"] in ("ai_accept", "ai_reject", "recruiter_action")
    assert data["candidate_id"] in sandbox.store.candidates
    assert data["candidate_admin_url"].endswith(f"/candidates/{data['candidate_id']}")

    link = data_of(
        await client.call_tool("build_admin_link", {"candidate_id": data["candidate_id"]})
    )
    assert link["name"] == "Mira Jansen"


async def test_a_resume_file_is_sent_as_multipart(client: Any, sandbox: Any) -> None:
    position = sandbox.store.position()["id"]

    data = data_of(
        await client.call_tool(
            "pre_screen_resume_binary",
            {
                "position_id": position,
                **candidate(form={"education": "bachelors"}),
                "content": base64.b64encode(PDF_RESUME).decode(),
                "file_name": "mira.pdf",
            },
        )
    )

    request = sent(sandbox, "/job-interview-pre-screening-api-resume-binary")
    assert request.files == {"file": ("mira.pdf", len(PDF_RESUME))}
    assert request.form["position_id"] == position
    assert request.form["form"] == '{"education": "bachelors"}'
    assert data["candidate_id"]


async def test_a_resume_file_outside_the_upload_folder_is_refused(
    client: Any, sandbox: Any, tmp_path: Path
) -> None:
    outside = tmp_path / "resume.pdf"
    outside.write_bytes(PDF_RESUME)

    message = error_of(
        await client.call_tool(
            "pre_screen_resume_binary",
            {
                "position_id": sandbox.store.position()["id"],
                **candidate(),
                "file_path": str(outside),
            },
        )
    )

    assert "outside the upload folder" in message
    assert sandbox.requests == []


async def test_a_resume_file_of_another_type_is_refused(client: Any, sandbox: Any) -> None:
    message = error_of(
        await client.call_tool(
            "pre_screen_resume_binary",
            {
                "position_id": sandbox.store.position()["id"],
                **candidate(),
                "content": base64.b64encode(b"Frontend engineer").decode(),
                "file_name": "resume.txt",
            },
        )
    )

    assert ".pdf, .doc or .docx" in message
    assert sandbox.requests == []


async def test_an_interview_for_a_candidate_returns_both_ids_under_their_kinds(
    client: Any, sandbox: Any
) -> None:
    position = sandbox.store.position()["id"]

    data = data_of(
        await client.call_tool(
            "create_interview_for_candidate",
            {
                "position_def_set_id": position,
                **candidate(candidate_country_code="NL", resume_text=RESUME),
            },
        )
    )

    body = sent(sandbox, "/job-interview-create-for-candidate-with-token").json
    assert body["position_def_set_id"] == position
    assert body["candidate_resume"] == RESUME
    assert data["position_id"] == position
    assert data["interview_id"] and data["interview_id"] != position
    assert data["position_admin_url"].endswith(f"/interview_creator/{position}")
    assert data["interview_admin_url"].endswith(f"/interview_creator/{data['interview_id']}")
    assert data["candidate_admin_url"].endswith(f"/candidates/{data['candidate_id']}")
    assert data["interview_url"]

    # The interview stage is remembered as a single-stage interview, not as a position.
    writes = len(sandbox.writes())
    message = error_of(
        await client.call_tool(
            "pre_screen_resume_text",
            {"position_id": data["interview_id"], **candidate(resume_text=RESUME)},
        )
    )
    assert "single-stage" in message
    assert len(sandbox.writes()) == writes


async def test_a_new_position_for_a_candidate_needs_its_basics(client: Any, sandbox: Any) -> None:
    message = error_of(
        await client.call_tool(
            "create_interview_for_candidate",
            candidate(candidate_country_code="NL", resume_text=RESUME, position_name="QA"),
        )
    )

    assert "position_location" in message
    assert sandbox.requests == []


async def test_a_new_position_for_a_candidate_is_created_with_its_stage(
    client: Any, sandbox: Any
) -> None:
    data = data_of(
        await client.call_tool(
            "create_interview_for_candidate",
            {
                **candidate(candidate_country_code="NL", resume_text=RESUME),
                "position_name": "Frontend Engineer",
                "position_location": "Amsterdam",
                "position_country_code": "NL",
                "mojito_language_code": "en",
            },
        )
    )

    assert (
        "position_def_set_id"
        not in sent(sandbox, "/job-interview-create-for-candidate-with-token").json
    )
    assert sandbox.store.interview(data["position_id"])["is_multi_stage"] is True
    assert sandbox.store.interview(data["interview_id"])["is_multi_stage"] is False
