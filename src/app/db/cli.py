"""``subscout keys``: the encryption keys of the secrets stored anywhere in the database."""

from __future__ import annotations

import asyncio

import click
from cryptography.fernet import Fernet

import app.db.models  # noqa: F401  (every model, so every encrypted column is rotated)
from app.config import Settings
from app.lib.crypto import rotate_secrets
from app.lib.database import standalone_session


async def _rotate_keys() -> int:
    async with standalone_session(Settings.from_env()) as session:
        return await rotate_secrets(session)


@click.group("keys")
def keys_group() -> None:
    """Encryption keys for the secrets stored in the database."""


@keys_group.command("generate")
def generate_key() -> None:
    """Print a new Fernet key, to put first in ENCRYPTION_KEYS."""
    click.echo(Fernet.generate_key().decode())


@keys_group.command("rotate")
def rotate_keys() -> None:
    """Re-encrypt every stored secret with the first key of ENCRYPTION_KEYS.

    Run it after putting a new key first; once it has finished, the old keys can go.
    """
    count = asyncio.run(_rotate_keys())
    click.echo(f"Re-encrypted {count} secrets with the newest key.")
