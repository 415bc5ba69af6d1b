"""Typed access to the JobMojito REST API: the operation table, the client and its errors."""

from .client import (
    DEFAULT_TIMEOUTS,
    JobMojitoClient,
    Timeouts,
    create_http_client,
    quiet_http_loggers,
)
from .errors import (
    AuthenticationError,
    ConflictError,
    ConnectionFailed,
    InvalidFieldError,
    JobMojitoError,
    MalformedResponseError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitedError,
    ServerError,
    TransportError,
    UpstreamError,
    UpstreamTimeout,
)
from .operations import OPERATIONS, Operation

__all__ = [
    "DEFAULT_TIMEOUTS",
    "OPERATIONS",
    "AuthenticationError",
    "ConflictError",
    "ConnectionFailed",
    "InvalidFieldError",
    "JobMojitoClient",
    "JobMojitoError",
    "MalformedResponseError",
    "NotFoundError",
    "Operation",
    "PermissionDeniedError",
    "RateLimitedError",
    "ServerError",
    "Timeouts",
    "TransportError",
    "UpstreamError",
    "UpstreamTimeout",
    "create_http_client",
    "quiet_http_loggers",
]
