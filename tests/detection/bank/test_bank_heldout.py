"""Quality gate on the held-out bank set (scripts/gen_bank_heldout.py), written apart from the detector.

A finding matches the labelled stream owning most of its evidence, as in bench/recurring_quality.py.
"""

from __future__ import annotations

import gzip
import json
from collections import Counter
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.detection.bank.recurring import detect_recurring
from app.detection.bank.transactions import Transaction

HELDOUT = Path(__file__).resolve().parents[3] / "bench" / "data" / "bank" / "heldout.json.gz"
MIN_F1 = 0.90


def _transactions(user: dict[str, Any]) -> list[Transaction]:
    return [
        Transaction(
            t["id"],
            t["account_id"],
            date.fromisoformat(t["posted_on"]),
            Decimal(t["amount"]),
            t["currency"],
            t["description"],
        )
        for t in user["transactions"]
    ]


def _score(user: dict[str, Any]) -> tuple[int, int, int, int]:
    """(true positives, false positives, false negatives, right kinds) for one person."""
    owner = {tid: i for i, stream in enumerate(user["truth"]) for tid in stream["transaction_ids"]}
    found = detect_recurring(_transactions(user), today=date.fromisoformat(user["today"]))
    matched: set[int] = set()
    fp = kinds = 0
    for item in found:
        best, votes = Counter(owner.get(e.ref, -1) for e in item.evidence).most_common(1)[0]
        if best < 0 or votes * 2 < len(item.evidence) or best in matched:
            fp += 1
            continue
        matched.add(best)
        kinds += item.kind == user["truth"][best]["kind"]
    return len(matched), fp, len(user["truth"]) - len(matched), kinds


def test_heldout_quality_gate() -> None:
    users = json.loads(gzip.decompress(HELDOUT.read_bytes()))
    assert len(users) >= 120
    tp = fp = fn = kinds = 0
    for user in users:
        a, b, c, d = _score(user)
        tp, fp, fn, kinds = tp + a, fp + b, fn + c, kinds + d
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= MIN_F1, (f1, tp, fp, fn)
    assert kinds >= 0.95 * tp, "salary, transfers and bills must keep their kind"
