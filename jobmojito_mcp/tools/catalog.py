"""The curated table of every tool: name, title, one-line description, toolset and hints.

The server is built from this table, and a test checks the built server against it.
"""

from __future__ import annotations

from dataclasses import dataclass

from mcp_types import ToolAnnotations


@dataclass(frozen=True)
class ToolSpec:
    """How one tool presents itself. `toolset` None means always on."""

    name: str
    title: str
    description: str
    toolset: str | None
    read_only: bool
    destructive: bool = False
    idempotent: bool = False
    open_world: bool = True

    @property
    def annotations(self) -> ToolAnnotations:
        return ToolAnnotations(
            read_only_hint=self.read_only,
            destructive_hint=self.destructive,
            idempotent_hint=self.idempotent,
            open_world_hint=self.open_world,
        )


def _read(name: str, title: str, description: str, toolset: str | None) -> ToolSpec:
    return ToolSpec(name, title, description, toolset, read_only=True, idempotent=True)


def _write(
    name: str,
    title: str,
    description: str,
    toolset: str,
    *,
    destructive: bool = False,
    idempotent: bool = False,
) -> ToolSpec:
    return ToolSpec(
        name, title, description, toolset, False, destructive=destructive, idempotent=idempotent
    )


TOOLS: tuple[ToolSpec, ...] = (
    # interviews
    _read(
        "list_interviews",
        "List interviews",
        "List the account's interviews and multi-stage positions, newest first.",
        "interviews",
    ),
    _read(
        "get_interview_definition",
        "Get an interview",
        "Read one interview or position: settings, status and its questions.",
        "interviews",
    ),
    _write(
        "create_interview",
        "Create an interview",
        "Create an interview whose questions JobMojito generates from the job description.",
        "interviews",
    ),
    _write(
        "create_interview_from_questions",
        "Create an interview from questions",
        "Create an interview from a list of questions you supply.",
        "interviews",
    ),
    _write(
        "update_interview",
        "Update an interview",
        "Change an interview's settings or questions; only the fields you pass change.",
        "interviews",
        destructive=True,
        idempotent=True,
    ),
    _write(
        "set_interview_state",
        "Set interview status",
        "Activate, archive or otherwise change an interview's status.",
        "interviews",
        destructive=True,
        idempotent=True,
    ),
    _write(
        "create_persona",
        "Create a persona",
        "Create a role-play persona: an avatar that plays a character for practice conversations.",
        "interviews",
    ),
    _write(
        "register_users_for_interview",
        "Register candidates",
        "Register candidates for an interview and get each one's personal interview link.",
        "interviews",
    ),
    _write(
        "generate_interview_url",
        "Generate a signed link",
        "Create a signed link for a candidate's interview or for viewing results.",
        "interviews",
    ),
    _read(
        "list_avatars",
        "List avatars",
        "List the avatar templates an interview can use (interview_template_id).",
        "interviews",
    ),
    _read(
        "list_languages",
        "List languages",
        "List the languages and accents interviews can be held in.",
        "interviews",
    ),
    # results
    _read(
        "list_interview_results",
        "List interview results",
        "List interview results with candidate, status, decision and score.",
        "results",
    ),
    _read(
        "get_interview_result_details",
        "Get an interview result",
        "Read one interview result: scores, analysis and each question with its answer.",
        "results",
    ),
    _write(
        "generate_interview_report",
        "Generate a report",
        "Build a PDF, HTML or JSON report for one or more interview results.",
        "results",
        idempotent=True,
    ),
    _write(
        "request_another_interview_attempt",
        "Allow another attempt",
        "Re-open an interview result so the candidate can take the interview again.",
        "results",
        destructive=True,
    ),
    # candidates
    _read(
        "list_candidates",
        "List candidates",
        "List or search the account's candidates by name or email.",
        "candidates",
    ),
    # account
    _read(
        "get_merchant_status",
        "Get account status",
        "Show which merchant the token acts for, its plan and its credit balance.",
        "account",
    ),
    _read(
        "get_merchant_analytics",
        "Get analytics",
        "Count interviews started and completed per day in a date range.",
        "account",
    ),
    _read(
        "get_merchant_credit_usage",
        "Get credit usage",
        "List credits used, per interview.",
        "account",
    ),
    _read(
        "list_sub_merchants",
        "List sub-merchants",
        "List the merchants this account manages.",
        "account",
    ),
    # catalogue
    _read(
        "list_catalogue_directories",
        "List catalogue directories",
        "List the coaching catalogue's directories.",
        "catalogue",
    ),
    _read(
        "get_catalogue_directory",
        "Get a catalogue directory",
        "Read one catalogue directory and what it contains.",
        "catalogue",
    ),
    _write(
        "create_catalogue_directory",
        "Create a catalogue directory",
        "Create a directory in the coaching catalogue.",
        "catalogue",
    ),
    _write(
        "update_catalogue_directory",
        "Update a catalogue directory",
        "Change a catalogue directory; only the fields you pass change.",
        "catalogue",
        destructive=True,
        idempotent=True,
    ),
    # knowledge
    _write(
        "upload_knowledge_base_document",
        "Upload a knowledge-base document",
        "Add a document to a knowledge-base store that interviews can draw on.",
        "knowledge",
    ),
    # pre-screening
    _write(
        "upsert_pre_screening",
        "Create or update a pre-screening",
        "Create a resume pre-screening position, or update one by its position id.",
        "prescreening",
        idempotent=False,
    ),
    _write(
        "pre_screen_resume_text",
        "Pre-screen a resume (text)",
        "Screen a candidate's resume text against a position and get a decision.",
        "prescreening",
    ),
    _write(
        "pre_screen_resume_binary",
        "Pre-screen a resume (file)",
        "Screen a candidate's resume file (PDF or Word) against a position.",
        "prescreening",
    ),
    _write(
        "create_interview_for_candidate",
        "Create an interview for a candidate",
        "Screen a candidate for a position and, if accepted, create their interview link.",
        "prescreening",
    ),
    # admin
    _write(
        "invite_users",
        "Invite users",
        "Invite people to the account as team members, coaching users or candidates.",
        "admin",
    ),
    # always on
    _read(
        "build_admin_link",
        "Build an admin link",
        "Build the admin-app link for an interview, candidate or interview result.",
        None,
    ),
    _read(
        "describe_id",
        "Describe an id",
        "Say what an id, admin link, name or email refers to and which argument takes it.",
        None,
    ),
)

TOOLSETS: tuple[str, ...] = (
    "interviews",
    "results",
    "candidates",
    "account",
    "catalogue",
    "knowledge",
    "prescreening",
    "admin",
)
DEFAULT_TOOLSETS: tuple[str, ...] = tuple(t for t in TOOLSETS if t not in ("admin", "prescreening"))
SPECS: dict[str, ToolSpec] = {spec.name: spec for spec in TOOLS}


def select_tools(toolsets: tuple[str, ...], *, read_only: bool) -> list[ToolSpec]:
    """The tools a server with these toolsets (and maybe read-only mode) offers."""
    return [
        spec
        for spec in TOOLS
        if (spec.toolset is None or spec.toolset in toolsets) and (spec.read_only or not read_only)
    ]
