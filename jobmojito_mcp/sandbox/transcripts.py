"""Interview result details: transcripts, per-answer machine assessments and AI analyses.

Details are built on first use from a generator seeded with the store seed and the result id,
so they are the same whichever order results are read in, and large accounts stay cheap.
"""

from __future__ import annotations

import copy
import random
import uuid
from typing import TYPE_CHECKING, Any

from . import texts

if TYPE_CHECKING:
    from .store import Store

_STORAGE = "https://storage.jobmojito.example/private-recordings"
_FOLLOW_UP = "Could you give a concrete example of that?"


def result_details(store: Store, row: dict[str, Any], *, signed: bool) -> dict[str, Any]:
    """The details answer for a result row that has an attempt."""
    attempt_id = row["interview_result_id"]
    if attempt_id not in store.details:
        store.details[attempt_id] = _build(store, row)
    details = copy.deepcopy(store.details[attempt_id])
    scored = row["processing_status"] == "completed"
    details.update(
        status=row["coach_status"],
        start=row["_start"],
        end=row["_end"],
        duration=row["duration_ds"],
        score=row["score"],
        score_simulation=row["score_simulation"],
        score_sentiment=row["score_sentiment"],
        score_words_per_minute=row["score_words_per_minute"],
        score_pronunciation=row["score_pronunciation"],
        score_answer=row["score_answer_ai"],
        score_text=_score_text(row["score"]) if scored else None,
        recruiter_risks=copy.deepcopy(row["recruiter_risks"]),
    )
    if signed:
        token = attempt_id.replace("-", "")[:24]
        details["recording_url"] = _signed(details["recording_local_path"], token)
        details["video_introduction_url"] = _signed(details["video_introduction_local_path"], token)
        for turn in details["transcript"]:
            turn["recording_url"] = _signed(turn["recording_local_path"], token)
    return details


def _signed(path: str | None, token: str) -> str | None:
    return f"{_STORAGE}/{path}?token={token}&expires_in=3600" if path else None


def _score_text(score: float | None) -> str | None:
    if score is None:
        return None
    if score >= 75:
        return "Strong match for the role"
    return "Partial match for the role" if score >= 50 else "Weak match for the role"


def _build(store: Store, row: dict[str, Any]) -> dict[str, Any]:
    rng = random.Random(f"{store.seed}/{row['interview_result_id']}")  # noqa: S311
    interview = store.interview(row["_stage_id"]) or {}
    questions = interview.get("_questions", [])
    language = interview.get("mojito_language_code") or "en"
    answered = {"completed": len(questions), "abandoned": 1, "started": 2}.get(
        row["coach_status"], 0
    )
    processed = row["processing_status"] == "completed"
    heard = row["processing_error"] is None
    base = f"{row['merchant_id']}/{row['interview_result_id']}"
    video = rng.random() < 0.6

    transcript: list[dict[str, Any]] = []
    for number, question in enumerate(questions[:answered]):
        asked = [(question, question["question"])]
        if number == 1 and row["coach_status"] == "completed":
            asked.append((None, _FOLLOW_UP))
        for source, wording in asked:
            transcript.append(_question_turn(rng, source, wording, language))
            answer = _answer_text(rng, language) if heard else None
            turn = _answer_turn(rng, source, wording, answer, language, processed)
            turn["recording_local_path"] = f"{base}/{len(transcript)}.webm"
            turn["recording_is_video"] = video
            transcript.append(turn)

    finished = row["coach_status"] == "completed"
    analysis = _analysis(rng, transcript) if processed else {}
    return {
        "interview_result_id": row["interview_result_id"],
        "profile_interview_id": row["profile_interview_id"],
        "candidate_name": row["candidate_name"],
        "position_name": row["position_name"],
        "ai_interview_coverage_percentage": (
            100 if finished else round(100 * answered / max(1, len(questions)))
        ),
        "ai_completion_reason": {
            "completed": "all_questions_answered",
            "abandoned": "candidate_left",
        }.get(row["coach_status"]),
        "ai_analysis": analysis.get("candidate"),
        "ai_analysis_recruiter": analysis.get("recruiter"),
        "ai_analysis_other": analysis.get("other"),
        "ai_analysis_recruiter_why_hire": analysis.get("why"),
        "ai_analysis_recruiter_why_not_hire": analysis.get("why_not"),
        "user_feedback_recruiter": "Good energy; check notice period." if processed else None,
        "recording_local_path": f"{base}/session.webm" if finished else None,
        "recording_is_video": video if finished else None,
        "video_introduction_local_path": f"{base}/introduction.webm" if video else None,
        "transcript": transcript,
    }


def _question_turn(
    rng: random.Random, source: dict[str, Any] | None, wording: str, language: str
) -> dict[str, Any]:
    return {
        "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "is_answer": False,
        "view": "with listening",
        "question_original_id": source["id"] if source else None,
        "question_original": source["question"] if source else None,
        "question_asked": wording,
        "answer": None,
        "ai_analysis": None,
        "ai_analysis_recruiter": None,
        "score": None,
        "score_simulation": None,
        "score_answer_ai": None,
        "score_answer_ai_simulation": None,
        "duration": 90,
        "mojito_language_code": language,
        "answer_assessment_raw_data": None,
        "recording_local_path": None,
        "recording_is_video": None,
        "external_data": source["external_data"] if source else None,
        "external_id": source["external_id"] if source else None,
    }


def _answer_turn(
    rng: random.Random,
    source: dict[str, Any] | None,
    wording: str,
    answer: str | None,
    language: str,
    processed: bool,
) -> dict[str, Any]:
    turn = _question_turn(rng, source, wording, language)
    score = rng.randint(30, 98) if processed else None
    turn.update(
        is_answer=True,
        answer=answer,
        duration=rng.randint(300, 1500),
        score=score,
        score_simulation=score,
        score_answer_ai=score,
        score_answer_ai_simulation=None if score is None else min(100, score + 3),
    )
    if processed and answer:
        turn["ai_analysis"] = "You answered with a clear structure and a concrete result."
        turn["ai_analysis_recruiter"] = (
            "Structured answer with measurable outcome; limited detail on team setup."
        )
        turn["answer_assessment_raw_data"] = _assessment(rng, answer, language)
    return turn


def _answer_text(rng: random.Random, language: str) -> str:
    bank = texts.ANSWER_SENTENCES_DE if language == "de" else texts.ANSWER_SENTENCES
    return " ".join(rng.sample(bank, rng.randint(3, min(5, len(bank)))))


def _assessment(rng: random.Random, answer: str, language: str) -> dict[str, Any]:
    """A speech-service style word-level assessment: large, nested, of no use to a reader."""
    offset = rng.randint(5_000_000, 9_000_000)
    words = []
    for word in answer.split():
        length = rng.randint(2_000_000, 6_000_000)
        words.append(
            {
                "Word": word.strip(".,?!").lower(),
                "Offset": offset,
                "Duration": length,
                "Confidence": round(rng.uniform(0.7, 1), 4),
                "PronunciationAssessment": {
                    "AccuracyScore": rng.randint(60, 100),
                    "ErrorType": "None" if rng.random() > 0.08 else "Mispronunciation",
                },
                "Syllables": [
                    {"Syllable": part, "AccuracyScore": rng.randint(55, 100)}
                    for part in _syllables(word)
                ],
            }
        )
        offset += length + rng.randint(0, 1_500_000)
    return {
        "provider": "speech-assessment",
        "locale": "de-DE" if language == "de" else "en-US",
        "RecognitionStatus": "Success",
        "Offset": words[0]["Offset"] if words else 0,
        "Duration": offset,
        "DisplayText": answer,
        "NBest": [
            {
                "Confidence": round(rng.uniform(0.8, 0.99), 4),
                "Lexical": answer.lower().strip("."),
                "Display": answer,
                "PronunciationAssessment": {
                    "AccuracyScore": rng.randint(70, 99),
                    "FluencyScore": rng.randint(60, 99),
                    "CompletenessScore": rng.randint(80, 100),
                    "ProsodyScore": rng.randint(60, 95),
                    "PronScore": rng.randint(65, 97),
                },
                "Words": words,
            }
        ],
        "sentiment": {
            "label": rng.choice(["positive", "neutral"]),
            "scores": {"positive": 0.61, "neutral": 0.33, "negative": 0.06},
        },
        "cadence": {
            "words_per_minute": rng.randint(100, 170),
            "pauses_over_two_seconds": rng.randint(0, 4),
            "filler_words": {"um": rng.randint(0, 5), "like": rng.randint(0, 3)},
        },
    }


def _syllables(word: str) -> list[str]:
    letters = "".join(ch for ch in word.lower() if ch.isalpha())
    return [letters[i : i + 3] for i in range(0, len(letters), 3)]


def _analysis(rng: random.Random, transcript: list[dict[str, Any]]) -> dict[str, Any]:
    why = rng.sample(texts.HIRE_REASONS, 2)
    why_not = rng.sample(texts.NO_HIRE_REASONS, 1)
    quote = next((t for t in transcript if t["is_answer"] and t["answer"]), None)
    other: dict[str, Any] = {
        "hiring_reasons": {"reasons_to_hire": why, "reasons_not_to_hire": why_not},
        "score_rationale": {"bracket": "70-84", "evidenced_strengths": 3, "evidenced_gaps": 1},
    }
    if quote:
        first = quote["answer"].split(". ")[0].rstrip(".") + "."
        other["key_statement"] = {"quote": first, "result_question_id": quote["id"]}
    return {
        "candidate": "You gave specific examples and kept your answers focused.",
        "recruiter": "Relevant experience and clear communication; probe depth on testing.",
        "other": other,
        "why": why,
        "why_not": why_not,
    }
