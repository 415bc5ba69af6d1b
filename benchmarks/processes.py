"""The processes a benchmark talks to: sandbox APIs and MCP servers, all on 127.0.0.1.

Every process runs the interpreter running the benchmarks, in its own process group, with a
clean `JOBMOJITO_*` environment and a scratch working directory (so no `.env` file is read).
Waiting for one to answer is a bounded polling loop.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import httpx
from mcp.client.stdio import StdioServerParameters

from jobmojito_mcp.sandbox import API_PREFIX, OWNER_TOKEN

READY_SECONDS = 60.0
STOP_SECONDS = 10.0
BASELINE_SERVER = Path(__file__).with_name("baseline_server.py")
SCRATCH = Path(tempfile.gettempdir()) / "jobmojito-benchmarks"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def clean_env(**settings: str) -> dict[str, str]:
    """This environment without any JOBMOJITO_* variable, plus `settings`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("JOBMOJITO_")}
    return {**env, "PYTHONIOENCODING": "utf-8", **settings}


def scratch_dir() -> Path:
    SCRATCH.mkdir(parents=True, exist_ok=True)
    return SCRATCH


def our_server_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "jobmojito_mcp", "--log-level", "WARNING", *args]


def baseline_server_command() -> list[str]:
    return [sys.executable, str(BASELINE_SERVER)]


class Spawned:
    """One child process; `health` is the path that answers 200 once it serves HTTP."""

    def __init__(
        self,
        command: list[str],
        *,
        env: dict[str, str],
        port: int | None = None,
        health: str | None = None,
        pipes: bool = False,
    ) -> None:
        self.port = port
        self.health = health
        self.name = " ".join(command[1:])
        pipe = subprocess.PIPE if pipes else subprocess.DEVNULL
        self.process = subprocess.Popen(
            command,
            env=env,
            stdin=pipe,
            stdout=pipe,
            stderr=subprocess.DEVNULL,
            cwd=scratch_dir(),
            start_new_session=True,
        )

    @property
    def pid(self) -> int:
        return self.process.pid

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def wait_ready(self) -> Spawned:
        """Poll the health path until it answers 200, for at most READY_SECONDS."""
        deadline = time.monotonic() + READY_SECONDS
        with httpx.Client(base_url=self.base_url, timeout=1.0) as http:
            while time.monotonic() < deadline:
                if self.process.poll() is not None:
                    raise RuntimeError(f"{self.name} exited with {self.process.returncode}")
                try:
                    if http.get(self.health or "/").status_code == 200:
                        return self
                except httpx.TransportError:
                    pass
                time.sleep(0.05)
        raise RuntimeError(f"{self.name} did not answer within {READY_SECONDS} s")

    def stop(self) -> None:
        """Terminate, wait a bounded time, then kill what is left of the process group."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(STOP_SECONDS)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(STOP_SECONDS)
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)


class Sandbox(Spawned):
    """`jobmojito-mcp sandbox`: the sandbox API over HTTP, with its request log."""

    def __init__(self, *, rows: int = 30, latency_ms: int = 0) -> None:
        self.rows = rows
        self.latency_ms = latency_ms
        port = free_port()
        command = [sys.executable, "-m", "jobmojito_mcp", "sandbox", "--port", str(port)]
        command += ["--rows", str(rows), "--latency-ms", str(latency_ms)]
        super().__init__(command, env=clean_env(), port=port, health="/__sandbox__/health")
        # One connection for the control endpoints, read between timed calls.
        self._control = httpx.Client(base_url=self.base_url, timeout=30)

    @property
    def api_url(self) -> str:
        return self.base_url + API_PREFIX

    def server_env(self) -> dict[str, str]:
        """The environment that points an MCP server at this sandbox as its owner."""
        return clean_env(JOBMOJITO_API_URL=self.api_url, JOBMOJITO_API_TOKEN=OWNER_TOKEN)

    def request_count(self) -> int:
        """How many API requests the sandbox has received so far."""
        return int(self._control.get("/__sandbox__/health").json()["requests"])

    def requests(self) -> list[dict[str, Any]]:
        """Every API request the sandbox has received, oldest first."""
        return list(self._control.get("/__sandbox__/requests").json())

    def stop(self) -> None:
        self._control.close()
        super().stop()

    def stdio_parameters(self, *args: str) -> StdioServerParameters:
        """How the SDK's client starts our server over stdio against this sandbox."""
        command = our_server_command(*args)
        return StdioServerParameters(
            command=command[0], args=command[1:], env=self.server_env(), cwd=scratch_dir()
        )

    def http_server(self, *args: str) -> Spawned:
        """Our server over Streamable HTTP, stateless, against this sandbox."""
        port = free_port()
        command = our_server_command("--transport", "streamable-http", "--stateless", *args)
        command += ["--port", str(port)]
        return Spawned(command, env=self.server_env(), port=port, health="/healthz")


def ready(processes: Iterable[Spawned]) -> None:
    """Wait for processes started together, each in turn."""
    for process in processes:
        process.wait_ready()


def stop_all(processes: Iterable[Spawned]) -> None:
    processes = list(processes)
    for process in processes:
        if process.process.poll() is None:
            process.process.terminate()
    for process in processes:
        process.stop()


def cpu_seconds(pid: int) -> float | None:
    """User plus system CPU time the process has used so far, or None without /proc."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat.rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def peak_rss_kib(pid: int) -> int | None:
    """The process's peak resident set size (VmHWM) in KiB, or None where /proc has none."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return None
