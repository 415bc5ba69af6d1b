"""Rewrite pydantic's JSON Schemas into the plain form every MCP client accepts.

Clients differ in what they parse: some reject `$ref`/`$defs`, some reject `anyOf` at
the top level or `nullable`. The result is inline, with nullable written as a type
list, and without the `title` keys and abuse-only length limits that only cost tokens.
"""

from __future__ import annotations

from typing import Any

# Length limits this large only stop abuse; no agent writes that much by accident, so they
# are enforced when a call arrives but not advertised.
LONG_TEXT = 500


def client_friendly(schema: dict[str, Any]) -> dict[str, Any]:
    """An inline, `anyOf`-free copy of a tool's input schema.

    An optional argument may be left out, so its schema does not also advertise null
    (the tool still accepts a null it is sent).
    """
    definitions = schema.get("$defs", {})
    simplified = _walk(schema, definitions)
    simplified.setdefault("type", "object")
    _drop_optional_nulls(simplified)
    return simplified


def _drop_optional_nulls(node: Any) -> None:
    if isinstance(node, list):
        for item in node:
            _drop_optional_nulls(item)
        return
    if not isinstance(node, dict):
        return
    required = set(node.get("required", ()))
    for name, prop in (node.get("properties") or {}).items():
        if name not in required and isinstance(prop, dict):
            _without_null(prop)
    for value in node.values():
        _drop_optional_nulls(value)


def _without_null(prop: dict[str, Any]) -> None:
    kind = prop.get("type")
    if isinstance(kind, list) and "null" in kind:
        rest = [k for k in kind if k != "null"]
        prop["type"] = rest[0] if len(rest) == 1 else rest
    if isinstance(prop.get("enum"), list) and None in prop["enum"]:
        prop["enum"] = [v for v in prop["enum"] if v is not None]


def _walk(node: Any, definitions: dict[str, Any]) -> Any:
    if isinstance(node, list):
        return [_walk(item, definitions) for item in node]
    if not isinstance(node, dict):
        return node

    if "$ref" in node:
        target = definitions[node["$ref"].rsplit("/", 1)[-1]]
        siblings = {k: v for k, v in node.items() if k != "$ref"}
        return _walk({**target, **siblings}, definitions)

    result: dict[str, Any] = {}
    for key, value in node.items():
        if key == "$defs" or (key == "title" and isinstance(value, str)):
            continue
        if key == "default" and value is None:
            continue
        if key == "maxLength" and isinstance(value, int) and value >= LONG_TEXT:
            continue
        if key == "properties":
            result[key] = {name: _walk(prop, definitions) for name, prop in value.items()}
        else:
            result[key] = _walk(value, definitions)

    for combinator in ("anyOf", "oneOf"):
        if combinator in result:
            merged = _merge_nullable(result[combinator])
            if merged is not None:
                del result[combinator]
                result = {**merged, **result}
    return result


def _merge_nullable(options: list[Any]) -> dict[str, Any] | None:
    """`anyOf: [{type: X, ...}, {type: null}]` → `{type: [X, "null"], ...}`; None otherwise."""
    non_null = [o for o in options if o != {"type": "null"}]
    if len(non_null) == len(options):
        types = [o.get("type") for o in options]
        if all(isinstance(t, str) for t in types) and all(len(o) == 1 for o in options):
            return {"type": types}
        return None
    if len(non_null) != 1 or not isinstance(non_null[0], dict):
        return None
    only = dict(non_null[0])
    kind = only.get("type")
    if isinstance(kind, str):
        only["type"] = [kind, "null"]
    elif isinstance(kind, list):
        only["type"] = [*kind, "null"]
    else:
        return None
    if "enum" in only and None not in only["enum"]:
        only["enum"] = [*only["enum"], None]
    return only
