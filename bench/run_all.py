"""``make bench``: every benchmark, each bounded in time, then ``docs/benchmarks.md``.

Each benchmark runs as its own process with a time limit; the figures it records (see
``bench/benchlib.record``) go into one table with their anchors and ratios, and each
benchmark's printed output follows verbatim. Machine and date head the page.
Usage: ``python bench/run_all.py [--only NAME ...] [--output docs/benchmarks.md]``
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import signal
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "docs" / "benchmarks.md"

BENCHMARKS: dict[str, tuple[list[str], int]] = {
    "cli_startup": (["bench/cli_startup.py", "--runs", "5"], 300),
    "status_api_uvicorn": (
        ["bench/status_api.py", "--server", "uvicorn", "--seconds", "10", "--rounds", "2"],
        300,
    ),
    "status_api_granian": (
        ["bench/status_api.py", "--server", "granian", "--seconds", "10", "--rounds", "2"],
        300,
    ),
    "queue_throughput": (["bench/queue_throughput.py", "--rounds", "2"], 300),
    "queue_vs_bullmq": (["bench/queue_vs_bullmq.py", "--jobs", "3000", "--rounds", "2"], 420),
    "progress_latency": (["bench/progress_latency.py"], 300),
    "sockets_uvicorn": (["bench/sockets.py", "--server", "uvicorn", "--sockets", "2000"], 900),
    "sockets_granian": (["bench/sockets.py", "--server", "granian", "--sockets", "2000"], 900),
}
"""Name → (script and arguments, time limit in seconds)."""


def machine() -> str:
    cpu = next(
        (line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
         if line.startswith("model name")),
        platform.processor(),
    )  # fmt: skip
    mem_kb = int(Path("/proc/meminfo").read_text().split()[1])
    load = " ".join(f"{v:.1f}" for v in os.getloadavg())
    return (
        f"{os.cpu_count()} cores ({cpu}), {mem_kb / 1024 / 1024:.1f} GB RAM, "
        f"{platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}; load average at the start {load}"
    )


def run(name: str, results: Path) -> tuple[str, float, str]:
    script, limit = BENCHMARKS[name]
    env = {**os.environ, "BENCH_RESULTS": str(results)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # start-up figures are for an installation with bytecode
    started = time.monotonic()
    # Its own session, so that at the time limit its servers (Redis, web, anchor) stop with it.
    process = subprocess.Popen(
        [sys.executable, *script], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        text=True, start_new_session=True,
    )  # fmt: skip
    try:
        output, _ = process.communicate(timeout=limit)
        status = "ok" if process.returncode == 0 else f"exit {process.returncode}"
    except subprocess.TimeoutExpired:
        stop_group(process)
        output, _ = process.communicate()
        status = f"stopped at its {limit} s limit"
    print(f"== {name}: {status}\n{output}", flush=True)
    return status, time.monotonic() - started, output


def stop_group(process: subprocess.Popen[str]) -> None:
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)


def table(rows: list[dict[str, object]]) -> list[str]:
    lines = ["| benchmark | figure | Subscout | anchor (same run) | ratio |", "|---|---|---|---|---|"]
    for row in rows:
        value = f"{row['value']:,.4g} {row['unit']}"
        if "anchor" in row:
            anchor = f"{row['anchor_value']:,.4g} {row['unit']} ({row['anchor']})"
            ratio = f"x{row['ratio']:.2f}"
        else:
            anchor, ratio = "—", "—"
        lines.append(f"| {row['bench']} | {row['figure']} | {value} | {anchor} | {ratio} |")
    return lines


def main(only: list[str], output: Path) -> None:
    names = only or list(BENCHMARKS)
    started = datetime.now(UTC)
    header = machine()
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        results = Path(tmp) / "results.jsonl"
        results.touch()
        outcomes = {name: run(name, results) for name in names}
        rows = [json.loads(line) for line in results.read_text().splitlines() if line.strip()]
    page = [
        "# Benchmarks",
        "",
        f"Written by `make bench` on {started:%Y-%m-%d %H:%M} UTC. Machine: {header}.",
        "",
        "Every figure is measured beside its anchor in the same run (the anchor shares the",
        "machine's load), so compare ratios, not absolute figures, between runs. For",
        "time and CPU figures a ratio below 1 is better; for req/s above 1.",
        "",
        *table(rows),
        "",
    ]
    for name, (status, seconds, printed) in outcomes.items():
        command = f"`python {' '.join(BENCHMARKS[name][0])}`"
        page += [f"## {name} ({status}, {seconds:.0f} s)", "", command, "", "```", printed.strip(), "```", ""]
    output.parent.mkdir(exist_ok=True)
    output.write_text("\n".join(page), encoding="utf-8")
    print(f"wrote {output}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", default=[], choices=list(BENCHMARKS))
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    main(args.only, args.output)
