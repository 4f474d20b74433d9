"""Bar charts as server-rendered SVG: geometry here, drawing in the template (no script, no inline style:
the page's Content-Security-Policy allows neither; SVG attributes are not styles)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from app.reports.schemas import MonthPoint

WIDTH = 720
HEIGHT = 240
PAD_LEFT = 56
PAD_RIGHT = 8
PAD_TOP = 12
PAD_BOTTOM = 40
GAP = 0.25
"""Of each slot, the part left empty between bars."""
TICKS = 4


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str
    """Month, shown under every other bar."""
    value: Decimal
    kind: str
    """``history`` or ``forecast`` (drawn differently, and named in each bar's title)."""
    show_label: bool


@dataclass(frozen=True)
class Tick:
    y: float
    value: Decimal


@dataclass(frozen=True)
class BarChart:
    bars: list[Bar]
    ticks: list[Tick]
    width: int = WIDTH
    height: int = HEIGHT
    plot_left: int = PAD_LEFT
    plot_right: int = WIDTH - PAD_RIGHT
    baseline: float = HEIGHT - PAD_BOTTOM


def _nice_ceiling(value: Decimal) -> Decimal:
    """The axis top: 1, 2, 2.5 or 5 times a power of ten, at or above ``value``."""
    if value <= 0:
        return Decimal(1)
    power = Decimal(10) ** (len(str(int(value))) - 1)
    for step in (1, 2, Decimal("2.5"), 5, 10):
        if value <= power * step:
            return power * step
    return power * 10


def bar_chart(series: list[tuple[str, list[MonthPoint]]]) -> BarChart:
    """One bar per month, in order, each series (``history``, ``forecast``) after the other."""
    points = [(kind, point) for kind, items in series for point in items]
    top = _nice_ceiling(max((p.total for _, p in points), default=Decimal(0)))
    plot_height = HEIGHT - PAD_TOP - PAD_BOTTOM
    slot = (WIDTH - PAD_LEFT - PAD_RIGHT) / max(1, len(points))
    bars = []
    for index, (kind, point) in enumerate(points):
        height = float(point.total / top) * plot_height
        bars.append(
            Bar(
                x=round(PAD_LEFT + index * slot + slot * GAP / 2, 1),
                y=round(HEIGHT - PAD_BOTTOM - height, 1),
                width=round(slot * (1 - GAP), 1),
                height=round(height, 1),
                label=point.label,
                value=point.total,
                kind=kind,
                show_label=index % 2 == 0,
            )
        )
    ticks = [
        Tick(round(HEIGHT - PAD_BOTTOM - plot_height * step / TICKS, 1), top * step / TICKS)
        for step in range(TICKS + 1)
    ]
    return BarChart(bars, ticks)
