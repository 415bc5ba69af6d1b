"""Real server processes for the transport tests: started together, used once they answer.

Start-up is mostly interpreter and import time, so a test module starts every process it
needs at once and then waits for each one's health endpoint, in a bounded polling loop.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterable
from pathlib import Path

import httpx

from jobmojito_mcp.sandbox import API_PREFIX, OWNER_TOKEN

READY_SECONDS = 60.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def child_env(**settings: str) -> dict[str, str]:
    """This environment without any JOBMOJITO_* variable, plus `settings`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("JOBMOJITO_")}
    return {**env, "PYTHONIOENCODING": "utf-8", **settings}


class ServerProcess:
    """One `python -m jobmojito_mcp ...` process, in its own process group, logging to a file."""

    def __init__(
        self,
        args: list[str],
        *,
        log: Path,
        env: dict[str, str] | None = None,
        port: int | None = None,
        health: str = "/healthz",
        stdio: bool = False,
    ) -> None:
        self.port = port
        self.health = health
        self.log = log
        pipe = subprocess.PIPE if stdio else subprocess.DEVNULL
        with log.open("wb") as stderr:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "jobmojito_mcp", *args],
                env=env or child_env(),
                stdin=pipe,
                stdout=pipe,
                stderr=stderr,
                cwd=log.parent,  # away from any .env file in the working tree
                start_new_session=True,
            )

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def stderr(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def wait_ready(self) -> ServerProcess:
        """Poll the health endpoint until it answers 200; fail with the log if it never does."""
        deadline = time.monotonic() + READY_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                code = self.process.returncode
                raise AssertionError(f"server exited with {code}:\n{self.stderr}")
            try:
                if httpx.get(self.base_url + self.health, timeout=1.0).status_code == 200:
                    return self
            except httpx.TransportError:
                pass
            time.sleep(0.05)
        raise AssertionError(f"server not ready after {READY_SECONDS} s:\n{self.stderr}")

    def group_is_gone(self) -> bool:
        """Whether nothing is left of the process group the server started."""
        try:
            os.killpg(self.process.pid, 0)
        except ProcessLookupError:
            return True
        return False

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        if not self.group_is_gone():
            os.killpg(self.process.pid, signal.SIGKILL)


def stop_all(servers: Iterable[ServerProcess]) -> None:
    """Stop servers together: signal every one, then wait for each."""
    servers = list(servers)
    for server in servers:
        if server.process.poll() is None:
            server.process.terminate()
    for server in servers:
        server.stop()


def mcp_server(log: Path, *args: str, env: dict[str, str] | None = None) -> ServerProcess:
    """An MCP server on a free port; `args` choose the transport and the API."""
    port = free_port()
    return ServerProcess([*args, "--port", str(port)], log=log, env=env, port=port)


def sandbox_api(log: Path, *, latency_ms: int = 0) -> ServerProcess:
    """The sandbox API served over HTTP, as `jobmojito-mcp sandbox` serves it."""
    port = free_port()
    args = ["sandbox", "--port", str(port), "--latency-ms", str(latency_ms)]
    return ServerProcess(args, log=log, port=port, health="/__sandbox__/health")


def api_settings(sandbox: ServerProcess, token: str | None = OWNER_TOKEN) -> dict[str, str]:
    """The environment that points a server at `sandbox`, with `token` as its own."""
    settings = {"JOBMOJITO_API_URL": sandbox.base_url + API_PREFIX}
    return {**settings, "JOBMOJITO_API_TOKEN": token} if token else settings
