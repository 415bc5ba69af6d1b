"""Per-row outcomes of the batch endpoints, which answer 200 even when rows fail.

Register-users rows say `ok` or `Error: ...`; invite-users rows say `Invited`,
`Activated`, `SubMerchantAdded`, `CoachingAccessAdded`, `Skipped` or `Error: ...`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from mcp.server.mcpserver.exceptions import ToolError

from jobmojito_mcp.tools.models import Lenient

_SUCCESS = {"ok", "invited", "activated", "submerchantadded", "coachingaccessadded"}


class BatchRow(Lenient):
    email: str | None = None
    outcome: str | None = None
    reason: str | None = None


class BatchSummary(Lenient):
    """The count first, then each row that failed or was skipped, then all rows."""

    summary: str | None = None
    succeeded: int | None = None
    failed: int | None = None
    skipped: int | None = None
    problems: list[BatchRow] | None = None
    rows: list[dict[str, Any]] | None = None
    notes: list[str] | None = None


def outcome_of(row: Mapping[str, Any]) -> tuple[str, str | None]:
    """('ok' | 'skipped' | 'failed', reason) for one upstream row."""
    result = str(row.get("result") or "").strip()
    if result.casefold() in _SUCCESS:
        return "ok", None
    if result.casefold() == "skipped":
        return "skipped", row.get("reason") or "already done; nothing changed"
    return "failed", result.removeprefix("Error:").strip() or "no outcome reported"


def summarize_batch(
    rows: Iterable[Mapping[str, Any]],
    verb: str,
    shaped_rows: list[dict[str, Any]],
    notes: list[str] | None = None,
) -> BatchSummary:
    """Count outcomes ("2 of 3 registered, 1 failed"); nothing succeeding is an error."""
    rows = list(rows)
    problems: list[BatchRow] = []
    counts = {"ok": 0, "failed": 0, "skipped": 0}
    for row in rows:
        outcome, reason = outcome_of(row)
        counts[outcome] += 1
        if outcome != "ok":
            problems.append(BatchRow(email=row.get("email"), outcome=outcome, reason=reason))

    parts = [f"{counts['ok']} of {len(rows)} {verb}"]
    parts += [f"{counts[k]} {k}" for k in ("failed", "skipped") if counts[k]]
    summary = ", ".join(parts)
    if rows and counts["ok"] == 0 and counts["failed"]:
        listed = "; ".join(f"{p.email or 'no email'}: {p.reason}" for p in problems[:20])
        raise ToolError(f"{summary}. Nothing succeeded: {listed}.")
    return BatchSummary(
        summary=summary,
        succeeded=counts["ok"],
        failed=counts["failed"],
        skipped=counts["skipped"],
        problems=problems or None,
        rows=shaped_rows,
        notes=notes or None,
    )
