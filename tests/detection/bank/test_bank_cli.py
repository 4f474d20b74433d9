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
