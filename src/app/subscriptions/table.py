"""The dashboard table's search, sort and filters, read from and written back to the page's address.

The state lives in the query string (``?q=&sort=&kind=&status=``) so a view can be bookmarked, a plain
GET form works without JavaScript, and htmx requests from the page carry it in ``HX-Current-URL``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any, Final
from urllib.parse import parse_qsl, urlencode, urlsplit

from app.currency.rates import Rates
from app.lib.templating import cycle_label
from app.subscriptions.models import Subscription

SORT_LABELS: Final = {
    "renewal": "Next renewal",
    "name": "Service",
    "amount": "Amount",
    "cycle": "Billing cycle",
    "status": "Status",
}
"""Columns the table sorts by (a leading ``-`` reverses), the default first."""
KIND_LABELS: Final = {"subscription": "Subscriptions", "bill": "Bills"}
STATUS_LABELS: Final = {"active": "Active", "cancelled": "Cancelled", "inactive": "Inactive"}
MAX_QUERY: Final = 100
CYCLE_ORDER: Final = ("weekly", "biweekly", "monthly", "quarterly", "semiannual", "yearly", "unknown")


class TableViewError(ValueError):
    """A query parameter the table does not know; ``field`` names it for the 400 answer."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class TableView:
    q: str = ""
    sort: str = "renewal"
    kind: str = ""
    status: str = ""

    @classmethod
    def parse(cls, params: Mapping[str, Any]) -> TableView:
        """The view a query string asks for; empty values mean "any" (what a plain form sends)."""
        q = " ".join(str(params.get("q") or "").split())[:MAX_QUERY]
        sort = str(params.get("sort") or "renewal")
        kind = str(params.get("kind") or "")
        status = str(params.get("status") or "")
        if sort.removeprefix("-") not in SORT_LABELS:
            raise TableViewError("sort", f"sort by one of {', '.join(SORT_LABELS)} (a leading - reverses)")
        if kind and kind not in KIND_LABELS:
            raise TableViewError("kind", f"kind is one of {', '.join(KIND_LABELS)}")
        if status and status not in STATUS_LABELS:
            raise TableViewError("status", f"status is one of {', '.join(STATUS_LABELS)}")
        return cls(q=q, sort=sort, kind=kind, status=status)

    @classmethod
    def from_url(cls, url: str | None) -> TableView:
        """The view of the page an htmx request came from; a garbled address shows the default view."""
        try:
            return cls.parse(dict(parse_qsl(urlsplit(url or "").query)))
        except TableViewError:
            return cls()

    @property
    def filtered(self) -> bool:
        return bool(self.q or self.kind or self.status)

    def url(self, **changes: str) -> str:
        """The dashboard address of this view with ``changes``, leaving out what is the default."""
        view = replace(self, **changes)
        params = {k: v for k, v in vars(view).items() if v and not (k == "sort" and v == "renewal")}
        return "/?" + urlencode(params) if params else "/"

    def sort_url(self, column: str) -> str:
        """The header link: sort by ``column``, or reverse it when it is already the sort."""
        return self.url(sort=f"-{column}" if self.sort == column else column)

    def aria_sort(self, column: str) -> str | None:
        if self.sort.removeprefix("-") != column:
            return None
        return "descending" if self.sort.startswith("-") else "ascending"

    def apply(self, subs: list[Subscription], today: date, home: str, rates: Rates) -> list[Subscription]:
        """The rows this view shows, in its order."""
        needle = self.q.casefold()
        shown = [
            s
            for s in subs
            if (not needle or needle in _haystack(s))
            and (not self.kind or s.kind == self.kind)
            and (not self.status or s.effective_status == self.status)
        ]
        column = self.sort.removeprefix("-")
        key = _sort_keys(today, home, rates)[column]
        by_name = sorted(shown, key=_name)
        # Ties stay in name order (a stable sort, reversed or not); rows without the figure go last.
        present = sorted(
            (s for s in by_name if key(s) is not None), key=key, reverse=self.sort.startswith("-")
        )
        return present + [s for s in by_name if key(s) is None]


def _name(sub: Subscription) -> str:
    return sub.display_name.casefold()


def _haystack(sub: Subscription) -> str:
    parts = (sub.display_name, sub.name, sub.category, sub.payment_method, sub.notes, cycle_label(sub.cycle))
    return " ".join(p for p in parts if p).casefold()


def _sort_keys(today: date, home: str, rates: Rates) -> dict[str, Callable[[Subscription], Any]]:
    def amount(sub: Subscription) -> Decimal | None:
        if sub.amount is None:
            return None
        # Amounts in different currencies compare in the home currency; one without a rate as it is.
        return rates.convert(sub.amount, sub.currency or home, home) or sub.amount

    def renewal(sub: Subscription) -> tuple[int, date] | None:
        due = sub.renews_on(today)
        return None if due is None else (int(sub.effective_status != "active"), due)

    return {
        "renewal": renewal,
        "name": _name,
        "amount": amount,
        "cycle": lambda sub: CYCLE_ORDER.index(sub.cycle) if sub.cycle in CYCLE_ORDER else None,
        "status": lambda sub: sub.effective_status,
    }
