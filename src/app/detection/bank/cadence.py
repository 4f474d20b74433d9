"""Cadences: which cycle a series of posting dates follows, and when it comes next."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from statistics import median

from app.detection.types import Cycle, add_months


@dataclass(frozen=True, slots=True)
class CycleSpec:
    cycle: Cycle
    days: float
    """Nominal length in days."""
    tolerance: float
    """How far one gap may stray from ``days`` (posting jitter, month lengths, weekends)."""
    months: int
    """Calendar months per cycle (0 for weekly and biweekly)."""
    min_count: int
    """Occurrences needed before the cadence counts as established."""


_MAX_DELAY = 3
SPECS: tuple[CycleSpec, ...] = (
    CycleSpec("weekly", 7.0, 2.0, 0, 3),
    CycleSpec("biweekly", 14.0, 3.0, 0, 3),
    CycleSpec("monthly", 30.44, 5.0, 1, 3),
    CycleSpec("quarterly", 91.3, 10.0, 3, 2),
    CycleSpec("semiannual", 182.6, 14.0, 6, 2),
    CycleSpec("yearly", 365.25, 18.0, 12, 2),
)


@dataclass(frozen=True, slots=True)
class Fit:
    spec: CycleSpec
    kept: tuple[int, ...]
    """Indices of the occurrences on the schedule (off-schedule extras are left out)."""
    missed: int
    """Expected occurrences with no charge (the series skipped a cycle)."""
    irregular: int
    """Gaps that match no multiple of the cycle."""

    @property
    def regularity(self) -> float:
        total = len(self.kept) + self.missed + self.irregular
        return len(self.kept) / total if total else 0.0


def fit_cadence(days: list[int]) -> Fit | None:
    """The cycle that best explains sorted day numbers (``date.toordinal()``), or None."""
    if len(days) < 2:
        return None
    gaps = [b - a for a, b in itertools.pairwise(days) if b > a]
    if not gaps:
        return None
    typical = median(gaps)
    candidates = [s for s in SPECS if abs(typical - s.days) <= s.tolerance * 1.5]
    if not candidates:
        return None
    best = max((_walk(days, spec) for spec in candidates), key=lambda f: (f.regularity, len(f.kept)))
    return best if len(best.kept) >= 2 else None


def _walk(days: list[int], spec: CycleSpec) -> Fit:
    """Follow the schedule: keep on-cycle charges, skip extras, count missed cycles."""
    kept = [0]
    missed = irregular = 0
    for index in range(1, len(days)):
        gap = days[index] - days[kept[-1]]
        cycles = round(gap / spec.days)
        if cycles == 0:
            continue  # an extra charge inside the cycle: not part of this series
        allowed = 2 if spec.months == 0 else 3  # at most one / two missed cycles in a row
        if cycles <= allowed and abs(gap - cycles * spec.days) <= spec.tolerance * (1 + 0.25 * (cycles - 1)):
            missed += cycles - 1
        else:
            irregular += 1
        kept.append(index)
    return Fit(spec, tuple(kept), missed, irregular)


@lru_cache(maxsize=65536)
def _delay(posted: date, day: int) -> int:
    """Days from the nearest billing date on ``day`` to the posting."""
    nominal = min((add_months(posted, k, day) for k in (-1, 0, 1)), key=lambda c: abs((posted - c).days))
    return (posted - nominal).days


def anchor_day(dates: list[date]) -> int:
    """The day of month a monthly-family series is billed on (banks post on that day or a bit later)."""
    recent = dates[-8:]
    candidates = {d.day for d in recent} | ({31} if any(d.day >= 28 for d in recent) else set())
    return max(sorted(candidates), key=lambda day: _delay_score([_delay(d, day) for d in recent]))


def _delay_score(delays: list[int]) -> tuple[int, int]:
    """Postings come on the billing day or up to three days late, never early."""
    return sum(1 for d in delays if 0 <= d <= _MAX_DELAY), -sum(abs(d) for d in delays)


def _weekday(dates: list[date]) -> int:
    recent = dates[-8:]
    candidates = sorted({d.weekday() for d in recent})
    return max(candidates, key=lambda wd: _delay_score([(d.weekday() - wd + 3) % 7 - 3 for d in recent]))


def next_date(dates: list[date], spec: CycleSpec) -> date:
    """When the next charge is due, from the series' own day-of-month or weekday."""
    last = dates[-1]
    if spec.months == 0:
        weekday = _weekday(dates)
        shift = (weekday - last.weekday() + 3) % 7 - 3  # nearest day with the usual weekday
        return last + timedelta(days=shift + int(spec.days))
    day = anchor_day(dates)
    nominal = min(
        (add_months(last, delta, day) for delta in (-1, 0, 1)),
        key=lambda candidate: abs((candidate - last).days),
    )
    return add_months(nominal, spec.months, day)
