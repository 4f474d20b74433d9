"""How long ``subscout`` takes, and how much memory, before it handles the first message.

Runs each command line ``--runs`` times on a one-message mailbox, a small CSV and a small
OFX statement, with ``/usr/bin/time -v`` (wall time, CPU time, peak RSS; medians). The anchor
is the bare interpreter with click imported, the least any click command costs.
Usage: ``python bench/cli_startup.py [--runs 5]``
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.benchlib import ROOT, record

SUBSCOUT = [sys.executable, "-m", "app"]
MESSAGE = (
    "From: Netflix <info@mailer.netflix.com>\nTo: you@example.com\nSubject: Your Netflix receipt\n"
    "Date: Mon, 2 Nov 2026 10:00:00 +0000\n\n"
    "Your monthly plan: 15.49 EUR. Next billing date: 2 December 2026.\n"
)
CSV = "Date,Description,Amount\n2026-09-01,NETFLIX.COM,-15.49\n2026-10-01,NETFLIX.COM,-15.49\n"


def timed(command: list[str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds, peak RSS in MB of one run."""
    done = subprocess.run(
        ["/usr/bin/time", "-v", *command], capture_output=True, text=True, cwd=ROOT, timeout=120, check=True
    )
    stats = dict(re.findall(r"^\s*(.+?): (.+)$", done.stderr, re.MULTILINE))
    minutes, seconds = stats["Elapsed (wall clock) time (h:mm:ss or m:ss)"].rsplit(":", 1)
    wall = float(seconds) + 60 * float(minutes.split(":")[-1])
    cpu = float(stats["User time (seconds)"]) + float(stats["System time (seconds)"])
    return wall, cpu, int(stats["Maximum resident set size (kbytes)"]) / 1024


def main(runs: int) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-cli-") as tmp:
        folder = Path(tmp)
        (folder / "mail").mkdir()
        (folder / "mail" / "one.eml").write_text(MESSAGE)
        (folder / "bank.csv").write_text(CSV)
        ofx = ROOT / "src" / "app" / "demo" / "statement.ofx"
        anchor = [sys.executable, "-c", "import click"]
        commands = {
            "subscout --help": [*SUBSCOUT, "--help"],
            "subscout detect emails (1 message)": [*SUBSCOUT, "detect", "emails", str(folder / "mail")],
            "subscout detect transactions (CSV)": [
                *SUBSCOUT,
                "detect",
                "transactions",
                str(folder / "bank.csv"),
            ],
            "subscout detect transactions (OFX)": [*SUBSCOUT, "detect", "transactions", str(ofx)],
        }
        timed(commands["subscout --help"])  # compiles the bytecode once, as any installation does
        base = [timed(anchor) for _ in range(runs)]
        for label, command in commands.items():
            results = [timed(command) for _ in range(runs)]
            for index, (figure, unit) in enumerate((("wall", "s"), ("CPU", "s"), ("peak RSS", "MB"))):
                record(
                    "CLI start-up (median of runs)",
                    f"{label} {figure}",
                    statistics.median(r[index] for r in results),
                    unit,
                    "python -c 'import click'",
                    statistics.median(r[index] for r in base),
                    higher_is_better=False,
                )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    main(parser.parse_args().runs)
