"""Editing, manual add, calendar, the ICS link, the phone layout in Chromium; axe-core on every page."""

from __future__ import annotations

import re

from playwright.sync_api import Browser, Page, expect

from tests.e2e.axe import assert_no_sideways_scroll, check_page
from tests.e2e.test_scan_inbox import sign_in_as_demo
from tests.stack import Stack


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

    page.goto(f"{stack.base_url}/auth/google")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    check_page(page, "google-not-configured")


def test_phone_layout_has_no_horizontal_scroll(browser: Browser, stack: Stack) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    try:
        sign_in_as_demo(page, stack)
        if not page.locator("#subscriptions table").count():
            add_by_hand(page, "Phone Gym", "9.99", "2027-01-02")
        for path in ("/", "/?q=gym&sort=-amount", "/calendar", "/settings"):
            page.goto(f"{stack.base_url}{path}")
            assert_no_sideways_scroll(page, path)
            check_page(page, f"phone{re.sub(r'[^a-z-]+', '-', path)}")
    finally:
        context.close()


def names_shown(page: Page) -> list[str]:
    return [n.strip() for n in page.locator("#subscriptions tbody th a").all_inner_texts()]


def test_search_sort_and_filter_live_and_in_the_address(page: Page, stack: Stack) -> None:
    sign_in_as_demo(page, stack)
    for name, amount in (("Zebra Films", "7.00"), ("Zebra Music", "12.00"), ("Zebra Gym", "30.00")):
        add_by_hand(page, name, amount, "2027-02-01")
    search = page.get_by_role("searchbox", name="Search")
    search.press_sequentially("zebra", delay=40)
    expect(page).to_have_url(re.compile(r"/\?q=zebra$"), timeout=20_000)
    expect(page.locator("#subscriptions tbody tr")).to_have_count(3)
    expect(search).to_be_focused()
    expect(search).to_have_value("zebra")  # an answer arriving never undoes typing

    page.get_by_role("link", name="Amount", exact=True).click()
    expect(page).to_have_url(re.compile(r"sort=amount"))
    expect(page.locator("th[aria-sort=ascending]")).to_have_text("Amount")
    assert names_shown(page) == ["Zebra Films", "Zebra Music", "Zebra Gym"]
    page.get_by_role("link", name="Amount", exact=True).click()
    expect(page.locator("th[aria-sort=descending]")).to_have_text("Amount")
    assert names_shown(page) == ["Zebra Gym", "Zebra Music", "Zebra Films"]

    search.fill("zebra mu")
    expect(page.locator("#subscriptions tbody tr")).to_have_count(1)
    expect(page.locator("#subscriptions .table-count")).to_contain_text("Showing 1 of")
    page.get_by_role("search").get_by_label("Kind").select_option("bill")
    expect(page.get_by_role("heading", name="Recurring bills")).to_be_visible()
    expect(page.get_by_text("No bill matches")).to_be_visible()
    page.get_by_role("search").get_by_label("Kind").select_option("")
    expect(page.locator("#subscriptions tbody tr")).to_have_count(1)

    bookmark = page.url
    assert "q=zebra+mu" in bookmark, bookmark
    assert "sort=-amount" in bookmark, bookmark
    page.goto(bookmark)
    expect(search).to_have_value("zebra mu")
    expect(page.locator("#subscriptions tbody tr")).to_have_count(1)
    expect(page.get_by_label("Sort by")).to_have_value("-amount")
    check_page(page, "dashboard-searched")


def test_search_sort_and_filter_work_without_javascript(browser: Browser, stack: Stack) -> None:
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1200, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        page.goto(f"{stack.base_url}/signin")
        page.get_by_role("button", name="Continue with demo account").click()
        expect(page.get_by_role("heading", name="Your subscriptions")).to_be_visible()
        if not page.get_by_role("link", name="Plain Gym").count():
            page.get_by_text("Add a subscription by hand").click()
            form = page.locator("#add-form")
            form.get_by_label("Name").fill("Plain Gym")
            form.get_by_label("Amount").fill("19.00")
            form.get_by_label("Currency").fill("EUR")
            form.get_by_role("button", name="Add subscription").click()
        page.get_by_role("searchbox", name="Search").fill("plain gym")
        page.get_by_role("button", name="Search", exact=True).click()
        expect(page).to_have_url(re.compile(r"q=plain\+gym"))
        expect(page.locator("#subscriptions tbody tr")).to_have_count(1)
        expect(page.locator("#subscriptions tbody th a")).to_have_text("Plain Gym")
        page.get_by_role("link", name="Service", exact=True).click()
        expect(page).to_have_url(re.compile(r"sort=name"))
        expect(page.locator("th[aria-sort=ascending]")).to_have_text("Service")
        page.get_by_role("search").get_by_label("Status").select_option("cancelled")
        page.get_by_role("button", name="Search", exact=True).click()
        expect(page.get_by_text("No subscription matches")).to_be_visible()
        page.get_by_role("link", name="Show all").click()
        expect(page.get_by_role("link", name="Plain Gym")).to_be_visible()
    finally:
        context.close()


def test_a_finished_scan_refreshes_the_table_as_the_address_searches_and_sorts_it(
    page: Page, stack: Stack
) -> None:
    sign_in_as_demo(page, stack)
    page.goto(f"{stack.base_url}/?q=netflix&sort=-amount")
    page.get_by_role("search").get_by_label("Kind").select_option("subscription")
    expect(page).to_have_url(re.compile(r"kind=subscription"))  # pushed by htmx, not loaded
    page.get_by_role("button", name="Scan inbox").click()
    expect(page.locator("#scan-panel")).to_contain_text("Scan finished", timeout=120_000)

    expect(page.locator("#subscriptions tbody tr")).to_have_count(1)
    assert names_shown(page) == ["Netflix"]
    expect(page.locator("#subscriptions .table-count")).to_contain_text("Showing 1 of 16")  # all were found
    expect(page.locator("th[aria-sort=descending]")).to_have_text("Amount")
    expect(page.get_by_role("searchbox", name="Search")).to_have_value("netflix")
    expect(page.get_by_role("search").get_by_label("Kind")).to_have_value("subscription")


def test_the_calendar_month_is_a_keyboard_grid_with_one_tab_stop(page: Page, stack: Stack) -> None:
    sign_in_as_demo(page, stack)
    add_by_hand(page, "Grid Gym", "9.00", "2030-01-15")
    page.goto(f"{stack.base_url}/calendar")
    expect(page.locator("table.month td[tabindex='0']")).to_have_attribute("aria-current", "date")

    page.goto(f"{stack.base_url}/calendar?month=2030-01")
    grid = page.get_by_role("grid")
    expect(grid.locator("td[tabindex='0']")).to_have_attribute("data-date", "2030-01-01")
    page.locator("#month-next").focus()
    page.keyboard.press("Tab")

    def expect_day(iso: str, month: str) -> None:
        day = page.locator(f"td[data-date='{iso}']")
        expect(day).to_be_focused()
        expect(day).to_have_attribute("aria-selected", "true")
        expect(grid.locator("td[aria-selected='true']")).to_have_count(1)
        expect(grid.locator("td[tabindex='0']")).to_have_count(1)
        expect(page.get_by_role("heading", name=month)).to_be_visible()

    expect_day("2030-01-01", "January 2030")
    for key, iso in (
        ("ArrowRight", "01-02"),
        ("ArrowDown", "01-09"),
        ("ArrowLeft", "01-08"),
        ("ArrowUp", "01-01"),
    ):
        page.keyboard.press(key)
        expect_day(f"2030-{iso}", "January 2030")
    page.keyboard.press("Home")  # Monday of the week: the last day of 2029, so December comes in
    expect_day("2029-12-31", "December 2029")
    expect(page).to_have_url(re.compile(r"month=2029-12"))
    page.keyboard.press("End")
    expect_day("2030-01-06", "January 2030")
    page.keyboard.press("PageDown")
    expect_day("2030-02-06", "February 2030")
    page.keyboard.press("PageUp")
    expect_day("2030-01-06", "January 2030")
    for key in ["ArrowDown"] * 3 + ["ArrowRight"] * 4:
        page.keyboard.press(key)
    expect_day("2030-01-31", "January 2030")
    page.keyboard.press("PageDown")  # no 31 February: its last day
    expect_day("2030-02-28", "February 2030")

    for key in ("ArrowUp", "ArrowUp", "ArrowRight"):
        page.keyboard.press(key)
    expect_day("2030-02-15", "February 2030")
    renewal = grid.get_by_role("link", name=re.compile("Grid Gym"))
    expect(renewal).to_have_attribute("tabindex", "-1")
    page.keyboard.press("Enter")
    expect(renewal).to_be_focused()
    page.keyboard.press("Escape")
    expect_day("2030-02-15", "February 2030")
    page.keyboard.press("Enter")
    page.keyboard.press("ArrowLeft")
    expect_day("2030-02-14", "February 2030")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.closest('table') === null"), "one tab stop: Tab leaves"
    check_page(page, "calendar-keyboard")
