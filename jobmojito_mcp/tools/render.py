"""Turn a tool's return value into what goes on the wire: compact JSON, nulls left out.

MCP carries a structured result twice, as text for clients that read only text and as
structured content, so both copies are kept as small as the data allows.
"""

from __future__ import annotations

import json
from typing import Any

from mcp_types import CallToolResult, TextContent
from pydantic import BaseModel


def to_wire(value: Any) -> CallToolResult:
    """The tool result for `value`: its JSON without nulls, as text and as structured content."""
    if isinstance(value, CallToolResult):
        return value
    data = value.model_dump(mode="json", exclude_none=True) if isinstance(value, BaseModel) else value
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    structured = data if isinstance(data, dict) else None
    return CallToolResult(content=[TextContent(type="text", text=text)], structured_content=structured)
