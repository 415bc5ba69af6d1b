"""Turn what people and agents paste into an id, a name to look up, or a clear refusal.

Accepted spellings of a UUID: any case, with or without hyphens, in braces, with a
`urn:uuid:` prefix, wrapped in quotes or whitespace, percent-encoded, or inside a link
copied from the admin app, whose path also tells the kind.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from jobmojito_mcp.ids.kinds import KINDS, IdKind

_QUOTES = "\"'`‘’“”«»<>"
_HEXISH = re.compile(r"^[{(]?[0-9a-fA-F-]{20,}[)}]?$")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_LINK_KINDS: tuple[tuple[str, IdKind], ...] = (
    ("interview_results/result", IdKind.INTERVIEW_RESULT),
    ("interview_creator", IdKind.INTERVIEW),
    ("candidates", IdKind.CANDIDATE),
)
UUID_FORM = "a UUID such as 3f2b8c1e-5a4d-4c2b-9e7f-1a2b3c4d5e6f"


class IdFormatError(ValueError):
    """A value that is neither a well-formed id, an admin link nor a usable name."""


@dataclass(frozen=True)
class Pasted:
    """What a pasted value turned out to be.

    Exactly one of `id` and `name` is set. `link_kind` is the kind an admin link's path
    names; a bare id has no kind of its own until the id layer checks it.
    """

    id: str | None = None
    name: str | None = None
    link_kind: IdKind | None = None

    @property
    def is_email(self) -> bool:
        return self.name is not None and "@" in self.name


def strip_paste(value: str) -> str:
    """Remove surrounding whitespace and quotes, however many layers."""
    previous = None
    while previous != value:
        previous = value
        value = value.strip().strip(_QUOTES)
    return value


def canonical_uuid(value: str) -> str | None:
    """The lower-case hyphenated form of a UUID in any common spelling, or None."""
    text = unquote(value).strip()
    if text.lower().startswith("urn:uuid:"):
        text = text[len("urn:uuid:") :]
    text = text.strip("{}()")
    try:
        return str(uuid.UUID(text))
    except ValueError:
        return None


def parse_link(value: str) -> Pasted | None:
    """Read an admin-app link (`…/candidates/{id}` and the like); None if it is not a link."""
    if "://" not in value and not value.startswith(("app.jobmojito", "/")):
        return None
    try:
        parts = urlsplit(value if "://" in value or value.startswith("/") else f"https://{value}")
    except ValueError:
        raise IdFormatError(
            f"{value!r} looks like a link but cannot be read as one; paste the id itself"
        ) from None
    path = unquote(parts.path).strip("/")
    for prefix, kind in _LINK_KINDS:
        if path.startswith(prefix + "/"):
            tail = path[len(prefix) + 1 :].split("/", 1)[0]
            found = canonical_uuid(tail)
            if found is None:
                raise IdFormatError(
                    f"the link {value!r} points at a {KINDS[kind].label} page, "
                    f"but {tail!r} is not {UUID_FORM}"
                )
            return Pasted(id=found, link_kind=kind)
    raise IdFormatError(
        f"{value!r} is a link, but not to a candidate, interview or interview result page "
        "of the admin app; pass the id itself, or a link ending in /candidates/{id}, "
        "/interview_creator/{id} or /interview_results/result/{id}"
    )


def parse_pasted(value: str, *, slug: bool = False) -> Pasted:
    """Classify one pasted value. `slug` is for catalogue directory ids, which are not UUIDs."""
    text = strip_paste(value)
    if not text:
        raise IdFormatError("the value is empty; pass an id, an admin link or a name")
    if slug:
        return _parse_slug(text)

    link = parse_link(text)
    if link is not None:
        return link
    found = canonical_uuid(text)
    if found is not None:
        return Pasted(id=found)
    if _HEXISH.match(text) and sum(ch.isdigit() for ch in text) > 4:
        raise IdFormatError(f"{text!r} looks like a mistyped id; expected {UUID_FORM}")
    # Pasted text may arrive decomposed (e from a combining accent); names are stored composed.
    return Pasted(name=unicodedata.normalize("NFC", " ".join(text.split())))


def _parse_slug(text: str) -> Pasted:
    candidate = text.lower()
    if _SLUG.match(candidate):
        return Pasted(id=candidate)
    raise IdFormatError(
        f"{text!r} is not a catalogue directory id; these are lower-case slugs "
        "such as 'software-engineering' (letters, digits, '-' and '_')"
    )
