"""A deterministic stand-in for the AI resume pre-screening.

The match score is the share of the position's keywords found in the resume, on the 0-10
scale the screening rules use; experience, education and a profession switch are read from
plain phrases. The same resume and position always give the same outcome.
"""

from __future__ import annotations

import re
from typing import Any

from .texts import EDUCATION_LEVELS

_YEARS = re.compile(r"(\d{1,2})\s*\+?\s*(?:years|yrs|jahre)", re.IGNORECASE)
_EDUCATION = [
    ("doctorate", ("phd", "doctorate", "dr. rer")),
    ("masters", ("master", "msc", "m.sc", "mba")),
    ("bachelors", ("bachelor", "bsc", "b.sc", "b.a.")),
    ("vocational", ("apprenticeship", "ausbildung", "vocational")),
    ("high school", ("high school", "abitur", "a-levels")),
]
_SWITCH = ("career change", "switching", "transition into", "bootcamp", "retraining")
_LANGUAGE_LEVELS = ("beginner", "intermediate", "advanced", "fluent")
_EU = frozenset(
    ["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
     "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"]
)  # fmt: skip
DEFAULT_RULES: list[dict[str, Any]] = [
    {"id": "resume_match", "type": "screening", "resume_score_reject": 3, "resume_score_accept": 7}
]


def resume_text(content: bytes) -> str:
    """Readable text from an uploaded resume file (plain text, or the words inside a PDF)."""
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        words = re.findall(rb"[A-Za-z][A-Za-z.+#-]{1,}", content)
        return " ".join(w.decode("ascii") for w in words)


def _education(resume: str) -> str | None:
    folded = resume.casefold()
    for level, markers in _EDUCATION:
        if any(marker in folded for marker in markers):
            return level
    return None


def _form_failures(rules: list[dict[str, Any]], form: dict[str, Any]) -> list[tuple[str, str]]:
    """(action, reason) for every screening form rule the answers do not meet."""
    failures: list[tuple[str, str]] = []
    for rule in rules:
        if rule.get("type") != "screening" or not rule["id"].startswith("form_"):
            continue
        action = str(rule.get("action") or "mark_for_review")
        kind = rule["id"]
        if kind.startswith("form_education") and rule.get("education") in EDUCATION_LEVELS:
            given = form.get("education")
            need = EDUCATION_LEVELS.index(rule["education"])
            if given not in EDUCATION_LEVELS or EDUCATION_LEVELS.index(given) < need:
                failures.append((action, f"Education below {rule['education']}."))
        elif kind in ("form_nationality", "form_residency"):
            country = form.get(kind.removeprefix("form_"))
            allowed = set(rule.get("country") or [])
            if not (country in allowed or (rule.get("country_eu") and country in _EU)):
                failures.append((action, f"{kind.removeprefix('form_').title()} not accepted."))
        elif kind == "form_languages":
            known = {lang.get("code"): lang.get("level") for lang in form.get("languages") or []}
            for need in rule.get("languages") or []:
                level = known.get(need.get("code"))
                if level not in _LANGUAGE_LEVELS or _LANGUAGE_LEVELS.index(
                    level
                ) < _LANGUAGE_LEVELS.index(need.get("level", "beginner")):
                    failures.append((action, f"Language {need.get('code')} below required level."))
        elif kind == "form_age":
            age = form.get("age")
            low, high = rule.get("age_min", 0), rule.get("age_max", 200)
            if not isinstance(age, int) or not low <= age <= high:
                failures.append((action, "Age outside the accepted range."))
    return failures


def assess(
    resume: str,
    keywords: list[str],
    rules: list[dict[str, Any]] | None,
    form: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The pre-screening outcome for a resume against a position's keywords and rules."""
    rules = rules or DEFAULT_RULES
    folded = resume.casefold()
    matched = [k for k in keywords if k.casefold() in folded]
    score = round(10 * len(matched) / len(keywords)) if keywords else 5
    years = max((int(y) for y in _YEARS.findall(resume)), default=None)
    failures = _form_failures(rules, form or {})

    match_rule: dict[str, Any] = next((r for r in rules if r["id"] == "resume_match"), {})
    reject_below = int(match_rule.get("resume_score_reject", 3))
    accept_from = int(match_rule.get("resume_score_accept", 7))
    if reject_below and score < reject_below:
        failures.append(("reject", f"Resume match score {score} is below {reject_below}."))
    elif score < accept_from:
        failures.append(("mark_for_review", f"Resume match score {score} is below {accept_from}."))
    for rule in rules:
        need = int(rule.get("technical_experience_years") or 0)
        if rule["id"] == "resume_technical_experience" and need and (years or 0) < need:
            action = str(rule.get("action") or "mark_for_review")
            failures.append((action, f"Less than {need} years of relevant experience found."))

    if any(action == "reject" for action, _ in failures):
        recommendation = "ai_reject"
    else:
        recommendation = "recruiter_action" if failures else "ai_accept"
    found = ", ".join(matched) if matched else "none of the key skills"
    return {
        "recommendation": recommendation,
        "score": score,
        "education": _education(resume),
        "experience_years": years,
        "switching": any(marker in folded for marker in _SWITCH),
        "reason": "; ".join(reason for _, reason in failures) or None,
        "analysis": f"Matched {len(matched)} of {len(keywords)} key skills ({found}).",
    }
