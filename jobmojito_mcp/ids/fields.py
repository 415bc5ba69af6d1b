"""The one table of which upstream field carries which kind of id, per operation and per row.

Tools never spell an upstream id field themselves: they hand resolved ids to
`place_ids`, and rename rows with `rename_row_ids`. Error fields come back through
`argument_for_field`.
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from typing import Any

from jobmojito_mcp.ids.kinds import KINDS, IdKind


@dataclass(frozen=True)
class IdField:
    """One id slot of an operation: the kind, the upstream name, and its place in the request.

    `upstream` may reach into an array of objects with `users[].interview_id`, or name
    an array of ids (`interview_result_ids`, with `many=True`).
    """

    kind: IdKind
    upstream: str
    many: bool = False
    argument: str | None = None

    @property
    def tool_argument(self) -> str | None:
        return self.argument or KINDS[self.kind].argument


INTERVIEW, POSITION, CANDIDATE = IdKind.INTERVIEW, IdKind.POSITION, IdKind.CANDIDATE
RESULT = IdKind.INTERVIEW_RESULT
M, T, K = IdKind.MERCHANT, IdKind.INTERVIEW_TEMPLATE, IdKind.KNOWLEDGE_BASE_STORE
D, PERSON = IdKind.CATALOGUE_DIRECTORY, IdKind.PERSON

REQUEST_FIELDS: dict[str, tuple[IdField, ...]] = {
    "list_interviews": (IdField(M, "merchant_id"),),
    "get_interview_definition": (IdField(INTERVIEW, "position_id"),),
    "create_interview": (
        IdField(T, "interview_template_id"),
        IdField(M, "merchant_id"),
        IdField(K, "knowledge_base_store_id"),
        IdField(PERSON, "recruiter_profile_id", argument="recruiter_person_id"),
    ),
    "create_interview_from_questions": (
        IdField(T, "interview_template_id"),
        IdField(M, "merchant_id"),
        IdField(K, "knowledge_base_store_id"),
        IdField(PERSON, "recruiter_profile_id", argument="recruiter_person_id"),
    ),
    "update_interview": (
        IdField(INTERVIEW, "position_id"),
        IdField(T, "interview_template_id"),
        IdField(K, "knowledge_base_store_id"),
        IdField(PERSON, "recruiter_profile_id", argument="recruiter_person_id"),
    ),
    "set_interview_state": (IdField(INTERVIEW, "position_id"),),
    "create_persona": (
        IdField(T, "interview_template_id"),
        IdField(M, "merchant_id"),
        IdField(PERSON, "recruiter_profile_id", argument="recruiter_person_id"),
    ),
    "register_users_for_interview": (IdField(INTERVIEW, "interview_id"), IdField(M, "merchant_id")),
    "generate_interview_url": (
        IdField(INTERVIEW, "interview_id"),
        IdField(CANDIDATE, "interview_profile_id"),
        IdField(RESULT, "interview_result_id"),
        IdField(M, "merchant_id"),
    ),
    "list_interview_results": (
        IdField(INTERVIEW, "interview_id"),
        IdField(CANDIDATE, "profile_interview_id"),
        IdField(M, "merchant_id"),
    ),
    "get_interview_result_details": (IdField(RESULT, "interview_result_id"),),
    "generate_interview_report": (
        IdField(RESULT, "interview_result_id"),
        IdField(RESULT, "interview_result_ids", many=True, argument="interview_result_ids"),
    ),
    "request_another_interview_attempt": (IdField(RESULT, "interview_result_id"),),
    "list_candidates": (IdField(M, "merchant_id"),),
    "list_avatars": (IdField(M, "merchant_id"),),
    "list_sub_merchants": (IdField(M, "merchant_id"),),
    "get_merchant_status": (IdField(M, "merchant_id"),),
    "get_merchant_analytics": (IdField(INTERVIEW, "interview_id"), IdField(M, "merchant_id")),
    "get_merchant_credit_usage": (IdField(INTERVIEW, "interview_id"), IdField(M, "merchant_id")),
    "list_languages": (),
    "list_catalogue_directories": (
        IdField(M, "merchant_id"),
        IdField(D, "parent_tag", argument="parent_directory_id"),
    ),
    "get_catalogue_directory": (IdField(D, "id"), IdField(M, "merchant_id")),
    "create_catalogue_directory": (
        IdField(D, "id"),
        IdField(D, "parent_tag", argument="parent_directory_id"),
        IdField(D, "tags_sub", many=True, argument="child_directory_ids"),
        IdField(M, "merchant_id"),
    ),
    "update_catalogue_directory": (
        IdField(D, "id"),
        IdField(D, "tags_sub", many=True, argument="child_directory_ids"),
    ),
    "upload_knowledge_base_document": (
        IdField(K, "knowledge_base_store_id"),
        IdField(M, "merchant_id"),
    ),
    "invite_users": (IdField(INTERVIEW, "users[].interview_id"), IdField(M, "merchant_id")),
    "create_interview_for_candidate": (
        IdField(POSITION, "position_def_set_id"),
        IdField(T, "interview_template_id"),
        IdField(M, "merchant_id"),
        IdField(PERSON, "recruiter_profile_id", argument="recruiter_person_id"),
    ),
    "upsert_pre_screening": (
        IdField(POSITION, "update_position_def_set_id"),
        IdField(M, "merchant_id"),
    ),
    "pre_screen_resume_text": (IdField(POSITION, "position_id"),),
    "pre_screen_resume_binary": (IdField(POSITION, "position_id"),),
}


def _field(operation: str, argument: str) -> IdField:
    for field in REQUEST_FIELDS[operation]:
        if field.tool_argument == argument:
            return field
    raise KeyError(f"{operation} has no id argument {argument!r}")


def place_ids(
    operation: str, request: MutableMapping[str, Any], ids: Mapping[str, Any]
) -> MutableMapping[str, Any]:
    """Write resolved ids into `request` under the field names `operation` expects.

    `ids` maps our argument names to resolved values; None values are left out. An id
    inside an array (`users[].interview_id`) is written into every element.
    """
    for argument, value in ids.items():
        if value is None:
            continue
        upstream = _field(operation, argument).upstream
        if "[]." in upstream:
            array, key = upstream.split("[].", 1)
            for element in request.get(array) or ():
                element.setdefault(key, value)
        else:
            request[upstream] = value
    return request


def argument_for_field(operation: str, upstream: str | None) -> str | None:
    """Our argument name for an upstream field an error names (`position_id` → `interview_id`)."""
    if not upstream:
        return upstream
    for field in REQUEST_FIELDS.get(operation, ()):
        plain = field.upstream.split("[].")[-1]
        if upstream in (field.upstream, plain):
            return field.tool_argument or upstream
    return upstream


def kind_of_field(operation: str, upstream: str | None) -> IdKind | None:
    """The kind of id an upstream field of `operation` carries, if it carries one."""
    for field in REQUEST_FIELDS.get(operation, ()):
        if upstream in (field.upstream, field.upstream.split("[].")[-1]):
            return field.kind
    return None


# How rows come back: the upstream field, the kind it carries, and our name for it.
ROW_FIELDS: dict[str, tuple[tuple[str, IdKind, str], ...]] = {
    "interview": (("id", INTERVIEW, "interview_id"), ("merchant_id", M, "merchant_id")),
    "result": (
        ("id", IdKind.RESULT_ROW, "row_id"),
        ("interview_result_id", RESULT, "interview_result_id"),
        ("profile_interview_id", CANDIDATE, "candidate_id"),
        ("profile_id", PERSON, "person_id"),
        ("definition_id", INTERVIEW, "interview_id"),
        (
            "interview_result_pre_screening_id",
            IdKind.PRE_SCREENING_RESULT,
            "pre_screening_result_id",
        ),
        ("merchant_id", M, "merchant_id"),
    ),
    "candidate": (
        ("id", CANDIDATE, "candidate_id"),
        ("profile_id", PERSON, "person_id"),
        ("merchant_id", M, "merchant_id"),
    ),
    "sub_merchant": (("id", M, "merchant_id"),),
    "credit_event": (
        ("profile_interview_id", CANDIDATE, "candidate_id"),
        ("profile_id", PERSON, "person_id"),
    ),
    "avatar": (("id", T, "interview_template_id"), ("merchant_id", M, "merchant_id")),
    "catalogue": (
        ("id", D, "catalogue_directory_id"),
        ("parent_tag", D, "parent_directory_id"),
        ("tags_sub", D, "child_directory_ids"),
        ("merchant_id", M, "merchant_id"),
    ),
    "invite": (
        ("profile_interview_id", CANDIDATE, "candidate_id"),
        ("profile_id", PERSON, "person_id"),
    ),
    "registration": (("profile_interview_id", CANDIDATE, "candidate_id"),),
    "pre_screen": (
        ("profile_interview_id", CANDIDATE, "candidate_id"),
        (
            "interview_result_pre_screening_id",
            IdKind.PRE_SCREENING_RESULT,
            "pre_screening_result_id",
        ),
    ),
    "pre_screening_position": (("position_def_set_id", POSITION, "position_id"),),
    "candidate_interview": (
        ("position_def_set_id", POSITION, "position_id"),
        ("interview_def_set_id", INTERVIEW, "interview_id"),
        ("profile_interview_id", CANDIDATE, "candidate_id"),
    ),
}


def rename_row_ids(row_type: str, row: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of `row` with its id fields under our argument names, ids first."""
    renamed: dict[str, Any] = {}
    consumed: set[str] = set()
    for upstream, _kind, ours in ROW_FIELDS[row_type]:
        if upstream in row:
            renamed[ours] = row[upstream]
            consumed.add(upstream)
    renamed.update((key, value) for key, value in row.items() if key not in consumed)
    return renamed
