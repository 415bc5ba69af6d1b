"""Turn a tool's return value into what goes on the wire, within the size budget.

A result is compact JSON without nulls. The rows of a list go as a table, column names
once and then one array per row, since repeating every key in every row roughly doubles
a page (with structured content they stay objects, as the output schemas say). By
default a result is sent once, as text, which every client reads; with
`JOBMOJITO_STRUCTURED_CONTENT` it is also sent as structured content, and both copies
count against `JOBMOJITO_MAX_RESULT_CHARS`. Over the budget, a list comes back as a
shorter page that says so; anything else is refused with the argument that narrows it.
Nothing is cut silently.
"""

from __future__ import annotations

import json
from typing import Any, get_args

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


def as_table(rows: list[dict[str, Any]], leading: tuple[str, ...] = ()) -> dict[str, Any]:
    """Rows as `{"columns": [...], "rows": [[...], ...]}`.

    Columns come in a stable order, whatever the first row happens to lack: the `leading`
    names that any row has, then the rest in the order the fullest row has them.
    """
    present = {key for row in rows for key in row}
    columns: dict[str, None] = dict.fromkeys(c for c in leading if c in present)
    # The fullest rows first: their key order is the shaping order, unbroken by nulls.
    for row in sorted(rows, key=len, reverse=True):
        columns.update(dict.fromkeys(row))
    return {"columns": list(columns), "rows": [[row.get(c) for c in columns] for row in rows]}


def dump(value: Any, *, table: bool = True) -> Any:
    """The JSON-ready form of a tool's return value: nulls left out, list rows as a table.

    With structured content the rows stay objects, as the tools' output schemas say.
    """
    if not isinstance(value, BaseModel):
        return value
    data = value.model_dump(mode="json", exclude_none=True)
    if table and isinstance(value, Listing):
        key = rows_key(data)
        if key is not None:
            data[key] = as_table(data[key], _declared_columns(type(value), key))
    return data


def _declared_columns(model: type[BaseModel], key: str) -> tuple[str, ...]:
    """The fields the row model of `model.<key>` declares, in their order."""
    field = model.model_fields.get(key)
    row_model = next(iter(get_args(field.annotation)), None) if field else None
    if isinstance(row_model, type) and issubclass(row_model, BaseModel):
        return tuple(row_model.model_fields)
    return ()


def rows_key(data: dict[str, Any]) -> str | None:
    """The field of a listing that holds its rows."""
    return next(
        (
            key
            for key, value in data.items()
            if key != "notes"
            and isinstance(value, list)
            and all(isinstance(r, dict) for r in value)
        ),
        None,
    )


def _text(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def wire_size(data: Any, *, structured: bool) -> int:
    """Characters a result takes on the wire: the text, plus the structured copy if sent."""
    return len(_text(data)) * (2 if structured and isinstance(data, dict) else 1)


def to_wire(tool: str, value: Any, budget: int, *, structured: bool = False) -> CallToolResult:
    """The tool result for `value`, shrunk (lists) or refused (records) to fit `budget`."""
    if isinstance(value, CallToolResult):
        return value
    data = dump(value, table=not structured)
    size = wire_size(data, structured=structured)
    if size > budget:
        if not isinstance(value, Listing) or rows_key(value.model_dump()) is None:
            narrow = NARROWING.get(tool, "narrower arguments")
            raise ToolError(
                f"The result is {size:,} characters, over this server's budget of {budget:,} "
                f"(JOBMOJITO_MAX_RESULT_CHARS). Call again with {narrow}."
            )
        data = _shrink_listing(data, budget, size, structured=structured)
    return CallToolResult(
        content=[TextContent(type="text", text=_text(data))],
        structured_content=data if structured and isinstance(data, dict) else None,
    )


def _shrink_listing(
    data: dict[str, Any], budget: int, size: int, *, structured: bool
) -> dict[str, Any]:
    """The longest first part of the rows that fits, with the page saying how to go on."""
    key = next(
        k
        for k, v in data.items()
        if (isinstance(v, dict) and {"rows", "columns"} <= set(v)) or k == rows_key(data)
    )
    rows = data[key]["rows"] if isinstance(data[key], dict) else data[key]
    keep = len(rows)
    while keep > 0:
        keep = max(0, min(keep - 1, int(keep * budget / size * 0.95)))
        candidate = _with_rows(data, key, rows[:keep], len(rows))
        size = wire_size(candidate, structured=structured)
        if size <= budget:
            return candidate
    raise ToolError(
        f"Even one row is over this server's size budget of {budget:,} characters "
        "(JOBMOJITO_MAX_RESULT_CHARS). Call again with fields='compact' or a narrower filter."
    )


def _with_rows(data: dict[str, Any], key: str, rows: list[Any], asked: int) -> dict[str, Any]:
    page = dict(data.get("page") or {})
    next_offset = (page.get("offset") or 0) + len(rows)
    total = page.get("total")
    in_all = f" ({total} rows in all)" if total is not None else ""
    page.update(
        returned=len(rows),
        next_offset=next_offset,
        message=(
            f"{len(rows)} of the {asked} rows asked for fit this server's size budget; call "
            f"again with offset={next_offset} for the rest{in_all}, or a smaller limit."
        ),
    )
    shown = {**data[key], "rows": rows} if isinstance(data[key], dict) else rows
    return {**data, key: shown, "page": page}
