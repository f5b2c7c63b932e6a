#!/usr/bin/env python3
"""Draws the toolbar/panel icon (a lens over a red error dot) at every size the manifest needs.

Pure Python so it runs on a fresh machine: `python3 scripts/make-icons.py` rewrites public/icon/*.png.
"""
import math, pathlib, struct, zlib

SIZES = (16, 32, 48, 128)
SAMPLES = 4  # supersampling per axis, for smooth edges
OUT = pathlib.Path(__file__).resolve().parent.parent / "public" / "icon"


def colour_at(x, y):
    """Colour of the design at (x, y) in a 1x1 square, or None for transparent."""
    lens_cx, lens_cy, lens_r, ring = 0.42, 0.42, 0.30, 0.085
    d = math.hypot(x - lens_cx, y - lens_cy)
    # handle: a thick segment from the ring towards the bottom-right corner
    hx0, hy0, hx1, hy1 = 0.64, 0.64, 0.90, 0.90
    t = max(0, min(1, ((x - hx0) * (hx1 - hx0) + (y - hy0) * (hy1 - hy0)) / ((hx1 - hx0) ** 2 + (hy1 - hy0) ** 2)))
    handle = math.hypot(x - (hx0 + t * (hx1 - hx0)), y - (hy0 + t * (hy1 - hy0))) < 0.075
    if abs(d - lens_r) < ring / 2 or handle:
        return (60, 64, 67, 255)
    if d < lens_r - ring / 2:
        return (217, 48, 37, 255) if d < 0.15 else (255, 255, 255, 255)
    return None


def render(size):
    rows = []
    for py in range(size):
        row = bytearray([0])
        for px in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(SAMPLES):
                for sx in range(SAMPLES):
                    c = colour_at((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size)
                    if c:
                        for i in range(3):
                            acc[i] += c[i] * c[3]
                        acc[3] += c[3]
            n = SAMPLES * SAMPLES
            alpha = acc[3] / n
            rgb = [int(acc[i] / acc[3]) if acc[3] else 0 for i in range(3)]
            row += bytes(rgb + [int(alpha)])
        rows.append(bytes(row))
    return png(size, b"".join(rows))


def png(size, raw):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        (OUT / f"{size}.png").write_bytes(render(size))
