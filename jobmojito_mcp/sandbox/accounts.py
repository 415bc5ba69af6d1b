"""The sandbox's bearer tokens and the callers they stand for."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

    from .store import Store

OWNER_TOKEN = "sandbox-owner"
RECRUITER_TOKEN = "sandbox-recruiter"
SUBMERCHANT_TOKEN = "sandbox-submerchant"
SERVICE_KEY = "sandbox-service-key"

_ROLES = {
    OWNER_TOKEN: "owner",
    RECRUITER_TOKEN: "recruiter",
    SUBMERCHANT_TOKEN: "submerchant",
    SERVICE_KEY: "service",
}


@dataclass(frozen=True)
class Caller:
    """Who is calling: role, home merchant, person, and the merchants it may act for."""

    role: str
    merchant_id: str
    default_merchant_id: str | None
    profile_id: str
    acts_for: frozenset[str]
    is_admin: bool
    needs_merchant_id: bool


def bearer_token(headers: Mapping[str, str]) -> str | None:
    """The token of an `Authorization: Bearer ...` header, if there is one."""
    scheme, _, token = headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def role_for(token: str | None) -> str | None:
    """The role a token stands for, or None for a missing or unknown token."""
    return _ROLES.get(token) if token else None


def caller_for(role: str | None, store: Store) -> Caller | None:
    """The caller a role stands for in this store's account."""
    main, sub = store.main_merchant_id, store.sub_merchant_id
    if role == "owner":
        return Caller(role, main, main, store.owner_profile_id, frozenset({main, sub}), True, False)
    if role == "recruiter":
        return Caller(role, main, main, store.recruiter_profile_id, frozenset({main}), False, False)
    if role == "submerchant":
        return Caller(role, sub, sub, store.sub_user_profile_id, frozenset({sub}), True, False)
    if role == "service":
        return Caller(
            role, main, None, store.service_profile_id, frozenset({main, sub}), True, True
        )
    return None
