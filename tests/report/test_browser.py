"""The report in Chromium: no errors, no network, no script runs, readable at 1280 and 375 px.

Drives Debian's /usr/bin/chromium through Playwright (never a downloaded browser). Skips with a
reason when Chromium is absent (fails instead when the CI variable is set).
"""

from __future__ import annotations

import os
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from rasd.report import write_report
from rasd.store import Store

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        msg = f"{CHROMIUM} not found: run scripts/ensure-chromium.sh to install Debian's chromium"
        if os.environ.get("CI"):
            pytest.fail(msg)
        pytest.skip(msg)
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


def _png_pixels(path: Path) -> tuple[int, int, bytes]:
    """Width, height and the decompressed (filtered) scanlines of a PNG."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width, height = 8, b"", 0, 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height = struct.unpack(">II", body[:8])
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    return width, height, zlib.decompress(idat)


def _open(browser: Any, html_file: Path, width: int) -> tuple[Any, dict[str, list[str]]]:
    page = browser.new_page(viewport={"width": width, "height": 900})
    seen: dict[str, list[str]] = {"console": [], "pageerror": [], "requests": [], "dialogs": []}
    page.on("console", lambda m: seen["console"].append(f"{m.type}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: seen["pageerror"].append(str(e)))
    page.on("request", lambda r: seen["requests"].append(r.url))
    page.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))
    page.goto(html_file.as_uri())
    page.wait_for_load_state("load")
    return page, seen


def _check_clean(page: Any, seen: dict[str, list[str]], html_file: Path) -> None:
    assert seen["console"] == []
    assert seen["pageerror"] == []
    assert seen["dialogs"] == []
    assert seen["requests"] == [html_file.as_uri()]
    assert page.evaluate("() => typeof window.__pwned") == "undefined"
    assert page.evaluate("() => document.scripts.length") == 0
    missing = page.evaluate(
        "() => [...document.querySelectorAll('a[href^=\"#\"]')]"
        ".map(a => a.getAttribute('href').slice(1)).filter(id => !document.getElementById(id))"
    )
    assert missing == []


@pytest.mark.parametrize("width", [1280, 375])
def test_renders_cleanly(browser: Any, report_store: Store, tmp_path: Path, width: int) -> None:
    html_file = write_report(report_store, tmp_path / "report.html")
    page, seen = _open(browser, html_file, width)
    _check_clean(page, seen, html_file)
    assert page.evaluate("() => document.documentElement.dir") == "rtl"
    assert page.evaluate("() => document.documentElement.scrollWidth") <= width + 1  # no sideways scrolling
    shot = tmp_path / f"report-{width}.png"
    page.screenshot(path=str(shot), full_page=True)
    w, h, pixels = _png_pixels(shot)
    assert w == width and h > 1500
    assert shot.stat().st_size > 30_000
    assert len(set(pixels[:: max(1, len(pixels) // 5000)])) > 20  # not a blank page
    page.click("ol.briefing a.cite")  # evidence link jumps to its sentence
    assert page.evaluate("() => document.querySelector(':target')?.classList.contains('s')") is True
    page.close()


def test_hostile_input_runs_nothing(browser: Any, hostile_store: Store, tmp_path: Path) -> None:
    html_file = write_report(hostile_store, tmp_path / "hostile.html")
    for width in (1280, 375):
        page, seen = _open(browser, html_file, width)
        page.wait_for_timeout(200)
        _check_clean(page, seen, html_file)
        assert (
            page.evaluate("() => document.querySelectorAll('img, script, iframe, object, embed').length") == 0
        )
        assert "<script>" in page.inner_text("body")  # shown as text
        page.close()
