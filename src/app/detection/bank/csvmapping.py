"""What a CSV statement's columns mean: the mapping the user confirms when detection is unsure."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, get_args

from app.detection.bank.csvvalues import DateOrder
from app.detection.bank.currency import iso_code
from app.detection.bank.errors import StatementError


@dataclass(slots=True)
class ColumnMapping:
    """How to read one CSV layout. Columns are 0-based indices into each row."""

    encoding: str = "utf-8"
    delimiter: str = ","
    skip_rows: int = 0
    """Records (header and preamble lines included) before the first transaction."""
    date_column: int = 0
    date_order: DateOrder = "YMD"
    description_columns: list[int] = field(default_factory=list)
    amount_column: int | None = None
    debit_column: int | None = None
    """Split layouts: money out in one column …"""
    credit_column: int | None = None
    """… and money in in another."""
    direction_column: int | None = None
    """A column saying ``debit``/``credit`` (or DR/CR) for unsigned amounts."""
    negate: bool = False
    """The amount column shows charges as positive numbers (credit-card exports)."""
    decimal_comma: bool = False
    currency: str = "USD"
    currency_column: int | None = None
    id_column: int | None = None
    account_column: int | None = None
    mandate_column: int | None = None
    """The SEPA mandate reference of a direct debit (Outbank, Rabobank export one)."""

    def validate(self) -> None:
        """Raise ``StatementError`` naming the first thing that makes this mapping unusable."""
        if self.amount_column is None and self.debit_column is None and self.credit_column is None:
            raise StatementError("the column mapping names no amount column (nor debit/credit columns)")
        if self.date_order not in get_args(DateOrder):
            raise StatementError(f"unknown date order {self.date_order!r}: use YMD, DMY or MDY")
        if len(self.delimiter) != 1:
            raise StatementError("the column delimiter must be a single character")
        if self.date_column < 0 or self.skip_rows < 0:
            raise StatementError("column numbers and skipped rows cannot be negative")
        if iso_code(self.currency) is None:
            raise StatementError(f"unknown currency {self.currency!r}: use a three-letter code such as EUR")
        self.currency = self.currency.strip().upper()

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ColumnMapping:
        known = {f.name for f in fields(cls)}
        try:
            mapping = cls(**{key: value for key, value in data.items() if key in known})
        except TypeError as exc:
            raise StatementError(f"invalid column mapping: {exc}") from None
        mapping.description_columns = list(mapping.description_columns)
        mapping.validate()
        return mapping


@dataclass(slots=True)
class CsvInspection:
    """What ``inspect_csv`` found: the proposed mapping and whether to ask the user to confirm it."""

    mapping: ColumnMapping
    header: list[str]
    """Column names (``Column 1`` … for header-less files)."""
    sample: list[list[str]]
    """The first few transaction rows as read, for the confirmation form."""
    confident: bool
    doubts: list[str] = field(default_factory=list)
    """Why detection is unsure, one line each (empty when confident)."""

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["mapping"] = self.mapping.to_json()
        return data

    def column_labels(self) -> list[str]:
        """How the confirmation form names each column: its header, or (a file without one) its
        first values, so nobody has to count columns."""
        labels = []
        for index, name in enumerate(self.header):
            if name and name != f"Column {index + 1}":
                labels.append(name)
                continue
            values = [row[index].strip() for row in self.sample if index < len(row) and row[index].strip()]
            shown = ", ".join(f"“{v[:24]}”" for v in dict.fromkeys(values[:3])) or "empty"
            labels.append(f"{shown} …" if len(values) > 3 else shown)
        repeated = {label for label in labels if labels.count(label) > 1}
        return [f"{label} (column {i + 1})" if label in repeated else label for i, label in enumerate(labels)]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CsvInspection:
        return cls(
            mapping=ColumnMapping.from_json(data["mapping"]),
            header=list(data["header"]),
            sample=[list(row) for row in data["sample"]],
            confident=bool(data["confident"]),
            doubts=list(data.get("doubts", [])),
        )
