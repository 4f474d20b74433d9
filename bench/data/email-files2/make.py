"""Writes bench/data/email-files2/{us,de}/: two mailboxes written without reading the detector.

    python bench/data/email-files2/make.py

Seeded and deterministic: a rerun writes the same files. See README.md for what is labelled and why.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make_de  # noqa: E402
import make_us  # noqa: E402


def main() -> None:
    for half, module in (("us", make_us), ("de", make_de)):
        box, today, negatives = module.build()
        box.write(HERE / half, today, negatives)
        print(f"{half}: {len(box.mails)} messages, {len(box.truth)} labelled, today {today}")


if __name__ == "__main__":
    main()
