"""HTML mail bodies to plain text, and schema.org markup (JSON-LD, microdata) out of them."""

from __future__ import annotations

import json
import re
from typing import Any

from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

_BLOCK_END = re.compile(r"(?i)(<br\s*/?>|</(?:p|div|tr|h[1-6]|li|table|section|article|header|footer)\s*>)")
_CELL_END = re.compile(r"(?i)</t[dh]\s*>")
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|max-height\s*:\s*0", re.I)
_SPACES = re.compile(r"[ \t\u00a0\u2007\u2009\u200a\u202f\u3000]+")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u034f\u00ad]")


def html_to_text(markup: str) -> str:
    """Readable text: one line per block or table row, cells separated by spaces."""
    markup = _CELL_END.sub(
        lambda m: m.group(0) + "\u2003", _BLOCK_END.sub(lambda m: m.group(0) + "\n", markup)
    )
    tree = HTMLParser(markup)
    tree.strip_tags(["script", "style", "head", "title", "noscript", "template"])
    for node in tree.css("[style]"):
        if _HIDDEN.search(node.attributes.get("style") or ""):
            node.decompose()
    root = tree.body or tree.root
    return normalise_text(root.text(separator=" ") if root is not None else "")


_APOSTROPHES = ("\u2019", "\u2018", "\u02bc", "\u00b4")


def normalise_text(text: str) -> str:
    """Collapse runs of blanks per line, drop empty lines and invisible characters, and write
    typographic apostrophes as ``'`` ("You\u2019ve" and "You've" read the same)."""
    text = _INVISIBLE.sub("", text)
    for apostrophe in _APOSTROPHES:  # str.replace per character: many times faster than translate
        text = text.replace(apostrophe, "'")
    # No blank _SPACES matches ends a line, so collapsing them over the whole text is per line.
    text = _SPACES.sub(" ", text.replace("\u2003", "  "))
    return "\n".join(filter(None, map(str.strip, text.splitlines())))


def structured_data(markup: str) -> list[dict[str, Any]]:
    """schema.org objects found as JSON-LD or microdata (Order, Invoice, ...)."""
    if "ld+json" not in markup and "itemtype" not in markup:
        return []
    tree = HTMLParser(markup)
    items: list[dict[str, Any]] = []
    for node in tree.css('script[type="application/ld+json"]'):
        items.extend(_json_ld(node.text(deep=True)))
    for node in tree.css("[itemscope][itemtype]"):
        if node.parent is None or "itemscope" not in (node.parent.attributes or {}):
            items.append(_microdata(node))
    return items


def _json_ld(raw: str) -> list[dict[str, Any]]:
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):  # not JSON, or nested past the parser's stack
        return []
    if isinstance(data, dict) and "@graph" in data:
        data = data["@graph"]
    items = data if isinstance(data, list) else [data]
    return [item for item in items if isinstance(item, dict)]


MAX_ITEM_DEPTH = 8
"""Microdata items nested deeper than this are read as text (an Order's offer's item is 3 deep)."""


def _microdata(scope: Node, depth: int = 0) -> dict[str, Any]:
    item: dict[str, Any] = {"@type": (scope.attributes.get("itemtype") or "").rsplit("/", 1)[-1]}
    for node in scope.css("[itemprop]"):
        if _owner(node) != scope.mem_id:
            continue
        name = node.attributes.get("itemprop") or ""
        nested = "itemscope" in node.attributes and depth < MAX_ITEM_DEPTH
        item[name] = _microdata(node, depth + 1) if nested else _prop_value(node)
    return item


def _owner(node: Node) -> int | None:
    parent = node.parent
    while parent is not None:
        if "itemscope" in (parent.attributes or {}):
            return parent.mem_id
        parent = parent.parent
    return None


def _prop_value(node: Node) -> str:
    attrs = node.attributes
    for key in ("content", "datetime", "href", "src", "value"):
        if attrs.get(key):
            return str(attrs[key])
    return node.text(deep=True).strip()
