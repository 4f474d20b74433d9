"""A real IMAP server process (pymap, from PyPI) for tests, and helpers to fill its mailboxes."""

from __future__ import annotations

import imaplib
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from email.utils import parsedate_to_datetime
from pathlib import Path

from app.lib.redis_server import free_port

USER, PASSWORD = "demouser", "demopass"
"""pymap's ``--demo-data`` account."""


@contextmanager
def pymap_server() -> Iterator[int]:
    """Start pymap on a free loopback port (plain IMAP, no TLS); yields the port."""
    port = free_port()
    pymap = Path(sys.executable).with_name("pymap")
    proc = subprocess.Popen(
        [str(pymap), "--host", "127.0.0.1", "--port", str(port), "--no-tls", "dict", "--demo-data"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_for(port)
        yield port
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _wait_for(port: int) -> None:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("IMAP server did not start")


def imap_client(port: int) -> imaplib.IMAP4:
    conn = imaplib.IMAP4("127.0.0.1", port)
    conn.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # no delayed-ACK stalls on APPEND
    conn.login(USER, PASSWORD)
    return conn


def new_mailbox(port: int) -> str:
    name = f"scan-{uuid.uuid4().hex[:8]}"
    conn = imap_client(port)
    conn.create(name)
    conn.logout()
    return name


def append_messages(port: int, mailbox: str, raws: list[bytes]) -> None:
    """APPEND each message with its Date header as the internal date, as a mail server would have it."""
    conn = imap_client(port)
    for raw in raws:
        header = raw.split(b"\n\n", 1)[0].decode("ascii", "replace")
        date_line = next((ln[5:].strip() for ln in header.splitlines() if ln.lower().startswith("date:")), "")
        when = parsedate_to_datetime(date_line) if date_line else None
        internal = imaplib.Time2Internaldate(when.timestamp()) if when else None
        conn.append(mailbox, None, internal, raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
    conn.logout()
