"""Writes addin/assets/icon-{16,32,64,80,128}.png (a shield-blue square with a white tick); stdlib only."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

SIZES = (16, 32, 64, 80, 128)
BLUE, WHITE = (0x1F, 0x4E, 0x79), (0xFF, 0xFF, 0xFF)


def _pixel(x: float, y: float) -> tuple[int, int, int]:
    # A tick: two strokes through (0.25,0.55)-(0.42,0.72) and (0.42,0.72)-(0.76,0.32).
    def near(ax, ay, bx, by):
        dx, dy = bx - ax, by - ay
        t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
        return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 < 0.07 ** 2
    return WHITE if near(0.25, 0.55, 0.42, 0.72) or near(0.42, 0.72, 0.76, 0.32) else BLUE


def png(size: int) -> bytes:
    rows = b"".join(
        b"\x00" + b"".join(bytes(_pixel((x + 0.5) / size, (y + 0.5) / size)) for x in range(size))
        for y in range(size)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)  # 8-bit RGB
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    out = Path(__file__).resolve().parent / "assets"
    out.mkdir(exist_ok=True)
    for size in SIZES:
        (out / f"icon-{size}.png").write_bytes(png(size))
