"""Errors raised by the JobMojito API client.

The family::

    JobMojitoError                    every failure; .operation, .cause, .next_step, .message
    ├── UpstreamError                 JobMojito answered with an error status; .status, .error,
    │   │                             .field, .retry_after
    │   ├── AuthenticationError       401: the token is missing, wrong or expired
    │   ├── PermissionDeniedError     403: not allowed for this merchant or role; .merchant_id
    │   ├── NotFoundError             404
    │   ├── ConflictError             409
    │   ├── InvalidFieldError         422: names the rejected field
    │   ├── RateLimitedError          429: says when to try again
    │   └── ServerError               5xx
    ├── TransportError                no usable answer; .sent
    │   ├── UpstreamTimeout           no answer in time; .seconds
    │   └── ConnectionFailed          the connection could not be made or broke
    └── MalformedResponseError        an HTML page, malformed JSON or an empty body; .status

Every error also carries `.write` (the operation changes data), `.check_with` (the read
operation that shows whether a write took effect) and `.attempts`.

The message is `cause` followed by `next_step`. Both are worked out from the error's
attributes when read, unless assigned: a layer above can rename `.field` or `.check_with` to
its own argument and tool names and the message follows, or it can replace either part.
Messages never contain the access token, and `repr()` shows no upstream text at all.
"""

from __future__ import annotations

import math
from typing import Required, TypedDict, Unpack


class _Common(TypedDict, total=False):
    write: bool
    check_with: str | None
    cause: str | None
    next_step: str | None


class _Upstream(_Common, total=False):
    status: Required[int]
    error: str | None
    field: str | None
    retry_after: float | None


class JobMojitoError(Exception):
    """A JobMojito call failed; the message says why and what to do next."""

    def __init__(
        self,
        operation: str,
        *,
        write: bool = False,
        check_with: str | None = None,
        cause: str | None = None,
        next_step: str | None = None,
    ) -> None:
        super().__init__(operation)
        self.operation = operation
        self.write = write
        self.check_with = check_with
        self.attempts = 1
        self._cause = cause
        self._next_step = next_step

    @property
    def cause(self) -> str:
        """What went wrong, in one or two sentences."""
        return self._cause if self._cause is not None else self._default_cause()

    @cause.setter
    def cause(self, value: str) -> None:
        self._cause = value

    @property
    def next_step(self) -> str:
        """What the caller can do about it."""
        return self._next_step if self._next_step is not None else self._default_next_step()

    @next_step.setter
    def next_step(self, value: str) -> None:
        self._next_step = value

    @property
    def message(self) -> str:
        return f"{self.cause} {self.next_step}"

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        shown = [f"operation={self.operation!r}", f"write={self.write!r}"]
        for name in ("status", "field", "sent", "problem"):
            if getattr(self, name, None) is not None:
                shown.append(f"{name}={getattr(self, name)!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def _default_cause(self) -> str:
        return f"The JobMojito call {self.operation} failed."

    def _default_next_step(self) -> str:
        return "Try again in a few minutes."

    def _tries(self) -> str:
        return f" ({self.attempts} attempts)" if self.attempts > 1 else ""

    def _unsure_write(self) -> str:
        where = f"with {self.check_with}" if self.check_with else "in the JobMojito app"
        return (
            "The change may or may not have been made: check "
            f"{where} whether it took effect before trying again, so it is not done twice."
        )


class UpstreamError(JobMojitoError):
    """JobMojito answered with an error status."""

    def __init__(
        self,
        operation: str,
        *,
        status: int,
        error: str | None = None,
        field: str | None = None,
        retry_after: float | None = None,
        **kwargs: Unpack[_Common],
    ) -> None:
        super().__init__(operation, **kwargs)
        self.status = status
        self.error = error
        self.field = field
        self.retry_after = retry_after

    def _http(self) -> str:
        said = f": {self.error.rstrip('.')}" if self.error else ""
        return f"(HTTP {self.status}{said})"

    def _default_cause(self) -> str:
        return f"JobMojito answered {self.operation} with an error {self._http()}."

    def _default_next_step(self) -> str:
        if 300 <= self.status < 400:
            return "A redirect here usually means the configured API address is wrong; check it."
        return "Check the arguments, then try again."


class AuthenticationError(UpstreamError):
    """401: the access token is missing, wrong or expired."""

    def _default_cause(self) -> str:
        return f"JobMojito did not accept the access token for {self.operation} {self._http()}."

    def _default_next_step(self) -> str:
        return (
            "The token is missing, wrong or expired (user tokens last about an hour). "
            "Set a fresh one in JOBMOJITO_API_TOKEN, or send it in the X-JobMojito-Token "
            "header, then call again."
        )


class PermissionDeniedError(UpstreamError):
    """403: this merchant or this user's role may not do that."""

    def __init__(
        self, operation: str, *, merchant_id: str | None = None, **kwargs: Unpack[_Upstream]
    ) -> None:
        super().__init__(operation, **kwargs)
        self.merchant_id = merchant_id

    def _default_cause(self) -> str:
        where = f"merchant {self.merchant_id}" if self.merchant_id else "the token's own merchant"
        return f"JobMojito refused {self.operation} for {where} {self._http()}."

    def _default_next_step(self) -> str:
        return (
            "The token's user or role is not allowed to do this for that merchant, so "
            "changing the other arguments will not help. Use a merchant this token manages, "
            "or a token with more rights."
        )


class NotFoundError(UpstreamError):
    """404: no such record for this merchant."""

    def _default_cause(self) -> str:
        return f"JobMojito found nothing for {self.operation} {self._http()}."

    def _default_next_step(self) -> str:
        return (
            "Check the id: it may be mistyped, deleted, of another kind, or belong to another "
            "merchant. List the records again to get a current id."
        )


class ConflictError(UpstreamError):
    """409: the record clashes with one that already exists."""

    def _default_cause(self) -> str:
        return f"JobMojito reported a conflict for {self.operation} {self._http()}."

    def _default_next_step(self) -> str:
        return (
            "A record with the same identifier probably exists already: fetch it, "
            "or choose a different identifier."
        )


class InvalidFieldError(UpstreamError):
    """422: an argument was rejected; `.field` names it when JobMojito does."""

    def _default_cause(self) -> str:
        what = f"the value of `{self.field}`" if self.field else "the arguments"
        return f"JobMojito rejected {what} for {self.operation} {self._http()}."

    def _default_next_step(self) -> str:
        what = f"`{self.field}`" if self.field else "the arguments"
        return f"Correct {what} and call again."


class RateLimitedError(UpstreamError):
    """429: too many requests; `.retry_after` says how long to wait, when known."""

    def _default_cause(self) -> str:
        return (
            f"JobMojito is limiting requests from this token and refused {self.operation} "
            f"{self._http()}{self._tries()}."
        )

    def _default_next_step(self) -> str:
        return f"Nothing was done; wait {_wait(self.retry_after)} before trying again."


class ServerError(UpstreamError):
    """5xx: JobMojito, or something in front of it, failed."""

    def _default_cause(self) -> str:
        return f"JobMojito failed while handling {self.operation} {self._http()}{self._tries()}."

    def _default_next_step(self) -> str:
        if self.write:
            return self._unsure_write()
        return f"The problem is on JobMojito's side; try again in {_wait(self.retry_after)}."


class TransportError(JobMojitoError):
    """No usable answer arrived. `.sent` is False when the request surely never left."""

    def __init__(self, operation: str, *, sent: bool = True, **kwargs: Unpack[_Common]) -> None:
        super().__init__(operation, **kwargs)
        self.sent = sent

    def _default_next_step(self) -> str:
        if self.write and self.sent:
            return self._unsure_write()
        if not self.sent:
            return (
                "Nothing reached JobMojito. Check the network connection and the configured "
                "API address, then try again in a minute."
            )
        return "Try again in a minute."


class UpstreamTimeout(TransportError):
    """JobMojito did not answer within the operation's time budget."""

    def __init__(
        self, operation: str, *, seconds: float, sent: bool = True, **kwargs: Unpack[_Common]
    ) -> None:
        super().__init__(operation, sent=sent, **kwargs)
        self.seconds = seconds

    def _default_cause(self) -> str:
        if not self.sent:
            return (
                f"Could not connect to JobMojito for {self.operation} within "
                f"{self.seconds:g} seconds{self._tries()}."
            )
        return (
            f"JobMojito did not answer {self.operation} within {self.seconds:g} seconds"
            f"{self._tries()}."
        )

    def _default_next_step(self) -> str:
        if self.sent and not self.write:
            return (
                "Try again in a minute; for a list, a smaller limit or a narrower filter "
                "answers sooner."
            )
        return super()._default_next_step()


class ConnectionFailed(TransportError):
    """The connection to JobMojito could not be made, or broke before the answer."""

    def _default_cause(self) -> str:
        if not self.sent:
            return f"Could not connect to JobMojito for {self.operation}{self._tries()}."
        return f"The connection to JobMojito broke during {self.operation}{self._tries()}."


class MalformedResponseError(JobMojitoError):
    """JobMojito answered with something other than the JSON expected."""

    def __init__(
        self, operation: str, *, status: int | None, problem: str, **kwargs: Unpack[_Common]
    ) -> None:
        super().__init__(operation, **kwargs)
        self.status = status
        self.problem = problem

    def _default_cause(self) -> str:
        status = f" (HTTP {self.status})" if self.status is not None else ""
        return (
            f"JobMojito answered {self.operation} with {self.problem}{status} "
            "where JSON was expected."
        )

    def _default_next_step(self) -> str:
        if self.write:
            return self._unsure_write()
        return (
            "This usually comes from an outage or a proxy in front of JobMojito; "
            "try again in a few minutes."
        )


def _wait(seconds: float | None) -> str:
    if seconds is None:
        return "a minute"
    if seconds < 90:
        whole = max(1, math.ceil(seconds))
        return f"{whole} second" if whole == 1 else f"{whole} seconds"
    return f"about {math.ceil(seconds / 60)} minutes"
