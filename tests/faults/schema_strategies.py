"""Hypothesis strategies for a tool's arguments, drawn from its own JSON input schema.

The schemas the server advertises are plain: object, string, integer, number, boolean and
array types, enums, and type lists. `arguments` draws values the schema allows, salted with
real ids and names from the sandbox for id-like arguments so calls reach past the id layer;
`broken` turns valid arguments into ones the schema forbids, each with the reason, and
`unbounded_strings` names those a test can make huge without breaking the schema.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Mapping, Sequence
from typing import Any

from hypothesis import strategies as st

from jobmojito_mcp.sandbox import Sandbox

HUGE = 70_000
# `options` objects list the keys they take in their description.
_OTHER_SETTINGS = re.compile(r"Other settings: ([a-z_, ]+)\.")
UNKNOWN_ARGUMENT = "zz_not_an_argument"

_ODD_TEXT = ["", " ", "null", "0", "../../etc/passwd", "Zoë 🚀", "\x00", "' OR 1=1 --", "%s%n"]

_json = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**6), 10**6) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)


def sandbox_values() -> dict[str, list[str]]:
    """Real ids, names and links from the seeded sandbox, by the argument they fit.

    Each id argument also gets a few ids of other kinds, for the id layer to refuse or
    correct; `id` (describe_id) gets all of them.
    """
    store = Sandbox().store
    results = [r for r in store.results.values() if r["merchant_id"] == store.main_merchant_id]
    interview = next(iter(store.interviews))
    priya = store.candidate_with_emoji()
    by_kind = {
        "interview_id": [
            *list(store.interviews)[:6],
            "Backend Engineer",
            "Backend Engineer (Berlin)",
            f"https://app.jobmojito.com/interview_creator/{interview}",
        ],
        "position_id": [store.position()["id"], "Senior Frontend Engineer"],
        "candidate_id": [*list(store.candidates)[:5], priya["name"], priya["email"]],
        "interview_result_id": [
            *(r["interview_result_id"] for r in results[:6] if r["interview_result_id"]),
            *(r["id"] for r in results[:3]),
        ],
        "interview_template_id": list(store.avatars)[:5],
        "merchant_id": [*store.merchants, "Acme Talent Schweiz AG"],
        "catalogue_directory_id": list(store.catalogue)[:5],
        "knowledge_base_store_id": list(store.knowledge_bases)[:3],
        "recruiter_person_id": [store.owner_profile_id, store.recruiter_profile_id],
    }
    everything = [value for values in by_kind.values() for value in values]
    others = everything[::7]
    ids = {name: [*values, *others] for name, values in by_kind.items()}
    ids["interview_result_ids"] = ids["interview_result_id"]
    ids["parent_directory_id"] = ids["child_directory_ids"] = ids["catalogue_directory_id"]
    return {
        **ids,
        "id": [*everything, "https://app.jobmojito.com/nowhere/123"],
        "email": ["ana@example.com", "not-an-email", "zoë@例え.jp", priya["email"]],
        "language": ["en", "de", "fr-CH", "xx"],
        "date": ["2026-01-01", "2026-03-16", "2026-13-45", "yesterday"],
        "file_name": ["cv.pdf", "notes.txt", "resume.docx", "virus.exe", "noextension"],
        "file_path": ["cv.pdf", "/etc/passwd", "../outside.txt"],
        "content": [base64.b64encode(b"%PDF-1.4 hello").decode(), "not base64!", ""],
    }


def _hint(name: str, pool: Mapping[str, list[str]]) -> str | None:
    if name in pool:
        return name
    if name.endswith(("_id", "_ids")):
        return "id"
    if "email" in name:
        return "email"
    if name == "mojito_language_code":
        return "language"
    return "date" if name.startswith("date_") else None


def values(schema: Mapping[str, Any], name: str, pool: Mapping[str, list[str]]) -> Any:
    """A strategy for values `schema` allows, for the argument called `name`."""
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kind = schema.get("type")
    if kind is None:
        return _json
    if isinstance(kind, list):
        return st.one_of([values({**schema, "type": k}, name, pool) for k in kind])
    if kind == "null":
        return st.none()
    if kind == "boolean":
        return st.booleans()
    if kind == "integer":
        return st.integers(schema.get("minimum", -5), schema.get("maximum", 10**6))
    if kind == "number":
        return st.floats(schema.get("minimum", -1e6), schema.get("maximum", 1e6), allow_nan=False)
    if kind == "string":
        return _strings(schema, name, pool)
    if kind == "array":
        low = schema.get("minItems", 0)
        high = max(low, min(schema.get("maxItems", 3), 3))
        return st.lists(values(schema.get("items", {}), name, pool), min_size=low, max_size=high)
    if kind == "object":
        return _objects(schema, pool)
    raise AssertionError(f"unexpected schema type {kind!r} for {name}")


def _strings(schema: Mapping[str, Any], name: str, pool: Mapping[str, list[str]]) -> Any:
    low, high = schema.get("minLength", 0), schema.get("maxLength") or 400

    def fitting(texts: Sequence[str]) -> list[str]:
        return [text for text in texts if low <= len(text) <= high]

    options = [st.text(min_size=low, max_size=max(low, min(high, 40)))]
    for texts, weight in ((_ODD_TEXT, 1), (pool.get(_hint(name, pool) or "", ()), 3)):
        if fitting(texts):
            options += [st.sampled_from(fitting(texts))] * weight
    return st.one_of(options)


def _objects(schema: Mapping[str, Any], pool: Mapping[str, list[str]]) -> Any:
    properties = schema.get("properties")
    if not properties:
        named = _OTHER_SETTINGS.search(schema.get("description", ""))
        keys = st.text(max_size=20)
        if named:
            keys = st.sampled_from([k.strip() for k in named.group(1).split(",")]) | keys
        return st.dictionaries(keys, _json, max_size=3)
    required = set(schema.get("required", ()))
    return st.fixed_dictionaries(
        {k: values(p, k, pool) for k, p in properties.items() if k in required},
        optional={k: values(p, k, pool) for k, p in properties.items() if k not in required},
    )


def arguments(schema: Mapping[str, Any], pool: Mapping[str, list[str]]) -> Any:
    """Arguments a tool's input schema allows."""
    return _objects(schema, pool)


def unbounded_strings(schema: Mapping[str, Any], valid: dict[str, Any]) -> list[str]:
    """The string arguments in `valid` whose schema advertises no length limit."""
    return [
        name
        for name, prop in schema.get("properties", {}).items()
        if name in valid and _types(prop) == {"string"} and not {"maxLength", "enum"} & set(prop)
    ]


def _types(schema: Mapping[str, Any]) -> set[str]:
    kind = schema.get("type")
    return set(kind) if isinstance(kind, list) else {kind} if kind else set()


def _wrong_type(schema: Mapping[str, Any]) -> Any:
    """A value of a JSON type the schema does not allow, nor pydantic coerces into one it does."""
    allowed = _types(schema)
    if not allowed:
        return None
    return 3.5 if "object" in allowed else {"zz": 1}


def broken(schema: Mapping[str, Any], valid: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Ways to make `valid` break the schema: (what is wrong, the arguments)."""
    cases = [("an unknown argument", {**valid, UNKNOWN_ARGUMENT: "x"})]
    for name, prop in schema.get("properties", {}).items():
        wrong = _wrong_type(prop)
        if wrong is not None:
            cases.append((f"{name} of the wrong type", {**valid, name: wrong}))
        for what, value in _out_of_bounds(prop):
            cases.append((f"{name} {what}", {**valid, name: value}))
    for name in schema.get("required", ()):
        cases.append((f"{name} left out", {k: v for k, v in valid.items() if k != name}))
    return cases


def _out_of_bounds(prop: Mapping[str, Any]) -> Sequence[tuple[str, Any]]:
    found: list[tuple[str, Any]] = []
    if "enum" in prop:
        found.append(("not one of its choices", "zz-not-a-choice"))
    if "maxLength" in prop:
        found.append(("over its maxLength", "x" * (prop["maxLength"] + 1)))
    if prop.get("minLength", 0) >= 1:
        found.append(("under its minLength", "x" * (prop["minLength"] - 1)))
    if "minimum" in prop:
        found.append(("under its minimum", prop["minimum"] - 1))
    if "maximum" in prop:
        found.append(("over its maximum", prop["maximum"] + 1))
    if prop.get("minItems", 0) >= 1:
        found.append(("with too few items", []))
    return found
