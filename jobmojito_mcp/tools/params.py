"""Argument types shared by the tools: one name and one description per concept."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

MAX_LIMIT = 1000

InterviewId = Annotated[
    str,
    Field(
        description="Interview or multi-stage position: its id, admin link or name.",
        max_length=500,
    ),
]
PositionId = Annotated[
    str,
    Field(description="Multi-stage position: its id, admin link or name.", max_length=500),
]
CandidateId = Annotated[
    str,
    Field(
        description="Candidate (candidate_id from list_candidates, not a person id), "
        "admin link, name or email.",
        max_length=500,
    ),
]
InterviewResultId = Annotated[
    str,
    Field(
        description="interview_result_id from list_interview_results (not the row_id), "
        "admin link, or the candidate's name or email.",
        max_length=500,
    ),
]
MerchantId = Annotated[
    str | None,
    Field(
        description="Act for this sub-merchant (id or name); default: the token's merchant.",
        max_length=500,
    ),
]
Limit = Annotated[
    int,
    Field(ge=1, le=MAX_LIMIT, description=f"Rows per page, 1 to {MAX_LIMIT}."),
]
Offset = Annotated[int, Field(ge=0, description="Rows to skip; take next_offset from the page.")]
FilterText = Annotated[
    str | None, Field(description="Case-insensitive text to search for.", max_length=200)
]
Fields = Annotated[
    Literal["compact", "full"],
    Field(description="compact: the fields needed to decide and act; full: the API's raw rows."),
]
