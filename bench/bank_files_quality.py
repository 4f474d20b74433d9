"""Quality of ``subscout detect transactions`` on the independent set of statement files.

    python bench/bank_files_quality.py                 # figures per half (dev, blind) and per format
    python bench/bank_files_quality.py --errors        # and every mistake on the dev half
    python bench/bank_files_quality.py --only de_dkb.csv --errors
    python bench/bank_files_quality.py --cli subscout  # the console script instead of python -m app

The set, ``bench/data/bank-files/`` (written by its ``make.py``, without looking at the
detector), holds ~30 statements as banks export them (OFX 1/2, QFX, CSV in many banks'
layouts, MT940, camt.053, QIF) and ``truth.json``: per file the date to pass as ``--today``,
extra ``cli_args`` (``--currency`` where the export names none), its half and format, and the
labelled streams ``{name, aliases, kind, cycle, amount, currency, status[, amount_tolerance]}``.

Each file is run through the CLI as a subprocess (``python -m app detect transactions FILE
--json --today DAY [cli_args]`` with ``PYTHONPATH`` at this checkout's ``src``); a non-zero exit
is a refused file, its first stderr line is shown, its streams count as missed.

A finding matches a labelled stream by name (case, accents and punctuation ignored; the name
or any alias equal, or one containing the other as whole words), else by the same amount,
currency and cycle. Pairs are assigned best first (equal name before containment before
amount alone; then the closer amount), one finding per stream: a second finding of a stream
is a false positive (a duplicate row). Strict: the matched finding's amount (to the cent, or
within the stream's relative ``amount_tolerance``), currency and cycle are right. Status
``cancelled`` and ``inactive`` count as the same (a statement cannot tell them apart).

Reported per half and per format: files imported / refused, findings, labelled streams,
precision, recall, F1, strict F1, and the accuracy of kind and status among matches.
``--errors`` lists the mistakes of the dev half only; the blind half only ever prints figures.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data" / "bank-files"
NOT_ACTIVE = {"cancelled", "inactive"}


@dataclass
class Tally:
    files: int = 0
    refused: int = 0
    findings: int = 0
    truth: int = 0
    tp: int = 0
    strict: int = 0
    kind: int = 0
    status: int = 0

    def add(self, other: Tally) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def row(self, label: str) -> str:
        p = self.tp / self.findings if self.findings else 0.0
        r = self.tp / self.truth if self.truth else 0.0
        f1 = 2 * self.tp / (self.findings + self.truth) if self.findings + self.truth else 0.0
        sf1 = 2 * self.strict / (self.findings + self.truth) if self.findings + self.truth else 0.0
        kind = self.kind / self.tp if self.tp else 0.0
        status = self.status / self.tp if self.tp else 0.0
        imported = f"{self.files - self.refused}/{self.files}"
        return (
            f"{label:<14} {imported:>6} {self.findings:>5} {self.truth:>5} {p:>6.3f} {r:>6.3f} {f1:>6.3f}"
            f" {sf1:>7.3f} {kind:>6.3f} {status:>6.3f}"
        )


COLUMNS = ("files", 6), ("found", 5), ("truth", 5), ("prec", 6), ("recall", 6), ("F1", 6), ("strict", 7)
HEADER = (
    f"{'':<14} " + " ".join(f"{name:>{width}}" for name, width in COLUMNS) + f" {'kind':>6} {'status':>6}"
)


@dataclass
class FileResult:
    name: str
    half: str
    fmt: str
    tally: Tally
    refused: str = ""
    errors: list[str] = field(default_factory=list)


def norm(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def name_level(found: str, stream: dict[str, Any]) -> int:
    """2: a name equal, 1: one contains the other as whole words, 0: no name match."""
    got = norm(found)
    best = 0
    for want in [stream["name"], *stream.get("aliases", [])]:
        w = norm(want)
        if not w or not got:
            continue
        if w == got:
            return 2
        if f" {w} " in f" {got} " or f" {got} " in f" {w} ":
            best = 1
    return best


def decimal(value: Any) -> Decimal | None:
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def amount_right(found: dict[str, Any], stream: dict[str, Any]) -> bool:
    got, want = decimal(found.get("amount")), Decimal(stream["amount"])
    if got is None:
        return False
    slack = max(Decimal("0.005"), want * Decimal(str(stream.get("amount_tolerance", 0))))
    return abs(got - want) <= slack


def same_terms(found: dict[str, Any], stream: dict[str, Any]) -> bool:
    return (
        amount_right(found, stream)
        and found.get("currency") == stream["currency"]
        and found.get("cycle") == stream["cycle"]
    )


def status_right(found: dict[str, Any], stream: dict[str, Any]) -> bool:
    got, want = found.get("status"), stream["status"]
    return got == want or (got in NOT_ACTIVE and want in NOT_ACTIVE)


def pair_score(found: dict[str, Any], stream: dict[str, Any]) -> tuple[int, int, float] | None:
    level = name_level(str(found.get("name", "")), stream)
    if level == 0 and not same_terms(found, stream):
        return None
    got, want = decimal(found.get("amount")), Decimal(stream["amount"])
    closeness = -float(abs(got - want) / want) if got is not None and want else -1e9
    return (level, int(same_terms(found, stream)), closeness)


def assign(findings: list[dict[str, Any]], streams: list[dict[str, Any]]) -> dict[int, int]:
    """Finding index -> stream index, best pairs first, one finding per stream."""
    pairs = []
    for i, f in enumerate(findings):
        for j, s in enumerate(streams):
            score = pair_score(f, s)
            if score is not None:
                pairs.append((score, i, j))
    pairs.sort(key=lambda p: p[0], reverse=True)
    taken_f: dict[int, int] = {}
    taken_s: set[int] = set()
    for _, i, j in pairs:
        if i not in taken_f and j not in taken_s:
            taken_f[i] = j
            taken_s.add(j)
    return taken_f


def describe(f: dict[str, Any]) -> str:
    return (
        f"{f.get('name')!r} {f.get('amount')} {f.get('currency')} {f.get('cycle')} {f.get('kind')}"
        f" {f.get('status')} conf={f.get('confidence')}"
    )


def describe_stream(s: dict[str, Any]) -> str:
    return (
        f"{s['name']!r} {s['amount']} {s['currency']} {s['cycle']} {s['kind']} {s['status']}"
        f" (e.g. {s.get('example', '')!r})"
    )


def score_file(findings: list[dict[str, Any]], streams: list[dict[str, Any]], errors: list[str]) -> Tally:
    t = Tally(files=1, findings=len(findings), truth=len(streams))
    matched = assign(findings, streams)
    for i, f in enumerate(findings):
        if i not in matched:
            dup = any(name_level(str(f.get("name", "")), s) for s in streams)
            errors.append(f"  {'duplicate' if dup else 'false positive'}: {describe(f)}")
            continue
        s = streams[matched[i]]
        t.tp += 1
        wrong = [
            k
            for k in ("amount", "currency", "cycle")
            if not (amount_right(f, s) if k == "amount" else f.get(k) == s[k])
        ]
        if not wrong:
            t.strict += 1
        t.kind += f.get("kind") == s["kind"]
        t.status += status_right(f, s)
        wrong += [
            k for k, ok in (("kind", f.get("kind") == s["kind"]), ("status", status_right(f, s))) if not ok
        ]
        if wrong:
            errors.append(f"  wrong {'/'.join(wrong)}: got {describe(f)}; want {describe_stream(s)}")
    for j in sorted(set(range(len(streams))) - set(matched.values())):
        errors.append(f"  missed: {describe_stream(streams[j])}")
    return t


def run_cli(
    cli: list[str], path: Path, today: str, args: list[str]
) -> tuple[list[dict[str, Any]] | None, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    cmd = [*cli, "detect", "transactions", str(path), "--json", "--today", today, *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300, check=False)
    if proc.returncode != 0:
        lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
        return None, (lines[-1] if lines else f"exit {proc.returncode}")
    return json.loads(proc.stdout), ""


def evaluate(cli: list[str], only: str | None) -> list[FileResult]:
    truth = json.loads((DATA / "truth.json").read_text())
    results = []
    for name, spec in truth.items():
        if name.startswith("_") or (only and name != only):
            continue
        found, refused = run_cli(cli, DATA / name, spec["today"], spec.get("cli_args", []))
        res = FileResult(name, spec["half"], spec["format"], Tally())
        if found is None:
            res.tally = Tally(files=1, refused=1, truth=len(spec["streams"]))
            res.refused = refused
        else:
            res.tally = score_file(found, spec["streams"], res.errors)
        results.append(res)
    return results


def report(results: list[FileResult], errors: bool) -> None:
    halves: dict[str, Tally] = defaultdict(Tally)
    formats: dict[tuple[str, str], Tally] = defaultdict(Tally)
    for r in results:
        halves[r.half].add(r.tally)
        halves["all"].add(r.tally)
        formats[(r.half, r.fmt)].add(r.tally)
    print(HEADER)
    print("\n".join(halves[h].row(h) for h in ("dev", "blind", "all") if h in halves))
    for half in ("dev", "blind"):
        print(f"\nper format, {half} half\n{HEADER}")
        print("\n".join(t.row(fmt) for (h, fmt), t in sorted(formats.items()) if h == half))
    refused = [r for r in results if r.refused]
    if refused:
        print("\nrefused:")
        print(
            "\n".join(
                f"  {r.name} [{r.half}]: {r.refused if r.half == 'dev' else '(blind)'}" for r in refused
            )
        )
    if errors:
        print_errors(results)


def print_errors(results: list[FileResult]) -> None:
    print("\nerrors, dev half:")
    for r in results:
        if r.half == "dev" and r.errors:
            print(f"{r.name} ({r.fmt}):")
            print("\n".join(r.errors))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--errors", action="store_true", help="list the mistakes on the dev half")
    parser.add_argument("--only", help="score only this file of the set")
    parser.add_argument("--cli", default=f"{sys.executable} -m app", help="command that runs subscout")
    ns = parser.parse_args()
    report(evaluate(ns.cli.split(), ns.only), ns.errors)


if __name__ == "__main__":
    main()
