"""axe-core (vendored from npm: tests/e2e/vendor) and the page checks every browser test shares."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from playwright.sync_api import Page

AXE = (Path(__file__).parent / "vendor" / "axe-4.14.1.min.js").read_text()
"""Evaluated by the test: the page's CSP allows no injected script tag."""
SCREENSHOTS = Path(__file__).parents[2] / "var" / "screenshots"
WIDEST = """() => [...document.querySelectorAll('body *')]
  .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
  .slice(0, 5)
  .map((el) => el.tagName + '.' + el.className + ' ' + Math.round(el.getBoundingClientRect().right))"""
"""What sticks out to the right, to say why a page scrolls sideways."""


def axe_violations(page: Page) -> list[dict[str, Any]]:
    if not page.evaluate("() => Boolean(window.axe)"):
        page.evaluate(f"() => {{ {AXE}\n }}")
    result: dict[str, Any] = page.evaluate("async () => await axe.run(document)")
    return [{"id": v["id"], "nodes": [n["target"] for n in v["nodes"]]} for v in result["violations"]]


def check_page(page: Page, name: str) -> None:
    """A screenshot to look at, then no axe-core violation."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)
    assert axe_violations(page) == [], name


def assert_no_sideways_scroll(page: Page, name: str) -> None:
    width = page.evaluate("() => document.scrollingElement.scrollWidth")
    inner = page.evaluate("() => window.innerWidth")
    assert width <= inner, f"{name} is {width} px wide at {inner} px: {page.evaluate(WIDEST)}"
