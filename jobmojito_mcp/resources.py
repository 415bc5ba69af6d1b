"""Reference resources: the id reference, and what each key of a write tool's `options` means.

The texts are written from the same option models the tools check `options` with, so a
key, its type, its allowed values and its explanation cannot drift from what a call
accepts. Resources cost nothing in tools/list; an agent reads one when it needs it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from mcp.server import MCPServer
from mcp.server.mcpserver.resources import TextResource

from jobmojito_mcp.ids.reference import id_reference
from jobmojito_mcp.tools.catalogue import CatalogueOptions, CatalogueUpdateOptions
from jobmojito_mcp.tools.interview_settings import (
    InterviewUpdateOptions,
    NewInterviewOptions,
    PersonaOptions,
)
from jobmojito_mcp.tools.options import Options
from jobmojito_mcp.tools.prescreening import CandidateInterviewOptions, PreScreeningOptions


@dataclass(frozen=True)
class Reference:
    """One resource: the option models it explains and the tools taking each."""

    name: str
    title: str
    models: tuple[tuple[type[Options], tuple[str, ...]], ...]

    @property
    def uri(self) -> str:
        return self.models[0][0].resource

    @property
    def tools(self) -> tuple[str, ...]:
        return tuple(tool for _, tools in self.models for tool in tools)


REFERENCES: tuple[Reference, ...] = (
    Reference(
        "interview-options",
        "Interview options",
        (
            (NewInterviewOptions, ("create_interview", "create_interview_from_questions")),
            (InterviewUpdateOptions, ("update_interview",)),
        ),
    ),
    Reference("persona-options", "Persona options", ((PersonaOptions, ("create_persona",)),)),
    Reference(
        "pre-screening-options",
        "Pre-screening options",
        (
            (PreScreeningOptions, ("upsert_pre_screening",)),
            (CandidateInterviewOptions, ("create_interview_for_candidate",)),
        ),
    ),
    Reference(
        "catalogue-options",
        "Catalogue directory options",
        (
            (CatalogueOptions, ("create_catalogue_directory",)),
            (CatalogueUpdateOptions, ("update_catalogue_directory",)),
        ),
    ),
)


def register_resources(server: MCPServer[Any], admin_url: str) -> None:
    """Add the id reference and every options reference to `server`."""
    server.add_resource(
        TextResource(
            uri="jobmojito://reference/ids",
            name="ids",
            title="Id reference",
            description="Each kind of id, the argument that takes it, and its admin-app link.",
            mime_type="text/markdown",
            text=id_reference(admin_url),
        )
    )
    for reference in REFERENCES:
        server.add_resource(
            TextResource(
                uri=reference.uri,
                name=reference.name,
                title=reference.title,
                description=f"The options keys of {', '.join(reference.tools)}.",
                mime_type="text/markdown",
                text=reference_text(reference),
            )
        )


@cache
def reference_text(reference: Reference) -> str:
    """The resource's text: each key once, with its type, allowed values and meaning."""
    accepted: dict[str, list[str]] = {}
    schemas: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {}
    for model, tools in reference.models:
        schema = model.model_json_schema()
        for key, prop in schema["properties"].items():
            accepted.setdefault(key, []).extend(tools)
            schemas.setdefault(key, (prop, schema.get("$defs", {})))

    changes = any(tool.startswith(("update_", "upsert_")) for tool in reference.tools)
    left_out = (
        "JobMojito's default, or on an update the stored value"
        if changes
        else ("JobMojito's default")
    )
    lines = [
        f"# {reference.title}",
        "",
        f"Keys of the `options` argument of {', '.join(reference.tools)}. A key left out "
        f"keeps {left_out}. Ids are never options: each is an argument of its own.",
        "",
    ]
    for key, (prop, definitions) in schemas.items():
        only = accepted[key]
        scope = "" if len(only) == len(reference.tools) else f" Only in {', '.join(only)}."
        lines.append(f"- `{key}` ({describe(prop, definitions)}): {_meaning(prop)}{scope}")
        lines += [f"  {line}" for line in _item_keys(prop, definitions)]
    return "\n".join(lines) + "\n"


def describe(prop: dict[str, Any], definitions: dict[str, Any]) -> str:
    """A short phrase for what a JSON Schema admits: its type, values and bounds."""
    prop = _plain(prop, definitions)
    if "enum" in prop:
        return "one of: " + ", ".join(str(v) for v in prop["enum"] if v is not None)
    kind = prop.get("type")
    if kind == "integer" or kind == "number":
        low, high = prop.get("minimum"), prop.get("maximum")
        bounds = f" from {low} to {high}" if low is not None and high is not None else ""
        return f"{'whole ' if kind == 'integer' else ''}number{bounds}"
    if kind == "boolean":
        return "true or false"
    if kind == "array":
        items = _plain(prop.get("items", {}), definitions)
        most = f", at most {prop['maxItems']}" if "maxItems" in prop else ""
        if "enum" in items:
            return f"list{most}, each one of: " + ", ".join(str(v) for v in items["enum"])
        what = "objects" if items.get("type") == "object" else describe(items, definitions)
        return f"list of {what}{most}"
    if kind == "object":
        return "object"
    if "maxLength" in prop:
        return f"text, up to {prop['maxLength']:,} characters"
    return "text"


def _meaning(prop: dict[str, Any]) -> str:
    return str(prop.get("description") or "").strip()


def _item_keys(prop: dict[str, Any], definitions: dict[str, Any]) -> list[str]:
    """For a list of objects, one line per key of an item."""
    prop = _plain(prop, definitions)
    items = _plain(prop.get("items", {}), definitions)
    if items.get("type") != "object":
        return []
    required = set(items.get("required", ()))
    lines = ["Each item:"]
    for key, item in items.get("properties", {}).items():
        need = ", required" if key in required else ""
        meaning = _meaning(_plain(item, definitions))
        lines.append(
            f"- `{key}` ({describe(item, definitions)}{need})" + f": {meaning}" * bool(meaning)
        )
    if items.get("additionalProperties") is True:
        lines.append("- other keys are passed on as they are.")
    return lines


def _plain(prop: dict[str, Any], definitions: dict[str, Any]) -> dict[str, Any]:
    """`prop` with a `$ref` followed and an optional `anyOf: [X, null]` reduced to X."""
    if "$ref" in prop:
        target = definitions[prop["$ref"].rsplit("/", 1)[-1]]
        prop = {**target, **{k: v for k, v in prop.items() if k != "$ref"}}
    options = [o for o in prop.get("anyOf", ()) if o != {"type": "null"}]
    if len(options) == 1:
        rest = {k: v for k, v in prop.items() if k != "anyOf"}
        return {**_plain(options[0], definitions), **rest}
    return prop
