"""axe-core on every page of the app, as an operator (who sees them all), at desktop and phone widths.

The list of pages is checked against the app's routes, so a new page fails here until it is added.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from playwright.sync_api import Browser, Dialog, FloatRect, Locator, Page, expect

from app.config import Settings
from app.server import create_app
from tests.e2e.axe import assert_no_sideways_scroll, check_page, form_problems
from tests.e2e.test_subscriptions_ui import add_by_hand
from tests.stack import OidcProvider, Stack

OPERATOR = "olive@example.com"
MONTH = f"{date.today():%Y-%m}"
PAGES = {
    "/": "/",
    "/subscriptions/{subscription_id:uuid}": "/subscriptions/{id}",
    "/subscriptions/{subscription_id:uuid}/alerts": "/subscriptions/{id}/alerts",
    "/calendar": "/calendar",
    "/exports": "/exports",
    "/reports": "/reports",
    "/reports/{month:str}": f"/reports/{MONTH}",
    "/analytics": "/analytics",
    "/notifications": "/notifications",
    "/settings": "/settings",
    "/notifications/unsubscribe/{token:str}": "/notifications/unsubscribe/not-a-real-token",
    "/operator/jobs": "/operator/jobs",
    "/operator/notifications": "/operator/notifications",
}
"""Each page route, and the address of one of its pages."""
ELSEWHERE = {
    "/signin": "signed out, in sign_in_with_google",
    "/auth/google": "a redirect to Google; without Google, checked in test_subscriptions_ui (demo mode)",
    "/notifications/log": "a fragment of /notifications, which polls it",
    "/settings/notifications": "a fragment: the Notifications section of /settings",
    "/subscriptions/lists": "a fragment of /, fetched when a scan finishes",
}
"""Page routes checked another way."""
EXTRA = {"error-404": "/no-such-page", "dashboard-empty-search": "/?q=nothing-matches-this"}


def page_routes() -> set[str]:
    """Every GET route answered with a template (full pages and fragments), SAQ's own UI aside."""
    tmp = Path(tempfile.mkdtemp())
    settings = Settings(
        data_dir=tmp,
        database_url=f"sqlite+aiosqlite:///{tmp}/routes.db",
        redis_url="redis://127.0.0.1:1",
        secret_key="route-listing",
        encryption_keys=(Fernet.generate_key().decode(),),
    )
    found = set()
    for route in create_app(settings).routes:
        for handler in getattr(route, "route_handlers", ()):
            returns = str(handler.parsed_fn_signature.return_type.annotation)
            if "GET" in (handler.http_methods or ()) and "Template" in returns:
                found.add(route.path)
    return found


def test_every_page_route_is_in_the_list() -> None:
    assert page_routes() == set(PAGES) | set(ELSEWHERE)


@pytest.fixture(scope="module")
def operator_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    tmp = tmp_path_factory.mktemp("pages-stack")
    provider = OidcProvider(tmp, users=(OPERATOR,)).start()
    stack = Stack(tmp, extra_env=provider.app_env)
    try:
        stack.start()
        stack.cli("users", "create", OPERATOR, "--operator")
        yield stack
    finally:
        stack.stop()
        provider.stop()


def sign_in_with_google(page: Page, stack: Stack) -> None:
    page.goto(f"{stack.base_url}/signin")
    check_page(page, "signin-google")
    assert form_problems(page) == []
    page.get_by_role("link", name="Sign in with Google").click()
    page.locator("input[name=sub]").fill(OPERATOR)
    page.get_by_role("button", name="Authorize").click()
    expect(page.get_by_role("heading", name="Your subscriptions")).to_be_visible()


def test_every_page_has_no_axe_violation_and_no_sideways_scroll_on_a_phone(
    browser: Browser, page: Page, operator_stack: Stack
) -> None:
    sign_in_with_google(page, operator_stack)
    add_by_hand(page, "Axe Streaming", "8.99", "2027-03-01")
    link = page.locator("#subscriptions tbody th a", has_text="Axe Streaming").get_attribute("href") or ""
    sub_id = re.fullmatch(r"/subscriptions/([0-9a-f-]{36})", link)
    assert sub_id, link
    addresses = {route: path.format(id=sub_id.group(1)) for route, path in PAGES.items()} | EXTRA

    phone = browser.new_context(
        viewport={"width": 390, "height": 844},
        is_mobile=True,
        has_touch=True,
        storage_state=page.context.storage_state(),
    )
    on_phone = phone.new_page()
    on_phone.set_default_timeout(15_000)
    forms: dict[str, list[str]] = {}
    try:
        for route, path in addresses.items():
            name = re.sub(r"[^a-z0-9]+", "-", route.lower()).strip("-") or "dashboard"
            for view, label in ((page, "desktop"), (on_phone, "phone")):
                answer = view.goto(f"{operator_stack.base_url}{path}")
                assert answer is not None
                assert answer.status == (404 if route == "error-404" else 200), (path, answer.status)
                expect(view.locator("main")).to_be_visible()
                if path == "/settings":
                    expect(view.locator("#notifications h3").first).to_be_visible()  # its card loads apart
                check_page(view, f"page-{label}-{name}")
                if label == "phone":
                    assert_no_sideways_scroll(view, path)
            if problems := form_problems(page):
                forms[path] = problems
    finally:
        phone.close()
    assert forms == {}, "at most one primary button a page, and every field labelled by text shown"


def test_revoking_a_token_asks_first_and_dismissing_keeps_it(page: Page, operator_stack: Stack) -> None:
    sign_in_with_google(page, operator_stack)
    page.get_by_role("link", name="Settings").click()
    page.get_by_label("Name of the new token").fill("confirm-e2e")
    page.get_by_role("button", name="Create token").click()
    expect(page.locator("#new-token")).to_contain_text("sk_")
    revoke = page.get_by_role("button", name="Revoke confirm-e2e")
    asked: list[str] = []

    def answer(accept: bool) -> Callable[[Dialog], None]:
        def handle(dialog: Dialog) -> None:
            asked.append(dialog.message)
            dialog.accept() if accept else dialog.dismiss()

        return handle

    page.once("dialog", answer(False))
    revoke.click()
    page.reload()
    expect(revoke).to_be_visible()
    assert asked == ["Revoke confirm-e2e? Programs using it are refused from now on."]
    page.once("dialog", answer(True))
    revoke.click()
    expect(revoke).to_have_count(0)
    assert len(asked) == 2


def box(locator: Locator) -> FloatRect:
    found = locator.bounding_box()
    assert found is not None, f"{locator} is not shown"
    return found


def test_the_inbox_and_bank_cards_line_up_side_by_side_and_stack_on_a_phone(
    page: Page, operator_stack: Stack
) -> None:
    sign_in_with_google(page, operator_stack)
    inbox_card, bank_card = page.locator("#scan-panel"), page.locator("#bank-panel")
    page.set_viewport_size({"width": 1280, "height": 900})
    inbox, bank = box(inbox_card), box(bank_card)
    assert inbox["x"] + inbox["width"] <= bank["x"], "one row: Inbox, then Bank"
    assert abs(inbox["y"] - bank["y"]) < 1, (inbox, bank)
    assert abs(inbox["height"] - bank["height"]) < 1, (inbox, bank)
    inbox_scan = box(inbox_card.get_by_role("button", name="Scan inbox"))
    bank_scan = box(bank_card.get_by_role("button", name="Scan bank"))
    assert abs(inbox_scan["y"] - bank_scan["y"]) < 1, "their scan buttons on one line"

    page.set_viewport_size({"width": 390, "height": 844})
    inbox, bank = box(inbox_card), box(bank_card)
    assert inbox["y"] + inbox["height"] <= bank["y"], "on a phone, Bank under Inbox"
    assert abs(inbox["width"] - bank["width"]) < 1, (inbox, bank)
