"""CSV statements: ``inspect_csv`` proposes a mapping, ``iter_csv`` streams transactions with it."""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from app.detection.bank import csvdetect as d
from app.detection.bank.csvmapping import ColumnMapping, CsvInspection
from app.detection.bank.csvvalues import parse_amount, parse_date
from app.detection.bank.currency import (
    ISO_CODES,
    hinted_by,
    hinted_by_dates,
    hinted_by_signs,
    hinted_by_wording,
    iso_code,
    stated_in,
)
from app.detection.bank.errors import PARSER_FAILURES, SkipHandler, StatementError, ignore_skip, unreadable
from app.detection.bank.mandates import clean, mandate_in, standing
from app.detection.bank.merchants import PURPOSE_MARK
from app.detection.bank.transactions import OrdinalCounter, Transaction, money, stable_id

_SAMPLE_SHOWN = 5
_WALLET_PAYEE = re.compile(r"\s*(?:PAYPAL|KLARNA)\b", re.IGNORECASE)
_SEPA_FIELDS = re.compile(r"(?:EREF|KREF|MREF|CRED|DEBT|ABWA|ABWE|PURP)\+")
FALLBACK_CURRENCY = "USD"
CURRENCY_DOUBT = "the file does not name its currency"
DATE_DOUBT = "dates could be day/month or month/day"


def inspect_csv(
    path: Path, default_currency: str | None = None, *, proposed_currency: str | None = None
) -> CsvInspection:
    """Detect encoding, delimiter, header, columns, date order, number format and currency.

    The currency is what the file states, else ``default_currency`` (the account's), else a hint
    from the file (IBAN country, column language, SEPA or Bizum payments, a currency its text
    writes out or signs, German or Dutch descriptions with decimal commas), else
    ``proposed_currency`` (the person's home currency), else USD from month-first dates, else USD
    assumed; all but the first two are flagged as a doubt, so the mapping step asks.
    """
    try:
        return _inspect(path, default_currency, proposed_currency)
    except StatementError:
        raise
    except PARSER_FAILURES as exc:
        raise unreadable(path.name, "CSV statement", exc) from None


def _inspect(path: Path, default_currency: str | None, proposed_currency: str | None) -> CsvInspection:
    head = _read_head(path)
    encoding = d.detect_encoding(head)
    text = d.sample_text(head, encoding)
    delimiter, width = d.detect_delimiter(text)
    records = d.read_records(text, delimiter)
    start = d.find_data_start(records, width)
    if start is None:
        raise StatementError(f"{path.name}: no row with a date and an amount, so this is not a statement")
    header = records[start - 1] if start > 0 and d.is_header(records[start - 1], width) else []
    rows = [r for r in records[start:] if len(r) >= width - 1 and any(c.strip() for c in r) and r != header]
    mapping, doubts = _propose(header, rows, width, encoding, delimiter)
    preamble = [" ".join(record) for record in records[: max(0, start - 1 if header else start)]]
    _assign_currency(mapping, header, rows, preamble)
    _confirm_currency(mapping, header, preamble, rows, (default_currency, proposed_currency), doubts)
    mapping.skip_rows = start
    names = [name.strip() for name in header] or [f"Column {i + 1}" for i in range(width)]
    if not header:
        doubts.append("the file has no header row; columns were recognised by their content")
    return CsvInspection(mapping, names, rows[:_SAMPLE_SHOWN], not doubts, doubts)


def _read_head(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(d.SAMPLE_BYTES)
    except OSError as exc:
        raise StatementError(f"cannot read {path.name}: {exc.strerror or exc}") from None


def _propose(
    header: list[str], rows: list[list[str]], width: int, encoding: str, delimiter: str
) -> tuple[ColumnMapping, list[str]]:
    names = [d.normalise_name(name) for name in header] + [""] * max(0, width - len(header))
    columns = d.Columns(names, [[row[i] if i < len(row) else "" for row in rows] for i in range(width)])
    doubts: list[str] = []
    mapping = ColumnMapping(encoding=encoding, delimiter=delimiter)
    mapping.date_column = _date_column(columns)
    mapping.date_order, proven = d.date_order(columns.non_empty(mapping.date_column), delimiter)
    if not proven:
        doubts.append(f"{DATE_DOUBT}; assumed {mapping.date_order}")
    _assign_amounts(mapping, columns, doubts)
    _assign_text_columns(mapping, columns, doubts)
    return mapping, doubts


def _best(
    columns: d.Columns,
    keys: Sequence[str],
    accept: Callable[[int], bool],
    exclude: Sequence[str] = (),
    taken: Sequence[int | None] = (),
) -> int | None:
    ranked = []
    for index, name in enumerate(columns.names):
        rank = d.header_rank(name, keys, exclude) if name else None
        if rank is not None and index not in taken and accept(index):
            ranked.append((rank, index))
    return min(ranked)[1] if ranked else None


def _date_column(columns: d.Columns) -> int:
    def accept(i: int) -> bool:
        return d.ratio(columns.non_empty(i), d.is_date) >= 0.5 and len(columns.non_empty(i)) > 0

    found = _best(columns, d.DATE_KEYS, accept)
    if found is not None:
        return found
    candidates = [i for i in range(len(columns.names)) if accept(i)]
    if not candidates:
        raise StatementError("no column holds dates, so this is not a statement")
    return candidates[0]


def _numeric(columns: d.Columns, index: int) -> bool:
    values = columns.non_empty(index)
    return bool(values) and d.ratio(values, d.is_amount) >= 0.8


def _maybe_numeric(columns: d.Columns, index: int) -> bool:
    return not columns.non_empty(index) or _numeric(columns, index)


def _assign_amounts(mapping: ColumnMapping, columns: d.Columns, doubts: list[str]) -> None:
    taken = [mapping.date_column]
    debit = _best(columns, d.DEBIT_KEYS, lambda i: _maybe_numeric(columns, i), d.AMOUNT_EXCLUDE, taken)
    credit = _best(columns, d.CREDIT_KEYS, lambda i: _maybe_numeric(columns, i), d.AMOUNT_EXCLUDE, taken)
    if debit is not None and credit is not None and debit != credit:
        mapping.debit_column, mapping.credit_column = debit, credit
        values = columns.non_empty(debit) + columns.non_empty(credit)
    else:
        amount = _best(columns, d.AMOUNT_KEYS, lambda i: _numeric(columns, i), d.AMOUNT_EXCLUDE, taken)
        amount = amount if amount is not None else _amount_by_content(columns, taken, doubts)
        mapping.amount_column = amount
        values = columns.non_empty(amount)
    mapping.decimal_comma = d.decimal_comma(values)
    mapping.direction_column = _direction_column(columns, mapping)
    _guess_sign(mapping, values, doubts)


def _amount_by_content(columns: d.Columns, taken: list[int], doubts: list[str]) -> int:
    candidates = [i for i in range(len(columns.names)) if i not in taken and _numeric(columns, i)]
    if not candidates:
        raise StatementError("no column holds amounts, so this is not a statement")
    doubts.append("no column is named like an amount; picked one by its content")
    return max(candidates, key=lambda i: _amount_likeness(columns.non_empty(i)))


def _amount_likeness(values: Sequence[str]) -> float:
    """Money has cents or signs and varies; row numbers and card numbers do not."""
    decimals = d.ratio(values, lambda v: re.search(r"[.,]\d{1,2}\)?-?$", v) is not None)
    signs = d.ratio(values, lambda v: v.strip().startswith(("-", "(")))
    return decimals + signs + len(set(values)) / (len(values) + 1)


def _direction_column(columns: d.Columns, mapping: ColumnMapping) -> int | None:
    if mapping.amount_column is None:
        return None
    words = d.DEBIT_WORDS | d.CREDIT_WORDS

    def accept(i: int) -> bool:
        values = columns.non_empty(i)
        return bool(values) and d.ratio(values, lambda v: v.strip().lower() in words) >= 0.9

    def both(i: int) -> bool:
        values = {v.strip().lower() for v in columns.non_empty(i)}
        return accept(i) and bool(values & d.DEBIT_WORDS) and bool(values & d.CREDIT_WORDS)

    found = _best(columns, d.DIRECTION_KEYS, accept)
    if found is not None:
        return found
    return next((i for i in range(len(columns.names)) if both(i)), None)


def _guess_sign(mapping: ColumnMapping, values: Sequence[str], doubts: list[str]) -> None:
    if mapping.amount_column is None or mapping.direction_column is not None:
        return
    amounts = [parse_amount(v, decimal_comma=mapping.decimal_comma) for v in values]
    if len(amounts) >= 2 and all(a is not None and a >= 0 for a in amounts):
        mapping.negate = True
        doubts.append("every amount is positive; read them as charges (money out)")


def _assign_text_columns(mapping: ColumnMapping, columns: d.Columns, doubts: list[str]) -> None:
    numeric = {mapping.date_column, mapping.amount_column, mapping.debit_column, mapping.credit_column}
    mapping.mandate_column = _best(columns, d.MANDATE_KEYS, lambda i: True, taken=[*numeric])
    # before the description: "Mandate Reference" is no description for all its "reference"
    taken = [*numeric, mapping.direction_column, mapping.mandate_column]
    mapping.description_columns = _description_columns(columns, taken)
    if not mapping.description_columns:
        doubts.append("no column looks like a description of the transaction")
    mapping.currency_column = _best(
        columns, d.CURRENCY_KEYS, lambda i: _all_match(columns, i, r"[A-Za-z]{3}"), taken=taken
    )
    if mapping.currency_column is None:  # a column of nothing but ISO codes, named or not
        mapping.currency_column = next(
            (i for i in range(len(columns.names)) if i not in taken and _iso_codes(columns, i)), None
        )
    mapping.account_column = _best(columns, d.ACCOUNT_KEYS, lambda i: True, d.ACCOUNT_EXCLUDE, taken)
    mapping.id_column = _best(columns, d.ID_KEYS, lambda i: _unique(columns, i), taken=taken)


def _iso_codes(columns: d.Columns, index: int) -> bool:
    values = columns.non_empty(index)
    return len(values) >= 1 and all(v.strip() in ISO_CODES for v in values)


def _all_match(columns: d.Columns, index: int, pattern: str) -> bool:
    values = columns.non_empty(index)
    return bool(values) and all(re.fullmatch(pattern, v.strip()) for v in values)


def _unique(columns: d.Columns, index: int) -> bool:
    values = columns.values[index]
    return bool(values) and all(v.strip() for v in values) and len(set(values)) == len(values)


def _textual(columns: d.Columns, index: int, *, named: bool = False) -> bool:
    """Whether a column holds words; one its header names needs no variety (a statement of one
    payee's charges), an unnamed one does (a constant column is an account or a currency)."""
    values = columns.non_empty(index)
    varied = named or len(set(values)) > 1 or len(columns.values[index]) < 3
    words = d.ratio(values, d.is_amount) < 0.5 and d.ratio(values, d.is_date) < 0.5
    return bool(values) and varied and words


def _description_columns(columns: d.Columns, taken: Sequence[int | None]) -> list[int]:
    named = _ranked(columns, d.DESCRIPTION_KEYS, taken)
    if named:
        return named[:3]
    free = [i for i in range(len(columns.names)) if i not in taken and _textual(columns, i)]
    return sorted(free, key=lambda i: -len(set(columns.values[i])))[:2]


def _ranked(columns: d.Columns, keys: Sequence[str], taken: Sequence[int | None]) -> list[int]:
    ranked = []
    for index, name in enumerate(columns.names):
        rank = d.header_rank(name, keys) if name else None
        if rank is not None and index not in taken and _textual(columns, index, named=True):
            ranked.append((rank, index))
    return [index for _rank, index in sorted(ranked)]


def _assign_currency(
    mapping: ColumnMapping, header: Sequence[str], rows: Sequence[list[str]], preamble: list[str]
) -> None:
    """The currency the header, the preamble or the amounts name (``Montant (EUR)``, ``€12,50``)."""
    money_columns = (mapping.amount_column, mapping.debit_column, mapping.credit_column)
    cells = [row[i] for row in rows for i in money_columns if i is not None and i < len(row)]
    mapping.currency = stated_in(cells) or stated_in([*header, *preamble]) or ""


def _confirm_currency(
    mapping: ColumnMapping,
    header: Sequence[str],
    preamble: list[str],
    rows: Sequence[list[str]],
    defaults: tuple[str | None, str | None],
    doubts: list[str],
) -> None:
    account_currency, home_currency = defaults
    if mapping.currency:
        return
    if mapping.currency_column is not None:
        # only for rows that leave it empty: the currency the other rows name
        named = Counter(code for row in rows if (code := iso_code(_cell(row, mapping.currency_column))))
        column = named.most_common(1)[0][0] if named else None
        mapping.currency = column or account_currency or home_currency or FALLBACK_CURRENCY
        return
    if account_currency:
        mapping.currency = account_currency
        return
    text = " ".join([*preamble, *(" ".join(row) for row in rows[:50])])
    descriptions = [_cell(row, i) for row in rows[:50] for i in mapping.description_columns]
    guess = (
        hinted_by(text, [d.normalise_name(name) for name in header])
        or hinted_by_signs(text)
        or hinted_by_wording(descriptions, mapping.decimal_comma)
    )
    month_first = mapping.date_order == "MDY" and not any(doubt.startswith(DATE_DOUBT) for doubt in doubts)
    # the person's own currency before a guess from the date format alone
    guess = guess or (None if home_currency else hinted_by_dates(month_first))
    if guess is not None:
        mapping.currency = guess.code
        doubts.append(f"{CURRENCY_DOUBT}; {guess.code} is a guess from {guess.reason}")
    elif home_currency:
        mapping.currency = home_currency
        doubts.append(f"{CURRENCY_DOUBT}; proposed {home_currency}, your home currency")
    else:
        mapping.currency = FALLBACK_CURRENCY
        doubts.append(f"{CURRENCY_DOUBT}; assumed {FALLBACK_CURRENCY}")


def iter_csv(
    path: Path,
    mapping: ColumnMapping,
    *,
    default_account: str = "csv",
    on_skip: SkipHandler = ignore_skip,
) -> Iterator[Transaction]:
    """Stream the transactions of ``path`` read with ``mapping`` (one row in memory at a time)."""
    mapping.validate()
    ordinals = OrdinalCounter()
    try:
        with path.open(encoding=mapping.encoding, errors="replace", newline="") as handle:
            reader = csv.reader(handle, delimiter=mapping.delimiter)
            for number, row in enumerate(reader, start=1):
                if number <= mapping.skip_rows or not any(cell.strip() for cell in row):
                    continue
                found = _row_transaction(row, mapping, default_account, ordinals)
                if isinstance(found, str):
                    on_skip(f"row {number} skipped: {found}")
                else:
                    yield found
    except csv.Error as exc:
        raise StatementError(f"{path.name} is not valid CSV: {exc}") from None
    except (OSError, LookupError) as exc:
        raise StatementError(f"cannot read {path.name}: {exc}") from None


def _cell(row: Sequence[str], index: int | None) -> str:
    if index is None or index >= len(row):
        return ""
    return row[index].strip()


def _row_transaction(
    row: Sequence[str], mapping: ColumnMapping, account_default: str, ordinals: OrdinalCounter
) -> Transaction | str:
    posted = parse_date(_cell(row, mapping.date_column), mapping.date_order)
    if posted is None:
        return f"{_cell(row, mapping.date_column)!r} is not a date"
    amount = _row_amount(row, mapping)
    if amount is None:
        return "no readable amount"
    texts = [" ".join(c.split()) for c in (_cell(row, i) for i in mapping.description_columns) if c]
    payee = texts[0] if texts else ""
    account = _cell(row, mapping.account_column) or account_default
    currency = iso_code(_cell(row, mapping.currency_column)) or mapping.currency
    return Transaction(
        _row_id(row, mapping, account, posted, amount, payee, ordinals),  # as before the purpose was kept
        account,
        posted,
        amount,
        currency,
        _with_purpose(payee, texts[1:]),
        _row_mandate(row, mapping),
    )


def _with_purpose(payee: str, others: Sequence[str]) -> str:
    """The payee, and the other text cells after ``PURPOSE_MARK`` (what the payment is for:
    ``Max Mustermann | Sparkonto Dauerauftrag`` is a transfer to one's savings). When the payee is
    a wallet that pays shops (PayPal), the purpose naming the shop is part of the name instead:
    ``PayPal Europe S.a.r.l. et Cie S.C.A`` alone is every purchase made with PayPal."""
    if not others:
        return payee
    if not _WALLET_PAYEE.match(payee):
        purposes = [_sepa_text(text) for text in others if text.lower() not in payee.lower()]
        return PURPOSE_MARK.join([payee, *(text for text in purposes if text)])
    purpose = next((p for p in others if "SVWZ+" in p), max(others, key=len))
    return f"{payee} {_sepa_text(purpose)}"


def _sepa_text(purpose: str) -> str:
    """A SEPA purpose's free text (``SVWZ+``), without the reference fields around it."""
    return _SEPA_FIELDS.split(purpose.split("SVWZ+", 1)[-1], maxsplit=1)[0].strip()


def _row_mandate(row: Sequence[str], mapping: ColumnMapping) -> str | None:
    """The mandate column's reference, else one a text cell names: Sparkasse writes
    ``EREF+…MREF+…`` into Verwendungszweck, which is not the description when the payee is."""
    line = " ".join(row)
    return standing(clean(_cell(row, mapping.mandate_column)) or mandate_in(line), line)


def _row_amount(row: Sequence[str], mapping: ColumnMapping) -> Decimal | None:
    comma = mapping.decimal_comma
    if mapping.amount_column is None:
        debit = parse_amount(_cell(row, mapping.debit_column), decimal_comma=comma)
        credit = parse_amount(_cell(row, mapping.credit_column), decimal_comma=comma)
        if debit is None and credit is None:
            return None
        return money(abs(credit or Decimal(0)) - abs(debit or Decimal(0)))
    amount = parse_amount(_cell(row, mapping.amount_column), decimal_comma=comma)
    if amount is None:
        return None
    direction = _cell(row, mapping.direction_column).lower()
    if direction in d.DEBIT_WORDS:
        amount = -abs(amount)
    elif direction in d.CREDIT_WORDS:
        amount = abs(amount)
    elif mapping.negate:
        amount = -amount
    return money(amount)


def _row_id(
    row: Sequence[str],
    mapping: ColumnMapping,
    account: str,
    posted: date,
    amount: Decimal,
    description: str,
    ordinals: OrdinalCounter,
) -> str:
    given = _cell(row, mapping.id_column)
    if given:
        return stable_id("csv", account, given)
    ordinal = ordinals.next(posted, (amount, description))
    return stable_id("csv", account, posted, amount, description, ordinal)
