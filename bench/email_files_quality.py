"""Mail detection quality on bench/data/email-files, mailboxes written without reading the detector.

    python bench/email_files_quality.py            # both halves: P/R/F1, strict F1, fields, mbox == folder
    python bench/email_files_quality.py --errors   # and every mistake on the dev half (never the blind one)
    python bench/email_files_quality.py --set email-files2 [--errors]   # the second set: us/ and de/ halves

Each half (dev/, blind/) is one person's mailbox as a folder of .eml files (eml/) and as one mbox
(mailbox.mbox), with truth.json (what a careful reader lists as their subscriptions and bills),
meta.json (the date to score at and the hard-negative senders) and messages.json (per file: sender,
subject and the truth name it is evidence for). The detector is run as users run it, through the CLI
(`python -m app detect emails PATH --json --today DATE`), so this measures the shipped behaviour.

Findings pair with truths by name: equal after case, punctuation and "+" = "plus" folding, equal to an
alias, else one name contained in the other as whole words. Strict means amount, currency and cycle
are right too. Status and kind accuracy are over the paired; next_renewal accuracy over the paired
whose truth is active (a cancelled or inactive one has no next charge to check). A hard negative
is an unpaired finding named after a sender of no subscription in the mailbox (a shop, an airline,
a newsletter, a friend) or a one-off item (meta.json's negative_senders).
The blind half is for figures only: --errors never prints its findings, files or names.
The second set (bench/data/email-files2, a US freelancer and a German family, made by its make.py)
has no blind half: --errors lists the mistakes of both. The third (--set email-files3, a London
couple and a person between France and Spain) is blind as a whole: figures only, even with --errors.
The fourth (--set email-files4: Toronto, Bologna, Utrecht, Tokyo, São Paulo to Mexico City) is a
development set like the second: --errors lists its mistakes; so are the fifth (--set email-files5:
Manchester, Austin, Lyon, Madrid), the sixth (--set email-files6: Brisbane, Cork, London), the
seventh (--set email-files7: Portland, Munich to Vienna, Bengaluru and Singapore, Edinburgh,
Brooklyn), the eighth (--set email-files8: Paris, Columbus, Barcelona, Leeds), the ninth
(--set email-files9: Manchester, Austin, Stockholm, Auckland, Chicago, Bristol) and the tenth
(--set email-files10: Seattle, Miami, Cardiff, Montréal, Cape Town, Berlin), whose first readings
were taken before any change they prompted.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SETS = {
    "email-files": ("dev", "blind"),
    "email-files2": ("us", "de"),
    "email-files3": ("uk", "fr_es"),
    "email-files4": ("ca", "it", "nl", "jp_kr", "br_mx"),
    "email-files5": ("uk", "us", "fr", "es"),
    "email-files6": ("au", "ie", "ldn"),
    "email-files7": ("pdx", "de_at", "in_sg", "sco", "nyc"),
    "email-files8": ("prs", "oh", "bcn", "lds"),
    "email-files9": ("mcr", "atx", "sto", "akl", "chi", "bri"),
    "email-files10": ("sea", "mia", "cdf", "mtl", "cpt", "ber"),
}
BLIND = "blind"
# Kept blind: this set measures whether the detector generalises, so its mistakes are never printed
# (engineers tuning on them would turn it into one more development set).
BLIND_SETS = ("email-files3",)
STRICT = ("amount", "currency", "cycle")

Item = dict[str, Any]


def run_cli(path: Path, today: str, *, include_possible: bool = False) -> list[Item]:
    """The findings `detect emails --json` prints for one mailbox."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    cmd = [sys.executable, "-m", "app", "detect", "emails", str(path), "--json", "--today", today]
    if include_possible:
        cmd.append("--include-possible")
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if proc.returncode != 0:
        sys.exit(f"detect emails {path} failed ({proc.returncode}): {proc.stderr.strip()[-500:]}")
    found: list[Item] = json.loads(proc.stdout)
    return found


def name_key(name: str) -> str:
    text = unicodedata.normalize("NFKC", name).casefold().replace("+", " plus ")
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


def _names(item: Item) -> list[str]:
    return [name_key(n) for n in [item["name"], *item.get("aliases", [])]]


def _within(a: str, b: str) -> bool:
    """`a` appears in `b` as whole words."""
    return bool(a) and f" {a} " in f" {b} "


def _equal(found: Item, true: Item) -> bool:
    return name_key(found["name"]) in _names(true)


def _contained(found: Item, true: Item) -> bool:
    key = name_key(found["name"])
    return any(_within(key, n) or _within(n, key) for n in _names(true))


def pair(found: list[Item], truth: list[Item]) -> list[tuple[Item, Item]]:
    """Greedy one-to-one pairing, equal names before contained ones."""
    pairs: list[tuple[Item, Item]] = []
    rules: tuple[Callable[[Item, Item], bool], ...] = (_equal, _contained)
    for rule in rules:
        for true in truth:
            if any(true is t for _, t in pairs):
                continue
            match = next((f for f in found if rule(f, true) and not any(f is g for g, _ in pairs)), None)
            if match is not None:
                pairs.append((match, true))
    return pairs


def _amount(value: Any) -> Decimal | None:
    try:
        return Decimal(str(value)) if value is not None else None
    except InvalidOperation:
        return None


def same(field_name: str, found: Item, true: Item) -> bool:
    got, want = found.get(field_name), true.get(field_name)
    if field_name == "amount":
        return _amount(got) is not None and _amount(got) == _amount(want)
    if field_name == "currency":
        return str(got).upper() == str(want).upper()
    return bool(got == want)


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def _f1(hits: int, found: int, truth: int) -> float:
    precision, recall = _ratio(hits, found), _ratio(hits, truth)
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass
class Score:
    found: list[Item]
    truth: list[Item]
    pairs: list[tuple[Item, Item]]
    hard_negatives: list[str] = field(default_factory=list)

    def line(self) -> str:
        n_found, n_truth, hits = len(self.found), len(self.truth), len(self.pairs)
        strict = sum(all(same(f, g, t) for f in STRICT) for g, t in self.pairs)
        active = [(g, t) for g, t in self.pairs if t["status"] == "active"]
        renewal = sum(same("next_renewal", g, t) for g, t in active)
        status = sum(same("status", g, t) for g, t in self.pairs)
        kind = sum(same("kind", g, t) for g, t in self.pairs)
        return (
            f"found {n_found:2d} of {n_truth:2d}  "
            f"P {_ratio(hits, n_found):.3f} R {_ratio(hits, n_truth):.3f} "
            f"F1 {_f1(hits, n_found, n_truth):.3f}  strict F1 {_f1(strict, n_found, n_truth):.3f}  "
            f"status {_ratio(status, hits):.3f}  next_renewal {_ratio(renewal, len(active)):.3f} "
            f"(of {len(active)} active)  kind {_ratio(kind, hits):.3f}  "
            f"hard-negative senders as findings {len(self.hard_negatives)}"
        )


def score(found: list[Item], truth: list[Item], negatives: list[str]) -> Score:
    pairs = pair(found, truth)
    unpaired = [f for f in found if not any(f is g for g, _ in pairs)]
    keys = [name_key(n) for n in negatives]
    hard = [
        f["name"]
        for f in unpaired
        if any(_within(name_key(f["name"]), k) or _within(k, name_key(f["name"])) for k in keys)
    ]
    return Score(found, truth, pairs, hard)


def _canonical(found: list[Item]) -> list[tuple[str, ...]]:
    fields = ("name", "amount", "currency", "cycle", "status", "next_renewal", "kind")
    return sorted(tuple(str(f.get(k)) for k in fields) for f in found)


@dataclass
class HalfData:
    name: str
    folder: Path
    mbox: Path
    truth: list[Item]
    meta: Item
    index: list[Item]


def load(data_set: str, half: str) -> HalfData:
    base = ROOT / "bench" / "data" / data_set / half

    def read(file: str) -> Any:
        return json.loads((base / file).read_text())

    return HalfData(
        half,
        base / "eml",
        base / "mailbox.mbox",
        read("truth.json"),
        read("meta.json"),
        read("messages.json"),
    )


def report(data: HalfData) -> Score:
    # The second set's meta.json names them hard_negatives.
    today = data.meta["today"]
    negatives: list[str] = data.meta.get("negative_senders") or data.meta.get("hard_negatives") or []
    folder = run_cli(data.folder, today)
    boxed = run_cli(data.mbox, today)
    result = score(folder, data.truth, negatives)
    print(f"{data.name:5s} folder ({data.meta['messages']} messages, today {today}): {result.line()}")
    agree = "the same findings" if _canonical(folder) == _canonical(boxed) else "DIFFERENT findings"
    print(f"{data.name:5s} mbox: {agree} as the folder; {score(boxed, data.truth, negatives).line()}")
    return result


def _files(data: HalfData, names: list[str]) -> str:
    keys = [name_key(n) for n in names]
    hits = [m["file"] for m in data.index if any(name_key(label) in keys for label in m["labels"])]
    return ", ".join(hits) or "-"


def _sender_files(data: HalfData, name: str) -> str:
    key = name_key(name)
    hits = [m["file"] for m in data.index if _within(key, name_key(m["from"]) + " " + name_key(m["subject"]))]
    return ", ".join(hits[:12]) or "-"


def _show(item: Item) -> str:
    return f"{item.get('amount')} {item.get('currency')} {item.get('cycle')} {item.get('status')} " + str(
        item.get("next_renewal")
    )


def errors(data: HalfData, result: Score) -> None:
    """Every mistake of a half with the files it comes from; the blind half never gets here."""
    possible = run_cli(data.folder, data.meta["today"], include_possible=True)
    print(f"\n{data.name} errors")
    for true in data.truth:
        if any(true is t for _, t in result.pairs):
            continue
        maybe = [f for f in possible if f.get("possible") and _contained(f, true)]
        note = f"  (listed as possible: {maybe[0]['name']} {_show(maybe[0])})" if maybe else ""
        print(
            f"  missed   {true['name']}: {_show(true)}{note}\n           files {_files(data, [true['name']])}"
        )
    for got, true in result.pairs:
        wrong = [f for f in (*STRICT, "status", "next_renewal", "kind") if not same(f, got, true)]
        if true["status"] != "active":
            wrong = [f for f in wrong if f != "next_renewal"]
        if wrong:
            diffs = ", ".join(f"{f} {got.get(f)} (truth {true.get(f)})" for f in wrong)
            files = _files(data, [true["name"]])
            print(f"  wrong    {true['name']} as {got['name']!r}: {diffs}\n           files {files}")
    for got in result.found:
        if not any(got is g for g, _ in result.pairs):
            tag = "hard-neg" if got["name"] in result.hard_negatives else "extra   "
            print(f"  {tag} {got['name']}: {_show(got)}\n           files {_sender_files(data, got['name'])}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--errors", action="store_true", help="list the mistakes of every half but the blind one"
    )
    parser.add_argument(
        "--set", choices=sorted(SETS), default="email-files", help="which set under bench/data"
    )
    args = parser.parse_args()
    for half in SETS[args.set]:
        data = load(args.set, half)
        result = report(data)
        if args.errors and half != BLIND and args.set not in BLIND_SETS:
            errors(data, result)
            print()


if __name__ == "__main__":
    main()
