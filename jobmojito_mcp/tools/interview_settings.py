"""Argument types shared by the tools that create and change interviews and personas.

Each setting is declared once with its bounds and a short explanation of its options,
so create, create-from-questions, update and persona describe it the same way.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from mcp.server.mcpserver.exceptions import ToolError
from pydantic import BaseModel, ConfigDict, Field

LanguageCode = Literal[
    "ar", "bg", "zh", "hr", "cs", "da", "nl", "en", "fil", "fi", "fr", "de", "el", "hi",
    "hu", "id", "it", "ja", "ko", "ms", "no", "pl", "pt", "br", "ro", "ru", "sk", "es",
    "sv", "ta", "th", "tr", "uk", "vi",
]  # fmt: skip

Language = Annotated[
    LanguageCode,
    Field(
        description="Language the avatar speaks: a code from list_languages ('br' is Brazilian)."
    ),
]
Name = Annotated[str, Field(min_length=1, max_length=200, description="Name candidates see.")]
Location = Annotated[
    str, Field(min_length=1, max_length=200, description="Job location, e.g. 'remote' or 'Berlin'.")
]
InterviewTemplateId = Annotated[
    str,
    Field(description="Avatar: interview_template_id from list_avatars.", max_length=500),
]
KnowledgeBaseStoreId = Annotated[
    str | None,
    Field(description="Knowledge-base store the avatar may draw on.", max_length=500),
]
RecruiterPersonId = Annotated[
    str | None,
    Field(description="Person id of the recruiter who owns it (a team member).", max_length=500),
]
CreateStatus = Annotated[
    Literal["draft", "active"],
    Field(description="draft: saved, not open to candidates yet; active: open now."),
]
Visibility = Annotated[
    Literal["merchant_public", "merchant_invite", "merchant_unlisted"],
    Field(
        description="merchant_invite: only invited candidates; merchant_unlisted: anyone with "
        "the link, not listed; merchant_public: listed on the account's public page."
    ),
]
ProductType = Annotated[
    Literal["interview", "assessment", "coaching"],
    Field(
        description="interview: scored hiring interview; assessment: scored skills test; "
        "coaching: practice with feedback, on the coaching portal."
    ),
]
InterviewStyle = Annotated[
    Literal[
        "pre-screening",
        "pre-screening-with-test-questions",
        "second-interview",
        "remote-freelancer-verification",
        "strength-based-interview",
        "potential-based-interview",
        "process-verification-from-knowledge-base",
    ]
    | None,
    Field(
        description="Interview style (default pre-screening); shapes the avatar and its "
        "follow-ups. The last one asks about the knowledge base."
    ),
]
Seniority = Annotated[
    Literal["entry-level", "intermediate", "senior", "managerial", "director", "executive"] | None,
    Field(description="Level of the role; guessed from the description when left out."),
]
Tone = Annotated[
    str | None,
    Field(
        max_length=40,
        description="Avatar's tone: relaxed (default), simple (plain words), professional "
        "or persuasive.",
    ),
]
ResultView = Annotated[
    Literal["none", "minimal", "minimal_with_score", "advanced", "full", "full_expand_scores"]
    | None,
    Field(
        description="What the candidate sees after finishing: none submits at once; the "
        "others show a result screen, from minimal (no score) to full_expand_scores."
    ),
]
Recording = Annotated[
    Literal["audio_first_5_answers", "audio_all", "video_all", "video_first_5_answers"] | None,
    Field(
        description="Cheating detection on answers (not a session recording): audio or "
        "video, on every answer or the first five."
    ),
]
Description = Annotated[
    str | None,
    Field(max_length=2000, description="Short description candidates see (two sentences)."),
]
DescriptionLong = Annotated[
    str | None, Field(max_length=20_000, description="Full job description in Markdown.")
]
CandidateExpectations = Annotated[
    str | None,
    Field(max_length=5000, description="What a good candidate shows; guides the scoring."),
]
MaxDuration = Annotated[
    int | None,
    Field(ge=60, le=10_800, description="Session time limit in seconds (default 1200)."),
]
Attempts = Annotated[
    int | None, Field(ge=1, le=20, description="How many times a candidate may take it.")
]
MaxFollowups = Annotated[
    int | None,
    Field(ge=0, le=999, description="Most follow-up questions the avatar asks; 0 for none."),
]
Tags = Annotated[
    list[Annotated[str, Field(min_length=1, max_length=100)]] | None,
    Field(max_length=50, description="Free-form tags; catalogue directories select by tag."),
]
AvailableTill = Annotated[
    str | None,
    Field(max_length=40, description="ISO date or date-time after which it cannot be started."),
]
HiringFor = Annotated[
    str | None,
    Field(
        max_length=200,
        description="Company the role is really for, when hiring for a client; "
        "'undisclosed' for an unnamed one.",
    ),
]
Message = Annotated[str | None, Field(max_length=2000)]
Embedded = Annotated[
    bool | None,
    Field(description="true: also create an embed key for showing it in an iframe."),
]


class Question(BaseModel):
    """One interview question."""

    model_config = ConfigDict(extra="forbid")

    question: str = Field(min_length=1, max_length=2000)
    id: str | None = Field(
        None,
        max_length=100,
        description="Update: its id from get_interview_definition, to keep it as is. "
        "Create: your own handle for conditional_question_main_id.",
    )
    duration: int | None = Field(None, ge=10, le=1800, description="Seconds to answer.")
    label: str | None = Field(None, max_length=100)
    is_without_scoring: bool | None = Field(None, description="Asked but not scored.")
    is_conditional: bool | None = Field(None, description="A follow-up asked only if needed.")
    conditional_question_main_id: str | None = Field(
        None, max_length=100, description="Its parent: id of an earlier question."
    )
    external_id: str | None = Field(None, max_length=200, description="Your own stable id.")


Questions = Annotated[list[Question], Field(min_length=1, max_length=100)]


def question_entries(questions: list[Question]) -> list[dict[str, Any]]:
    """The questions as the API takes them, each conditional one after its parent."""
    earlier: set[str] = set()
    entries: list[dict[str, Any]] = []
    for index, question in enumerate(questions):
        parent = question.conditional_question_main_id
        if parent is not None and parent not in earlier:
            raise ToolError(
                f"questions[{index}]: conditional_question_main_id {parent!r} is not the id "
                "of an earlier question in the list. Give the parent an id and put it first."
            )
        if question.is_conditional and parent is None:
            raise ToolError(
                f"questions[{index}]: a conditional question needs conditional_question_main_id, "
                "the id of the earlier question it follows up."
            )
        if question.id is not None:
            earlier.add(question.id)
        entries.append(question.model_dump(exclude_none=True))
    return entries


def hiring_for(company: str | None) -> dict[str, str] | None:
    """The API's hiring_for_company object for a company name."""
    return {"name": company} if company else None
