"""Editing, manual add, calendar, the ICS link, the phone layout in Chromium; axe-core on every page."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, Page, expect

from tests.e2e.test_scan_inbox import sign_in_as_demo
from tests.stack import Stack

AXE = (Path(__file__).parent / "vendor" / "axe-4.14.1.min.js").read_text()
"""axe-core from npm, vendored; evaluated by the test (the page's CSP allows no injected script tag)."""
WIDEST = """() => [...document.querySelectorAll('body *')]
  .filter((el) => el.getBoundingClientRect().right > 391)
  .slice(0, 5)
  .map((el) => el.tagName + '.' + el.className + ' ' + Math.round(el.getBoundingClientRect().right))"""
SCREENSHOTS = Path(__file__).parents[2] / "var" / "screenshots"


def axe_violations(page: Page) -> list[dict[str, Any]]:
    if not page.evaluate("() => Boolean(window.axe)"):
        page.evaluate(f"() => {{ {AXE}\n }}")
    result: dict[str, Any] = page.evaluate("async () => await axe.run(document)")
    return [{"id": v["id"], "nodes": [n["target"] for n in v["nodes"]]} for v in result["violations"]]


def check_page(page: Page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)
    assert axe_violations(page) == [], name


def add_by_hand(page: Page, name: str, amount: str, renews: str) -> None:
    page.get_by_text("Add a subscription by hand").click()
    form = page.locator("#add-form")
    form.get_by_label("Name").fill(name)
    form.get_by_label("Amount").fill(amount)
    form.get_by_label("Currency").fill("EUR")
    form.get_by_label("Billing cycle").select_option("monthly")
    form.get_by_label("Next renewal").fill(renews)
    form.get_by_role("button", name="Add subscription").click()
    expect(page.locator("#subscriptions table").get_by_role("link", name=name)).to_be_visible()


def test_add_edit_calendar_and_ics_link(page: Page, stack: Stack) -> None:
    sign_in_as_demo(page, stack)
    check_page(page, "dashboard")
    add_by_hand(page, "Hand Gym", "24.99", "2027-01-15")
    row = page.locator("#subscriptions tbody tr", has=page.get_by_role("link", name="Hand Gym"))
    expect(row).to_contain_text("€24.99")

    # The Edit popover closes on Escape and gives focus back to its row.
    summary = row.locator("summary")
    summary.click()
    expect(row.get_by_role("link", name=re.compile("All details"))).to_be_visible()
    page.keyboard.press("Escape")
    expect(row.get_by_role("link", name=re.compile("All details"))).to_be_hidden()
    expect(summary).to_be_focused()
    summary.click()
    page.locator("h1").click()
    expect(row.get_by_role("link", name=re.compile("All details"))).to_be_hidden()

    row.get_by_role("link", name="Hand Gym").click()
    expect(page.get_by_role("heading", name="Hand Gym", level=1)).to_be_visible()
    form = page.locator("#edit-form")
    form.get_by_label("Amount").fill("twelve")
    form.get_by_role("button", name="Save changes").click()
    expect(page.locator("#edit-form")).to_contain_text("Write the amount as a number")
    check_page(page, "detail-with-error")
    page.locator("#edit-form").get_by_label("Amount").fill("29.99")
    page.locator("#edit-form").get_by_label("Category").fill("Fitness")
    page.locator("#edit-form").get_by_role("button", name="Save changes").click()
    expect(page.locator("#edit-form")).to_contain_text("Saved")
    page.reload()
    expect(page.locator(".page-head")).to_contain_text("€29.99")
    expect(page.locator(".page-head")).to_contain_text("Fitness")

    page.get_by_role("link", name="Calendar").click()
    page.goto(f"{stack.base_url}/calendar?month=2026-12")
    page.get_by_role("link", name=re.compile("Next month")).click()
    expect(page.get_by_role("heading", name="January 2027")).to_be_visible()
    expect(page).to_have_url(re.compile(r"month=2027-01"))
    expect(page.locator("#calendar")).to_contain_text("Hand Gym")
    check_page(page, "calendar")

    page.get_by_role("link", name="Settings").click()
    page.get_by_role("button", name="Create my feed address").click()
    address = page.get_by_label("Your feed").input_value()
    assert re.fullmatch(rf"{re.escape(stack.base_url)}/calendar/feed/[\w-]+\.ics", address), address
    check_page(page, "settings")
    feed = page.request.get(address)
    assert feed.status == 200
    assert "BEGIN:VCALENDAR" in feed.text()
    assert "Hand Gym renews" in feed.text()


def test_phone_layout_has_no_horizontal_scroll(browser: Browser, stack: Stack) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    try:
        sign_in_as_demo(page, stack)
        if not page.locator("#subscriptions table").count():
            add_by_hand(page, "Phone Gym", "9.99", "2027-01-02")
        for path in ("/", "/calendar", "/settings"):
            page.goto(f"{stack.base_url}{path}")
            width = page.evaluate("() => document.documentElement.scrollWidth")
            widest = page.evaluate(WIDEST)
            assert width <= 390, f"{path} is {width} px wide at 390 px: {widest}"
            check_page(page, f"phone{path.replace('/', '-') or '-dashboard'}")
    finally:
        context.close()
