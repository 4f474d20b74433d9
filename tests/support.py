"""Helpers shared by the test modules."""

from __future__ import annotations

import os
import subprocess
import sys

from app.config import PROJECT_ROOT


def migrate(database_url: str) -> None:
    """Apply the Alembic migrations, as ``make run`` does, through the project's CLI."""
    env = {**os.environ, "DATABASE_URL": database_url, "REDIS_URL": "redis://127.0.0.1:1/0"}
    subprocess.run(
        [sys.executable, "-m", "app", "database", "upgrade", "--no-prompt"],
        env=env,
        cwd=PROJECT_ROOT,
        check=True,
        capture_output=True,
    )
