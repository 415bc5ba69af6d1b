"""Signed links and embed keys the sandbox hands out."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .store import Store

APP_URL = "https://app.jobmojito.com"


def _segment(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def signed_token(store: Store, claims: dict[str, Any]) -> str:
    """A JWT-shaped token over the claims, signed with a key derived from the seed."""
    header = _segment(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    body = dict(claims, jti=store.new_id("token"))
    payload = _segment(json.dumps(body, sort_keys=True).encode())
    key = f"sandbox-signing-{store.seed}".encode()
    digest = hmac.new(key, f"{header}.{payload}".encode(), hashlib.sha256).digest()
    return f"{header}.{payload}.{_segment(digest)}"


def interview_url(store: Store, claims: dict[str, Any], **view: bool) -> str:
    """A one-time interview link; `view` flags (e.g. view_hm) become query parameters."""
    url = f"{APP_URL}/interview/{signed_token(store, claims)}"
    flags = [f"{name}=true" for name, on in view.items() if on]
    return url + ("?" + "&".join(flags) if flags else "")


def results_url(store: Store, kind: str, claims: dict[str, Any], hide_menu: bool) -> str:
    """A signed link to a results page of the given kind."""
    url = f"{APP_URL}/{kind}/{signed_token(store, claims)}"
    return url + ("?view_hm=true" if hide_menu else "")


def embed_keys(store: Store) -> dict[str, str]:
    """A new embed id with its signing key."""
    embed_id = store.new_id("embed")
    key = hashlib.sha256(f"embed-{store.seed}-{embed_id}".encode()).hexdigest()
    return {"embed_id": embed_id, "embed_signing_key": key}
