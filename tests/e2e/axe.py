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


FORM_PROBLEMS = """() => {
  const named = (el) => el.labels.length > 0 || Boolean(el.getAttribute('aria-labelledby'));
  const fields = [...document.querySelectorAll('input, select, textarea')]
    .filter((el) => !['hidden', 'submit', 'button', 'reset', 'image'].includes(el.type));
  const primaries = [...document.querySelectorAll('.primary')].map((el) => el.textContent.trim());
  return [
    ...(primaries.length > 1 ? ['primary buttons: ' + primaries.join(' | ')] : []),
    ...fields.filter((el) => !named(el)).map((el) => 'no label: ' + el.outerHTML.slice(0, 100)),
  ];
}"""
"""What the page's forms get wrong beyond axe-core: more than one primary button (hidden ones too: a
closed section still holds it), or a field named only by ``aria-label`` or a placeholder, not by text
the person sees (a ``<label>``, or ``aria-labelledby`` pointing at a heading or a cell)."""


def form_problems(page: Page) -> list[str]:
    problems: list[str] = page.evaluate(FORM_PROBLEMS)
    return problems


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
