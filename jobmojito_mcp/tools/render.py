"""Turn a tool's return value into what goes on the wire, within the size budget.

MCP carries a structured result twice, as text for clients that read only text and as
structured content, so both copies count against `JOBMOJITO_MAX_RESULT_CHARS`. Over the
budget, a list comes back as a shorter page that says so; anything else is refused with
the argument that narrows it. Nothing is cut silently.
"""

from __future__ import annotations

import json
from typing import Any

from mcp.server.mcpserver.exceptions import ToolError
from mcp_types import CallToolResult, TextContent
from pydantic import BaseModel

from jobmojito_mcp.tools.models import Listing

# What to pass instead when one record is too large, per tool.
NARROWING = {
    "get_interview_result_details": "view='summary' (or 'standard' instead of 'full')",
    "get_interview_definition": "view='summary' (or 'standard' instead of 'full')",
    "get_catalogue_directory": "view='summary' (or 'standard' instead of 'full')",
    "generate_interview_report": "store_file=true, or export_type='pdf' for a link",
}


def dump(value: Any) -> Any:
    """The JSON-ready form of a tool's return value, nulls left out."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", exclude_none=True)
    return value


def wire_size(data: Any) -> int:
    """Characters a result takes on the wire: its text copy plus its structured copy."""
    text = _text(data)
    return len(text) * (2 if isinstance(data, dict) else 1)


def to_wire(tool: str, value: Any, budget: int) -> CallToolResult:
    """The tool result for `value`, shrunk (lists) or refused (records) to fit `budget`."""
    if isinstance(value, CallToolResult):
        return value
    data = dump(value)
    size = wire_size(data)
    if size > budget:
        if not isinstance(value, Listing):
            narrow = NARROWING.get(tool, "narrower arguments")
            raise ToolError(
                f"The result is {size:,} characters, over this server's budget of {budget:,} "
                f"(JOBMOJITO_MAX_RESULT_CHARS). Call again with {narrow}."
            )
        data = _shrink_listing(data, budget, size)
    structured = data if isinstance(data, dict) else None
    return CallToolResult(
        content=[TextContent(type="text", text=_text(data))], structured_content=structured
    )


def _text(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _shrink_listing(data: dict[str, Any], budget: int, size: int) -> dict[str, Any]:
    """The longest prefix of the rows that fits, with the page saying how to go on."""
    rows_key = next(
        key for key, value in data.items() if isinstance(value, list) and key != "notes"
    )
    rows = data[rows_key]
    page = dict(data.get("page") or {})
    keep = len(rows)
    while keep > 0:
        keep = max(0, min(keep - 1, int(keep * budget / size * 0.9)))
        candidate = _with_rows(data, rows_key, rows[:keep], page, len(rows))
        if wire_size(candidate) <= budget:
            return candidate
        size = wire_size(candidate)
    raise ToolError(
        f"Even one row is over this server's size budget of {budget:,} characters "
        "(JOBMOJITO_MAX_RESULT_CHARS). Call again with fields='compact' or a narrower filter."
    )


def _with_rows(
    data: dict[str, Any], key: str, rows: list[Any], page: dict[str, Any], asked: int
) -> dict[str, Any]:
    offset = page.get("offset") or 0
    next_offset = offset + len(rows)
    total = page.get("total")
    page = {
        **page,
        "returned": len(rows),
        "next_offset": next_offset,
        "message": (
            f"{len(rows)} of the {asked} rows asked for fit this server's size budget; "
            f"call again with offset={next_offset} for the rest"
            f"{f' ({total} rows in all)' if total is not None else ''}, or a smaller limit."
        ),
    }
    return {**data, key: rows, "page": page}
