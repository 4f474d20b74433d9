"""The dashboard's live socket blocked (issue 12.11): the page says so, polls the scan's status, and the
bar still reaches done with the results."""

from __future__ import annotations

import re

from playwright.sync_api import Page, WebSocketRoute, expect

from tests.e2e.test_scan_inbox import RECORD_PROGRESS, sign_in_as_demo
from tests.stack import Stack


def test_with_the_socket_blocked_the_page_says_so_and_the_scan_still_reaches_done(
    page: Page, stack: Stack
) -> None:
    def refuse(socket: WebSocketRoute) -> None:
        socket.close(code=1000, reason="blocked by the test")

    page.route_web_socket(re.compile(r"/ws/ui$"), refuse)
    polls: list[str] = []
    page.on("request", lambda request: polls.append(request.url) if "/scans/jobs/" in request.url else None)
    sign_in_as_demo(page, stack)
    notice = page.get_by_role("status").filter(has_text="Live updates are unavailable")
    expect(notice).to_be_visible()

    page.evaluate(RECORD_PROGRESS)
    page.get_by_role("button", name="Scan inbox").click()
    expect(page.locator("#scan-panel")).to_contain_text("Scan finished", timeout=180_000)
    expect(page.locator("#subscriptions table")).to_be_visible()
    assert polls, "the progress came from polling the job's status"
    seen = page.evaluate("window.__progress")
    assert seen, "the progress bar was shown"
    assert seen == sorted(seen), f"progress went backwards: {seen}"
    expect(notice).to_be_visible()
