"""Quality of bank recurring-charge detection on a labelled set.

    uv run python bench/recurring_quality.py                      # bench/data/bank/test.json.gz
    uv run python bench/recurring_quality.py bench/data/bank/dev.json.gz --errors 20
    uv run python bench/recurring_quality.py --real               # ../shared/data/real-statements

``--real`` imports every file of the real statements (per format: how many import, how many are
refused with one line) and scores detection against the hand labels in
``bench/data/bank-real-labels.json`` (strict: amount, currency and cycle right too), over all
files and per format.
Every set also reports precision among findings at or above each confidence level, the
calibration behind the "active" threshold.

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
from app.detection.bank.statements import StatementError, iter_statement, sniff_format  # noqa: E402
from app.detection.bank.transactions import Transaction  # noqa: E402
from app.detection.types import DetectedSubscription  # noqa: E402

FIELDS = ("key", "kind", "cycle", "amount", "currency", "status", "next_renewal", "next_renewal_3d")
STRICT = ("amount", "currency", "cycle")
LEVELS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
REAL = ROOT.parent / "shared" / "data" / "real-statements"
REAL_LABELS = ROOT / "bench" / "data" / "bank-real-labels.json"


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    strict: int = 0
    right: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    scored: list[tuple[float, bool]] = field(default_factory=list)
    """(confidence, matched a labelled stream) per finding."""

    def match(self, found: DetectedSubscription, fields: dict[str, bool]) -> None:
        self.tp += 1
        self.strict += all(fields[name] for name in STRICT)
        self.scored.append((found.confidence, True))
        for name, ok in fields.items():
            self.right[name] += ok

    def miss(self, found: DetectedSubscription, line: str) -> None:
        self.fp += 1
        self.scored.append((found.confidence, False))
        self.errors.append(line)

    def brief(self, label: str) -> None:
        """One line: the counts and F1s, for a part of a set (one statement format)."""
        found, labelled = self.tp + self.fp, self.tp + self.fn
        both = found + labelled
        f1, strict_f1 = (f"{2 * n / both:.3f}" if both else "-" for n in (self.tp, self.strict))
        print(
            f"{label:8} {labelled:2} labelled, {found:2} findings: F1 {f1}  strict F1 {strict_f1}"
            f"  (tp {self.tp}, fp {self.fp}, fn {self.fn})"
        )

    def report(self, label: str) -> None:
        precision = self.tp / ((self.tp + self.fp) or 1)
        recall = self.tp / ((self.tp + self.fn) or 1)
        f1 = 2 * precision * recall / ((precision + recall) or 1)
        strict_p = self.strict / ((self.tp + self.fp) or 1)
        strict_r = self.strict / ((self.tp + self.fn) or 1)
        strict_f1 = 2 * strict_p * strict_r / ((strict_p + strict_r) or 1)
        print(f"{label}: {self.tp + self.fn} labelled streams, {self.tp + self.fp} findings")
        print(
            f"  precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}  strict F1 {strict_f1:.3f}"
            f"  (tp {self.tp}, fp {self.fp}, fn {self.fn})"
        )
        if self.tp:
            accuracy = "  ".join(f"{name} {self.right[name] / self.tp:.3f}" for name in FIELDS)
            print(f"  field accuracy on matches: {accuracy}")
        print(f"  precision at confidence >=: {_calibration(self.scored)}")


def _calibration(scored: list[tuple[float, bool]]) -> str:
    cells = []
    for level in LEVELS:
        kept = [ok for confidence, ok in scored if confidence >= level]
        share = f"{sum(kept) / len(kept):.3f}" if kept else "-"
        cells.append(f"{level:.1f}: {share} (n {len(kept)})")
    return "  ".join(cells)


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
        "currency": found.currency == truth.get("currency", found.currency),
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
            tally.miss(item, f"FP u{user['user']} {item.to_json()} {[e.summary for e in item.evidence[:2]]}")
            continue
        matched.add(best)
        truth = user["truth"][best]
        fields = field_matches(item, truth)
        tally.match(item, fields)
        for name, ok in fields.items():
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


def score_real(
    folder: Path, labels_path: Path, tally: Tally, by_format: dict[str, Tally]
) -> dict[str, Counter[str]]:
    """Import every real statement (per format: imported / refused) and score its findings, in
    ``tally`` and in the format's own ``by_format`` tally."""
    labels: dict[str, list[dict[str, Any]]] = json.loads(labels_path.read_text())
    imports: dict[str, Counter[str]] = {}
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.name not in ("LICENSE", "SOURCE.txt"))
    for path in files:
        name = str(path.relative_to(folder))
        kind = "unrecognised"
        try:
            kind = sniff_format(path)
            transactions = list(iter_statement(path))
        except StatementError as exc:
            imports.setdefault(kind, Counter())["refused"] += 1
            tally.errors.append(f"REFUSED {name}: {exc}")
            continue
        imports.setdefault(kind, Counter())["imported"] += 1
        today = max(t.posted_on for t in transactions)
        found, truth = detect_recurring(transactions, today=today), labels.get(name, [])
        _score_file(name, found, truth, tally)
        _score_file(name, found, truth, by_format.setdefault(kind, Tally()))
    return imports


def _score_file(
    name: str, found: list[DetectedSubscription], truth: list[dict[str, Any]], tally: Tally
) -> None:
    wanted = {item["key"]: item for item in truth}
    for item in found:
        label = wanted.pop(item.key, None)
        if label is None:
            tally.miss(item, f"FP {name} {item.to_json()}")
            continue
        fields = {
            "key": True,
            "kind": item.kind == label["kind"],
            "cycle": item.cycle == label["cycle"],
            "amount": item.amount == Decimal(label["amount"]),
            "currency": item.currency == label["currency"],
            "status": item.status == "active",
            "next_renewal": True,
            "next_renewal_3d": True,
        }
        tally.match(item, fields)
        if not all(fields.values()):
            tally.errors.append(f"FIELD {name} got {item.to_json()} want {label}")
    for label in wanted.values():
        tally.fn += 1
        tally.errors.append(f"FN {name} {label}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("data", nargs="*", type=Path)
    parser.add_argument("--real", action="store_true", help=f"also score the real statements in {REAL}")
    parser.add_argument("--errors", type=int, default=0, help="print this many mistakes")
    args = parser.parse_args()
    sets = args.data or ([] if args.real else [ROOT / "bench/data/bank/test.json.gz"])
    for path in sets:
        raw = path.read_bytes()
        users = json.loads(gzip.decompress(raw) if path.suffix == ".gz" else raw)
        tally = Tally()
        seconds = sum(score_user(user, tally) for user in users)
        tally.report(f"{path} ({len(users)} users, detection {seconds:.2f} s)")
        for line in tally.errors[: args.errors]:
            print("   ", line)
    if args.real:
        tally, by_format = Tally(), {}
        imports = score_real(REAL, REAL_LABELS, tally, by_format)
        print(f"{REAL}: files per format")
        for kind, counts in sorted(imports.items()):
            print(f"  {kind:6} imported {counts['imported']:3}  refused with one line {counts['refused']:3}")
        tally.report(f"{REAL} (labels {REAL_LABELS.name})")
        for kind, format_tally in sorted(by_format.items()):
            format_tally.brief(f"  {kind}")
        for line in tally.errors[: args.errors]:
            print("   ", line)


if __name__ == "__main__":
    main()
