"""Views of large single records: summary, a standard view, or the full API record."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

DefinitionView = Annotated[
    Literal["summary", "standard", "full"],
    Field(
        description="summary: name, status and settings; standard: plus the questions; "
        "full: the API's whole record, including the compiled definition."
    ),
]

_DEFINITION_SUMMARY = (
    "name",
    "status",
    "visibility",
    "type",
    "is_multistage",
    "stage",
    "code",
    "interview_location",
    "mojito_language_code",
    "interview_template_id",
    "knowledge_base_store_id",
    "max_duration",
    "interview_available_till",
    "tags",
    "created_at",
    "updated_at",
)
_DEFINITION_STANDARD = (
    *_DEFINITION_SUMMARY,
    "description",
    "candidate_expectations",
    "result_view",
    "recording",
    "interview_department",
)
_QUESTION_FIELDS = ("id", "question", "duration", "label", "is_conditional", "is_without_scoring")


def definition_view(record: dict[str, Any], view: str) -> dict[str, Any]:
    """The fields of an interview definition that `view` shows, nulls left out."""
    if view == "full":
        return dict(record)
    keep = _DEFINITION_SUMMARY if view == "summary" else _DEFINITION_STANDARD
    shaped = {key: record[key] for key in keep if record.get(key) is not None}
    questions = record.get("questions") or []
    if view == "summary":
        shaped["question_count"] = len(questions)
    else:
        shaped["questions"] = [
            {k: q[k] for k in _QUESTION_FIELDS if q.get(k) is not None}
            for q in questions
            if isinstance(q, dict)
        ]
    return shaped
