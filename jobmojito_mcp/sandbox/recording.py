"""What the sandbox remembers of each API request, and how it reads request bodies."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from starlette.datastructures import UploadFile
from starlette.requests import Request

from .params import Upload


@dataclass
class RecordedRequest:
    """One API request as received: never the token, only the role it stood for."""

    method: str
    path: str
    query: dict[str, str]
    json: Any | None
    form: dict[str, str] | None
    files: dict[str, tuple[str, int]] | None
    role: str | None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Body:
    """A parsed request body: JSON, or multipart/urlencoded fields plus files."""

    json: Any | None = None
    form: dict[str, str] | None = None
    files: dict[str, Upload] = field(default_factory=dict)
    malformed: bool = False
    multipart: bool = False


async def read_body(request: Request) -> Body:
    """Parse whatever body the request carries; a JSON body that fails to parse is flagged."""
    content_type = request.headers.get("content-type", "")
    if content_type.startswith(("multipart/form-data", "application/x-www-form-urlencoded")):
        fields: dict[str, str] = {}
        files: dict[str, Upload] = {}
        async with request.form() as form:
            for key, value in form.multi_items():
                if isinstance(value, UploadFile):
                    content = await value.read()
                    files[key] = Upload(value.filename or key, content, value.content_type)
                else:
                    fields[key] = value
        return Body(form=fields, files=files, multipart=content_type.startswith("multipart/"))
    raw = await request.body()
    if not raw.strip():
        return Body()
    try:
        return Body(json=json.loads(raw))
    except (ValueError, UnicodeDecodeError):
        return Body(malformed=True)
