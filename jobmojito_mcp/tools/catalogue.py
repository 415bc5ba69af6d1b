"""Coaching catalogue tools: list, read, create and update catalogue directories.

Directories are identified by a slug (`sales-coaching-en`), which is also their URL
segment; a directory nests others through `child_directory_ids`.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from mcp.server.mcpserver import Context
from mcp.server.mcpserver.exceptions import ToolError
from pydantic import Field

from jobmojito_mcp.api.errors import ConflictError, PermissionDeniedError
from jobmojito_mcp.ids import IdKind
from jobmojito_mcp.ids.fields import place_ids, rename_row_ids
from jobmojito_mcp.tools.call import Call, calling
from jobmojito_mcp.tools.models import Lenient, Listing, page_of
from jobmojito_mcp.tools.options import Options, OptionsDict, described, read_options
from jobmojito_mcp.tools.params import Fields, FilterText, Limit, MerchantId, Offset
from jobmojito_mcp.tools.rows import shape_row

D = IdKind.CATALOGUE_DIRECTORY
CONTENT_PREVIEW_CHARS = 2_000

CatalogueDirectoryId = Annotated[
    str,
    Field(description="Slug from list_catalogue_directories.", max_length=200),
]
DirectoryStatus = Literal["draft", "active", "archived"]
DirectoryVisibility = Literal["public", "merchant_public", "merchant_invite", "merchant_unlisted"]
CoachPlan = Literal["demo", "screening", "2nd", "3rd", "closing", "job-specific", "other"]
ChildDirectoryIds = Annotated[
    list[Annotated[str, Field(max_length=200)]] | None,
    Field(description="Slugs nested inside, in order: the full list.", max_length=200),
]
Visibility = Annotated[
    DirectoryVisibility | None,
    Field(
        description="merchant_public: your catalogue (usual); public: all merchants, admins only."
    ),
]


class CatalogueOptions(Options):
    """A directory's card, page and session filter."""

    resource = "jobmojito://reference/catalogue-options"

    description: str | None = Field(
        None, max_length=2_000, description="Short text shown on the directory's card."
    )
    tags_interview_set_filter: list[Annotated[str, Field(max_length=100)]] | None = Field(
        None,
        max_length=50,
        description="Coaching sessions whose tags include every tag here are listed in the "
        "directory. Replaces the whole list.",
    )
    content_md: str | None = Field(
        None,
        max_length=100_000,
        description="Markdown for a custom page that replaces the default grid of "
        "sub-directories and sessions. Replaces the whole page.",
    )
    mojito_language_code: str | None = Field(
        None, max_length=8, description="Language code such as 'en' (list_languages)."
    )
    coach_plan: CoachPlan | None = Field(
        None, description="Coaching-plan stage the directory belongs to."
    )
    cover_image_url: str | None = Field(
        None, max_length=2_000, description="Image shown on the directory's card."
    )


Clearable = Literal[
    "description", "cover_image_url", "coach_plan", "content_md", "mojito_language_code"
]


class CatalogueUpdateOptions(CatalogueOptions):
    """The directory settings an update also takes."""

    clear: list[Clearable] | None = Field(
        None,
        max_length=5,
        description="Fields to empty. Clearing content_md removes the custom page and brings "
        "back the default grid.",
    )

    def request(self) -> dict[str, Any]:
        return self.model_dump(exclude_none=True, exclude={"clear"})


CatalogueSettings = Annotated[OptionsDict, described(CatalogueOptions)]
CatalogueUpdateSettings = Annotated[OptionsDict, described(CatalogueUpdateOptions)]

_ROW_KEEP = (
    "catalogue_directory_id",
    "name",
    "status",
    "visibility",
    "mojito_language_code",
    "coach_plan",
    "child_directory_ids",
    "has_content_page",
    "is_start_directory",
)
_SUMMARY = (
    "catalogue_directory_id",
    "name",
    "description",
    "status",
    "visibility",
    "mojito_language_code",
    "coach_plan",
    "merchant_id",
    "is_start_directory",
    "catalogue_url",
    "child_directory_ids",
    "tags_interview_set_filter",
)
_STANDARD = (*_SUMMARY, "cover_image_url", "created_at", "updated_at")


class DirectoryRow(Lenient):
    catalogue_directory_id: str | None = None
    name: str | None = None
    status: str | None = None


class DirectoryList(Listing):
    directories: list[DirectoryRow] = Field(default_factory=list)


async def list_catalogue_directories(
    ctx: Context,
    filter_text: Annotated[
        FilterText, Field(description="Search slugs, names, descriptions.")
    ] = None,
    parent_directory_id: Annotated[
        str | None,
        Field(description="Only those directly inside this one.", max_length=200),
    ] = None,
    status: DirectoryStatus | None = None,
    visibility: DirectoryVisibility | None = None,
    mojito_language_code: Annotated[str | None, Field(max_length=8)] = None,
    include_public: Annotated[
        bool | None,
        Field(description="Include platform-wide public ones (default)."),
    ] = None,
    merchant_id: MerchantId = None,
    limit: Limit = 25,
    offset: Offset = 0,
    fields: Fields = "compact",
) -> DirectoryList:
    async with calling(ctx) as call:
        ids = {
            "merchant_id": await call.ids.resolve_optional(
                "merchant_id", merchant_id, IdKind.MERCHANT
            ),
            "parent_directory_id": await call.ids.resolve_optional(
                "parent_directory_id", parent_directory_id, D
            ),
        }
        request: dict[str, Any] = {
            "filter_text": filter_text,
            "status": status,
            "visibility": visibility,
            "mojito_language_code": mojito_language_code,
            "include_public": include_public,
            "limit": limit,
            "offset": offset,
        }
        answer = await call.api("list_catalogue_directories", request, ids=ids)
        rows = answer.get("data") or []
        _remember_directories(call, rows)
        directories = [
            DirectoryRow.model_validate(
                shape_row("catalogue", row, _ROW_KEEP, full=fields == "full")
            )
            for row in rows
        ]
        return DirectoryList(
            directories=directories, page=page_of(answer, len(rows)), notes=call.all_notes() or None
        )


class CatalogueDirectory(Lenient):
    catalogue_directory_id: str | None = None
    name: str | None = None
    status: str | None = None
    catalogue_url: str | None = Field(None, description="The directory's public page, if any.")
    view: str | None = None
    notes: list[str] | None = None


async def get_catalogue_directory(
    ctx: Context,
    catalogue_directory_id: CatalogueDirectoryId,
    view: Annotated[
        Literal["summary", "standard", "full"],
        Field(
            description="summary: settings and counts; standard: plus sub-directories, "
            "listed sessions and the start of the custom page; full: the whole record."
        ),
    ] = "standard",
    merchant_id: MerchantId = None,
) -> CatalogueDirectory:
    async with calling(ctx) as call:
        resolved = await call.ids.resolve("catalogue_directory_id", catalogue_directory_id, D)
        merchant = await call.ids.resolve_optional("merchant_id", merchant_id, IdKind.MERCHANT)
        answer = await call.api(
            "get_catalogue_directory",
            ids={"catalogue_directory_id": resolved.id, "merchant_id": merchant},
        )
        _remember_directories(call, [answer, *(answer.get("sub_directories") or [])])
        call.remember("interview", answer.get("matched_sessions") or [])
        shaped = _directory_view(call, answer, view)
        shaped.setdefault("catalogue_directory_id", resolved.id)
        return CatalogueDirectory(view=view, notes=call.all_notes() or None, **shaped)


def _directory_view(call: Call, record: dict[str, Any], view: str) -> dict[str, Any]:
    """The fields of one directory that `view` shows, ids under our names."""
    renamed = rename_row_ids("catalogue", record)
    subs = [rename_row_ids("catalogue", s) for s in record.get("sub_directories") or []]
    sessions = [rename_row_ids("interview", s) for s in record.get("matched_sessions") or []]
    content = record.get("content_md")
    if view == "full":
        return {**renamed, "sub_directories": subs, "matched_sessions": sessions}

    keep = _SUMMARY if view == "summary" else _STANDARD
    shaped = {key: renamed[key] for key in keep if renamed.get(key) is not None}
    shaped["has_content_page"] = content is not None
    if view == "summary":
        shaped["sub_directory_count"] = len(subs)
        shaped["matched_session_count"] = len(sessions)
        return shaped

    shaped["sub_directories"] = [
        {k: s[k] for k in ("catalogue_directory_id", "name", "status") if s.get(k) is not None}
        for s in subs
    ]
    missing = [c for c in renamed.get("child_directory_ids") or [] if c not in _slugs(subs)]
    if missing:
        call.notes.append(
            f"child_directory_ids lists {', '.join(missing)}, which do not resolve "
            "(deleted or not visible); they show nowhere in the catalogue."
        )
    shaped["matched_sessions"] = [
        {k: s[k] for k in ("interview_id", "name", "type") if s.get(k) is not None}
        for s in sessions
    ]
    if record.get("matched_sessions_truncated"):
        call.notes.append("More sessions match than the 200 listed; narrow the tag filter.")
    if content is not None and len(content) > CONTENT_PREVIEW_CHARS:
        shaped["content_md"] = content[:CONTENT_PREVIEW_CHARS]
        call.notes.append(
            f"content_md is {len(content):,} characters; the first {CONTENT_PREVIEW_CHARS:,} "
            "are shown. Call again with view='full' for the whole page before editing it."
        )
    elif content is not None:
        shaped["content_md"] = content
    return shaped


def _slugs(rows: list[dict[str, Any]]) -> set[str]:
    return {r["catalogue_directory_id"] for r in rows if r.get("catalogue_directory_id")}


def _remember_directories(call: Call, rows: list[dict[str, Any]]) -> None:
    call.remember("catalogue", rows)
    for row in rows:
        for child in row.get("tags_sub") or ():
            if isinstance(child, str) and call.ids.memory.get(child) is None:
                call.ids.remember(D, child)


class CreatedDirectory(Lenient):
    catalogue_directory_id: str | None = None
    parent_directory_id: str | None = None
    catalogue_url: str | None = None
    notes: list[str] | None = None


async def create_catalogue_directory(
    ctx: Context,
    catalogue_directory_id: Annotated[
        str,
        Field(
            description="New slug, its URL part: a-z, 0-9, - and _.",
            max_length=200,
        ),
    ],
    name: Annotated[str, Field(min_length=1, max_length=200)],
    parent_directory_id: Annotated[
        str | None,
        Field(description="Directory to nest it in.", max_length=200),
    ] = None,
    child_directory_ids: ChildDirectoryIds = None,
    status: DirectoryStatus | None = None,
    visibility: Visibility = None,
    merchant_id: MerchantId = None,
    options: CatalogueSettings = None,
) -> CreatedDirectory:
    settings = read_options(CatalogueOptions, options, create_catalogue_directory)
    async with calling(ctx) as call:
        slug = await call.ids.resolve(
            "catalogue_directory_id", catalogue_directory_id, D, write=True
        )
        _check_new_slug(slug.id)
        ids = {
            "catalogue_directory_id": slug.id,
            "parent_directory_id": await call.ids.resolve_optional(
                "parent_directory_id", parent_directory_id, D, write=True
            ),
            "child_directory_ids": await _children(call, child_directory_ids, slug.id),
            "merchant_id": await call.ids.resolve_optional(
                "merchant_id", merchant_id, IdKind.MERCHANT
            ),
        }
        request: dict[str, Any] = {
            "name": name,
            "visibility": visibility,
            "status": status,
            **settings.request(),
        }
        try:
            answer = await call.api("create_catalogue_directory", request, ids=ids)
        except PermissionDeniedError as exc:
            _explain_public(exc, visibility)
            raise
        except ConflictError as exc:
            raise ToolError(
                f"catalogue_directory_id: a directory {slug.id!r} already exists. To change "
                f"it, call update_catalogue_directory with catalogue_directory_id={slug.id!r}; "
                "to add a new one, choose another slug."
            ) from exc
        call.ids.remember(D, slug.id, name=name)
        renamed = rename_row_ids("catalogue", answer)
        return CreatedDirectory(**{**renamed, "notes": call.all_notes() or None})


class UpdatedDirectory(Lenient):
    catalogue_directory_id: str | None = None
    updated_fields: list[str] | None = None
    catalogue_url: str | None = None
    notes: list[str] | None = None


async def update_catalogue_directory(
    ctx: Context,
    catalogue_directory_id: CatalogueDirectoryId,
    name: Annotated[str | None, Field(min_length=1, max_length=200)] = None,
    child_directory_ids: ChildDirectoryIds = None,
    status: DirectoryStatus | None = None,
    visibility: Visibility = None,
    options: CatalogueUpdateSettings = None,
) -> UpdatedDirectory:
    settings = read_options(CatalogueUpdateOptions, options, update_catalogue_directory)
    clear = settings.clear
    async with calling(ctx) as call:
        resolved = await call.ids.resolve(
            "catalogue_directory_id", catalogue_directory_id, D, write=True
        )
        request: dict[str, Any] = {
            "name": name,
            "visibility": visibility,
            "status": status,
            **settings.request(),
        }
        request = {key: value for key, value in request.items() if value is not None}
        both = sorted(set(clear or ()) & set(request))
        if both:
            raise ToolError(
                f"options.clear: {', '.join(both)} also given a new value; pass each field "
                "either with a value or in clear."
            )
        children = await _children(call, child_directory_ids, resolved.id)
        if not request and children is None and not clear:
            raise ToolError(
                "Nothing to change: pass at least one field to update, or list fields in "
                "options.clear."
            )
        place_ids(
            "update_catalogue_directory",
            request,
            {"catalogue_directory_id": resolved.id, "child_directory_ids": children},
        )
        # call.api drops None values, and here a null is meant: it empties the field.
        request.update(dict.fromkeys(clear or ()))
        try:
            answer = await call.client.call("update_catalogue_directory", json=request)
        except PermissionDeniedError as exc:
            _explain_public(exc, visibility)
            raise
        renamed = rename_row_ids("catalogue", answer)
        return UpdatedDirectory(**{**renamed, "notes": call.all_notes() or None})


async def _children(call: Call, values: list[str] | None, own: str) -> list[str] | None:
    """The child slugs, each checked by the id layer; a directory cannot hold itself."""
    if values is None:
        return None
    children: list[str] = []
    for index, value in enumerate(values):
        argument = f"child_directory_ids[{index}]"
        child = (await call.ids.resolve(argument, value, D, write=True)).id
        if child == own:
            raise ToolError(f"{argument}: {own!r} is this directory itself; leave it out.")
        if child not in children:
            children.append(child)
    return children


def _explain_public(error: PermissionDeniedError, visibility: str | None) -> None:
    """A refused public directory is about the visibility, not the token's merchant."""
    if visibility == "public":
        error.next_step = (
            "visibility='public' shares a directory with every merchant, which only platform "
            "administrators may do; pass visibility='merchant_public' to list it in your own "
            "catalogue."
        )


def _check_new_slug(slug: str) -> None:
    if slug.endswith(("-", "_")):
        raise ToolError(
            f"catalogue_directory_id: {slug!r} ends with a separator; use letters and "
            "digits joined by - or _, e.g. 'sales-coaching-en'."
        )


__all__ = [
    "create_catalogue_directory",
    "get_catalogue_directory",
    "list_catalogue_directories",
    "update_catalogue_directory",
]
