"""Files sent by tools: base64 content from any client, or a local file on stdio only.

Every check runs before anything is sent: one source of bytes, an allowed file type,
valid base64, the size limit, and for a local path, a place inside the upload folder.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Annotated

from mcp.server.mcpserver.exceptions import ToolError
from pydantic import Field

if TYPE_CHECKING:
    from jobmojito_mcp.settings import Settings

UPLOAD_DIR_VARIABLE = "JOBMOJITO_UPLOAD_DIR"

FileContent = Annotated[str | None, Field(description="The file's bytes in base64.")]
FileName = Annotated[
    str | None,
    Field(description="With the extension, which sets the type, e.g. 'cv.pdf'.", max_length=255),
]
FilePath = Annotated[
    str | None,
    Field(
        description="Local file instead of content (stdio only, inside JOBMOJITO_UPLOAD_DIR).",
        max_length=1000,
    ),
]

MIME_TYPES = {
    "pdf": "application/pdf",
    "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "txt": "text/plain",
    "md": "text/markdown",
    "html": "text/html",
    "htm": "text/html",
    "csv": "text/csv",
    "json": "application/json",
}
# How the binary formats begin, to catch a file whose name claims another type.
_SIGNATURES = {
    "pdf": (b"%PDF",),
    "docx": (b"PK\x03\x04",),
    "doc": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",),
}
_DATA_URL = re.compile(r"^data:[^,]{0,200};base64,", re.IGNORECASE)


@dataclass(frozen=True)
class UploadFile:
    """A checked file: its name, type and bytes."""

    name: str
    extension: str
    data: bytes

    @property
    def mime_type(self) -> str:
        return MIME_TYPES.get(self.extension, "application/octet-stream")

    def base64(self) -> str:
        return base64.b64encode(self.data).decode("ascii")


def read_upload(
    settings: Settings,
    *,
    content: str | None,
    file_name: str | None,
    file_path: str | None,
    allowed: tuple[str, ...],
) -> UploadFile:
    """The file the arguments describe, or a ToolError naming the argument to change."""
    if (content is None) == (file_path is None):
        raise ToolError(
            "Pass the file either as content (base64) with file_name, or as file_path "
            "(stdio servers only); not both and not neither."
        )
    if file_path is not None:
        path = _local_path(settings, file_path)
        name = _checked_name(file_name or path.name, allowed)
        size = path.stat().st_size
        _check_size(settings, size)
        data = path.read_bytes()
    else:
        assert content is not None
        if not file_name:
            raise ToolError(
                "file_name: required with content, so the file's type is known; "
                "pass the name with its extension, e.g. 'resume.pdf'."
            )
        name = _checked_name(file_name, allowed)
        data = _decoded(settings, content)
    _check_size(settings, len(data))
    if not data:
        raise ToolError(f"{'file_path' if file_path else 'content'}: the file is empty.")
    extension = name.rsplit(".", 1)[-1].lower()
    _check_signature(name, extension, data)
    return UploadFile(name=name, extension=extension, data=data)


def _checked_name(file_name: str, allowed: tuple[str, ...]) -> str:
    name = PurePath(file_name.strip().replace("\\", "/")).name
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension not in allowed:
        shown = f"'.{extension}'" if extension else "no extension"
        raise ToolError(
            f"file_name: {name!r} has {shown}; this tool takes {_listed(allowed)} files. "
            "Convert the file or pass its real name with the extension."
        )
    return name


def _decoded(settings: Settings, content: str) -> bytes:
    text = _DATA_URL.sub("", content.strip(), count=1)
    text = "".join(text.split())
    # Refuse an oversize file before decoding it: 4 base64 characters carry 3 bytes.
    _check_size(settings, len(text) * 3 // 4 - text.count("="))
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise ToolError(
            "content: not valid base64. Send the file's bytes base64-encoded "
            "(standard alphabet, padded with '='), or use file_path on a stdio server."
        ) from None


def _check_size(settings: Settings, size: int) -> None:
    limit = settings.max_upload_bytes
    if size > limit:
        raise ToolError(
            f"The file is {size:,} bytes, over this server's limit of {limit:,} bytes "
            "(JOBMOJITO_MAX_UPLOAD_BYTES). Send a smaller file, or ask the operator to "
            "raise the limit."
        )


def _check_signature(name: str, extension: str, data: bytes) -> None:
    signatures = _SIGNATURES.get(extension)
    if signatures is None:
        return
    head = data[:1024]
    matches = any(head.startswith(s) for s in signatures) or (
        extension == "pdf" and b"%PDF" in head
    )
    if not matches:
        raise ToolError(
            f"{name!r} is named as a .{extension} file, but its bytes are not one. "
            "Check that content holds the file itself, base64-encoded, and that file_name "
            "has the right extension."
        )


def _local_path(settings: Settings, file_path: str) -> Path:
    if settings.transport != "stdio":
        raise ToolError(
            "file_path: this server runs over HTTP, where it cannot read the caller's "
            "files. Send the file as content (base64) with file_name instead."
        )
    if not settings.upload_dir:
        raise ToolError(
            "file_path: no upload folder is configured, so local files cannot be read. "
            f"Set {UPLOAD_DIR_VARIABLE} to the folder files may come from and restart the "
            "server, or send the file as content (base64) with file_name."
        )
    base = Path(settings.upload_dir).expanduser().resolve()
    given = Path(file_path.strip()).expanduser()
    path = (given if given.is_absolute() else base / given).resolve()
    if not path.is_relative_to(base):
        raise ToolError(
            f"file_path: {file_path!r} is outside the upload folder {str(base)!r} "
            f"({UPLOAD_DIR_VARIABLE}); links and '..' are followed before this check. "
            "Copy the file into that folder, or send it as content (base64)."
        )
    if not path.is_file():
        raise ToolError(
            f"file_path: {file_path!r} is not a file in the upload folder {str(base)!r}."
        )
    return path


def _listed(extensions: tuple[str, ...]) -> str:
    shown = [f".{e}" for e in extensions]
    return ", ".join(shown[:-1]) + f" or {shown[-1]}" if len(shown) > 1 else shown[0]
