"""The embedded Redis listens on a Unix socket under DATA_DIR and refuses a server that is not its own."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from redis import Redis

from app.lib.redis_server import EmbeddedRedis, NotOurRedisError


@pytest.fixture
def short_dir() -> Iterator[Path]:
    """Unix socket paths are limited to about 100 bytes; pytest's temporary paths can be longer."""
    with tempfile.TemporaryDirectory(prefix="sub-") as path:
        yield Path(path)


def test_two_installations_get_two_servers_and_a_second_start_on_one_folder_is_refused(
    short_dir: Path,
) -> None:
    first, second = EmbeddedRedis(short_dir / "a" / "redis"), EmbeddedRedis(short_dir / "b" / "redis")
    try:
        urls = first.start(), second.start()
        assert urls[0].startswith("unix://")
        assert urls[0] != urls[1]
        assert (first.socket_path.stat().st_mode & 0o777) == 0o700
        Redis.from_url(urls[0]).set("where", "a")
        assert Redis.from_url(urls[1]).get("where") is None, "nothing shared between installations"
        with pytest.raises(NotOurRedisError, match="already answers"):
            EmbeddedRedis(short_dir / "a" / "redis").start()
        assert Redis.from_url(urls[0]).get("where") == b"a", "the running server is left alone"
    finally:
        first.stop()
        second.stop()


def test_subscout_run_refuses_a_redis_it_did_not_start_and_starts_nothing(short_dir: Path) -> None:
    """A second ``subscout run`` on the same DATA_DIR stops at once with one line, leaving the
    running server (and its data) alone: it never migrates or starts a web process against it."""
    data_dir = short_dir / "data"
    running = EmbeddedRedis(data_dir / "redis")
    url = running.start()
    try:
        Redis.from_url(url).set("kept", "yes")
        env = {k: v for k, v in os.environ.items() if k != "REDIS_URL"}
        env |= {"DATA_DIR": str(data_dir), "DATABASE_URL": f"sqlite+aiosqlite:///{short_dir}/never.db"}
        done = subprocess.run(
            [sys.executable, "-m", "app", "run"], env=env, capture_output=True, text=True, timeout=60
        )
        assert done.returncode == 1, done.stdout + done.stderr
        assert done.stderr.startswith("Error: a Redis server already answers"), done.stderr
        assert "Traceback" not in done.stderr
        assert "Embedded Redis at" not in done.stdout
        assert not (short_dir / "never.db").exists(), "no migration ran against someone else's server"
        assert Redis.from_url(url).get("kept") == b"yes"
    finally:
        running.stop()
