"""Fixtures for the fault tests: backoff between retries takes no time."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import stamina


@pytest.fixture(autouse=True)
def instant_backoff() -> Iterator[None]:
    """Retries happen at once; each server's own retry_attempts still applies."""
    with stamina.set_testing(True, attempts=1000, cap=True):
        yield
