"""Quality of bank recurring-charge detection on a labelled set.

    uv run python bench/recurring_quality.py                      # bench/data/bank/test.json.gz
    uv run python bench/recurring_quality.py bench/data/bank/dev.json.gz --errors 20

Data format (one JSON array of users, as written by scripts/gen_bank_eval.py):
``{"today": ISO, "transactions": [{id, account_id, posted_on, amount, currency, description}],
"truth": [{key, name, kind, cycle, amount, currency, status, next_renewal, transaction_ids}]}``.
A finding matches the labelled stream that owns most of its evidence transactions.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from app.detection.bank.recurring import detect_recurring  # noqa: E402
from app.detection.bank.transactions import Transaction  # noqa: E402
from app.detection.types import DetectedSubscription  # noqa: E402

FIELDS = ("key", "kind", "cycle", "amount", "status", "next_renewal", "next_renewal_3d")


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    right: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)


def load_transactions(user: dict[str, Any]) -> list[Transaction]:
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


def field_matches(found: DetectedSubscription, truth: dict[str, Any]) -> dict[str, bool]:
    expected = None if truth["next_renewal"] is None else date.fromisoformat(truth["next_renewal"])
    near = (expected is None and found.next_renewal is None) or (
        expected is not None
        and found.next_renewal is not None
        and abs((found.next_renewal - expected).days) <= 3
    )
    return {
        "key": found.key == truth["key"],
        "kind": found.kind == truth["kind"],
        "cycle": found.cycle == truth["cycle"],
        "amount": found.amount == Decimal(truth["amount"]),
        "status": found.status == truth["status"],
        "next_renewal": found.next_renewal == expected,
        "next_renewal_3d": near,
    }


def score_user(user: dict[str, Any], tally: Tally) -> float:
    transactions = load_transactions(user)
    started = time.perf_counter()
    found = detect_recurring(transactions, today=date.fromisoformat(user["today"]))
    elapsed = time.perf_counter() - started
    owner = {tid: i for i, t in enumerate(user["truth"]) for tid in t["transaction_ids"]}
    matched: set[int] = set()
    for item in found:
        votes = Counter(owner.get(e.ref, -1) for e in item.evidence)
        best, count = votes.most_common(1)[0]
        if best < 0 or count * 2 < len(item.evidence) or best in matched:
            tally.fp += 1
            tally.errors.append(
                f"FP u{user['user']} {item.to_json()} {[e.summary for e in item.evidence[:2]]}"
            )
            continue
        matched.add(best)
        tally.tp += 1
        truth = user["truth"][best]
        for name, ok in field_matches(item, truth).items():
            tally.right[name] += ok
            if not ok and name != "next_renewal":
                tally.errors.append(
                    f"FIELD {name} u{user['user']} got {item.to_json()} key={item.key} want {_short(truth)}"
                )
    for index, truth in enumerate(user["truth"]):
        if index not in matched:
            tally.fn += 1
            tally.errors.append(f"FN u{user['user']} today={user['today']} {_short(truth)}")
    return elapsed


def _short(truth: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in truth.items() if k != "transaction_ids"} | {"n": len(truth["transaction_ids"])}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("data", nargs="*", type=Path, default=[ROOT / "bench/data/bank/test.json.gz"])
    parser.add_argument("--errors", type=int, default=0, help="print this many mistakes")
    args = parser.parse_args()
    for path in args.data:
        raw = path.read_bytes()
        users = json.loads(gzip.decompress(raw) if path.suffix == ".gz" else raw)
        tally = Tally()
        seconds = sum(score_user(user, tally) for user in users)
        precision = tally.tp / ((tally.tp + tally.fp) or 1)
        recall = tally.tp / ((tally.tp + tally.fn) or 1)
        f1 = 2 * precision * recall / ((precision + recall) or 1)
        print(
            f"{path}: {len(users)} users, {tally.tp + tally.fn} labelled streams, detection {seconds:.2f} s"
        )
        print(
            f"  precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}"
            f"  (tp {tally.tp}, fp {tally.fp}, fn {tally.fn})"
        )
        accuracy = "  ".join(f"{name} {tally.right[name] / (tally.tp or 1):.3f}" for name in FIELDS)
        print(f"  field accuracy on matches: {accuracy}")
        for line in tally.errors[: args.errors]:
            print("   ", line)


if __name__ == "__main__":
    main()
