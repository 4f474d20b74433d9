"""The package layers of ``pyproject.toml``'s import-linter contract hold: no import cycle between
packages, and ``app.jobs`` (the job infrastructure) imports no domain code. Controllers hold no SQL,
get their services injected, and every API answer has a typed schema."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from litestar import Litestar

from app.config import PROJECT_ROOT


def test_packages_import_only_downwards() -> None:
    lint_imports = Path(sys.executable).with_name("lint-imports")
    run = subprocess.run(
        [str(lint_imports), "--no-cache"], cwd=PROJECT_ROOT, capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "0 broken" in run.stdout


ROUTE_FILES = sorted((PROJECT_ROOT / "src" / "app").rglob("*routes.py"))
SQL_IN_A_CONTROLLER = re.compile(r"\bselect\(|\.execute\(|\.scalars?\(|db_session\.(get|add|delete)\(")
SERVICE_BUILT_BY_HAND = re.compile(r"\b\w+Service\(session=db_session\)")


def test_controllers_hold_no_sql_and_get_services_injected() -> None:
    """Queries live in services; a handler takes its service as a dependency (advanced-alchemy's
    provider), it does not build one on the session."""
    assert ROUTE_FILES
    found = []
    for path in ROUTE_FILES:
        for number, line in enumerate(path.read_text().splitlines(), 1):
            if SQL_IN_A_CONTROLLER.search(line) or (
                SERVICE_BUILT_BY_HAND.search(line) and line.startswith("        ")
            ):
                found.append(f"{path.relative_to(PROJECT_ROOT)}:{number}: {line.strip()}")
    assert found == []


def test_every_api_answer_has_a_typed_schema(app: Litestar) -> None:
    """No ``dict[str, Any]``: each success response of the API names its schema (or is empty)."""
    untyped = []
    for path, item in app.openapi_schema.to_schema()["paths"].items():
        for method, operation in item.items():
            for status, response in operation.get("responses", {}).items():
                if not status.startswith("2") or status == "204":
                    continue
                schema = response.get("content", {}).get("application/json", {}).get("schema", {})
                named = schema.get("$ref") or schema.get("items", {}).get("$ref") or schema.get("oneOf")
                if not named:
                    untyped.append(f"{method.upper()} {path} {status}: {schema}")
    assert untyped == []
