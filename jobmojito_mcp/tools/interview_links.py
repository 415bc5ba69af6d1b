"""Interview links: register candidates for an interview, and sign links to interviews and results.

Both answers hold personal links that open an interview or a result without a login, so
they go back to the caller and nowhere else: never into a log line.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Annotated, Any, Literal

from mcp.server.mcpserver import Context
from mcp.server.mcpserver.exceptions import ToolError
from pydantic import BaseModel, ConfigDict, Field

from jobmojito_mcp.api.errors import InvalidFieldError, JobMojitoError
from jobmojito_mcp.ids import IdKind
from jobmojito_mcp.ids.fields import rename_row_ids
from jobmojito_mcp.tools.batch import BatchSummary, summarize_batch
from jobmojito_mcp.tools.call import Call, calling, describe_failure
from jobmojito_mcp.tools.models import Lenient
from jobmojito_mcp.tools.params import CandidateId, InterviewId, InterviewResultId, MerchantId
from jobmojito_mcp.tools.render import dump, wire_size

logger = logging.getLogger(__name__)

# Users per request: a large batch goes in parts, with progress reported after each.
CHUNK_SIZE = 50


# One person to register, identified by email. (No docstring: the schema would repeat it.)
class User(BaseModel):
    model_config = ConfigDict(extra="forbid")

    email: str = Field(min_length=3, max_length=320)
    name: str | None = Field(None, max_length=200)
    external_id: str | None = Field(
        None, max_length=200, description="Your own id, e.g. from your ATS."
    )


class Registration(BatchSummary):
    """The batch outcome, plus the interview the users were registered for."""

    interview_id: str | None = None
    admin_url: str | None = None


async def register_users_for_interview(
    ctx: Context,
    interview_id: InterviewId,
    users: Annotated[
        list[User],
        Field(description="Registering someone again updates them."),
    ],
    send_email: Annotated[
        bool, Field(description="true: JobMojito emails each their link.")
    ] = False,
    is_test: Annotated[
        bool,
        Field(description="Test links: work on a draft; results marked as tests."),
    ] = False,
    merchant_id: MerchantId = None,
) -> Registration:
    async with calling(ctx) as call:
        limit = call.state.settings.max_batch_users
        if not users:
            raise ToolError("users is empty: pass at least one person with an email.")
        if len(users) > limit:
            raise ToolError(
                f"users: {len(users)} people is more than this server registers in one call "
                f"({limit}, JOBMOJITO_MAX_BATCH_USERS). Send them in batches of at most {limit}."
            )
        resolved = await call.ids.resolve(
            "interview_id", interview_id, IdKind.INTERVIEW, write=True
        )
        merchant = await call.ids.resolve_optional(
            "merchant_id", merchant_id, IdKind.MERCHANT, write=True
        )
        entries = [user.model_dump(exclude_none=True) for user in users]
        options = {"send_email": send_email, "is_test": is_test or None}
        try:
            rows = await _register_in_parts(
                ctx,
                call,
                entries,
                options,
                ids={"interview_id": resolved.id, "merchant_id": merchant},
            )
        except InvalidFieldError as exc:
            if exc.field != "interview_id":
                raise
            # The id was checked above, so this is not an unknown id: say what JobMojito said.
            label = f"'{resolved.name}'" if resolved.name else "this interview"
            raise ToolError(
                f"interview_id: JobMojito will not register people for {label} ({resolved.id}): "
                f"{exc.error or 'no reason given'}. If it is not active, open it with "
                "set_interview_state(status='active'), or pass is_test=true for test links to a "
                "draft."
            ) from exc
        logger.info("registration: %d users sent", len(entries))
        call.remember("registration", rows)

        shaped = [_shaped(row) for row in rows]
        summary = summarize_batch(rows, "registered", shaped, call.all_notes())
        registration = Registration(
            **dict(summary),
            interview_id=resolved.id,
            admin_url=call.link(IdKind.INTERVIEW, resolved.id),
        )
        settings = call.state.settings
        return _within_budget(
            registration, settings.max_result_chars, structured=settings.structured_content
        )


async def _register_in_parts(
    ctx: Context,
    call: Call,
    entries: list[dict[str, Any]],
    options: dict[str, Any],
    *,
    ids: dict[str, str | None],
) -> list[dict[str, Any]]:
    """One outcome row per entry, in order. A failure after the first part marks the rest.

    Raising there would hide the links already made, so each entry not confirmed gets an
    error row, and the caller can send those again (registering again only updates).
    """
    rows: list[dict[str, Any]] = []
    in_parts = len(entries) > CHUNK_SIZE
    for start in range(0, len(entries), CHUNK_SIZE):
        part = entries[start : start + CHUNK_SIZE]
        try:
            answer = await call.api(
                "register_users_for_interview", {"users": part, **options}, ids=ids
            )
        except JobMojitoError as exc:
            if not rows:
                raise
            call.notes.append(
                f"The request for people {start + 1} to {start + len(part)} failed, so the "
                f"rest were not sent: {describe_failure(call, exc)}"
            )
            unsure = "Error: not confirmed, the request failed (see notes); send again"
            unsent = "Error: not sent, the batch stopped at a failed request; send again"
            rows += [{**entry, "result": unsure} for entry in part]
            rows += [{**entry, "result": unsent} for entry in entries[start + len(part) :]]
            break
        rows += _matched(part, answer)
        if in_parts:
            await ctx.report_progress(
                len(rows), len(entries), f"{len(rows)} of {len(entries)} sent"
            )
    return rows


def _matched(part: list[dict[str, Any]], answer: Any) -> list[dict[str, Any]]:
    """The answer's rows, one per user sent, in the order sent."""
    returned = [row for row in answer if isinstance(row, dict)] if isinstance(answer, list) else []
    missing = {"result": "Error: JobMojito reported no outcome for this person"}
    return [
        {**entry, **(returned[index] if index < len(returned) else missing)}
        for index, entry in enumerate(part)
    ]


def _shaped(row: dict[str, Any]) -> dict[str, Any]:
    """A compact row: who, and their link or what went wrong."""
    row = rename_row_ids("registration", row)
    shaped = {
        key: row[key] for key in ("email", "name", "external_id", "candidate_id") if row.get(key)
    }
    if str(row.get("result") or "").strip().casefold() == "ok":
        shaped["interview_url"] = row.get("interview_url")
    else:
        shaped["error"] = str(row.get("result") or "").removeprefix("Error:").strip() or None
    return shaped


def _within_budget(registration: Registration, budget: int, *, structured: bool) -> Registration:
    """The registration, with only as many rows (then problems) as fit the result budget.

    Everyone in the batch was sent already, so rather than refusing the whole answer, rows
    past the budget are left out and a note says how to get those links.
    """
    if wire_size(dump(registration), structured=structured) <= budget:
        return registration
    rows = registration.rows or []
    problems = registration.problems or []

    def shown(keep_rows: int, keep_problems: int) -> Registration:
        note = (
            f"All {len(rows)} people were sent, but only the first {keep_rows} rows and "
            f"{keep_problems} of {len(problems)} failures fit this server's result budget "
            "(JOBMOJITO_MAX_RESULT_CHARS). Get a left-out person's link with "
            "generate_interview_url(type='interview-for-profile', interview_id, candidate_id "
            f"from list_candidates), or register at most {keep_rows} people per call to see "
            "every link."
        )
        return registration.model_copy(
            update={
                "rows": rows[:keep_rows],
                "problems": problems[:keep_problems] or None,
                "notes": [*(registration.notes or []), note],
            }
        )

    def fits(candidate: Registration) -> bool:
        return wire_size(dump(candidate), structured=structured) <= budget

    keep_rows = _most_that_fit(len(rows), lambda n: fits(shown(n, len(problems))))
    if keep_rows > 0 or fits(shown(0, len(problems))):
        return shown(keep_rows, len(problems))
    return shown(0, _most_that_fit(len(problems), lambda n: fits(shown(0, n))))


def _most_that_fit(count: int, fits: Callable[[int], bool]) -> int:
    """The largest n in 0..count for which fits(n) holds, given that it shrinks with n."""
    low, high = 0, count
    while low < high:
        middle = (low + high + 1) // 2
        if fits(middle):
            low = middle
        else:
            high = middle - 1
    return low


UrlType = Literal[
    "interview-for-profile",
    "results-for-profile",
    "interview-result-candidate",
    "interview-result-talent-seeker",
    "interview-results-for-position",
]

# Which id arguments each link type needs; the others are refused rather than ignored.
_NEEDS: dict[str, tuple[str, ...]] = {
    "interview-for-profile": ("interview_id", "candidate_id"),
    "results-for-profile": ("candidate_id",),
    "interview-result-candidate": ("interview_result_id",),
    "interview-result-talent-seeker": ("interview_result_id",),
    "interview-results-for-position": ("interview_id",),
}


class SignedUrl(Lenient):
    url: str | None = None
    type: str | None = None
    interview_id: str | None = None
    candidate_id: str | None = None
    interview_result_id: str | None = None
    notes: list[str] | None = None


async def generate_interview_url(
    ctx: Context,
    type: Annotated[
        UrlType,
        Field(
            description="interview-for-profile: a candidate's interview link (interview_id, "
            "candidate_id); results-for-profile: all of a candidate's results (candidate_id); "
            "interview-result-candidate or -talent-seeker: one result as the candidate or a "
            "hiring manager sees it (interview_result_id); interview-results-for-position: an "
            "interview's results (interview_id)."
        ),
    ],
    interview_id: Annotated[InterviewId | None, Field(description="Interview of the link.")] = None,
    candidate_id: Annotated[CandidateId | None, Field(description="Candidate of the link.")] = None,
    interview_result_id: Annotated[
        InterviewResultId | None, Field(description="Result the link shows.")
    ] = None,
    merchant_id: MerchantId = None,
) -> SignedUrl:
    given = {
        "interview_id": interview_id,
        "candidate_id": candidate_id,
        "interview_result_id": interview_result_id,
    }
    needed = _NEEDS[type]
    missing = [name for name in needed if given[name] is None]
    if missing:
        raise ToolError(
            f"type='{type}' needs {' and '.join(needed)}; {', '.join(missing)} is missing. "
            "Pass it, or choose the type that fits the ids you have."
        )
    unused = [name for name, value in given.items() if value is not None and name not in needed]
    if unused:
        raise ToolError(
            f"type='{type}' takes only {' and '.join(needed)}, not {', '.join(unused)}. "
            "Leave it out, or choose the type that uses it."
        )

    async with calling(ctx) as call:
        ids = {
            "interview_id": await call.ids.resolve_optional(
                "interview_id", interview_id, IdKind.INTERVIEW, write=True
            ),
            "candidate_id": await call.ids.resolve_optional(
                "candidate_id", candidate_id, IdKind.CANDIDATE, write=True
            ),
            "interview_result_id": await call.ids.resolve_optional(
                "interview_result_id", interview_result_id, IdKind.INTERVIEW_RESULT, write=True
            ),
            "merchant_id": await call.ids.resolve_optional(
                "merchant_id", merchant_id, IdKind.MERCHANT, write=True
            ),
        }
        answer = await call.api("generate_interview_url", {"type": type}, ids=ids)
        url = answer if isinstance(answer, str) else _url_in(answer)
        if not url:
            raise ToolError("JobMojito answered without a link; try again in a moment.")
        return SignedUrl(
            url=url,
            type=type,
            interview_id=ids["interview_id"],
            candidate_id=ids["candidate_id"],
            interview_result_id=ids["interview_result_id"],
            notes=call.all_notes() or None,
        )


def _url_in(answer: Any) -> str | None:
    """The link from an answer that wraps it in an object."""
    if isinstance(answer, dict):
        for key in ("url", "signed_url", "interview_url"):
            if isinstance(answer.get(key), str):
                return answer[key]
    return None


__all__ = ["generate_interview_url", "register_users_for_interview"]
