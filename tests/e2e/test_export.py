"""In the browser: preview and confirm an import, then export with its progress bar and download it."""

from __future__ import annotations

import json

from playwright.sync_api import Page, expect

from tests.e2e.test_scan_inbox import RECORD_PROGRESS, sign_in_as_demo
from tests.stack import Stack

CSV = b"""name,amount,currency,cycle,next_renewal,category
Netflix,15.49,EUR,monthly,2030-01-12,Streaming
Gym,45.00,CAD,weekly,2030-01-07,Health
Cloud Drive,99.00,USD,yearly,2030-03-01,Work
"""


def test_import_preview_confirm_then_export_with_progress_and_download(page: Page, stack: Stack) -> None:
    sign_in_as_demo(page, stack)
    page.get_by_role("link", name="Export and import").click()
    expect(page.get_by_role("heading", name="Export and import")).to_be_visible()

    page.get_by_label("Wallos export (JSON) or CSV").set_input_files(
        {"name": "subs.csv", "mimeType": "text/csv", "buffer": CSV}
    )
    page.get_by_role("button", name="Preview import").click()
    expect(page.locator("#import-panel table tbody tr")).to_have_count(3, timeout=30_000)
    expect(page.locator("#import-panel")).to_contain_text("would add 3")
    page.get_by_role("button", name="Confirm import").click()
    expect(page.locator("#import-panel")).to_contain_text("Import finished: 3 added", timeout=30_000)

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
    exported = {s["name"]: (s["amount"], s["currency"], s["cycle"]) for s in body["subscriptions"]}
    assert exported["Gym"] == ("45.00", "CAD", "weekly")
    assert {"Netflix", "Gym", "Cloud Drive"} <= set(exported)
