"""IMAP with an app password (stdlib ``imaplib`` in a worker thread).

* Full sync: ``UID SEARCH SINCE <date>``; on a server that offers Gmail's extension
  (``X-GM-EXT-1``) and for a quick scan, the Gmail billing query is passed as ``X-GM-RAW``.
* Incremental: the stored ``(UIDVALIDITY, last UID)`` lets the next scan ask only for
  ``UID last+1:*``; a changed UIDVALIDITY means the UIDs were renumbered: full sync.
* Messages are fetched with ``BODY.PEEK[]`` (nothing is marked read) in batches.
"""

from __future__ import annotations

import asyncio
import contextlib
import imaplib
import re
import socket
import ssl
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.detection.email.sources.base import MailSourceError, RawMessage, ScanWindow
from app.detection.email.sources.gmail import BILLING_QUERY

FETCH_BATCH = 50
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_UID_IN_FETCH = re.compile(rb"UID (\d+)")


class ImapAccountError(MailSourceError):
    """The account's details are wrong: ``field`` names the one to fix (host, password or mailbox)."""

    def __init__(self, message: str, field: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class ImapAccount:
    """Where and as whom to log in. ``password`` is an app password, loaded by the caller."""

    host: str
    username: str
    password: str
    port: int = 993
    security: str = "ssl"
    """``ssl`` (implicit TLS, port 993), ``starttls`` or ``none`` (tests, local bridges)."""
    mailbox: str = "INBOX"
    """For Gmail, ``"[Gmail]/All Mail"`` sees archived mail too."""
    timeout: float = 60.0


class ImapSource:
    """One IMAP mailbox folder."""

    def __init__(
        self,
        account: ImapAccount,
        *,
        uidvalidity: int | None = None,
        last_uid: int | None = None,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.account = account
        self.stored_validity = uidvalidity
        self.stored_last_uid = last_uid
        self.ssl_context = ssl_context
        self._conn: imaplib.IMAP4 | None = None
        self._uids: list[int] = []
        self.uidvalidity: int | None = None
        self.full_sync = True
        self.used_gmail_search = False

    async def select(self, window: ScanWindow) -> int:
        self._uids = await asyncio.to_thread(self._select, window)
        return len(self._uids)

    async def messages(self) -> AsyncIterator[RawMessage]:
        for start in range(0, len(self._uids), FETCH_BATCH):
            batch = await asyncio.to_thread(self._fetch, self._uids[start : start + FETCH_BATCH])
            for item in batch:
                yield item

    def checkpoint(self) -> dict[str, Any] | None:
        if self.uidvalidity is None:
            return None
        previous = 0 if self.full_sync else self.stored_last_uid or 0
        return {"uidvalidity": self.uidvalidity, "last_uid": max(self._uids, default=previous)}

    def ends_on(self) -> date | None:
        return None

    async def aclose(self) -> None:
        if self._conn is not None:
            await asyncio.to_thread(_logout, self._conn)
            self._conn = None

    # ------------------------------------------------------------ in the worker thread

    def _select(self, window: ScanWindow) -> list[int]:
        conn = self._connect()
        self.uidvalidity = self._open_mailbox(conn)
        incremental = self.stored_validity == self.uidvalidity and self.stored_last_uid is not None
        self.full_sync = not incremental
        if incremental:
            uids = self._search(conn, "UID", f"{(self.stored_last_uid or 0) + 1}:*")
            uids = [u for u in uids if u > (self.stored_last_uid or 0)]
        else:
            uids = self._search(conn, *self._criteria(conn, window))
        uids.sort()
        if window.max_emails is not None:
            uids = uids[-window.max_emails :]
        return uids

    def check(self) -> None:
        """Sign in and open the folder, then sign out: what adding a mailbox tries first.

        Raises ``MailSourceError`` saying in plain words what went wrong (host, port, password, folder).
        """
        conn = self._connect()
        try:
            self._open_mailbox(conn)
        finally:
            _logout(conn)
            self._conn = None

    def _connect(self) -> imaplib.IMAP4:
        acc = self.account
        try:
            conn = _open(acc, self.ssl_context)
        except (OSError, imaplib.IMAP4.error, UnicodeError) as exc:
            raise ImapAccountError(unreachable(acc, exc), "host") from exc
        try:
            conn.login(acc.username, acc.password)
        except UnicodeError as exc:
            _logout(conn)
            raise ImapAccountError(
                f"the user name or app password has characters IMAP cannot send to {acc.host}", "password"
            ) from exc
        except imaplib.IMAP4.error as exc:
            _logout(conn)
            raise ImapAccountError(
                f"{acc.host} refused the user name or app password ({_reason(exc)})", "password"
            ) from exc
        except OSError as exc:
            raise ImapAccountError(unreachable(acc, exc), "host") from exc
        self._conn = conn
        return conn

    def _open_mailbox(self, conn: imaplib.IMAP4) -> int:
        typ, data = conn.select(_quote(self.account.mailbox), readonly=True)
        if typ != "OK":
            raise ImapAccountError(
                f"{self.account.host} has no folder {self.account.mailbox!r} to read ({_text(data)})",
                "mailbox",
            )
        _, validity = conn.response("UIDVALIDITY")
        try:
            return int(validity[0]) if validity and validity[0] else 0
        except (TypeError, ValueError):
            return 0

    def _criteria(self, conn: imaplib.IMAP4, window: ScanWindow) -> list[str]:
        criteria = ["SINCE", imap_date(window.since)] if window.since is not None else ["ALL"]
        self.used_gmail_search = not window.deep and "X-GM-EXT-1" in conn.capabilities
        if self.used_gmail_search:
            criteria += ["X-GM-RAW", _quote(BILLING_QUERY)]
        return criteria

    def _search(self, conn: imaplib.IMAP4, *criteria: str) -> list[int]:
        try:
            typ, data = conn.uid("SEARCH", *criteria)
        except imaplib.IMAP4.error as exc:
            raise MailSourceError(f"IMAP search failed: {_reason(exc)}") from exc
        if typ != "OK":
            raise MailSourceError(f"IMAP search failed: {_text(data)}")
        return [int(u) for chunk in data if chunk for u in chunk.split()]

    def _fetch(self, uids: list[int]) -> list[RawMessage]:
        if self._conn is None or not uids:
            return []
        typ, data = self._conn.uid("FETCH", ",".join(map(str, uids)), "(UID BODY.PEEK[])")
        if typ != "OK":
            raise MailSourceError(f"IMAP fetch failed: {_text(data)}")
        out = []
        for part in data:
            if isinstance(part, tuple) and len(part) == 2:
                uid = _UID_IN_FETCH.search(part[0])
                out.append(
                    RawMessage(f"imap:{self.uidvalidity}:{uid.group(1).decode() if uid else '?'}", part[1])
                )
        return out


def _open(acc: ImapAccount, context: ssl.SSLContext | None) -> imaplib.IMAP4:
    if acc.security == "ssl":
        conn: imaplib.IMAP4 = imaplib.IMAP4_SSL(acc.host, acc.port, ssl_context=context, timeout=acc.timeout)
    else:
        conn = imaplib.IMAP4(acc.host, acc.port, timeout=acc.timeout)
        if acc.security == "starttls":
            conn.starttls(ssl_context=context)
    conn.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return conn


def unreachable(acc: ImapAccount, exc: BaseException) -> str:
    """Why the server could not be reached, in the words of someone who typed its name (not "-2")."""
    where = f"{acc.host} on port {acc.port}"
    if isinstance(exc, socket.gaierror | UnicodeError):  # UnicodeError: a name IDNA cannot spell (".en")
        return f"could not reach {acc.host}: no server by that name was found"
    if isinstance(exc, ConnectionRefusedError):
        return f"could not reach {where}: the connection was refused (check the port)"
    if isinstance(exc, TimeoutError):
        return f"could not reach {where}: no answer within {acc.timeout:g} s"
    if isinstance(exc, ssl.SSLError):
        reason = exc.reason or _reason(exc)
        return f"could not open a secure connection to {where} ({reason}): check the port and security"
    if isinstance(exc, imaplib.IMAP4.error):
        return f"{where} did not answer as an IMAP server ({_reason(exc)})"
    return (
        f"could not reach {where}: {exc.strerror or _reason(exc)}" if isinstance(exc, OSError) else str(exc)
    )


def _logout(conn: imaplib.IMAP4) -> None:
    with contextlib.suppress(OSError, imaplib.IMAP4.error):
        conn.logout()


def imap_date(d: date) -> str:
    """IMAP's date-text (``05-Nov-2026``), independent of the process locale."""
    return f"{d.day:02d}-{_MONTHS[d.month - 1]}-{d.year}"


def _quote(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _reason(exc: BaseException) -> str:
    text = str(exc.args[0] if exc.args else exc)
    return text[2:-1] if text.startswith(("b'", 'b"')) else text


def _text(data: list[Any]) -> str:
    return " ".join(d.decode(errors="replace") if isinstance(d, bytes) else str(d) for d in data if d)
