"""The checks every HTTP request passes before it reaches MCP: Host and Origin, then the token.

Host and Origin are checked against one allow-list on every bind address, not only on
loopback, because DNS rebinding lets a web page reach any server the browser can reach. The
list is the bind address, localhost, 127.0.0.1 and [::1] (any port), plus the names in
JOBMOJITO_ALLOWED_HOSTS; an entry `name:port` allows that port only (an IPv6 address takes
brackets then: `[fd00::1]:8443`), and `*` turns the check off, for a proxy that checks Host
itself. The same list is handed to the SDK's own check, so both layers agree. `/healthz`
skips both checks, for load balancers and orchestrators.
"""

from __future__ import annotations

import hmac
import ipaddress
import logging
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from mcp.server.transport_security import TransportSecuritySettings
from starlette.datastructures import Headers
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

if TYPE_CHECKING:
    from jobmojito_mcp.settings import Settings

logger = logging.getLogger(__name__)

HEALTH_PATH = "/healthz"
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "[::1]")
_WILDCARD_BINDS = ("0.0.0.0", "::", "[::]", "")  # noqa: S104 - names, not a bind


def bracketed(host: str) -> str:
    """An address as it appears in a Host header: IPv6 literals in brackets."""
    return f"[{host}]" if host.count(":") > 1 and not host.startswith("[") else host


def is_loopback(host: str) -> bool:
    """Whether binding `host` keeps the server on this machine."""
    name = host.strip("[]")
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def is_wildcard(host: str) -> bool:
    """Whether `host` binds every interface (and so is never itself a Host header)."""
    return host in _WILDCARD_BINDS


def allowed_hosts(settings: Settings) -> tuple[str, ...]:
    """The Host names this server answers to, in order, without repeats."""
    bind = () if is_wildcard(settings.host) else (bracketed(settings.host),)
    extra = (bracketed(name) for name in settings.allowed_hosts)
    return tuple(dict.fromkeys(name.lower() for name in (*bind, *LOOPBACK_NAMES, *extra)))


def _has_port(name: str) -> bool:
    return name.rpartition("]")[2].count(":") == 1 if name.startswith("[") else ":" in name


def transport_security(settings: Settings) -> TransportSecuritySettings:
    """The allow-list in the form the SDK's own Host and Origin check reads."""
    if "*" in settings.allowed_hosts:
        return TransportSecuritySettings(enable_dns_rebinding_protection=False)
    hosts: list[str] = []
    origins: list[str] = []
    for name in allowed_hosts(settings):
        forms = [name] if _has_port(name) else [name, f"{name}:*"]
        hosts += forms
        origins += [f"{scheme}://{form}" for form in forms for scheme in ("http", "https")]
    return TransportSecuritySettings(
        enable_dns_rebinding_protection=True, allowed_hosts=hosts, allowed_origins=origins
    )


def matches(value: str, patterns: Sequence[str]) -> bool:
    """Whether `value` is one of `patterns`, where `name:*` stands for `name` with any port."""
    if value in patterns:
        return True
    for pattern in patterns:
        base = pattern[:-1]
        if pattern.endswith(":*") and value.startswith(base) and value[len(base) :].isdigit():
            return True
    return False


def route_path(scope: Scope) -> str:
    """The request path below the app's mount point."""
    path: str = scope["path"]
    root: str = scope.get("root_path", "")
    return path[len(root) :] if root and path.startswith(root) else path


def json_error(
    status: int, error: str, message: str, headers: dict[str, str] | None = None
) -> JSONResponse:
    """A short JSON answer for a request refused before it reached MCP."""
    return JSONResponse({"error": error, "message": message}, status_code=status, headers=headers)


class HostOriginGuard:
    """Refuse a request whose Host (421) or Origin (403) is not on the allow-list."""

    def __init__(
        self, app: ASGIApp, security: TransportSecuritySettings, exempt: Iterable[str] = ()
    ) -> None:
        self.app = app
        self.security = security
        self.exempt = frozenset(exempt)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        checked = self.security.enable_dns_rebinding_protection
        if scope["type"] != "http" or not checked or route_path(scope) in self.exempt:
            await self.app(scope, receive, send)
            return

        headers = Headers(scope=scope)
        host = headers.get("host", "")
        origin = headers.get("origin")
        if not matches(host, self.security.allowed_hosts):
            logger.warning("Refused a request for Host %r: not on the allow-list", host[:100])
            refusal = json_error(
                421,
                "misdirected_request",
                "This server does not answer to that Host. If the name is yours, add it to "
                "JOBMOJITO_ALLOWED_HOSTS.",
            )
        elif origin is not None and not matches(origin, self.security.allowed_origins):
            logger.warning("Refused a request from Origin %r: not on the allow-list", origin[:100])
            refusal = json_error(
                403,
                "forbidden_origin",
                "Requests from that web origin are not allowed. If the site is yours, add its "
                "host name to JOBMOJITO_ALLOWED_HOSTS.",
            )
        else:
            await self.app(scope, receive, send)
            return
        await refusal(scope, receive, send)


class BearerGuard:
    """Require `Authorization: Bearer <token>` with the configured token (401 otherwise)."""

    def __init__(self, app: ASGIApp, token: str, exempt: Iterable[str] = ()) -> None:
        self.app = app
        self._expected = token.encode()
        self.exempt = frozenset(exempt)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or route_path(scope) in self.exempt:
            await self.app(scope, receive, send)
            return

        scheme, _, presented = Headers(scope=scope).get("authorization", "").partition(" ")
        if scheme.lower() == "bearer" and hmac.compare_digest(
            presented.strip().encode(), self._expected
        ):
            await self.app(scope, receive, send)
            return

        challenge = 'Bearer realm="jobmojito-mcp"'
        if presented:
            challenge += ', error="invalid_token"'
        refusal = json_error(
            401,
            "unauthorized",
            "This server needs its access token: send Authorization: Bearer <token>, the "
            "value of JOBMOJITO_MCP_AUTH_TOKEN on the server.",
            headers={"WWW-Authenticate": challenge},
        )
        await refusal(scope, receive, send)
