"""In the browser: set notification preferences, start a renewal check, watch the delivery log update
live over the person's socket, and read the email the SMTP server (an aiosmtpd process) received."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from datetime import date, timedelta
from email.message import EmailMessage

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import make_stack
from tests.e2e.test_scan_inbox import sign_in_as_demo
from tests.notifications.servers import SmtpServer, smtp_server
from tests.stack import Stack


@pytest.fixture(scope="module")
def smtp(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SmtpServer]:
    with smtp_server(tmp_path_factory.mktemp("smtp")) as server:
        yield server


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory, smtp: SmtpServer) -> Iterator[Stack]:
    running = make_stack(tmp_path_factory.mktemp("stack"), SMTP_URL=smtp.url).start()
    yield running
    running.stop()


def _messages_to(smtp: SmtpServer, address: str, within: float = 60) -> list[EmailMessage]:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        found = [m for m in smtp.messages() if m["To"] == address]
        if found:
            return found
        time.sleep(0.2)
    raise AssertionError(f"no email to {address} within {within} s")


def test_preferences_then_a_renewal_check_shows_in_the_log_live_and_the_email_arrives(
    page: Page, stack: Stack, smtp: SmtpServer
) -> None:
    sign_in_as_demo(page, stack)
    signed_in = re.search(r"Signed in as (\S+@\S+)", page.locator(".page-head").inner_text())
    assert signed_in is not None
    visitor = signed_in.group(1)  # the visitor's own demo account
    renews = date.today() + timedelta(days=3)
    page.get_by_text("Add a subscription by hand").click()
    form = page.locator("#add-form")
    form.get_by_label("Name").fill("Fjord Streaming")
    form.get_by_label("Amount").fill("12.50")
    form.get_by_label("Currency").fill("EUR")
    form.get_by_label("Next renewal").fill(renews.isoformat())
    form.get_by_role("button", name="Add subscription").click()
    expect(page.locator("#subscriptions")).to_contain_text("Fjord Streaming")

    page.get_by_role("link", name="Settings").click()
    section = page.locator("#notifications")
    section.get_by_label("Days before a renewal").fill("3")
    section.get_by_label("Time zone").fill("UTC")
    section.get_by_label("Send from (local hour)").select_option("0")
    section.get_by_role("button", name="Save notification preferences").click()
    expect(section.get_by_role("status")).to_have_text("Notification preferences saved.")
    expect(section.get_by_label("Days before a renewal")).to_have_value("3")

    page.get_by_role("link", name="Notifications").click()
    log = page.locator("#delivery-log")
    expect(log).to_contain_text("Nothing has been sent yet")
    stack.cli("renewals", "check", "--user", visitor)  # the worker checks, plans and sends
    expect(log).to_contain_text("Fjord Streaming renews in 3 days", timeout=60_000)  # no reload
    row = log.locator("tbody tr", has_text="Fjord Streaming")
    expect(row).to_have_attribute("data-status", "sent", timeout=60_000)
    expect(row).to_contain_text("250")  # the SMTP server's own answer
    expect(page.locator("[data-live-status]")).to_be_hidden()  # the socket did it, not the fallback polling
    assert log.evaluate("log => log.hasAttribute('hx-trigger')") is False, "the log page does not poll"

    subjects = {" ".join(str(m["Subject"]).split()): m for m in _messages_to(smtp, visitor)}
    [email] = [m for subject, m in subjects.items() if "Fjord Streaming renews in 3 days" in subject]
    assert email["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_a_subscriptions_reminders_are_set_from_the_keyboard_without_a_reload(
    page: Page, stack: Stack
) -> None:
    sign_in_as_demo(page, stack)
    page.get_by_text("Add a subscription by hand").click()
    page.locator("#add-form").get_by_label("Name").fill("Keyboard Gym")
    page.locator("#add-form").get_by_role("button", name="Add subscription").click()
    expect(page.locator("#subscriptions")).to_contain_text("Keyboard Gym")
    page.get_by_role("link", name="Settings").click()
    days = page.get_by_label("Days before for Keyboard Gym")
    mute = page.get_by_role("checkbox", name="Mute reminders for Keyboard Gym")
    save = page.get_by_role("button", name="Save reminder settings for Keyboard Gym")
    page.evaluate("() => { window.sameDocument = true; }")

    days.fill("5")
    page.keyboard.press("Tab")
    expect(mute).to_be_focused()
    page.keyboard.press("Space")
    expect(mute).to_be_checked()
    page.keyboard.press("Tab")
    expect(save).to_be_focused()
    page.keyboard.press("Enter")
    row = page.locator("#notifications tr", has_text="Keyboard Gym")
    expect(row).to_contain_text("Saved for Keyboard Gym: muted, no reminders.")
    expect(save).to_be_focused()
    assert page.evaluate("() => window.sameDocument") is True, "saved without reloading the page"

    days.focus()
    page.keyboard.press("Control+A")
    page.keyboard.type("9, 2")
    page.keyboard.press("Tab")
    page.keyboard.press("Space")  # unmute
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Enter")  # Enter in the field saves its row too
    expect(row).to_contain_text("Saved for Keyboard Gym: reminded 9, 2 days before.")
    page.reload()
    expect(days).to_have_value("9, 2")
    expect(mute).not_to_be_checked()
