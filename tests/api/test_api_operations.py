"""The operation table agrees with itself and with what the API publishes."""

from __future__ import annotations

from jobmojito_mcp.api import OPERATIONS, Operation


def test_the_table_holds_the_thirty_published_operations_by_name() -> None:
    assert len(OPERATIONS) == 30
    assert all(name == op.name for name, op in OPERATIONS.items())


def test_reads_are_gets_with_query_arguments_and_writes_are_posts_with_a_body() -> None:
    for op in OPERATIONS.values():
        assert op.is_read == (op.method == "GET")
        assert (op.body == "query") == op.is_read, op.name
        assert op.path.startswith("/"), op.name


def test_every_write_points_at_a_read_that_exists() -> None:
    for op in OPERATIONS.values():
        if op.check_with is not None:
            assert not op.is_read, op.name
            assert OPERATIONS[op.check_with].is_read, op.name


def test_only_the_uploads_take_a_multipart_form() -> None:
    multipart = {op.name: op.body for op in OPERATIONS.values() if "multipart" in op.body}

    assert multipart == {
        "upload_knowledge_base_document": "json_or_multipart",
        "pre_screen_resume_binary": "multipart",
    }


def test_report_generation_uploads_and_ai_backed_writes_get_the_long_budget() -> None:
    long = {op.name for op in OPERATIONS.values() if op.timeout == "long"}

    assert long == {
        "generate_interview_report",
        "upload_knowledge_base_document",
        "pre_screen_resume_binary",
        "pre_screen_resume_text",
        "create_interview_for_candidate",
        "create_interview",
    }


def test_a_few_entries_read_as_published() -> None:
    assert OPERATIONS["list_interviews"] == Operation(
        "list_interviews", "GET", "/merchant-interview-list", "query", takes_merchant_id=True
    )
    assert OPERATIONS["generate_interview_report"].path == "/job-interview-pdf"
    assert OPERATIONS["list_languages"].takes_merchant_id is False
    assert OPERATIONS["update_catalogue_directory"].takes_merchant_id is False
