"""The kinds of id JobMojito uses, the one argument name each goes by, and where to find it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class IdKind(StrEnum):
    """What an id identifies. Each kind has exactly one argument name on every tool."""

    INTERVIEW = "interview"
    POSITION = "position"
    CANDIDATE = "candidate"
    PERSON = "person"
    INTERVIEW_RESULT = "interview_result"
    RESULT_ROW = "result_row"
    PRE_SCREENING_RESULT = "pre_screening_result"
    INTERVIEW_TEMPLATE = "interview_template"
    MERCHANT = "merchant"
    KNOWLEDGE_BASE_STORE = "knowledge_base_store"
    KNOWLEDGE_BASE_DOCUMENT = "knowledge_base_document"
    CATALOGUE_DIRECTORY = "catalogue_directory"


@dataclass(frozen=True)
class KindInfo:
    """How one kind of id is named, spelled, found and linked."""

    label: str
    argument: str | None
    source: str
    link_path: str | None = None
    is_slug: bool = False


KINDS: dict[IdKind, KindInfo] = {
    IdKind.INTERVIEW: KindInfo(
        label="interview",
        argument="interview_id",
        source="list_interviews (each row's interview_id)",
        link_path="interview_creator",
    ),
    IdKind.POSITION: KindInfo(
        label="multi-stage position",
        argument="position_id",
        source="list_interviews (rows with is_multi_stage true)",
        link_path="interview_creator",
    ),
    IdKind.CANDIDATE: KindInfo(
        label="candidate",
        argument="candidate_id",
        source="list_candidates (each row's candidate_id)",
        link_path="candidates",
    ),
    IdKind.PERSON: KindInfo(
        label="person (profile)",
        argument=None,
        source="the person_id field of candidate rows, or get_merchant_status for yourself",
    ),
    IdKind.INTERVIEW_RESULT: KindInfo(
        label="interview result",
        argument="interview_result_id",
        source="list_interview_results (each row's interview_result_id)",
        link_path="interview_results/result",
    ),
    IdKind.RESULT_ROW: KindInfo(
        label="result row",
        argument=None,
        source="the id field of list_interview_results rows with fields='full'",
    ),
    IdKind.PRE_SCREENING_RESULT: KindInfo(
        label="pre-screening result",
        argument=None,
        source="interview_result_pre_screening_id in full list_interview_results rows",
    ),
    IdKind.INTERVIEW_TEMPLATE: KindInfo(
        label="avatar template",
        argument="interview_template_id",
        source="list_avatars (each row's interview_template_id)",
    ),
    IdKind.MERCHANT: KindInfo(
        label="merchant",
        argument="merchant_id",
        source="list_sub_merchants or get_merchant_status",
    ),
    IdKind.KNOWLEDGE_BASE_STORE: KindInfo(
        label="knowledge-base store",
        argument="knowledge_base_store_id",
        source="the knowledge_base_store_id of an interview (get_interview_definition)",
    ),
    IdKind.KNOWLEDGE_BASE_DOCUMENT: KindInfo(
        label="knowledge-base document",
        argument=None,
        source="upload_knowledge_base_document (its knowledge_base_id)",
    ),
    IdKind.CATALOGUE_DIRECTORY: KindInfo(
        label="catalogue directory",
        argument="catalogue_directory_id",
        source="list_catalogue_directories (each row's catalogue_directory_id)",
        is_slug=True,
    ),
}

ARGUMENT_KINDS: dict[str, IdKind] = {
    info.argument: kind for kind, info in KINDS.items() if info.argument is not None
}

# Upstream spellings an agent may have read in JobMojito's own documentation. Each is
# accepted on a tool that takes the canonical argument, and renamed before validation.
ALIASES: dict[str, str] = {
    "interview_def_set_id": "interview_id",
    "definition_id": "interview_id",
    "position_def_set_id": "position_id",
    "update_position_def_set_id": "position_id",
    "profile_interview_id": "candidate_id",
    "interview_profile_id": "candidate_id",
    "avatar_id": "interview_template_id",
    "template_id": "interview_template_id",
    "catalogue_tag_id": "catalogue_directory_id",
    "tag_id": "catalogue_directory_id",
}

# On a tool that takes any interview, `position_id` means the interview too: positions
# are interviews, and get/update/set-state call their interview argument position_id.
INTERVIEW_ALIASES_OF_POSITION = ("position_id", "position_def_set_id", "update_position_def_set_id")


def describe_kind(kind: IdKind) -> str:
    """`an interview id (from list_interviews ...)`: the phrase errors use to name a kind."""
    info = KINDS[kind]
    article = "an" if info.label[0] in "aeiou" else "a"
    return f"{article} {info.label} id"


def where_to_find(kind: IdKind) -> str:
    """Which tool returns ids of this kind, for error messages."""
    return KINDS[kind].source
