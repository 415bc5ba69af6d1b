"""The upstream's enumerations, as the sandbox checks them."""

from __future__ import annotations

import re

from .languages import LANGUAGE_CODES

__all__ = ["LANGUAGE_CODES"]

INTERVIEW_STATUSES = ("draft", "active", "archived", "deleted", "preparing", "completed")
CREATE_STATUSES = ("draft", "active")
PRODUCT_TYPES = (
    "interview", "coaching", "assessment", "public_avatar", "persona", "persona_interview",
)  # fmt: skip
CREATE_TYPES = ("interview", "coaching", "assessment")
VISIBILITIES = ("merchant_public", "merchant_invite", "merchant_unlisted")
RECORDINGS = ("audio_first_5_answers", "audio_all", "video_all", "video_first_5_answers")
FULL_SESSION_RECORDINGS = ("audio_all", "video_all")
INTERVIEW_STYLES = (
    "pre-screening", "pre-screening-with-test-questions", "second-interview",
    "remote-freelancer-verification", "strength-based-interview", "potential-based-interview",
    "process-verification-from-knowledge-base",
)  # fmt: skip
SENIORITY_LEVELS = ("entry-level", "intermediate", "senior", "managerial", "director", "executive")
RESULT_VIEWS = ("none", "minimal", "minimal_with_score", "advanced", "full", "full_expand_scores")
SPEEDS = ("slower", "normal", "faster")
VIDEO_INTRODUCTIONS = ("optional", "required")
VIDEO_INTRODUCTIONS_UPDATE = ("hidden", "optional", "required")
TYPE_CREDITS = (
    "resume_check", "interview_coach_starter", "interview_coach_contributor",
    "interview_coach_manager", "cover_letter",
)  # fmt: skip
COACH_PLANS = ("demo", "screening", "2nd", "3rd", "closing", "job-specific", "other")
REPORT_TEMPLATES = ("classic", "modern", "one_pager")
PORTALS = ("coaching", "interview")

TOKEN_TYPES = (
    "interview-for-profile", "results-for-profile", "interview-result-candidate",
    "interview-result-talent-seeker", "interview-results-for-position",
)  # fmt: skip
INVITE_TYPES = ("merchant_owner", "merchant", "merchant_selection", "user", "mentor", "candidate")
TEAM_INVITE_TYPES = ("merchant_owner", "merchant", "merchant_selection")

RESULT_TABS = (
    "decided-rejected", "undecided", "shortlist", "decided-selected", "completed",
    "incomplete", "archived-interview", "public_avatar", "archived-public_avatar", "",
)  # fmt: skip
RESULT_STEPS = ("pre-screening", "interview")
RESULT_ORDERS = ("score", "created_at_newest", "created_at_oldest", "updated_at_newest")
CANDIDATE_TABS = ("interview", "pre-screening", "no-action", "leads", "")
CANDIDATE_SOURCES = ("invited", "registered")
CANDIDATE_ORDERS = ("name_accending", "name_decending", "created_at_newest", "created_at_oldest")
SUB_MERCHANT_ORDERS = ("name", "created_at_newest", "created_at_oldest")

AVATAR_TYPES = (
    "interactive_heygen", "interactive_elevenlabs", "offline_heygen", "offline_elai",
    "offline_synthesia",
)  # fmt: skip
AVATAR_STATUSES = ("active", "draft", "archived", "deleted")

CATALOGUE_VISIBILITIES = ("public", "merchant_public", "merchant_invite", "merchant_unlisted")
CATALOGUE_STATUSES = ("draft", "active", "archived")
CATALOGUE_SLUG = re.compile(r"^[a-z0-9]+(?:(?:-|_)+[a-z0-9]+)*$")

EXPORT_TYPES = ("pdf", "html", "json")
PRE_SCREENING_TYPES = ("resume", "form", "resume_with_form")
