"""The id reference as text: every kind, its argument, the names it travels under, its page.

Written from the same tables the id layer works from, so it cannot drift from them.
"""

from __future__ import annotations

from jobmojito_mcp.ids.fields import REQUEST_FIELDS, ROW_FIELDS
from jobmojito_mcp.ids.kinds import ALIASES, INTERVIEW_ALIASES_OF_POSITION, KINDS, IdKind


def upstream_names(kind: IdKind) -> list[str]:
    """Every upstream field name that carries this kind of id, in requests or rows."""
    names = {
        field.upstream.split("[].")[-1]
        for fields in REQUEST_FIELDS.values()
        for field in fields
        if field.kind is kind
    }
    names |= {upstream for rows in ROW_FIELDS.values() for upstream, k, _ in rows if k is kind}
    if kind is IdKind.INTERVIEW:
        names.add("interview_def_set_id")
    return sorted(names)


def id_reference(admin_url: str) -> str:
    """Markdown: the kinds of id, their argument names, upstream names and admin pages."""
    lines = [
        "# JobMojito ids",
        "",
        "Every tool takes one argument name per kind of id. Each id argument also accepts an",
        "admin-app link or, for interviews, candidates, results and sub-merchants, a name or",
        "email, which is looked up (writes take exact names only).",
        "",
        "| kind | argument | where to get it | upstream names | admin page |",
        "|---|---|---|---|---|",
    ]
    for kind, info in KINDS.items():
        page = f"{admin_url}/{info.link_path}/{{id}}" if info.link_path else ""
        names = ", ".join(upstream_names(kind))
        lines.append(
            f"| {info.label} | {info.argument or '(no tool takes it)'} | {info.source} "
            f"| {names} | {page} |"
        )
    aliases = {**ALIASES, **dict.fromkeys(INTERVIEW_ALIASES_OF_POSITION, "interview_id")}
    lines += [
        "",
        "Upstream spellings accepted as argument names: "
        + "; ".join(f"{alias} → {ours}" for alias, ours in sorted(aliases.items()))
        + " (position spellings mean position_id on tools that take positions only).",
        "",
        "A result row's own id (`id` in rows listed with fields='full') is taken by no",
        "tool: passed as interview_result_id it is replaced by that row's",
        "interview_result_id when the row has one. A candidate id is not a person id.",
    ]
    return "\n".join(lines) + "\n"
