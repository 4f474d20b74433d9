"""Sign in with "Google" (a real OpenID provider process) in Chromium, then scan the inbox as that person."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Page, expect

from tests.stack import OidcProvider, Stack

EMAIL = "erin@example.com"


@pytest.fixture(scope="module")
def google_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    tmp = tmp_path_factory.mktemp("google-stack")
    provider = OidcProvider(tmp, users=(EMAIL,)).start()
    stack = Stack(tmp, extra_env=provider.app_env)
    try:
        stack.start()
        # The person already has a mailbox to scan: the demo sample, read by the real code paths.
        stack.cli("users", "create", EMAIL, "--demo-data")
        yield stack
    finally:
        stack.stop()
        provider.stop()


def test_google_sign_in_then_scan_inbox(page: Page, google_stack: Stack) -> None:
    page.goto(f"{google_stack.base_url}/")
    expect(page).to_have_url(re.compile(r"/signin"))
    expect(page.get_by_role("button", name="Continue with demo account")).to_have_count(0)
    page.get_by_role("link", name="Sign in with Google").click()

    page.locator("input[name=sub]").fill(EMAIL)
    page.get_by_role("button", name="Authorize").click()

    expect(page.get_by_role("heading", name="Your subscriptions")).to_be_visible()
    expect(page.get_by_text(f"Signed in as {EMAIL}")).to_be_visible()
    page.get_by_role("button", name="Scan inbox").click()
    table = page.locator("#subscriptions table")
    expect(table).to_be_visible(timeout=90_000)
    headers = [h.strip() for h in table.locator("thead th").all_inner_texts()]
    assert {"Service", "Amount", "Billing cycle", "Next renewal"} <= set(headers)
    assert table.locator("tbody tr").count() > 5

    page.get_by_role("link", name="Settings").click()
    expect(page.get_by_role("heading", name="API tokens")).to_be_visible()
    page.get_by_label("Name of the new token").fill("e2e")
    page.get_by_role("button", name="Create token").click()
    expect(page.locator("#new-token")).to_contain_text("sk_")
