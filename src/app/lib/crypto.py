"""Encryption at rest for OAuth tokens, passwords and bank credentials.

Columns use advanced-alchemy's ``EncryptedText`` with a MultiFernet backend:
the first key in ``ENCRYPTION_KEYS`` encrypts, every key decrypts. To rotate,
put a new key first (``subscout keys generate`` prints one), restart, run
``subscout keys rotate`` (re-encrypts every secret with the new key), then drop
the old key.
"""

from __future__ import annotations

import base64
import hashlib
from typing import Any

from advanced_alchemy.base import orm_registry
from advanced_alchemy.types.encrypted_string import EncryptedText, EncryptionBackend
from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.attributes import flag_modified

_keyring: list[str] = []


def configure_encryption(keys: tuple[str, ...]) -> None:
    """Install the process-wide key ring; the app factory and the worker call this at start-up."""
    if not keys:
        raise ValueError("at least one encryption key is required")
    _keyring[:] = list(keys)


def _current_keys() -> str:
    if not _keyring:
        raise RuntimeError("encryption keys are not configured (configure_encryption was not called)")
    return ",".join(_keyring)


def _as_fernet(key: str) -> Fernet:
    """A Fernet from a proper Fernet key, or from any passphrase via SHA-256."""
    try:
        return Fernet(key.encode())
    except (ValueError, TypeError):
        return Fernet(base64.urlsafe_b64encode(hashlib.sha256(key.encode()).digest()))


class MultiFernetBackend(EncryptionBackend):
    """Encrypts with the newest key, decrypts with any key in the ring."""

    def mount_vault(self, key: str | bytes) -> None:
        self.init_engine(key)

    def init_engine(self, key: bytes | str) -> None:
        joined = key.decode() if isinstance(key, bytes) else key
        self.fernet = MultiFernet([_as_fernet(k) for k in joined.split(",") if k])

    def encrypt(self, value: Any) -> str:
        return self.fernet.encrypt(str(value).encode()).decode()

    def decrypt(self, value: Any) -> str:
        try:
            return self.fernet.decrypt(str(value).encode()).decode()
        except InvalidToken as exc:
            raise ValueError(
                "a stored secret cannot be decrypted with the configured ENCRYPTION_KEYS"
            ) from exc


def encrypted_text() -> EncryptedText:
    """Column type for a secret stored encrypted."""
    return EncryptedText(key=_current_keys, backend=MultiFernetBackend)


def encrypted_columns() -> list[tuple[type[Any], str]]:
    """Every (model, attribute) stored encrypted among the mapped models, so none is missed.

    Only models imported so far are mapped: callers import ``app.db.models`` (every model) first.
    """
    found = []
    for mapper in orm_registry.mappers:
        for column in mapper.columns:
            if isinstance(column.type, EncryptedText):
                found.append((mapper.class_, mapper.get_property_by_column(column).key))
    return sorted(found, key=lambda item: (item[0].__name__, item[1]))


async def rotate_secrets(session: AsyncSession) -> int:
    """Re-encrypt every stored secret with the newest key; returns how many values were rewritten.

    Reading decrypts with whichever key in the ring fits; marking the attribute
    modified makes SQLAlchemy write it back, encrypted with the first key.
    """
    rewritten = 0
    for model, attribute in encrypted_columns():
        column = getattr(model, attribute)
        rows = await session.scalars(select(model).where(column.is_not(None)))
        for row in rows:
            flag_modified(row, attribute)
            rewritten += 1
        await session.flush()
    return rewritten
