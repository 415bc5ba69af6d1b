"""Record the ids in rows the API returned, with their kinds, in a caller's memory."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from jobmojito_mcp.ids.fields import ROW_FIELDS
from jobmojito_mcp.ids.kinds import IdKind
from jobmojito_mcp.ids.memory import IdMemory, Seen

# Which field names the thing an id in a row identifies; result rows name a candidate
# and an interview in one row.
_NAME_FIELDS: dict[tuple[str, IdKind], str] = {
    ("interview", IdKind.INTERVIEW): "name",
    ("result", IdKind.RESULT_ROW): "candidate_name",
    ("result", IdKind.INTERVIEW_RESULT): "candidate_name",
    ("result", IdKind.CANDIDATE): "candidate_name",
    ("result", IdKind.PERSON): "candidate_name",
    ("result", IdKind.INTERVIEW): "position_name",
    ("candidate", IdKind.CANDIDATE): "name",
    ("candidate", IdKind.PERSON): "name",
    ("sub_merchant", IdKind.MERCHANT): "name",
    ("avatar", IdKind.INTERVIEW_TEMPLATE): "name",
    ("catalogue", IdKind.CATALOGUE_DIRECTORY): "name",
}


def remember_rows(memory: IdMemory, row_type: str, rows: Iterable[Mapping[str, Any]]) -> None:
    """Remember every id in these upstream rows under the kind its field carries."""
    for row in rows:
        for upstream, kind, _ours in ROW_FIELDS[row_type]:
            value = row.get(upstream)
            if not isinstance(value, str) or not value:
                continue
            name_field = _NAME_FIELDS.get((row_type, kind))
            name = row.get(name_field) if name_field else None
            memory.remember(value, _seen(row_type, kind, row, name))


def _seen(row_type: str, kind: IdKind, row: Mapping[str, Any], name: Any) -> Seen:
    name = name if isinstance(name, str) else None
    if kind is IdKind.RESULT_ROW:
        return Seen(kind, name=name, interview_result_id=row.get("interview_result_id"))
    if row_type == "interview" and kind is IdKind.INTERVIEW:
        return Seen(kind, name=name, multi_stage=row.get("is_multi_stage"))
    if row_type == "result" and kind is IdKind.INTERVIEW:
        return Seen(kind, name=name, multi_stage=row.get("is_multi_stage"))
    return Seen(kind, name=name)
