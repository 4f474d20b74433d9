"""Export in the browser: click, watch the job's progress bar, follow the signed link to the file."""

from __future__ import annotations

import json

from playwright.sync_api import Page, expect

from tests.e2e.test_scan_inbox import RECORD_PROGRESS, TRUTH, sign_in_as_demo
from tests.stack import Stack


def test_export_shows_progress_then_a_download_of_every_subscription(page: Page, stack: Stack) -> None:
    sign_in_as_demo(page, stack)
    page.get_by_role("button", name="Scan inbox").click()
    expect(page.locator("#subscriptions table")).to_be_visible(timeout=60_000)

    page.get_by_role("link", name="Export and import").click()
    expect(page.get_by_role("heading", name="Export and import")).to_be_visible()
    page.evaluate(RECORD_PROGRESS)
    page.get_by_role("button", name="Export JSON").click()

    link = page.get_by_role("link", name="Download")
    expect(link).to_be_visible(timeout=30_000)
    seen = page.evaluate("window.__progress")
    assert seen, "a progress bar showed while the export ran"
    assert seen == sorted(seen), f"progress went backwards: {seen}"

    with page.expect_download() as download:
        link.click()
    body = json.loads(download.value.path().read_text())
    exported = {s["name"] for s in body["subscriptions"]}
    assert {item["name"] for item in TRUTH} <= exported, "the export holds every subscription the table lists"
