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
    """The first web process's port (``ports`` lists every web process's)."""
    database_url: str = ""
    """Unset: SQLite under ``data_dir``."""
    ports: list[int] = field(default_factory=list)
    webs: list[subprocess.Popen[bytes]] = field(default_factory=list)
    workers: list[subprocess.Popen[bytes]] = field(default_factory=list)
    encryption_key: str = field(default_factory=lambda: Fernet.generate_key().decode())
    """One for every process of the stack (each must read what another encrypted)."""

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
            "ENCRYPTION_KEYS": self.encryption_key,
            "DEMO_MODE": "1",
            "ECB_RATES_URL": "",
            **({"DATABASE_URL": self.database_url} if self.database_url else {}),
            **self.extra_env,
        }

    def start(self, workers: int = 1, webs: int = 1) -> Stack:
        self.redis = EmbeddedRedis(self.data_dir / "redis", port=free_port())
        self.redis.start()
        self.ports = [free_port() for _ in range(webs)]
        self.port = self.ports[0]
        env = self.env
        self.cli("database", "upgrade", "--no-prompt", env=env)
        log = (self.data_dir / "stack.log").open("ab")
        for port in self.ports:
            self.webs.append(self._spawn(["web"], {**env, "PORT": str(port)}, log))
        self.workers = [self._spawn(["worker"], env, log) for _ in range(workers)]
        self.processes += [*self.webs, *self.workers]
        for port in self.ports:
            self._wait_for_web(port)
        return self

    def start_worker(self) -> subprocess.Popen[bytes]:
        """One more worker process (say, in place of a killed one)."""
        worker = self._spawn(["worker"], self.env, (self.data_dir / "stack.log").open("ab"))
        self.workers.append(worker)
        self.processes.append(worker)
        return worker

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

    def _wait_for_web(self, port: int, timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/signin", timeout=1) as response:
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


@dataclass
class OidcProvider:
    """``oidc-provider-mock`` as its own process: the OpenID provider Google sign-in talks to in tests.

    Its issuer is the host a request names, so the app and the browser both reach it
    as ``127.0.0.1``. Users listed in ``users`` have a verified email (Google's shape).
    """

    data_dir: Path
    users: tuple[str, ...] = ()
    port: int = 0
    process: subprocess.Popen[bytes] | None = None
    client_id: str = "subscout-e2e"
    client_secret: str = "subscout-e2e-secret-0123456789abcdef"

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def app_env(self) -> dict[str, str]:
        """What the Subscout processes need to use this provider as "Google"."""
        return {
            "GOOGLE_CLIENT_ID": self.client_id,
            "GOOGLE_CLIENT_SECRET": self.client_secret,
            "GOOGLE_DISCOVERY_URL": f"{self.base_url}/.well-known/openid-configuration",
            "DEMO_MODE": "0",
        }

    def start(self) -> OidcProvider:
        import json

        self.port = free_port()
        claims = [json.dumps({"sub": u, "email": u, "email_verified": True}) for u in self.users]
        args = [item for claim in claims for item in ("--user-claims", claim)]
        log = (self.data_dir / "oidc-provider.log").open("ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "oidc_provider_mock", "--port", str(self.port), "--require-nonce", *args],
            stdout=log,
            stderr=log,
        )
        self._wait()
        return self

    def _wait(self, timeout: float = 20) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{self.base_url}/.well-known/openid-configuration", timeout=1):
                    return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("the OpenID provider did not start")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
