"""Small helpers for reading tool results in tests."""

from __future__ import annotations

import json
from typing import Any


def data_of(result: Any) -> dict[str, Any]:
    """A successful tool result's data, list tables expanded back into one dict per row.

    Fails the test on an error result.
    """
    assert not result.is_error, result.content[0].text
    data = result.structured_content or json.loads(result.content[0].text)
    return {key: _expanded(value) for key, value in data.items()}


def _expanded(value: Any) -> Any:
    if isinstance(value, dict) and set(value) == {"columns", "rows"}:
        columns = value["columns"]
        return [
            {c: cell for c, cell in zip(columns, row, strict=True) if cell is not None}
            for row in value["rows"]
        ]
    return value


def error_of(result: Any) -> str:
    """The text of an error result (fails the test on a success)."""
    assert result.is_error, f"expected an error, got {result.content[0].text}"
    return result.content[0].text
