"""Packaging test helpers: unsigned tokens, and servers started as their users start them."""

from __future__ import annotations

import base64
import json
import subprocess
import time
from pathlib import Path

import httpx

READY_SECONDS = 60.0


def jwt(payload: dict[str, object]) -> str:
    """An unsigned token with the shape of a user's access token."""

    def part(value: object) -> str:
        return base64.urlsafe_b64encode(json.dumps(value).encode()).rstrip(b"=").decode()

    return f"{part({'alg': 'HS256', 'typ': 'JWT'})}.{part(payload)}.c2lnbmF0dXJl"


def wait_for_health(url: str, process: subprocess.Popen[bytes], log: Path) -> dict[str, object]:
    """Poll `url` until it answers 200 and return its JSON; fail with the log if it never does."""
    deadline = time.monotonic() + READY_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"exited with {process.returncode}:\n{log.read_text()}")
        try:
            answer = httpx.get(url, timeout=1.0)
            if answer.status_code == 200:
                return answer.json()
        except httpx.TransportError:
            pass
        time.sleep(0.05)
    raise AssertionError(f"not ready after {READY_SECONDS} s:\n{log.read_text()}")


def stop(process: subprocess.Popen[bytes]) -> None:
    """Stop a process started by a test: SIGTERM, then SIGKILL if it lingers."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)
