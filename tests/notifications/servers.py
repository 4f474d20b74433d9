"""Real receivers for notification tests: an aiosmtpd SMTP server process writing to a Maildir, and a
local HTTP server that records what Apprise and webhooks post to it."""

from __future__ import annotations

import mailbox
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import default
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from app.config import PROJECT_ROOT
from app.lib.redis_server import free_port


@dataclass
class SmtpServer:
    """``python -m aiosmtpd`` with a Mailbox handler: every accepted message lands in ``maildir``;
    recipients starting with ``refused`` are refused with a 550."""

    maildir: Path
    port: int = 0
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    def start(self) -> SmtpServer:
        """Listen on a free port, or again on the same one after ``stop`` (a server back from an outage)."""
        self.port = self.port or free_port()
        log = (self.maildir.parent / "aiosmtpd.log").open("ab")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "aiosmtpd",
                "-n",
                "-l",
                f"127.0.0.1:{self.port}",
                "-c",
                "tests.notifications.smtp_handlers.RefusingMailbox",
                str(self.maildir),
            ],
            stdout=log,
            stderr=log,
            cwd=PROJECT_ROOT,
        )
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("aiosmtpd did not start")

    def messages(self) -> list[EmailMessage]:
        if not self.maildir.exists():
            return []
        parser = BytesParser(policy=default)
        return [parser.parsebytes(m.as_bytes()) for m in mailbox.Maildir(self.maildir)]  # type: ignore[misc]

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)


@contextmanager
def smtp_server(tmp: Path) -> Iterator[SmtpServer]:
    server = SmtpServer(tmp / "maildir").start()
    try:
        yield server
    finally:
        server.stop()


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class HttpReceiver:
    """Answers every POST with ``status`` (a list: one answer per request, the last one repeated)."""

    statuses: list[int] = field(default_factory=lambda: [200])
    received: list[Received] = field(default_factory=list)
    delay: float = 0.0
    url: str = ""

    def answer(self) -> int:
        return self.statuses.pop(0) if len(self.statuses) > 1 else self.statuses[0]


@contextmanager
def http_receiver(host: str = "127.0.0.1", port: int = 0, **options: Any) -> Iterator[HttpReceiver]:
    receiver = HttpReceiver(**options)

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("content-length") or 0))
            headers = {k.lower(): v for k, v in self.headers.items()}
            receiver.received.append(Received(self.path, headers, body))
            time.sleep(receiver.delay)  # recorded first: a test can kill the sender while it waits here
            status = receiver.answer()
            reply = b'{"ok":true}' if status < 400 else b'{"error":"receiver says no"}'
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer((host, port), Handler)
    receiver.url = f"http://{host}:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield receiver
    finally:
        server.shutdown()
        server.server_close()
