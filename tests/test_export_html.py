"""The HTML export rendered by headless Chromium: a screenshot that is not blank and a DOM that
holds every event headline, the chart's marks and the detail panel.

Skipped when `chromium` is not on PATH, except in CI (env CI=true), where it must be installed
(`.ci/run` installs Debian's `chromium` package).
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import zlib
from html import escape
from pathlib import Path

import pytest
from test_export import EVENTS, make_db

from chronicle.db import connect
from chronicle.export import export_timeline

FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--hide-scrollbars", "--mute-audio",
]


@pytest.fixture(scope="module")
def chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("chromium is not installed but CI=true: install Debian's `chromium`")
        pytest.skip("chromium is not on PATH (Debian: apt-get install chromium)")
    return path


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("html")
    con = connect(make_db(folder / "fixture.duckdb"), read_only=True)
    out = folder / "timeline.html"
    assert export_timeline(con, out, None) == len(EVENTS)
    con.close()
    return out


def run_chromium(chromium: str, profile: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [chromium, *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True, text=True, timeout=120, check=True,
    )


def png_pixels(data: bytes) -> tuple[int, int, list[list[bytes]]]:
    """(width, height, rows of RGB pixels) of an 8-bit RGB/RGBA, non-interlaced PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, header = 8, [], b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat.append(body)
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert depth == 8 and colour in (2, 6) and interlace == 0, "unsupported PNG layout"
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(b"".join(idat))
    stride = width * bpp
    rows, previous = [], bytes(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        if kind == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 0xFF
        elif kind == 2:
            line = bytearray((a + b) & 0xFF for a, b in zip(line, previous, strict=True))
        elif kind == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + previous[i]) >> 1)) & 0xFF
        elif kind == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b, c = previous[i], previous[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 0xFF
        previous = bytes(line)
        rows.append([previous[i:i + 3] for i in range(0, stride, bpp)])
    return width, height, rows


def test_screenshot_is_not_blank(chromium: str, page: Path, tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    run_chromium(chromium, tmp_path / "profile", f"--screenshot={shot}", "--window-size=1400,900",
                 "--virtual-time-budget=3000", page.as_uri())
    width, height, rows = png_pixels(shot.read_bytes())
    assert (width, height) == (1400, 900)
    colours = {pixel for row in rows for pixel in row}
    assert len(colours) > 50, f"only {len(colours)} colours: the page looks blank"
    # The chart area (upper middle of the page) is drawn, not an empty background.
    band = {pixel for row in rows[120:500] for pixel in row[200:900]}
    assert len(band) > 20


def test_dom_holds_every_headline_and_mark(chromium: str, page: Path, tmp_path: Path) -> None:
    dom = run_chromium(chromium, tmp_path / "profile", "--dump-dom",
                       "--virtual-time-budget=3000", page.as_uri()).stdout
    for event in EVENTS:
        headline = escape(event[2], quote=False)
        assert headline in dom, f"headline {event[2]!r} missing from the rendered page"
        assert f'data-event-id="{event[0]}"' in dom
    assert dom.count('class="ev') >= len(EVENTS)  # chart marks drawn by the script
    assert "<script>alert(1)" not in dom


def test_detail_panel_from_a_link(chromium: str, page: Path, tmp_path: Path) -> None:
    dom = run_chromium(chromium, tmp_path / "profile", "--dump-dom", "--virtual-time-budget=3000",
                       page.as_uri() + "#group=source&event=e3").stdout
    lanes = re.findall(r'class="lane-label"[^>]*>([^<]*)<', dom)
    assert lanes == ["example.com", "letters.txt", "wire.jsonl#3"]  # lanes by source
    detail = dom[dom.index('id="detail"'):]
    detail = detail[:detail.index("</aside>")]
    assert "trilateral summit held" in detail
    for label in ("Actors", "Source", "Confidence", "Date basis", "Planned"):
        assert f"<dt>{label}" in detail
    assert "https://example.com/news/summit" in detail
    assert "badge planned" in detail
