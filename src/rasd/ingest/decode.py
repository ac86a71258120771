"""Byte decoding for text inputs: BOMs, UTF-8, UTF-16 without BOM, legacy Windows-1256.

:func:`decode_bytes` returns the decoded text and the encoding used, or raises
:class:`~rasd.errors.InputError` for binary data. :func:`clean_text` normalises line ends and
drops bidi and zero-width controls (what ``Document.raw_text`` holds).
"""

from __future__ import annotations

import codecs
import logging
import re
import unicodedata
from collections import Counter

from rasd.errors import InputError
from rasd.text.normalize import BIDI_CONTROLS, SPACES, ZERO_WIDTH

log = logging.getLogger(__name__)

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16"),
)
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
_MAX_CONTROL_RATIO = 0.05
_LINE_ENDS = re.compile(r"\r\n?|\u2028|\u2029|\x85")
_CONTROLS = re.compile("[" + re.escape(BIDI_CONTROLS + ZERO_WIDTH + SPACES) + "]")
_SPACE_SET = frozenset(SPACES)


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    sample = text[:20000]
    bad = sum(
        1 for c in sample if c == "\ufffd" or (unicodedata.category(c) == "Cc" and c not in _ALLOWED_CONTROLS)
    )
    return bad / len(sample)


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` for text without a BOM: the high bytes (every other byte) take very
    few values (0x00 for ASCII, 0x06 for Arabic...) and include NULs, while the low bytes hold none."""
    sample = data[:4000]
    if len(sample) < 8 or len(data) % 2:
        return None
    for high, low, codec in (
        (sample[1::2], sample[0::2], "utf-16-le"),
        (sample[0::2], sample[1::2], "utf-16-be"),
    ):
        common = Counter(high).most_common(3)
        covered = sum(n for _, n in common) / len(high)
        if covered >= 0.9 and high.count(0) and low.count(0) < 0.05 * len(low):
            return codec
    return None


def _legacy(data: bytes) -> tuple[str, str]:
    """Decode non-UTF-8 bytes: Windows-1256 when it yields Arabic, else the best 8-bit guess."""
    text = data.decode("cp1256", errors="replace")
    arabic = len(_ARABIC_LETTER.findall(text[:20000]))
    latin = len(_LATIN_LETTER.findall(text[:20000]))
    if arabic and arabic >= 0.3 * (arabic + latin):
        return text, "cp1256"
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200000]).best()
    except Exception as exc:  # charset_normalizer is a best-effort guesser
        log.debug("charset detection failed: %s", exc)
        best = None
    if best is not None and best.encoding:
        enc = str(best.encoding)
        return data.decode(enc, errors="replace"), enc
    return data.decode("cp1252", errors="replace"), "cp1252"


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data`` to text; return ``(text, encoding)``. Raise :class:`InputError` for binary data."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(f"invalid {name} text (byte {exc.start})") from None
            break
    else:
        if b"\x00" in data:
            codec16 = _utf16_without_bom(data)
            if codec16 is None:
                raise InputError("binary data (NUL bytes), not text")
            try:
                text, name = data.decode(codec16), codec16
            except UnicodeDecodeError:
                raise InputError("binary data (NUL bytes), not text") from None
        else:
            try:
                text, name = data.decode("utf-8"), "utf-8"
            except UnicodeDecodeError:
                text, name = _legacy(data)
    if _control_ratio(text) > _MAX_CONTROL_RATIO:
        raise InputError("binary data (mostly control or undecodable characters), not text")
    return text, name


def clean_text(text: str) -> str:
    """Normalise CRLF/CR (and Unicode line separators) to LF and drop bidi/zero-width controls."""
    text = _LINE_ENDS.sub("\n", text)
    # Same result as rasd.text.normalize.remove_controls, but a regex substitution is much faster
    # than str.translate on long texts where these characters are rare.
    return _CONTROLS.sub(_replace_control, text)


def _replace_control(m: re.Match[str]) -> str:
    return " " if m.group() in _SPACE_SET else ""
