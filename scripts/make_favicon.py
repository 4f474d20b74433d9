"""Writes src/app/static/favicon.ico from the same two circles as favicon.svg (browsers ask for /favicon.ico).

Standard library only: each size is drawn with 4x4 supersampling, stored as a PNG inside the ICO.
Run it again after changing favicon.svg's shapes: ``python scripts/make_favicon.py``.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

TARGET = Path(__file__).parents[1] / "src" / "app" / "static" / "favicon.ico"
COLOUR = (0x24, 0x57, 0xD6)
SIZES = (16, 32, 48)
SAMPLES = 4
VIEWBOX = 32.0
RING = (11.0, 15.0)
"""The ring's inner and outer radius: favicon.svg's circle r=13 with stroke-width 4."""
DOT = 5.0


def coverage(x: float, y: float) -> bool:
    distance = ((x - 16) ** 2 + (y - 16) ** 2) ** 0.5
    return distance <= DOT or RING[0] <= distance <= RING[1]


def rgba(size: int) -> bytes:
    scale = VIEWBOX / size
    rows = []
    for row in range(size):
        line = bytearray([0])  # PNG filter type: none
        for col in range(size):
            hits = sum(
                coverage((col + (i + 0.5) / SAMPLES) * scale, (row + (j + 0.5) / SAMPLES) * scale)
                for i in range(SAMPLES)
                for j in range(SAMPLES)
            )
            line += bytes([*COLOUR, round(255 * hits / SAMPLES**2)])
        rows.append(bytes(line))
    return b"".join(rows)


def png(size: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rgba(size), 9))
        + chunk(b"IEND", b"")
    )


def ico(images: list[tuple[int, bytes]]) -> bytes:
    out = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    for size, data in images:
        out += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return out + b"".join(data for _, data in images)


def main() -> None:
    TARGET.write_bytes(ico([(size, png(size)) for size in SIZES]))
    print(f"{TARGET}: {TARGET.stat().st_size} bytes")


if __name__ == "__main__":
    main()
