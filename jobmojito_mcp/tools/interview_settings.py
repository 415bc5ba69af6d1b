"""Argument types and option models shared by the tools that create and change interviews.

Each setting is declared once with its bounds, so create, create-from-questions, update
and persona check it the same way. The arguments most calls need are declared here as
types; the rest are fields of the option models, explained by the reference resources.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from mcp.server.mcpserver.exceptions import ToolError
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from jobmojito_mcp.tools.options import Options, iso_date

LanguageCode = Literal[
    "ar", "bg", "zh", "hr", "cs", "da", "nl", "en", "fil", "fi", "fr", "de", "el", "hi",
    "hu", "id", "it", "ja", "ko", "ms", "no", "pl", "pt", "br", "ro", "ru", "sk", "es",
    "sv", "ta", "th", "tr", "uk", "vi",
]  # fmt: skip
_LANGUAGES: TypeAdapter[str] = TypeAdapter(LanguageCode)

# The language list is long and list_languages gives it, so it is checked, not advertised.
Language = Annotated[str, Field(max_length=10, description="From list_languages, e.g. 'en'.")]
Name = Annotated[str, Field(min_length=1, max_length=200)]
Location = Annotated[str, Field(min_length=1, max_length=200)]
InterviewTemplateId = Annotated[str, Field(description="From list_avatars.", max_length=500)]
KnowledgeBaseStoreId = Annotated[str | None, Field(max_length=500)]
RecruiterPersonId = Annotated[str | None, Field(description="Owning team member.", max_length=500)]
CreateStatus = Literal["draft", "active"]
Visibility = Annotated[
    Literal["merchant_public", "merchant_invite", "merchant_unlisted"],
    Field(description="invite: invited only; unlisted: link only; public: listed."),
]
ProductType = Annotated[
    Literal["interview", "assessment", "coaching"],
    Field(description="assessment: skills test; coaching: practice, not hiring."),
]
Description = Annotated[str | None, Field(max_length=2000, description="Short summary.")]
DescriptionLong = Annotated[
    str | None, Field(max_length=20_000, description="Full job description (Markdown).")
]
CandidateExpectations = Annotated[
    str | None, Field(max_length=5000, description="What a good candidate shows.")
]


def language_code(value: str, argument: str = "mojito_language_code") -> str:
    """`value` as a language code interviews take, or a refusal that says where to look."""
    code = value.strip().lower()
    try:
        return _LANGUAGES.validate_python(code)
    except ValidationError:
        raise ToolError(
            f"{argument}: {value!r} is not a language code interviews take. Use a code from "
            "list_languages, e.g. 'en', 'de' or 'br' (Brazilian Portuguese)."
        ) from None


InterviewStyle = Literal[
    "pre-screening",
    "pre-screening-with-test-questions",
    "second-interview",
    "remote-freelancer-verification",
    "strength-based-interview",
    "potential-based-interview",
    "process-verification-from-knowledge-base",
]
Seniority = Literal["entry-level", "intermediate", "senior", "managerial", "director", "executive"]
MaxDuration = Annotated[
    int | None,
    Field(ge=60, le=10_800, description="Session time limit in seconds (default 1200)."),
]
Attempts = Annotated[
    int | None, Field(ge=1, le=20, description="How many times a candidate may take it.")
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
        "video, on every answer or on the first five."
    ),
]
Tags = Annotated[
    list[Annotated[str, Field(min_length=1, max_length=100)]] | None,
    Field(max_length=50, description="Free-form tags; catalogue directories select by tag."),
]
Embedded = Annotated[
    bool | None, Field(description="true: also create an embed key for showing it in an iframe.")
]
AvailableTill = Annotated[
    str | None,
    Field(max_length=40, description="ISO date or date-time after which it cannot be started."),
    AfterValidator(iso_date),
]


class InterviewOptions(Options):
    """Settings of an interview that most calls leave to JobMojito's defaults."""

    resource = "jobmojito://reference/interview-options"

    interview_type: InterviewStyle | None = Field(
        None,
        description="Interview style (default pre-screening); shapes the avatar and its "
        "follow-ups. process-verification-from-knowledge-base asks about the knowledge base.",
    )
    seniority_level: Seniority | None = Field(
        None, description="Level of the role; guessed from the description when left out."
    )
    interview_tone: str | None = Field(
        None,
        max_length=40,
        description="The avatar's tone: relaxed (default), simple (plain words), professional "
        "or persuasive.",
    )
    max_duration: MaxDuration = None
    interview_attempts: Attempts = None
    max_followups: int | None = Field(
        None, ge=0, le=999, description="Most follow-up questions the avatar asks; 0 for none."
    )
    result_view: ResultView = None
    recording: Recording = None
    hiring_for_company: str | None = Field(
        None,
        max_length=200,
        description="Company the role is really for, when hiring for a client; "
        "'undisclosed' for an unnamed one.",
    )
    tags: Tags = None
    interview_available_till: AvailableTill = None

    def request(self) -> dict[str, Any]:
        fields = super().request()
        if self.hiring_for_company:
            fields["hiring_for_company"] = {"name": self.hiring_for_company}
        return fields


class NewInterviewOptions(InterviewOptions):
    """The interview settings a new interview also takes."""

    is_embedded: Embedded = None


class InterviewUpdateOptions(InterviewOptions):
    """The interview settings an update also takes: those rarely changed once set."""

    location: Location | None = Field(None, description="Job location, e.g. Remote or Berlin.")
    description_long: DescriptionLong = None
    candidate_expectations: CandidateExpectations = Field(
        None, description="What a good candidate shows; guides the scoring."
    )
    type: ProductType | None = Field(
        None,
        description="interview: scored hiring interview; assessment: scored skills test; "
        "coaching: practice with feedback, on the coaching portal.",
    )
    regenerate_candidate_expectations: bool | None = Field(
        None, description="With questions: rebuild the scoring rubric from the new list."
    )


LongText = Annotated[str | None, Field(max_length=5000)]
Message = Annotated[str | None, Field(max_length=2000)]


class PersonaOptions(Options):
    """A persona's script beyond its two roles, and its session settings."""

    resource = "jobmojito://reference/persona-options"

    persona_avatar_who_is: LongText = Field(
        None, description="Who the avatar is: situation, personality, what drives it."
    )
    persona_avatar_knowledge: LongText = Field(
        None, description="Facts the avatar knows and may reveal as the talk goes on."
    )
    persona_avatar_progress: LongText = Field(
        None,
        description="How the talk moves on: 'Mode: turning point' or 'Mode: steps', then "
        "that mode's lines.",
    )
    persona_avatar_end_conditions: Message = Field(
        None, description="When the avatar ends the session."
    )
    candidate_expectations: str | None = Field(
        None, max_length=2100, description="What the candidate should achieve; guides feedback."
    )
    welcome_message: Message = Field(None, description="Said before the role-play starts.")
    thank_you_message: Message = Field(None, description="Shown after the session.")
    max_duration: MaxDuration = None
    interview_attempts: Attempts = Field(
        None, description="Attempts per candidate (portal 'interview' only; default 3)."
    )
    result_view: ResultView = None
    recording: Recording = None
    tags: Tags = None
    is_embedded: Embedded = None


def _unadvertised_strictness(schema: dict[str, Any]) -> None:
    schema.pop("additionalProperties", None)


# One interview question. It has no docstring, which every schema holding it would repeat;
# unknown keys are refused on arrival, so the schema need not say so.
class Question(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra=_unadvertised_strictness)

    question: str = Field(min_length=1, max_length=2000)
    id: str | None = Field(
        None, max_length=100, description="Keeps a stored question; or a handle for follow-ups."
    )
    duration: int | None = Field(None, ge=10, le=1800, description="Seconds to answer.")
    label: str | None = Field(None, max_length=100)
    is_without_scoring: bool | None = None
    is_conditional: bool | None = Field(None, description="A follow-up, asked if needed.")
    conditional_question_main_id: str | None = Field(
        None, max_length=100, description="Its parent: an earlier question's id."
    )
    external_id: str | None = Field(None, max_length=200)


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
