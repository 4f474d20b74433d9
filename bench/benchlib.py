"""Shared by the benchmarks: loopback servers, wrk, process CPU and memory, and the results file.

Every benchmark prints its figures; when ``BENCH_RESULTS`` names a file (``make bench`` does),
it also appends them there as JSON lines for ``bench/run_all.py`` to write ``docs/benchmarks.md``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BENCH_DIR = ROOT / "bench"
LOOPBACK = "127.0.0.1"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def record(bench: str, figure: str, value: float, unit: str, anchor: str = "", anchor_value: float = 0.0,
           higher_is_better: bool = True, note: str = "") -> None:  # fmt: skip
    """Print one figure (with its anchor measured in the same run, when it has one) and keep it."""
    row: dict[str, Any] = {"bench": bench, "figure": figure, "value": value, "unit": unit, "note": note}
    if anchor:
        ratio = value / anchor_value if anchor_value else float("nan")
        row |= {
            "anchor": anchor,
            "anchor_value": anchor_value,
            "ratio": ratio,
            "higher_is_better": higher_is_better,
        }
        print(f"{figure}: {value:,.4g} {unit}; {anchor}: {anchor_value:,.4g} {unit}; ratio x{ratio:.2f}")
    else:
        print(f"{figure}: {value:,.4g} {unit}{f' ({note})' if note else ''}")
    target = os.environ.get("BENCH_RESULTS")
    if target:
        with Path(target).open("a", encoding="utf-8") as out:
            out.write(json.dumps(row) + "\n")


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def process_cpu_seconds(pid: int) -> float:
    """User + system CPU of a process and its reaped children, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return sum(int(v) for v in fields[11:15]) / CLOCK_TICKS


def process_rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def wait_http(url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=1):
                return
        except urllib.error.HTTPError:
            return  # the server answers: up
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer within {timeout} s")


@dataclass(frozen=True)
class WrkResult:
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    non_2xx: int


_UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def _ms(text: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()  # type: ignore[union-attr]
    return float(number) * _UNITS_MS[unit]


def wrk(
    url: str, *, seconds: int, connections: int = 64, threads: int = 2, headers: dict[str, str]
) -> WrkResult:
    """A bounded wrk run against a loopback URL."""
    assert url.startswith(f"http://{LOOPBACK}:"), "load only loopback addresses"
    args = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "10s"]
    for name, value in headers.items():
        args += ["-H", f"{name}: {value}"]
    out = subprocess.run(
        [*args, url], capture_output=True, text=True, timeout=seconds + 60, check=True
    ).stdout
    latency = dict(re.findall(r"^\s+(50|99)%\s+(\S+)\s*$", out, re.MULTILINE))
    if "99" not in latency:
        raise RuntimeError(f"wrk gave no latency figures:\n{out}")
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return WrkResult(
        requests_per_second=float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),  # type: ignore[union-attr]
        p50_ms=_ms(latency["50"]),
        p99_ms=_ms(latency["99"]),
        non_2xx=int(non_2xx.group(1)) if non_2xx else 0,
    )


def ensure_wrk() -> None:
    if shutil.which("wrk") is None:
        sys.exit("wrk is missing: `make bench` installs it (apt-get install -y wrk)")


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def process_tree(pid: int) -> list[int]:
    """The process and its live descendants (granian and uvicorn --workers serve from children)."""
    tree, pending = [], [pid]
    while pending:
        current = pending.pop()
        tree.append(current)
        pending.extend(_children(current))
    return tree


def tree_cpu_seconds(pid: int) -> float:
    total = 0.0
    for member in process_tree(pid):
        try:
            total += process_cpu_seconds(member)
        except OSError:
            continue
    return total


def tree_rss_kb(pid: int) -> int:
    total = 0
    for member in process_tree(pid):
        try:
            total += process_rss_kb(member)
        except OSError:
            continue
    return total
