"""Bearer tokens → their owner, from memory in the common case.

A status poll must not cost database round trips: a token seen in the last
``CACHE_SECONDS`` is answered from this process's memory. A revocation or an
account deletion forgets the owner's entries here at once; other web processes
notice within ``CACHE_SECONDS``. ``last_used_at`` is written in the background,
at most once a minute per token and for many tokens in one transaction, and a failed
write (the database busy with an import) is logged, never the request's problem.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict
from dataclasses import dataclass
from datetime import UTC, datetime
from uuid import UUID

from advanced_alchemy.extensions.litestar import SQLAlchemyAsyncConfig
from sqlalchemy import select, update

from app.accounts.models import ApiToken, User
from app.accounts.services import hash_token

log = logging.getLogger(__name__)

CACHE_SECONDS = 5.0
"""How long another web process may still accept a token revoked elsewhere."""
MAX_ENTRIES = 10_000
SOCKET_READS = 2
"""Sockets' token reads at a time: a reconnect storm (a restart, 10,000 sockets) waits in line
instead of taking every pooled database connection from the pages."""
LAST_USED_SECONDS = 60.0
"""Record a token's use at most this often: one write per request would be waste."""
WRITE_AFTER_SECONDS = 0.5
"""Uses noted within this time share one write: 1,000 sockets connecting are one transaction."""


@dataclass(frozen=True)
class _Entry:
    token_id: UUID
    user: User
    """Detached from any session, like the user a session cookie gives."""
    expires: float


class TokenAuthenticator:
    def __init__(self, db: SQLAlchemyAsyncConfig) -> None:
        self.db = db
        self._entries: OrderedDict[str, _Entry] = OrderedDict()
        self._last_written: dict[UUID, float] = {}
        self._unwritten: dict[UUID, datetime] = {}
        """Uses noted since the last write: token id → when."""
        self._writes: set[asyncio.Task[None]] = set()
        self._socket_reads = asyncio.Semaphore(SOCKET_READS)

    def __len__(self) -> int:
        """Tokens held in memory now."""
        return len(self._entries)

    async def user_for(self, token: str) -> User | None:
        """The token's owner, or None for an unknown or revoked token."""
        key = hash_token(token)
        entry = self._entries.get(key)
        if entry is None or entry.expires <= time.monotonic():
            entry = await self._load(key)
            if entry is None:
                self._entries.pop(key, None)
                return None
            self._remember(key, entry)
        self._note_use(entry.token_id)
        return entry.user

    async def owner_of(self, token: str) -> UUID | None:
        """The id of the token's owner, for a WebSocket; None for an unknown or revoked token.

        Read from memory when an HTTP request put the owner there; otherwise one read that is not
        remembered: a socket asks once, and 10,000 sockets' owners would stay in memory.
        """
        key = hash_token(token)
        entry = self._entries.get(key)
        if entry is not None and entry.expires > time.monotonic():
            token_id, owner = entry.token_id, entry.user.id
        else:
            async with self._socket_reads, self.db.get_session() as session:
                row = (
                    await session.execute(
                        select(ApiToken.id, ApiToken.user_id)
                        .join(User, User.id == ApiToken.user_id)
                        .where(ApiToken.token_hash == key, ApiToken.revoked_at.is_(None))
                    )
                ).first()
            if row is None:
                return None
            token_id, owner = row.id, row.user_id
        self._note_use(token_id)
        return owner

    def forget_user(self, user_id: UUID) -> None:
        """Call after committing a revocation or deletion of the user's tokens."""
        for key in [key for key, entry in self._entries.items() if entry.user.id == user_id]:
            del self._entries[key]

    async def _load(self, key: str) -> _Entry | None:
        """One read, no commit: the token row and its owner together."""
        async with self.db.get_session() as session:
            row = (
                await session.execute(
                    select(ApiToken.id, User)
                    .join(User, User.id == ApiToken.user_id)
                    .where(ApiToken.token_hash == key, ApiToken.revoked_at.is_(None))
                )
            ).first()
            if row is None:
                return None
            session.expunge(row.User)
        return _Entry(token_id=row.id, user=row.User, expires=time.monotonic() + CACHE_SECONDS)

    def _remember(self, key: str, entry: _Entry) -> None:
        self._entries[key] = entry
        self._entries.move_to_end(key)
        # Oldest first: drop the expired ones, so the cache holds only tokens seen in the last
        # CACHE_SECONDS (10,000 sockets' owners would otherwise stay in memory after they left).
        while self._entries:
            oldest = next(iter(self._entries.values()))
            if oldest.expires > time.monotonic() and len(self._entries) <= MAX_ENTRIES:
                break
            self._entries.popitem(last=False)

    def _note_use(self, token_id: UUID) -> None:
        now = time.monotonic()
        if now - self._last_written.get(token_id, -LAST_USED_SECONDS) < LAST_USED_SECONDS:
            return
        if len(self._last_written) > MAX_ENTRIES:
            self._last_written.clear()
        self._last_written[token_id] = now
        self._unwritten[token_id] = datetime.now(UTC)
        if len(self._unwritten) == 1:  # the first since the last write: schedule the next one
            task = asyncio.create_task(self._write_last_used())
            self._writes.add(task)
            task.add_done_callback(self._writes.discard)

    async def _write_last_used(self) -> None:
        """After ``WRITE_AFTER_SECONDS``, every use noted meanwhile, in one transaction."""
        await asyncio.sleep(WRITE_AFTER_SECONDS)
        used, self._unwritten = self._unwritten, {}
        try:
            async with self.db.get_session() as session:
                await session.execute(
                    update(ApiToken), [{"id": token_id, "last_used_at": at} for token_id, at in used.items()]
                )
                await session.commit()
        except Exception:  # a busy or unreachable database only delays the record
            log.warning("could not record the use of %d API tokens; will retry on a later use", len(used))
            for token_id in used:
                self._last_written.pop(token_id, None)

    async def drain(self) -> None:
        """Let the pending ``last_used_at`` writes finish (on shutdown and in tests)."""
        while self._writes:
            await asyncio.gather(*self._writes, return_exceptions=True)
