"""The table of JobMojito REST operations this package can call.

Every other module looks operations up here by name, so the HTTP method, path, body encoding
and time budget of an operation are written down exactly once. Names are the API's own
operation ids.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

Method = Literal["GET", "POST"]
BodyKind = Literal["query", "json", "multipart", "json_or_multipart"]
TimeoutKind = Literal["read", "long"]


@dataclass(frozen=True, slots=True)
class Operation:
    """One REST operation: where it lives, how its arguments travel and how long it may take.

    `timeout` names a budget in `Timeouts` ("long" for operations that run AI generation or
    take uploads). `takes_merchant_id` marks operations that accept a `merchant_id`, which the
    client fills from the caller's default merchant. `check_with` names the read operation
    that shows whether a write took effect, for the advice given after an unclear outcome.
    """

    name: str
    method: Method
    path: str
    body: BodyKind
    timeout: TimeoutKind = "read"
    takes_merchant_id: bool = False
    check_with: str | None = None

    @property
    def is_read(self) -> bool:
        """Reads are GETs: they change nothing and are safe to repeat."""
        return self.method == "GET"


def _get(name: str, path: str, *, merchant: bool = True) -> Operation:
    return Operation(name, "GET", path, "query", takes_merchant_id=merchant)


def _post(
    name: str,
    path: str,
    *,
    check_with: str | None,
    merchant: bool = False,
    body: BodyKind = "json",
    timeout: TimeoutKind = "read",
) -> Operation:
    return Operation(name, "POST", path, body, timeout, merchant, check_with)


_TABLE = (
    # Interview and position definitions.
    _post(
        "create_interview",
        "/job-interview-create",
        check_with="list_interviews",
        merchant=True,
        timeout="long",
    ),
    _post(
        "create_interview_from_questions",
        "/job-interview-create-from-array",
        check_with="list_interviews",
        merchant=True,
    ),
    _post(
        "create_interview_for_candidate",
        "/job-interview-create-for-candidate-with-token",
        check_with="list_candidates",
        merchant=True,
        timeout="long",
    ),
    _post("create_persona", "/persona-create", check_with="list_interviews", merchant=True),
    _get("get_interview_definition", "/job-interview-get", merchant=False),
    _post("update_interview", "/job-interview-update", check_with="get_interview_definition"),
    _post("set_interview_state", "/job-interview-set-state", check_with="get_interview_definition"),
    _post("generate_interview_url", "/job-interview-token", check_with=None, merchant=True),
    _post(
        "register_users_for_interview",
        "/job-interview-register-users",
        check_with="list_candidates",
        merchant=True,
    ),
    _get("list_interviews", "/merchant-interview-list"),
    # Coaching catalogue.
    _post(
        "create_catalogue_directory",
        "/catalogue-tag-create",
        check_with="list_catalogue_directories",
        merchant=True,
    ),
    _post(
        "update_catalogue_directory",
        "/catalogue-tag-update",
        check_with="get_catalogue_directory",
    ),
    _get("get_catalogue_directory", "/catalogue-tag-get"),
    _get("list_catalogue_directories", "/catalogue-tag-list"),
    # Results, reports and analytics.
    _get("get_interview_result_details", "/job-interview-details", merchant=False),
    _post("generate_interview_report", "/job-interview-pdf", check_with=None, timeout="long"),
    _post(
        "request_another_interview_attempt",
        "/job-interview-result-request-another-attempt",
        check_with="get_interview_result_details",
    ),
    _get("list_interview_results", "/merchant-result-list"),
    _get("get_merchant_analytics", "/merchant-analytics"),
    _get("get_merchant_credit_usage", "/merchant-analytics-credits-used"),
    _get("list_candidates", "/merchant-candidate-list"),
    # Knowledge base and pre-screening.
    _post(
        "upload_knowledge_base_document",
        "/knowledge-base-document-upload",
        check_with=None,
        merchant=True,
        body="json_or_multipart",
        timeout="long",
    ),
    _post(
        "upsert_pre_screening",
        "/pre-screening-create",
        check_with="list_interviews",
        merchant=True,
    ),
    _post(
        "pre_screen_resume_text",
        "/job-interview-pre-screening-api-resume-text",
        check_with="list_interview_results",
        timeout="long",
    ),
    _post(
        "pre_screen_resume_binary",
        "/job-interview-pre-screening-api-resume-binary",
        check_with="list_interview_results",
        body="multipart",
        timeout="long",
    ),
    # Account administration.
    _post("invite_users", "/invite-users", check_with=None, merchant=True),
    _get("list_sub_merchants", "/merchant-sub-merchant-list"),
    _get("list_avatars", "/merchant-avatar-list"),
    _get("get_merchant_status", "/merchant-status"),
    _get("list_languages", "/platform-languages-list", merchant=False),
)

OPERATIONS: Mapping[str, Operation] = MappingProxyType({op.name: op for op in _TABLE})
"""Every operation, by name."""
