"""``subscout detect transactions``."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from app.detection.bank.cli import transactions_command

ROOT = Path(__file__).resolve().parents[3]
DEMO = ROOT / "src" / "app" / "demo" / "statement.ofx"
REAL = ROOT.parent / "shared" / "data" / "real-statements"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(transactions_command, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_json_output_follows_the_product_contract() -> None:
    code, out, _err = run(str(DEMO), "--json", "--today", "2026-11-29")
    assert code == 0
    items = json.loads(out)
    netflix = next(item for item in items if item["name"] == "Netflix")
    assert netflix == {
        "name": "Netflix",
        "amount": "17.99",
        "currency": "USD",
        "cycle": "monthly",
        "next_renewal": "2026-12-08",
        "status": "active",
        "kind": "subscription",
        "source": "bank",
        "confidence": netflix["confidence"],
        "possible": False,
    }
    assert 0 < netflix["confidence"] <= 1
    assert {item["kind"] for item in items} == {"subscription", "bill", "income", "transfer"}


def test_table_output() -> None:
    code, out, _err = run(str(DEMO), "--today", "2026-11-29")
    assert code == 0
    header = out.splitlines()[0].split()
    assert header[:2] == ["Service", "Amount"]
    assert "YouTube Premium" in out


def test_bad_input_exits_non_zero_with_one_line(tmp_path: Path) -> None:
    for path in (tmp_path / "missing.ofx", tmp_path, REAL / "ofxparse" / "signon_fail.ofx"):
        code, out, err = run(str(path), "--json")
        assert code == 1
        assert out == ""
        assert len(err.strip().splitlines()) == 1
        assert "Traceback" not in err


def test_statement_without_recurring_payments() -> None:
    code, out, _err = run(str(REAL / "csv2ofx" / "capitalone.csv"), "--json")
    assert (code, json.loads(out)) == (0, [])


QIF_WITHOUT_CURRENCY = (
    REAL / "more" / "isaacharrisholt_quiffen" / "isaacharrisholt_quiffen__tests__test_files__test.qif"
)


def test_a_guessed_currency_is_said_on_stderr_and_kept_out_of_the_json() -> None:
    code, out, err = run(str(QIF_WITHOUT_CURRENCY), "--json", "--include-possible")
    assert code == 0
    assert err.splitlines() == [
        "note: the QIF file does not name its currency; amounts read as USD"
        " (a guess from its month-first dates, as US banks write them)"
    ]
    assert isinstance(json.loads(out), list)


def test_a_csv_without_a_currency_says_what_it_read_the_amounts_as(tmp_path: Path) -> None:
    rows = [f"2026-{m:02d}-05,NETFLIX.COM,-15.49" for m in range(1, 11)]
    path = tmp_path / "export.csv"
    path.write_text("Date,Description,Amount\n" + "\n".join(rows) + "\n", encoding="utf-8")
    code, out, err = run(str(path), "--json", "--today", "2026-11-01")
    assert code == 0
    assert err.splitlines() == ["note: the CSV file does not name its currency; amounts read as USD"]
    [netflix] = json.loads(out)
    assert (netflix["name"], netflix["currency"]) == ("Netflix", "USD")
    code, out, err = run(str(path), "--json", "--today", "2026-11-01", "--currency", "eur")
    assert (code, err) == (0, "")
    assert json.loads(out)[0]["currency"] == "EUR"


def test_a_file_that_names_its_currency_gives_no_note() -> None:
    code, _out, err = run(str(DEMO), "--json", "--today", "2026-11-29")
    assert (code, err) == (0, "")


def test_charges_that_name_nobody_are_only_possible(tmp_path: Path) -> None:
    path = tmp_path / "blank.csv"
    path.write_text(
        "Date,Amount\n" + "\n".join(f"2026-{m:02d}-05,-15.49" for m in range(1, 11)) + "\n", encoding="utf-8"
    )
    code, out, _err = run(str(path), "--json", "--today", "2026-11-01", "--currency", "USD")
    assert (code, json.loads(out)) == (0, [])
    code, out, _err = run(
        str(path), "--json", "--today", "2026-11-01", "--currency", "USD", "--include-possible"
    )
    [nameless] = json.loads(out)
    assert nameless["possible"] is True
