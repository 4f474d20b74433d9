"""The literal screen in front of the mail cue patterns: sound (it never rules out a pattern
that matches, and a pattern it narrows finds what the whole one finds) and selective (it rules
out patterns on ordinary text)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.detection.email import classify
from app.lib.regex_literals import LiteralScreen, alternatives, necessary_literals

CUE_PATTERNS = {
    name: getattr(classify, name)
    for name in (
        "FAILED",
        "CANCEL",
        "TRIAL",
        "PRICE",
        "RECEIPT",
        "RENEWAL",
        "PROMO",
        "RECURRING",
        "ONE_OFF",
        "UTILITY",
    )
}
SCREEN = LiteralScreen(CUE_PATTERNS)
EVAL_MBOX = Path(__file__).resolve().parents[1] / "bench" / "data" / "email" / "eval.mbox"


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\breceipt\b", {"receipt"}),
        (r"invoice (?:no|#)", {"invoice no", "invoice #"}),
        (r"cancell?ed", {"canceled", "cancelled"}),
        (r"could ?n[o']t", {"couldnot", "could not", "couldn't", "could n't"}),
        (r"receipt|\d+ ?% off", {"receipt", "% off", " % off"}),
        (r"receipt|\d+", None),  # one alternative has no literal: no guarantee
        (r"(?:ab)+c", {"ab"}),  # a repeat that must occur once
        (r"(?<!first )\b12 months", {"12 months"}),  # look-behind consumes nothing
        (r"payment.{0,40}failed", {"payment"}),
        (r"[^x]y", {"y"}),
        (r"\w+", None),
    ],
)
def test_necessary_literals(pattern: str, expected: set[str] | None) -> None:
    found = necessary_literals(re.compile(pattern))
    assert (set(found) if found is not None else None) == expected


def test_case_insensitive_patterns_give_no_literals() -> None:
    assert necessary_literals(re.compile("receipt", re.I)) is None
    assert necessary_literals(re.compile("(?i:receipt)|invoice")) is None


def test_screen_names_only_patterns_whose_literals_occur() -> None:
    screen = LiteralScreen(
        {"bill": re.compile(r"\binvoice\b"), "any": re.compile(r"\d+"), "tax": re.compile("vat")}
    )
    assert screen.candidates(["your invoice is ready"]) == {"bill", "any"}
    assert screen.candidates(["hello", "vat 20"]) == {"any", "tax"}
    assert screen.candidates([]) == {"any"}


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (r"receipt", ["receipt"]),
        (r"a|b", ["a", "b"]),
        (r"(?:a|b)|c", ["a", "b", "c"]),
        (r"(?:(?:a|b)|c)", ["a", "b", "c"]),
        (r"x(?:a|b)", ["x(?:a|b)"]),  # a group inside an alternative stays whole
        (r"(?:a)b(?:c)", ["(?:a)b(?:c)"]),
        (r"(?:ab)+|c", ["(?:ab)+", "c"]),
        (r"[|(]x|\|y|\(z", ["[|(]x", r"\|y", r"\(z"]),  # bars and parens in classes and escaped
        (r"[]|]x|y", ["[]|]x", "y"]),
        (r"[^]|]x|y", ["[^]|]x", "y"]),
        (r"(?<!next )invoice|bill", ["(?<!next )invoice", "bill"]),
    ],
)
def test_alternatives(source: str, expected: list[str]) -> None:
    assert alternatives(source) == expected


def test_narrowed_patterns_keep_only_the_alternatives_whose_literals_occur() -> None:
    bill = re.compile(r"\binvoice\b|(?:receipt|paid on)|\d+ due")
    screen = LiteralScreen({"bill": bill})
    assert screen.narrowed(["hello"]) == {}
    assert screen.narrowed(["3 due"]) == {"bill": re.compile(r"(?:\d+ due)")}
    narrowed = screen.narrowed(["your receipt"])["bill"]
    assert narrowed.search("your receipt") is not None
    assert narrowed.search("your invoice") is None  # ruled out: "invoice" is not in the text screened
    assert (
        screen.narrowed(["invoice receipt paid on 2 due"])["bill"].pattern == screen._patterns["bill"].pattern
    )


def test_patterns_with_groups_or_inline_flags_are_not_narrowed() -> None:
    patterns = {"grouped": re.compile(r"(receipt)|invoice"), "flagged": re.compile(r"(?i:receipt)|invoice")}
    narrowed = LiteralScreen(patterns).narrowed(["invoice"])
    assert narrowed == patterns


def test_a_pattern_ruled_out_is_narrowed_to_one_that_never_matches() -> None:
    narrowed = LiteralScreen({"bill": re.compile("invoice")}).narrowed(["hello"])
    assert "bill" not in narrowed
    assert narrowed["bill"].search("invoice") is None


def _texts() -> list[str]:
    mbox = EVAL_MBOX.read_text(encoding="utf-8", errors="replace")
    return [part[: classify.BODY_SCAN_CHARS].lower() for part in mbox.split("\nFrom ")[::4]]  # time


def test_screen_is_sound_and_selective_on_mail() -> None:
    """Every cue pattern that matches a message of the evaluation mailbox is among the screen's
    candidates for it, and the screen rules some pattern out for most messages."""
    ruled_out = 0
    for text in _texts():
        candidates = SCREEN.candidates([text])
        matching = {name for name, pattern in CUE_PATTERNS.items() if pattern.search(text)}
        assert matching <= candidates
        ruled_out += len(candidates) < len(CUE_PATTERNS)
    assert ruled_out > len(_texts()) // 2


_CUE_WORDS = st.sampled_from(
    [
        "receipt",
        "payment",
        "failed",
        "your",
        "subscription",
        "has been",
        "cancelled",
        "will renew",
        "trial",
        "ends",
        "price",
        "change",
        "rechnung",
        "facture",
        "n't",
        "'",
        " ",
        "\n",
        "could",
        "process",
        "card",
        "on hold",
        "was charged",
        "invoice no",
        "€",
        "9.99",
        "/mo",
        "prélevé",
        "zahlung fehlgeschlagen",
    ]
)


def _same_match(narrowed: re.Pattern[str] | None, whole: re.Pattern[str], text: str) -> bool:
    found, expected = (narrowed.search(text) if narrowed else None), whole.search(text)
    return (found and found.span()) == (expected and expected.span())


def test_narrowed_patterns_find_the_same_match_in_mail() -> None:
    """In every message of the evaluation mailbox, each cue pattern narrowed by the screen finds
    the very match (same span) the whole pattern finds, and most are narrowed to few alternatives."""
    narrower = 0
    for text in _texts():
        narrowed = SCREEN.narrowed([text])
        for name, pattern in CUE_PATTERNS.items():
            assert _same_match(narrowed.get(name), pattern, text), (name, text[:200])
        narrower += sum(narrowed[name] is not CUE_PATTERNS[name] for name in narrowed)
    assert narrower > len(_texts())


@settings(max_examples=400, deadline=None)
@given(st.lists(_CUE_WORDS, max_size=12).map(" ".join))
def test_screen_never_rules_out_a_matching_pattern(text: str) -> None:
    candidates = SCREEN.candidates([text])
    assert {name for name, pattern in CUE_PATTERNS.items() if pattern.search(text)} <= candidates
    narrowed = SCREEN.narrowed([text])
    assert all(_same_match(narrowed.get(name), pattern, text) for name, pattern in CUE_PATTERNS.items())
