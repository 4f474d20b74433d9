"""``subscout web`` under each HTTP server it offers (``WEB_SERVER``): pages and the API answer."""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path

import pytest

from app.serving import SERVERS
from tests.stack import Stack


@pytest.mark.parametrize("server", SERVERS)
def test_the_web_process_serves_under(server: str, tmp_path: Path) -> None:
    stack = Stack(tmp_path, extra_env={"WEB_SERVER": server})
    try:
        stack.start(workers=0)
        with urllib.request.urlopen(f"{stack.base_url}/signin", timeout=10) as page:
            assert page.status == 200
        request = urllib.request.Request(
            f"{stack.base_url}/api/me", headers={"Authorization": "Bearer sk_nope"}
        )
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request, timeout=10)
        assert refused.value.code == 401
    finally:
        stack.stop()


@pytest.mark.parametrize("asked", [False, True])
def test_requests_are_logged_only_when_asked(asked: bool, tmp_path: Path) -> None:
    stack = Stack(tmp_path, extra_env={"ACCESS_LOG": "1" if asked else "0"})
    try:
        stack.start(workers=0)
        with urllib.request.urlopen(f"{stack.base_url}/signin?probe=access-log", timeout=10) as page:
            assert page.status == 200
    finally:
        stack.stop()
    log = (tmp_path / "stack.log").read_text()
    assert ("/signin?probe=access-log" in log) is asked


def test_sockets_are_served_without_compression(tmp_path: Path) -> None:
    """permessage-deflate's zlib state cost more memory than an idle socket's everything else."""
    import asyncio

    import websockets

    stack = Stack(tmp_path)
    try:
        stack.start(workers=0)
        user_id = stack.cli("users", "create", "ws@example.com").strip().splitlines()[-1]
        token = stack.cli("tokens", "create", "ws@example.com").strip().splitlines()[-1]

        async def handshake() -> tuple[str | None, str]:
            url = f"ws://127.0.0.1:{stack.port}/ws/jobs/{user_id}"
            headers = {"Authorization": f"Bearer {token}"}
            async with websockets.connect(url, additional_headers=headers) as ws:  # offers deflate
                assert ws.response is not None
                return ws.response.headers.get("Sec-WebSocket-Extensions"), str(await ws.recv())

        extensions, first = asyncio.run(handshake())
    finally:
        stack.stop()
    assert extensions is None
    assert '"type":"connected"' in first.replace(" ", "")
