"""Mailbox scan speed and memory on the mbox path, as the mailbox grows.

    uv run python bench/email_speed.py [--sizes 2000,8000,32000] [--max-emails N]
    uv run python bench/email_speed.py --real      # the real SpamAssassin mailbox (4,150 messages)

Builds mbox files of the given sizes from the evaluation mailbox (messages repeated with
fresh Message-IDs), then scans each in a fresh process with the production code
(``MboxSource`` + ``scan_window``) and prints messages per CPU-second (one core: the scan is
single-threaded) and the process's peak resident memory.
"""

from __future__ import annotations

import asyncio
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import click

from app.detection.email.scan import scan_window
from app.detection.email.sources.base import ScanWindow
from app.detection.email.sources.mbox import MboxSource

SOURCE = Path(__file__).resolve().parent / "data" / "email" / "eval.mbox"
REAL = Path(__file__).resolve().parents[2] / "shared" / "data" / "real-mail" / "spamassassin-ham.mbox.gz"
"""Real mail of every kind (lists, newsletters, personal): the issue's target is measured on it."""
TODAY = date(2026, 11, 29)
_MID = re.compile(rb"^Message-ID: <([^>]*)>", re.M | re.I)


def build_mbox(path: Path, size: int) -> None:
    """``size`` messages cycled from the evaluation mailbox, each with a unique Message-ID."""
    entries = [b"From " + e for e in SOURCE.read_bytes().split(b"\nFrom ") if e]
    entries[0] = entries[0][5:]
    with path.open("wb") as fh:
        for i in range(size):
            entry = entries[i % len(entries)]
            entry = _MID.sub(b"Message-ID: <" + str(i).encode() + rb".\1>", entry, count=1)
            fh.write(entry.rstrip(b"\n") + b"\n\n")


def measure(path: Path, max_emails: int | None) -> dict[str, float]:
    """Scan one mbox in this process; return rate and peak memory."""

    async def quiet(_a: int, _b: int) -> None:
        return None

    wall, cpu = time.perf_counter(), time.process_time()
    result = asyncio.run(
        scan_window(MboxSource(path), ScanWindow(max_emails=max_emails), today=TODAY, on_progress=quiet)
    )
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return {
        "messages": result.processed,
        "subscriptions": len(result.subscriptions),
        "wall_s": round(wall, 2),
        "cpu_s": round(cpu, 2),
        "msgs_per_cpu_s": round(result.processed / cpu, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


@click.command()
@click.option("--sizes", default="2000,8000,32000", show_default=True, help="Mailbox sizes (messages).")
@click.option("--max-emails", type=int, default=None, help="Scan window limit (default: every message).")
@click.option("--real", is_flag=True, help="Scan the real SpamAssassin mailbox instead of generated ones.")
@click.option("--child", type=click.Path(path_type=Path), default=None, hidden=True)
def main(sizes: str, max_emails: int | None, real: bool, child: Path | None) -> None:
    if child is not None:
        print(json.dumps(measure(child, max_emails)))
        return
    print(f"{'messages':>9} {'MB':>7} {'msg/s/core':>11} {'wall s':>7} {'peak RSS MB':>12} {'subs':>5}")
    if real:
        _report(REAL, max_emails)
        return
    with tempfile.TemporaryDirectory() as tmp:
        for size in (int(s) for s in sizes.split(",")):
            path = Path(tmp) / f"box-{size}.mbox"
            build_mbox(path, size)
            _report(path, max_emails)
            path.unlink()


def _report(path: Path, max_emails: int | None) -> None:
    """Scan ``path`` in a fresh process and print one row."""
    args = [sys.executable, __file__, "--child", str(path)]
    if max_emails is not None:
        args += ["--max-emails", str(max_emails)]
    out = json.loads(subprocess.run(args, check=True, capture_output=True, text=True).stdout)
    mb = path.stat().st_size / 1e6
    print(
        f"{out['messages']:>9} {mb:>7.1f} {out['msgs_per_cpu_s']:>11.1f} {out['wall_s']:>7.2f} "
        f"{out['peak_rss_mb']:>12.1f} {out['subscriptions']:>5}"
    )


if __name__ == "__main__":
    main()
