"""The whole product as separate processes (Redis, web, worker), for browser tests and benchmarks."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.fernet import Fernet

from app.config import PROJECT_ROOT
from app.lib.redis_server import EmbeddedRedis, free_port


@dataclass
class Stack:
    data_dir: Path
    extra_env: dict[str, str] = field(default_factory=dict)
    redis: EmbeddedRedis | None = None
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)
    port: int = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def env(self) -> dict[str, str]:
        assert self.redis is not None
        return {
            **os.environ,
            "DATA_DIR": str(self.data_dir),
            "REDIS_URL": self.redis.url,
            "PORT": str(self.port),
            "HOST": "127.0.0.1",
            "SECRET_KEY": "stack-secret",
            "ENCRYPTION_KEYS": Fernet.generate_key().decode(),
            "DEMO_MODE": "1",
            **self.extra_env,
        }

    def start(self, workers: int = 1) -> Stack:
        self.redis = EmbeddedRedis(self.data_dir / "redis", port=free_port())
        self.redis.start()
        self.port = free_port()
        env = self.env
        self.cli("database", "upgrade", "--no-prompt", env=env)
        log = (self.data_dir / "stack.log").open("ab")
        self.processes.append(self._spawn(["web"], env, log))
        for _ in range(workers):
            self.processes.append(self._spawn(["worker"], env, log))
        self._wait_for_web()
        return self

    def cli(self, *args: str, env: dict[str, str] | None = None) -> str:
        result = subprocess.run(
            [sys.executable, "-m", "app", *args],
            env=env or self.env,
            cwd=PROJECT_ROOT,
            check=True,
            capture_output=True,
            text=True,
        )
        return result.stdout

    def _spawn(self, args: list[str], env: dict[str, str], log: object) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [sys.executable, "-m", "app", *args],
            env=env,
            cwd=PROJECT_ROOT,
            stdout=log,
            stderr=log,  # type: ignore[arg-type]
        )

    def _wait_for_web(self, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{self.base_url}/signin", timeout=1) as response:
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"web did not start; log:\n{(self.data_dir / 'stack.log').read_text()[-3000:]}")

    def stop(self) -> None:
        for process in self.processes:
            process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
        if self.redis is not None:
            self.redis.stop()
