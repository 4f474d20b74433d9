"""Write src/app/detection/email/month_table.py from Babel's month names (run after a Babel upgrade)."""

from __future__ import annotations

from pathlib import Path

from app.detection.email.dates import LOCALES, month_names_from_babel

TARGET = Path(__file__).resolve().parents[1] / "src/app/detection/email/month_table.py"


def render() -> str:
    rows = "".join(f"    {name!r}: {number},\n" for name, number in month_names_from_babel().items())
    return (
        f'"""Month names → month number, {len(LOCALES)} languages; from scripts/gen_month_names.py."""\n'
        "\n"
        f"MONTH_NAMES: dict[str, int] = {{\n{rows}}}\n"
    )


if __name__ == "__main__":
    TARGET.write_text(render(), encoding="utf-8")
