"""Admin-app links, built only from the kind of id each page expects."""

from __future__ import annotations

from urllib.parse import quote

from jobmojito_mcp.ids.kinds import KINDS, IdKind


def admin_link(admin_url: str, kind: IdKind, value: str | None) -> str | None:
    """The admin-app page for an id of this kind, or None when the kind has no page.

    A position opens in the interview creator like any interview. The id is encoded
    exactly once, so a value that arrives already encoded is decoded by the caller first.
    """
    if not value:
        return None
    path = KINDS[kind].link_path
    if path is None:
        return None
    return f"{admin_url.rstrip('/')}/{path}/{quote(value, safe='')}"


def markdown_link(text: str, url: str) -> str:
    """A Markdown link whose text cannot break out of its brackets."""
    safe = text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
    return f"[{safe}]({url})"
