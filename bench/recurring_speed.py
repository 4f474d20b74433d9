"""Speed and memory of the bank side.

1. ``detect_recurring`` over 100,000 transactions in one call (target < 2 s), cold caches.
2. Peak memory (RSS of a fresh process) while streaming a generated 50 MB CSV statement through
   ``iter_statement`` (target: flat, i.e. the same for 5 MB and 50 MB).

    uv run python bench/recurring_speed.py [--transactions 100000] [--csv-mb 50]
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from app.detection.bank import merchants  # noqa: E402
from app.detection.bank.recurring import detect_recurring  # noqa: E402
from app.detection.bank.transactions import Transaction  # noqa: E402


def synthetic_transactions(count: int) -> list[Transaction]:
    """Histories from the evaluation generator, concatenated until ``count`` transactions."""
    spec = importlib.util.spec_from_file_location("gen_bank_eval", ROOT / "scripts" / "gen_bank_eval.py")
    assert spec is not None
    assert spec.loader is not None
    generator = importlib.util.module_from_spec(spec)
    sys.modules["gen_bank_eval"] = generator
    spec.loader.exec_module(generator)
    out: list[Transaction] = []
    seed = 0
    while len(out) < count:
        seed += 1
        for user in generator.generate(20, seed=1000 + seed):
            out.extend(
                Transaction(
                    t["id"],
                    t["account_id"],
                    date.fromisoformat(t["posted_on"]),
                    Decimal(t["amount"]),
                    t["currency"],
                    t["description"],
                )
                for t in user["transactions"]
            )
    return out[:count]


def bench_detection(count: int) -> None:
    transactions = synthetic_transactions(count)
    merchants._SEEN.clear()
    merchants._merchant.cache_clear()
    started, cpu = time.perf_counter(), time.process_time()
    found = detect_recurring(transactions, today=date(2026, 11, 29))
    cold, cold_cpu = time.perf_counter() - started, time.process_time() - cpu
    started = time.perf_counter()
    detect_recurring(transactions, today=date(2026, 11, 29))
    warm = time.perf_counter() - started
    print(
        f"detect_recurring over {len(transactions):,} transactions: {cold:.2f} s cold ({cold_cpu:.2f} s CPU),"
        f" {warm:.2f} s warm"
        f" ({len(found)} recurring streams)"
    )


def write_csv(path: Path, megabytes: int) -> int:
    rng = random.Random(7)
    names = [
        "NETFLIX.COM 866-579-7172 CA",
        "WHOLEFDS MKT #10234",
        "SHELL OIL 57444",
        "PAYPAL *SPOTIFY",
        "AMZN Mktp US*2K3L45",
        "ACME ROBOTICS PAYROLL PPD",
        "STARBUCKS STORE 0813",
    ]
    day, rows, target = date(2000, 1, 1), 0, megabytes * 1024 * 1024
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("Date,Description,Amount,Balance\r\n")
        while handle.tell() < target:
            day += timedelta(days=rng.random() < 0.3)
            amount = Decimal(rng.randint(-20000, 5000)) / 100
            handle.write(f'{day:%m/%d/%Y},"{rng.choice(names)} {rng.randint(1, 99999)}",{amount},1000.00\r\n')
            rows += 1
    return rows


_CHILD = """
import resource, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from app.detection.bank.statements import iter_statement
started = time.perf_counter()
count = sum(1 for _ in iter_statement(Path(sys.argv[1])))
print(count, time.perf_counter() - started, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def bench_csv_memory(megabytes: int) -> None:
    """Import each file in a fresh process; its peak RSS shows whether memory stays flat."""
    with tempfile.TemporaryDirectory() as tmp:
        for size in (max(1, megabytes // 10), megabytes):
            path = Path(tmp) / f"statement-{size}mb.csv"
            rows = write_csv(path, size)
            child = subprocess.run(
                [sys.executable, "-c", _CHILD, str(path), str(ROOT / "src")],
                check=True,
                capture_output=True,
                text=True,
            )
            imported, elapsed, max_rss_kb = child.stdout.split()
            assert int(imported) == rows
            print(
                f"import {path.stat().st_size / 2**20:.0f} MB CSV ({rows:,} rows): {float(elapsed):.1f} s,"
                f" peak RSS {int(max_rss_kb) / 1024:.0f} MB"
            )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--transactions", type=int, default=100_000)
    parser.add_argument("--csv-mb", type=int, default=50)
    args = parser.parse_args()
    bench_detection(args.transactions)
    bench_csv_memory(args.csv_mb)


if __name__ == "__main__":
    main()
