"""The embedded Redis listens on a Unix socket under DATA_DIR and refuses a server that is not its own."""

from __future__ import annotations

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
