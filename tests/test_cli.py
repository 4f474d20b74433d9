"""``subscout``: the offline commands load only what they need; the help table tells the truth."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from app.cli import LITESTAR_COMMANDS, OWN_COMMANDS, build_litestar_cli, cli
from app.detection.cli import DETECT_COMMANDS
from app.detection.email.dates import month_names, month_names_from_babel
from app.lib.lazy_cli import load_command
from app.lib.redis_server import free_port

ROOT = Path(__file__).resolve().parents[1]
DEMO_STATEMENT = ROOT / "src" / "app" / "demo" / "statement.ofx"
WEB_APP_MODULES = ("litestar", "sqlalchemy", "advanced_alchemy", "saq", "redis", "uvicorn", "jinja2")

SHOW_IMPORTS = """
import sys
from app.cli import main
sys.argv = ["subscout", *sys.argv[1:]]
try:
    main()
finally:
    print("MODULES", " ".join(sorted({m.split(".")[0] for m in sys.modules})), file=sys.stderr)
"""


def top_level_modules(*args: str) -> set[str]:
    """The packages a ``subscout`` command line imported, run in a fresh interpreter."""
    done = subprocess.run(
        [sys.executable, "-c", SHOW_IMPORTS, *args], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    line = next(line for line in done.stderr.splitlines() if line.startswith("MODULES "))
    return set(line.split()[1:])


@pytest.mark.parametrize("args", [("--help",), ("detect", "--help")])
def test_help_loads_no_web_app(args: tuple[str, ...]) -> None:
    assert top_level_modules(*args).isdisjoint(WEB_APP_MODULES)


def test_detect_emails_loads_neither_the_web_app_nor_the_bank_parsers(tmp_path: Path) -> None:
    message = (
        "From: Netflix <info@netflix.com>\nSubject: Your receipt\nDate: Mon, 2 Nov 2026 10:00:00 +0000\n\nHi"
    )
    (tmp_path / "one.eml").write_text(message)
    loaded = top_level_modules("detect", "emails", str(tmp_path))
    assert loaded.isdisjoint(WEB_APP_MODULES)
    assert "ofxtools" not in loaded


def test_detect_transactions_on_a_csv_loads_no_ofx_parser(tmp_path: Path) -> None:
    statement = tmp_path / "bank.csv"
    statement.write_text(
        "Date,Description,Amount\n2026-10-01,NETFLIX.COM,-17.99\n2026-11-01,NETFLIX.COM,-17.99\n"
    )
    loaded = top_level_modules("detect", "transactions", str(statement))
    assert loaded.isdisjoint(WEB_APP_MODULES)
    assert loaded.isdisjoint({"ofxtools", "mt940", "quiffen"})
    assert "ofxtools" in top_level_modules("detect", "transactions", str(DEMO_STATEMENT))


@pytest.mark.parametrize(
    ("table", "name"),
    [*((OWN_COMMANDS, n) for n in OWN_COMMANDS), *((DETECT_COMMANDS, n) for n in DETECT_COMMANDS)],
)
def test_listed_help_is_the_commands_own(table: dict[str, tuple[str, str]], name: str) -> None:
    import_path, help_line = table[name]
    assert load_command(import_path).get_short_help_str(limit=300) == help_line


def test_litestar_commands_are_all_listed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Litestar and its plugins' commands run through its CLI; the table lists each of them."""
    monkeypatch.setenv("LITESTAR_APP", "app.server:create_app")
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    monkeypatch.setenv("REDIS_URL", f"redis://127.0.0.1:{free_port()}/0")
    group = build_litestar_cli()
    names = set(group.list_commands(click.Context(group))) - set(OWN_COMMANDS)
    assert names == set(LITESTAR_COMMANDS)


def test_a_litestar_command_runs_through_litestars_cli(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = CliRunner().invoke(cli, ["version"])
    assert result.exit_code == 0, result.output
    assert result.output.strip().startswith("2.")


def test_the_month_table_is_babels() -> None:
    assert month_names() == month_names_from_babel()
