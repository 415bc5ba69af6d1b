"""The three shapes of a generated interview report: signed PDF link, HTML, structured JSON."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from .transcripts import result_details

if TYPE_CHECKING:
    from .store import Store

_REPORTS = "https://storage.jobmojito.example/reports"
_DEFAULTS = {
    "contact_details": True,
    "ai_recruiter_assessment": True,
    "ai_scoring_rubric": False,
    "analytics": True,
    "transcript": True,
    "files": True,
    "answer_recording": False,
    "session_recording": False,
    "group_by_question": False,
}


def report(
    store: Store, rows: list[dict[str, Any]], export: str, features: dict[str, Any], template: str
) -> dict[str, Any]:
    """The report answer for the given result rows and export type."""
    options = {**_DEFAULTS, **{k: v for k, v in features.items() if k in _DEFAULTS}}
    if export == "pdf":
        name = store.new_id("report")
        return {
            "pdf_export_url": f"{_REPORTS}/{name}.pdf?token={name[:8]}&template={template}",
            "pdf_export_valid_until": store.later(24),
        }
    sections = [_data(store, row, options) for row in rows]
    if export == "html":
        return {"html_export": _html(sections, template)}
    results = [
        {"data": data, "files": _files(row, options)}
        for row, data in zip(rows, sections, strict=True)
    ]
    export_body: dict[str, Any] = {"results": results}
    if len(rows) > 1:
        export_body["table"] = _table(sections)
    return {"json_export": export_body}


def _data(store: Store, row: dict[str, Any], options: dict[str, Any]) -> dict[str, Any]:
    details = result_details(store, row, signed=options["answer_recording"])
    data: dict[str, Any] = {
        "interview_result_id": row["interview_result_id"],
        "candidate_name": row["candidate_name"],
        "position_name": row["position_name"],
        "status": row["coach_status"],
        "score": row["score"],
        "score_text": details["score_text"],
        "start": row["_start"],
        "duration_ds": row["duration_ds"],
    }
    if options["contact_details"]:
        candidate = store.candidates.get(row["profile_interview_id"]) or {}
        data["contact"] = {
            "email": candidate.get("email"),
            "phone_number": candidate.get("phone_number"),
            "linked_in": candidate.get("linked_in"),
        }
    if options["ai_recruiter_assessment"]:
        data["ai_analysis_recruiter"] = details["ai_analysis_recruiter"]
        data["why_hire"] = details["ai_analysis_recruiter_why_hire"]
        data["why_not_hire"] = details["ai_analysis_recruiter_why_not_hire"]
    if options["transcript"]:
        answers = [t for t in details["transcript"] if t["is_answer"]]
        data["transcript"] = [
            {
                "question": t["question_asked"],
                "answer": t["answer"],
                "ai_analysis": t["ai_analysis"],
                "score": t["score"],
            }
            for t in answers
        ]
        if options["answer_recording"]:
            for entry, turn in zip(data["transcript"], answers, strict=True):
                entry["recording_url"] = turn.get("recording_url")
    if options["analytics"]:
        data["analytics"] = {
            "score_sentiment": row["score_sentiment"],
            "score_words_per_minute": row["score_words_per_minute"],
            "score_pronunciation": row["score_pronunciation"],
        }
    return data


def _files(row: dict[str, Any], options: dict[str, Any]) -> list[dict[str, Any]]:
    if not options["files"]:
        return []
    base = f"{_REPORTS}/files/{row['profile_interview_id']}"
    return [
        {"type": "resume", "page": 1, "page_signed": f"{base}/resume-1.png?token=signed"},
        {"type": "resume", "page": 2, "page_signed": f"{base}/resume-2.png?token=signed"},
    ]


def _table(sections: list[dict[str, Any]]) -> str:
    rows = "".join(
        f"<tr><td>{html.escape(str(s['candidate_name']))}</td><td>{s['score']}</td></tr>"
        for s in sections
    )
    return f"<table><tr><th>Candidate</th><th>Score</th></tr>{rows}</table>"


def _html(sections: list[dict[str, Any]], template: str) -> str:
    parts = [f'<!DOCTYPE html><html><body class="report-{template}">']
    for section in sections:
        parts.append(f"<h1>{html.escape(str(section['candidate_name']))}</h1>")
        parts.append(f"<h2>{html.escape(str(section['position_name']))}</h2>")
        parts.append(f"<p>Score: {section['score']} ({section['score_text']})</p>")
        for entry in section.get("transcript", []):
            parts.append(f"<h3>{html.escape(entry['question'] or '')}</h3>")
            parts.append(f"<p>{html.escape(entry['answer'] or '')}</p>")
    if len(sections) > 1:
        parts.append(_table(sections))
    parts.append("</body></html>")
    return "\n".join(parts)
