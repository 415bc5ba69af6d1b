"""Turn upstream rows into what a tool returns: ids under our names, compact by default."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from jobmojito_mcp.ids.fields import rename_row_ids


def shape_row(
    row_type: str,
    row: Mapping[str, Any],
    keep: Iterable[str],
    *,
    full: bool,
    admin_url: str | None = None,
) -> dict[str, Any]:
    """One row: the raw API row when `full`, else the `keep` fields under our id names.

    Nulls are left out of compact rows; `admin_url` is added when the row has a page.
    """
    if full:
        shaped = dict(row)
    else:
        renamed = rename_row_ids(row_type, row)
        shaped = {key: renamed[key] for key in keep if renamed.get(key) is not None}
    if admin_url:
        shaped["admin_url"] = admin_url
    return shaped
