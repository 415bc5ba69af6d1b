"""Small helpers for reading tool results in tests."""

from __future__ import annotations

import json
from typing import Any


def data_of(result: Any) -> dict[str, Any]:
    """The structured content of a successful tool result (fails the test on an error)."""
    assert not result.is_error, result.content[0].text
    return result.structured_content or json.loads(result.content[0].text)


def error_of(result: Any) -> str:
    """The text of an error result (fails the test on a success)."""
    assert result.is_error, f"expected an error, got {result.content[0].text}"
    return result.content[0].text
