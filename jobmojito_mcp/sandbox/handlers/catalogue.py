"""The coaching catalogue's directories, and knowledge-base document uploads."""

from __future__ import annotations

import base64
import binascii
import copy
from typing import Any

from ..assets import catalogue_record
from ..params import (
    ApiError,
    Call,
    Route,
    contains,
    enum,
    flag,
    invalid,
    page,
    paginate,
    required_text,
    string_list,
    text,
)
from ..store import public
from ..vocabulary import (
    CATALOGUE_SLUG,
    CATALOGUE_STATUSES,
    CATALOGUE_VISIBILITIES,
    COACH_PLANS,
    LANGUAGE_CODES,
)

_SESSION_LIMIT = 200
_EDITABLE = (
    "name",
    "description",
    "mojito_language_code",
    "visibility",
    "status",
    "cover_image_url",
    "coach_plan",
    "tags_sub",
    "tags_interview_set_filter",
    "content_md",
)


def _slug(body: dict[str, Any]) -> str:
    slug = required_text(body, "id")
    if not CATALOGUE_SLUG.match(slug):
        raise invalid("id", "id must be lower-case letters and digits joined by - or _.")
    return slug


def _url(call: Call, merchant_id: str, slug: str) -> str | None:
    domain = call.store.merchants[merchant_id]["frontend_domain"]
    return f"https://{domain}/catalogue/{slug}" if domain else None


def _readable(call: Call, merchant_id: str, slug: str | None) -> dict[str, Any] | None:
    directory = call.store.catalogue.get(slug or "")
    if directory is None or directory["merchant_id"] not in (None, merchant_id):
        return None
    return directory


def _fields(body: dict[str, Any], *, partial: bool) -> dict[str, Any]:
    """The directory fields present in the body, checked."""
    values: dict[str, Any] = {}
    for name in _EDITABLE:
        if name not in body:
            continue
        if body[name] is None and name in ("name", "visibility", "status") and partial:
            raise invalid(name, f"{name} cannot be null.")
        if name == "mojito_language_code":
            values[name] = enum(body, name, LANGUAGE_CODES)
        elif name == "visibility":
            values[name] = enum(body, name, CATALOGUE_VISIBILITIES)
        elif name == "status":
            values[name] = enum(body, name, CATALOGUE_STATUSES)
        elif name == "coach_plan":
            values[name] = enum(body, name, COACH_PLANS)
        elif name in ("tags_sub", "tags_interview_set_filter"):
            values[name] = string_list(body, name)
        else:
            values[name] = text(body, name, required=name == "name")
    if values.get("visibility") == "public":
        raise ApiError(403, "Only platform administrators can share a directory publicly.")
    return values


def create_directory(call: Call) -> dict[str, Any]:
    body = call.body
    slug = _slug(body)
    text(body, "name", required=True)
    values = _fields(body, partial=False)
    merchant_id = call.merchant(body.get("merchant_id"))
    parent_slug = text(body, "parent_tag")
    parent = call.store.catalogue.get(parent_slug or "")
    if parent_slug and (parent is None or parent["merchant_id"] != merchant_id):
        raise invalid("parent_tag", "parent_tag does not match a directory of this merchant.")
    if slug in call.store.catalogue:
        raise ApiError(409, "A directory with this id already exists; update it instead.")

    stamp = call.store.now()
    values = {k: v for k, v in values.items() if v is not None}
    call.store.catalogue[slug] = catalogue_record(
        merchant_id, slug, values.pop("name"), stamp, **values
    )
    if parent is not None:
        parent["tags_sub"] = [*(parent["tags_sub"] or []), slug]
        parent["updated_at"] = stamp
    return {
        "id": slug,
        "merchant_id": merchant_id,
        "parent_tag": parent_slug,
        "catalogue_url": _url(call, merchant_id, slug),
    }


def update_directory(call: Call) -> dict[str, Any]:
    body = call.body
    slug = _slug(body)
    directory = call.store.catalogue.get(slug)
    if directory is None or directory["merchant_id"] not in call.caller.acts_for:
        raise ApiError(404, "No directory with this id.")
    values = _fields(body, partial=True)
    if not values:
        raise ApiError(422, "Send at least one field to update.")

    for name, value in values.items():
        directory[name] = copy.deepcopy(value)
    directory["updated_at"] = call.store.now()
    return {
        "id": slug,
        "updated_fields": list(values),
        "catalogue_url": _url(call, directory["merchant_id"], slug),
    }


def _row(directory: dict[str, Any]) -> dict[str, Any]:
    row = public(directory)
    row["has_content_page"] = bool(directory["content_md"])
    row["is_start_directory"] = directory["_start"]
    return row


def _sessions(call: Call, merchant_id: str, tags: list[str]) -> list[dict[str, Any]]:
    wanted = set(tags)
    sessions = [
        i
        for i in call.store.interviews.values()
        if wanted
        and i["status"] == "active"
        and i["type"] in ("coaching", "persona")
        and i["merchant_id"] in (None, merchant_id)
        and i["visibility"] in ("public", "merchant_public")
        and wanted <= set(i["tags"] or [])
    ]
    names = ("id", "name", "type", "type_avatar", "status", "visibility", "type_credit", "tags")
    return [{n: copy.deepcopy(s[n]) for n in names} for s in sessions]


def get_directory(call: Call) -> dict[str, Any]:
    merchant_id = call.merchant(call.query.get("merchant_id"))
    slug = text(call.query, "id", required=True)
    directory = _readable(call, merchant_id, slug)
    if directory is None:
        raise ApiError(404, "No directory with this id.")

    answer = _row(directory)
    del answer["has_content_page"]
    answer["catalogue_url"] = _url(call, merchant_id, directory["id"])
    children = [_readable(call, merchant_id, s) for s in directory["tags_sub"] or []]
    answer["sub_directories"] = [
        {
            k: c[k]
            for k in ("id", "name", "description", "status", "visibility", "mojito_language_code")
        }
        for c in children
        if c is not None
    ]
    sessions = _sessions(call, merchant_id, directory["tags_interview_set_filter"] or [])
    answer["matched_sessions"] = sessions[:_SESSION_LIMIT]
    answer["matched_sessions_truncated"] = len(sessions) > _SESSION_LIMIT
    return answer


def list_directories(call: Call) -> dict[str, Any]:
    query = call.query
    merchant_id = call.merchant(query.get("merchant_id"))
    status = enum(query, "status", CATALOGUE_STATUSES)
    visibility = enum(query, "visibility", CATALOGUE_VISIBILITIES)
    include_public = flag(query, "include_public", True)
    limit, offset = page(query)

    candidates = sorted(call.store.catalogue.values(), key=lambda d: d["id"])
    if query.get("parent_tag"):
        parent = _readable(call, merchant_id, query["parent_tag"])
        children = [_readable(call, merchant_id, s) for s in (parent or {}).get("tags_sub") or []]
        candidates = [c for c in children if c is not None]
    rows = [
        _row(d)
        for d in candidates
        if (d["merchant_id"] == merchant_id or (include_public and d["merchant_id"] is None))
        and (status is None or d["status"] == status)
        and (visibility is None or d["visibility"] == visibility)
        and (
            not query.get("mojito_language_code")
            or d["mojito_language_code"] == query["mojito_language_code"]
        )
        and contains(query.get("filter_text"), d["id"], d["name"], d["description"])
    ]
    return paginate(rows, limit, offset)


def upload_document(call: Call) -> dict[str, Any]:
    body = call.body
    store_id = text(body, "knowledge_base_store_id", required=True)
    if call.multipart:
        upload = call.files.get("file")
        if upload is None:
            raise invalid("file", "file is required.")
        content, filename = upload.content, upload.filename
    else:
        encoded = required_text(body, "file")
        try:
            content = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            raise invalid("file", "file must be base64-encoded.") from None
        filename = "document"
    merchant_id = call.merchant(body.get("merchant_id"))
    knowledge_base = call.store.knowledge_bases.get(store_id or "")
    if knowledge_base is None or knowledge_base["merchant_id"] != merchant_id:
        # The upstream answers an unknown store with a server error, not a validation error.
        raise ApiError(500, "Knowledge base store not found.")

    document_id = call.store.new_id("knowledge-base-document")
    call.store.documents[document_id] = {
        "knowledge_base_id": document_id,
        "knowledge_base_store_id": store_id,
        "merchant_id": merchant_id,
        "name": text(body, "name") or filename,
        "size": len(content),
        "status": "queued",
        "created_at": call.store.now(),
    }
    return {"knowledge_base_id": document_id}


ROUTES = [
    Route("POST", "/catalogue-tag-create", create_directory, admin=True, write=True),
    Route("POST", "/catalogue-tag-update", update_directory, admin=True, write=True),
    Route("GET", "/catalogue-tag-get", get_directory),
    Route("GET", "/catalogue-tag-list", list_directories),
    Route("POST", "/knowledge-base-document-upload", upload_document, write=True),
]
