"""Argument types shared by the tools: one name and one description per concept."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

MAX_LIMIT = 1000

InterviewId = Annotated[
    str,
    Field(
        description="Interview or multi-stage position: id, admin link or name.",
        max_length=500,
    ),
]
PositionId = Annotated[
    str,
    Field(description="Multi-stage position: id, admin link or name.", max_length=500),
]
CandidateId = Annotated[
    str,
    Field(
        description="Candidate: candidate_id (not person_id), admin link, name or email.",
        max_length=500,
    ),
]
InterviewResultId = Annotated[
    str,
    Field(
        description="interview_result_id (not a row's own id), admin link, or name/email.",
        max_length=500,
    ),
]
MerchantId = Annotated[
    str | None,
    Field(
        description="Sub-merchant to act for: id or name.",
        max_length=500,
    ),
]
# Paging and row-shape arguments explain themselves by name, bounds and defaults; each
# page's message says which offset comes next.
Limit = Annotated[int, Field(ge=1, le=MAX_LIMIT)]
Offset = Annotated[int, Field(ge=0)]
FilterText = Annotated[
    str | None, Field(description="Text to search for, any case.", max_length=200)
]
Fields = Literal["compact", "full"]
