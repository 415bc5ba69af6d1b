"""Output models shared by the tools: lenient rows, the page envelope, the notes line.

The live API returns null in fields declared as plain strings and adds fields the spec
does not list, so every output field is optional and unknown fields are kept.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class Lenient(BaseModel):
    """A model that accepts nulls and extra fields, as the live API sends them."""

    model_config = ConfigDict(extra="allow")


class Page(Lenient):
    """Where this page sits in the whole list, and how to get the next one."""

    total: int | None = Field(None, description="Rows in the whole list.")
    offset: int | None = None
    limit: int | None = None
    returned: int | None = Field(None, description="Rows on this page.")
    next_offset: int | None = Field(None, description="Pass as offset for the next page.")
    message: str | None = None


class Listing(Lenient):
    """A page of rows. `notes` says when ids were corrected or looked up."""

    page: Page | None = None
    notes: list[str] | None = None


def page_of(answer: dict[str, Any], returned: int) -> Page:
    """The page envelope from the API's pagination block, with the next step spelled out."""
    pagination = answer.get("pagination") or {}
    total = pagination.get("total")
    offset = pagination.get("offset") or 0
    limit = pagination.get("limit")
    has_more = pagination.get("has_more")
    next_offset = offset + returned if has_more else None
    if not total and returned == 0:
        message = "no rows match."
    elif returned == 0 and total and offset >= total:
        message = (
            f"offset {offset} is past the end: there are {total} rows. Use offset 0 to {total - 1}."
        )
    elif next_offset is not None:
        message = f"{returned} of {total} rows; call again with offset={next_offset} for more."
    else:
        message = f"all {total} rows shown." if offset == 0 else f"last page of {total} rows."
    return Page(
        total=total,
        offset=offset,
        limit=limit,
        returned=returned,
        next_offset=next_offset,
        message=message,
    )
