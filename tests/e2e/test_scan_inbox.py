"""Sign in with the demo account, click Scan inbox, watch progress, get the results table."""

from __future__ import annotations

import json
import mailbox
import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from app.config import PACKAGE_DIR
from app.lib.templating import cycle_label, day, money
from tests.stack import Stack

TRUTH = json.loads((PACKAGE_DIR / "demo" / "mailbox.truth.json").read_text())

RECORD_PROGRESS = """
window.__progress = [];
new MutationObserver(() => {
  const bar = document.querySelector('[role="progressbar"]');
  if (!bar) return;
  const value = Number(bar.getAttribute('aria-valuenow'));
  if (window.__progress[window.__progress.length - 1] !== value) window.__progress.push(value);
}).observe(document.body, {subtree: true, childList: true, attributes: true});
"""

PROGRESS_ABOVE = (
    "(v) => Number(document.querySelector('[role=progressbar]')?.getAttribute('aria-valuenow')) > v"
)


def sign_in_as_demo(page: Page, stack: Stack) -> None:
    page.goto(f"{stack.base_url}/")
    expect(page).to_have_url(re.compile(r"/signin"))
    expect(page.get_by_role("link", name="Sign in with Google")).to_be_visible()
    page.get_by_role("button", name="Continue with demo account").click()
    expect(page.get_by_role("heading", name="Your subscriptions")).to_be_visible()


def table_rows(page: Page) -> dict[str, list[str]]:
    rows = page.locator("#subscriptions table tbody tr")
    result = {}
    for i in range(rows.count()):
        cells = rows.nth(i).locator("th, td").all_inner_texts()
        result[cells[0].strip()] = [c.strip() for c in cells]
    return result


def expected_next_renewal(item: dict[str, str]) -> str | None:
    if item["status"] != "active" or not item.get("next_renewal"):
        return "—"
    truth = date.fromisoformat(item["next_renewal"])
    return day(truth) if truth >= date.today() else None


def test_demo_scan_shows_live_progress_then_the_subscriptions_in_the_sample_mailbox(
    page: Page, stack: Stack
) -> None:
    sign_in_as_demo(page, stack)
    page.evaluate(RECORD_PROGRESS)
    page.get_by_role("button", name="Scan inbox").click()

    table = page.locator("#subscriptions table")
    expect(table).to_be_visible(timeout=60_000)
    headers = table.locator("thead th").all_inner_texts()
    for name in ("Service", "Amount", "Billing cycle", "Next renewal"):
        assert name in [h.strip() for h in headers]

    seen = page.evaluate("window.__progress")
    assert len({v for v in seen if 0 < v < 100}) >= 2, f"progress values seen: {seen}"
    assert seen == sorted(seen), f"progress went backwards: {seen}"

    rows = table_rows(page)
    assert set(rows) == {item["name"] for item in TRUTH}
    for item in TRUTH:
        cells = rows[item["name"]]
        assert cells[1] == money(Decimal(item["amount"]), item["currency"]), item["name"]
        assert cells[2] == cycle_label(item["cycle"]), item["name"]
        expected = expected_next_renewal(item)
        if expected is not None:
            assert cells[3] == expected, item["name"]
    expect(page.get_by_role("status")).to_contain_text("emails read")
    assert page.locator('[role="progressbar"]').count() == 0


@pytest.fixture(scope="module")
def slow_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """A stack whose demo mailbox is the sample repeated many times, so a scan lasts long enough to reload."""
    tmp = tmp_path_factory.mktemp("slow-stack")
    big = tmp / "big.mbox"
    _repeat_mailbox(PACKAGE_DIR / "demo" / "mailbox.mbox", big, times=25)
    stack = Stack(tmp, extra_env={"DEMO_MAILBOX": str(big)}).start()
    yield stack
    stack.stop()


def _repeat_mailbox(source: Path, target: Path, times: int) -> None:
    raw = source.read_bytes()
    with target.open("wb") as out:
        for _ in range(times):
            out.write(raw)
    assert len(mailbox.mbox(str(source))) > 100


def progress_value(page: Page) -> int:
    return int(page.locator('[role="progressbar"]').get_attribute("aria-valuenow") or "0")


def test_reloading_mid_scan_shows_the_scan_still_running_and_it_keeps_updating(
    page: Page, slow_stack: Stack
) -> None:
    sign_in_as_demo(page, slow_stack)
    page.get_by_role("button", name="Scan inbox").click()
    bar = page.locator('[role="progressbar"]')
    expect(bar).to_be_visible()
    page.wait_for_function(PROGRESS_ABOVE, arg=4, timeout=60_000)

    page.reload()
    expect(bar).to_be_visible()
    after_reload = progress_value(page)
    assert 0 < after_reload < 100
    page.wait_for_function(PROGRESS_ABOVE, arg=after_reload, timeout=60_000)
    expect(page.locator("#subscriptions table")).to_be_visible(timeout=120_000)
    assert bar.count() == 0
