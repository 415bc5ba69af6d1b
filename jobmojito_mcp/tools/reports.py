"""Fit the report endpoint's three answers (PDF link, HTML, JSON) into one tool result.

A PDF comes back as a signed link; should the API send the file itself as base64, only
its size is passed on. HTML and JSON are cut to a character budget, and every cut is
said in a note, so the model never mistakes a shortened report for the whole one.
"""

from __future__ import annotations

import json
from typing import Any

# A first guess at the room everything around the report content takes (ids, notes);
# the tool measures and shrinks further when the guess was short.
ENVELOPE = 1_000
MIN_CONTENT = 200
# Longest single string kept in a JSON report once strings have to be cut, tried in turn.
_STRING_CUTS = (4_000, 1_000, 300)
_CUT_MARK = " …[cut]"


def encoded_size(value: Any) -> int:
    return len(json.dumps(value, ensure_ascii=False, separators=(",", ":")))


def pdf_export(answer: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The signed link and its expiry, or the size of a file sent inline instead."""
    url = answer.get("pdf_export_url")
    if isinstance(url, str) and url:
        return {"pdf_url": url, "valid_until": answer.get("pdf_export_valid_until")}, []
    inline = {k: v for k, v in answer.items() if isinstance(v, str) and len(v) > 256}
    if not inline:
        return {}, ["JobMojito returned no PDF link. Call again with store_file=true."]
    field, content = max(inline.items(), key=lambda item: len(item[1]))
    size = len(content) * 3 // 4
    note = (
        f"JobMojito sent the PDF itself ({field}, about {size // 1024:,} KB as base64), which "
        "is not passed on here. Call again with store_file=true to get a download link."
    )
    return {"pdf_inline_bytes": size}, [note]


def html_export(answer: dict[str, Any], budget: int) -> tuple[dict[str, Any], list[str]]:
    """The HTML document, cut at a tag boundary to fit `budget` characters."""
    document = answer.get("html_export")
    if not isinstance(document, str):
        return {}, ["JobMojito returned no HTML for this report."]
    if encoded_size(document) <= budget:
        return {"report_html": document}, []
    cut = _cut_text(document, budget)
    boundary = cut.rfind("<")
    if boundary > len(cut) // 2:
        cut = cut[:boundary]
    note = (
        f"report_html holds the first {len(cut):,} of {len(document):,} characters. For the "
        "whole report use export_type='pdf' (a download link), or fewer interview_result_ids."
    )
    return {"report_html": cut}, [note]


def json_export(answer: dict[str, Any], budget: int) -> tuple[dict[str, Any], list[str]]:
    """The structured report, shortened step by step until it fits `budget` characters.

    First the multi-result overview table goes (it repeats the results), then long strings
    are cut, then whole results are left out from the end.
    """
    report = answer.get("json_export")
    if not isinstance(report, dict):
        return {}, ["JobMojito returned no JSON for this report."]
    if encoded_size(report) <= budget:
        return {"report_json": report}, []

    notes: list[str] = []
    report = dict(report)
    if "table" in report:
        del report["table"]
        notes.append("The overview table (HTML) was left out; each result is below.")
    if encoded_size(report) <= budget:
        return {"report_json": report}, notes

    for limit in _STRING_CUTS:
        shortened = _cut_strings(report, limit)
        if encoded_size(shortened) <= budget:
            notes.append(f"Texts longer than {limit:,} characters were cut (marked '…[cut]').")
            return {"report_json": shortened}, notes

    results = list(shortened.get("results") or [])
    kept = len(results)
    while kept > 0 and encoded_size({**shortened, "results": results[:kept]}) > budget:
        kept -= 1
    notes.append(
        f"Texts longer than {_STRING_CUTS[-1]:,} characters were cut, and only {kept} of "
        f"{len(results)} results fit; call again with fewer interview_result_ids for the rest, "
        "or use export_type='pdf'."
    )
    return {"report_json": {**shortened, "results": results[:kept]}}, notes


def _cut_text(text: str, budget: int) -> str:
    """The longest prefix of `text` (roughly) whose JSON encoding fits `budget`."""
    cut = text[:budget]
    while cut and encoded_size(cut) > budget:
        cut = cut[: int(len(cut) * budget / encoded_size(cut) * 0.95)]
    return cut


def _cut_strings(value: Any, limit: int) -> Any:
    if isinstance(value, str):
        return value if len(value) <= limit else value[:limit] + _CUT_MARK
    if isinstance(value, dict):
        return {key: _cut_strings(item, limit) for key, item in value.items()}
    if isinstance(value, list):
        return [_cut_strings(item, limit) for item in value]
    return value
