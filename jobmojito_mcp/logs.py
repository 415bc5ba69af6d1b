"""Logging to stderr, with secrets masked: on stdio, stdout belongs to the protocol."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable

# These log full request URLs, whose query strings can hold candidates' names and emails.
# The SDK logs each tool error's text, which can quote a searched name or email, and
# sse-starlette and the SDK's SSE transport log every message they carry at DEBUG: whole
# tool results, signed interview links included.
_NOISY_LOGGERS = (
    *("httpx", "httpcore", "httpx2", "uvicorn.access", "mcp.server.mcpserver.server"),
    *("sse_starlette", "mcp.server.sse"),
)


class RedactSecrets(logging.Filter):
    """Replace each known secret in a record's final text with a placeholder."""

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        self._secrets = [s for s in secrets if s and len(s) >= 8]

    def filter(self, record: logging.LogRecord) -> bool:
        if not self._secrets:
            return True
        message = record.getMessage()
        masked = message
        for secret in self._secrets:
            masked = masked.replace(secret, "[redacted]")
        if masked != message:
            record.msg, record.args = masked, None
        return True


def configure_logging(level: str, secrets: Iterable[str] = ()) -> None:
    """Send every log line to stderr at `level`, masking `secrets`; called once, from main."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactSecrets(secrets))
    root = logging.getLogger()
    for existing in list(root.handlers):
        root.removeHandler(existing)
    root.addHandler(handler)
    root.setLevel(level)
    for name in _NOISY_LOGGERS:
        logging.getLogger(name).setLevel(max(logging.WARNING, logging.getLevelName(level)))
