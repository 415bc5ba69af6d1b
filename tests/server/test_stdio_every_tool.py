"""Every tool, all thirty operations and the two id tools, works over a real stdio subprocess.

The sandbox is seeded deterministically, so a second sandbox in the test process holds the
same ids as the one inside the server.
"""

import base64

import pytest
from mcp import Client

from jobmojito_mcp.demo import server_parameters
from jobmojito_mcp.sandbox import Sandbox
from jobmojito_mcp.tools.catalog import SPECS
from tests.helpers import data_of

pytestmark = pytest.mark.anyio

RESUME = "Frontend engineer, 6 years: React, TypeScript, CSS, accessibility, testing, Next.js."


def calls(store):
    interview = store.interview_named("Backend Engineer")["id"]
    position = store.position()["id"]
    finished = store.finished_result()
    template = next(iter(store.avatars))
    knowledge_store = next(iter(store.knowledge_bases))
    person = {"name": "Ana Lima", "email": "ana.lima@example.com"}
    pdf = base64.b64encode(b"%PDF-1.4\n" + RESUME.encode()).decode()
    return [
        ("list_interviews", {}),
        ("get_interview_definition", {"interview_id": interview}),
        ("list_avatars", {}),
        ("list_languages", {}),
        ("list_interview_results", {"interview_id": interview}),
        ("get_interview_result_details", {"interview_result_id": finished["interview_result_id"]}),
        ("list_candidates", {"filter_text": "Zoë"}),
        ("get_merchant_status", {}),
        ("get_merchant_analytics", {"date_from": "2026-01-01", "date_to": "2026-03-16"}),
        ("get_merchant_credit_usage", {}),
        ("list_sub_merchants", {}),
        ("list_catalogue_directories", {}),
        ("get_catalogue_directory", {"catalogue_directory_id": "software-engineering"}),
        ("build_admin_link", {"interview_id": interview}),
        ("describe_id", {"id": finished["interview_result_id"]}),
        (
            "create_interview",
            {
                "name": "Platform Engineer",
                "location": "Remote",
                "interview_template_id": template,
                "mojito_language_code": "en",
            },
        ),
        (
            "create_interview_from_questions",
            {
                "name": "Support Agent",
                "location": "Lisbon",
                "description": "First-line support in Portuguese and English.",
                "interview_template_id": template,
                "mojito_language_code": "pt",
                "questions": [{"question": "Tell us about a difficult customer."}],
            },
        ),
        ("update_interview", {"interview_id": interview, "name": "Backend Engineer (Remote)"}),
        ("set_interview_state", {"interview_id": interview, "status": "active"}),
        (
            "create_persona",
            {
                "name": "Impatient Buyer",
                "interview_template_id": template,
                "mojito_language_code": "en",
                "portal": "coaching",
                "persona_role_avatar": "A buyer who wants a discount today.",
                "persona_role_user": "A sales representative.",
            },
        ),
        ("register_users_for_interview", {"interview_id": interview, "users": [person]}),
        (
            "generate_interview_url",
            {"type": "interview-results-for-position", "interview_id": interview},
        ),
        ("generate_interview_report", {"interview_result_id": finished["interview_result_id"]}),
        (
            "request_another_interview_attempt",
            {"interview_result_id": finished["interview_result_id"]},
        ),
        ("create_catalogue_directory", {"catalogue_directory_id": "data-roles", "name": "Data"}),
        (
            "update_catalogue_directory",
            {"catalogue_directory_id": "data-roles", "name": "Data roles"},
        ),
        (
            "upload_knowledge_base_document",
            {
                "knowledge_base_store_id": knowledge_store,
                "file_name": "handbook.txt",
                "content": base64.b64encode(b"Our values.").decode(),
            },
        ),
        (
            "upsert_pre_screening",
            {
                "position_name": "Data Engineer",
                "position_location": "Berlin",
                "position_country_code": "DE",
                "mojito_language_code": "de",
            },
        ),
        (
            "pre_screen_resume_text",
            {"position_id": position, **_candidate(person), "resume_text": RESUME},
        ),
        (
            "pre_screen_resume_binary",
            {"position_id": position, **_candidate(person), "file_name": "cv.pdf", "content": pdf},
        ),
        (
            "create_interview_for_candidate",
            {
                "position_id": position,
                **_candidate(person),
                "candidate_country_code": "PT",
                "resume_text": RESUME,
            },
        ),
        ("invite_users", {"users": [{**person, "type": "candidate", "interview_id": interview}]}),
    ]


def _candidate(person):
    return {"candidate_name": person["name"], "candidate_email": person["email"]}


async def test_every_tool_succeeds_over_stdio_against_the_sandbox():
    planned = calls(Sandbox().store)
    assert sorted(name for name, _ in planned) == sorted(SPECS)

    failures = {}
    async with Client(server_parameters("--toolsets", "all")) as client:
        for name, arguments in planned:
            result = await client.call_tool(name, arguments)
            if result.is_error:
                failures[name] = result.content[0].text
            else:
                data_of(result)

    assert failures == {}
