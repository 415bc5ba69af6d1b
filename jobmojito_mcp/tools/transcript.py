"""Views of one interview result: a summary, a reviewer's standard view, or the full record.

The standard view keeps what a reviewer reads (scores, analysis, each question with its
answer) and leaves out the raw machine assessment data that can overflow a client.
"""

from __future__ import annotations

from typing import Any, Literal

View = Literal["summary", "standard", "full"]

_SCORES = (
    "score",
    "score_answer",
    "score_text",
    "score_sentiment",
    "score_pronunciation",
    "score_words_per_minute",
    "score_simulation",
)
_SUMMARY = (
    "status",
    "start",
    "end",
    "duration",
    "ai_completion_reason",
    "ai_interview_coverage_percentage",
)
_ANALYSIS = (
    "ai_analysis_recruiter",
    "ai_analysis",
    "ai_analysis_recruiter_why_hire",
    "ai_analysis_recruiter_why_not_hire",
    "recruiter_risks",
    "user_feedback_recruiter",
)
_ANSWER_FIELDS = ("score", "ai_analysis_recruiter", "duration")


def detail_view(details: dict[str, Any], view: View) -> dict[str, Any]:
    """The fields of `details` that `view` shows, nulls left out."""
    if view == "full":
        return dict(details)
    shaped: dict[str, Any] = {k: details[k] for k in _SUMMARY if details.get(k) is not None}
    scores = {k: details[k] for k in _SCORES if details.get(k) is not None}
    shaped["scores"] = scores or None
    if view == "summary":
        answers = answers_of(details.get("transcript"))
        shaped["answer_count"] = len(answers)
        return shaped
    shaped.update((k, details[k]) for k in _ANALYSIS if details.get(k) not in (None, "", [], {}))
    shaped["answers"] = answers_of(details.get("transcript"))
    for key in ("recording_url", "video_introduction_url"):
        if details.get(key):
            shaped[key] = details[key]
    return shaped


def answers_of(transcript: Any) -> list[dict[str, Any]]:
    """Each answer turn with the question it answers; the candidate's words under their own key."""
    answers: list[dict[str, Any]] = []
    question: str | None = None
    for turn in transcript or ():
        if not isinstance(turn, dict):
            continue
        if not turn.get("is_answer"):
            question = turn.get("question_asked") or turn.get("question_original") or question
            continue
        entry: dict[str, Any] = {
            "question": turn.get("question_asked") or turn.get("question_original") or question,
            "candidate_answer": turn.get("answer"),
        }
        entry.update((k, turn[k]) for k in _ANSWER_FIELDS if turn.get(k) is not None)
        if turn.get("recording_url"):
            entry["recording_url"] = turn["recording_url"]
        answers.append(entry)
    return answers
