"""Fixtures for the API client tests."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
import stamina


@pytest.fixture(autouse=True)
def instant_retries() -> Iterator[None]:
    """Backoff waits take no time; each client's own attempt count still applies."""
    with stamina.set_testing(True, attempts=1000, cap=True):
        yield


@pytest.fixture
def restore_http_log_levels() -> Iterator[None]:
    loggers = [logging.getLogger(name) for name in ("httpx", "httpcore")]
    levels = [logger.level for logger in loggers]
    yield
    for logger, level in zip(loggers, levels, strict=True):
        logger.setLevel(level)
