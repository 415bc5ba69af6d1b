"""Put a call's arguments where its operation expects them: query string, JSON body or form."""

from __future__ import annotations

import json as jsonlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .operations import Operation


@dataclass(frozen=True, slots=True)
class EncodedArguments:
    """Keyword arguments for `httpx.AsyncClient.request`, plus the merchant the request names.

    `merchant_id` is None when the request names none, so the token's own merchant applies.
    """

    httpx_kwargs: Mapping[str, Any]
    merchant_id: str | None


def encode_arguments(
    op: Operation,
    *,
    params: Mapping[str, Any] | None,
    json: Any,
    files: Mapping[str, Any] | None,
    data: Mapping[str, Any] | None,
    merchant_id: str | None,
) -> EncodedArguments:
    """Encode one call's arguments; a mismatch with the operation's body kind is a ValueError."""
    default_merchant = merchant_id if op.takes_merchant_id else None

    if op.body == "query":
        if json is not None or files is not None or data is not None:
            raise ValueError(f"{op.name} is a GET: pass its arguments as params")
        query = _with_merchant(_query(params or {}), default_merchant)
        return EncodedArguments({"params": query}, _merchant_of(query))

    if params:
        raise ValueError(f"{op.name} is a POST: pass its arguments as json, or as files and data")
    multipart = files is not None or data is not None
    if multipart and op.body == "json":
        raise ValueError(f"{op.name} takes a JSON body, not a multipart form")
    if not multipart and op.body == "multipart":
        raise ValueError(f"{op.name} takes a multipart form: pass files and data")

    if multipart:
        form = _with_merchant(_form(data or {}), default_merchant)
        return EncodedArguments({"files": dict(files or {}), "data": form}, _merchant_of(form))

    body = {} if json is None else json
    if isinstance(body, Mapping):
        body = _with_merchant(dict(body), default_merchant)
        return EncodedArguments({"json": body}, _merchant_of(body))
    return EncodedArguments({"json": body}, None)


def _query(params: Mapping[str, Any]) -> dict[str, Any]:
    """Drop unset values and spell booleans the way the API reads them."""
    query: dict[str, Any] = {}
    for key, value in params.items():
        if isinstance(value, list | tuple):
            query[key] = [_scalar(item) for item in value if item is not None]
        elif value is not None:
            query[key] = _scalar(value)
    return query


def _form(data: Mapping[str, Any]) -> dict[str, str]:
    """Form fields are text: booleans lowercased, objects and lists sent as JSON."""
    form: dict[str, str] = {}
    for key, value in data.items():
        if value is None:
            continue
        if isinstance(value, Mapping | list | tuple):
            form[key] = jsonlib.dumps(value)
        else:
            form[key] = str(_scalar(value))
    return form


def _scalar(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def _with_merchant(values: dict[str, Any], default: str | None) -> dict[str, Any]:
    if default is not None and values.get("merchant_id") is None:
        values["merchant_id"] = default
    return values


def _merchant_of(values: Mapping[str, Any]) -> str | None:
    merchant = values.get("merchant_id")
    return None if merchant is None else str(merchant)
