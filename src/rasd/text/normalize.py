"""Arabic normalisation for matching, with an offset map back to the display text.

The display text is never changed: :func:`normalize` returns a :class:`Normalized` key whose
``offsets`` map every key character back to the index of the display character it came from,
so any span found on the key can be reported on the original (:meth:`Normalized.to_original`).

What is normalised (each switchable through :class:`NormOptions`):

* diacritics (harakat, shadda, sukun, superscript alef, Quranic marks) and tatweel are dropped;
* alef forms أ إ آ ٱ → ا; alef maqsura ى → ي; teh marbuta ة → ه; hamza carriers ؤ → و, ئ → ي;
* Persian/Urdu letters ک گ ی ي ە ۀ ہ پ چ ژ ڤ → their Arabic matching letters;
* Arabic-Indic ٠-٩ and Persian ۰-۹ digits → ASCII; Arabic decimal/thousands separators → . ,;
* bidi and zero-width controls are dropped; non-breaking and other spaces → ' ';
* punctuation variants (« » “ ” ‘ ’ ، ؛ ؟ dashes) → ASCII forms; presentation forms → base letters;
* Latin letters are lower-cased.

Every mapping produces characters that map to themselves, so normalisation is idempotent.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

DIACRITICS = (
    "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670\u06d6\u06d7\u06d8\u06d9\u06da\u06db\u06dc"
)
DIACRITICS += (
    "\u06df\u06e0\u06e1\u06e2\u06e3\u06e4\u06e7\u06e8\u06ea\u06eb\u06ec\u06ed\u08d3\u08f0\u08f1\u08f2"
)
TATWEEL = "\u0640"
BIDI_CONTROLS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"

ALEF_MAP = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا"}
YEH_MAP = {"ى": "ي", "ی": "ي", "ې": "ي", "ۍ": "ي", "ێ": "ي"}
TEH_MARBUTA_MAP = {"ة": "ه", "ۃ": "ه"}
HAMZA_CARRIER_MAP = {"ؤ": "و", "ئ": "ي"}
PERSIAN_MAP = {
    "ک": "ك",
    "ڪ": "ك",
    "گ": "ك",
    "ە": "ه",
    "ۀ": "ه",
    "ہ": "ه",
    "ھ": "ه",
    "پ": "ب",
    "چ": "ج",
    "ژ": "ز",
    "ڤ": "ف",
    "ڨ": "ق",
}
DIGIT_MAP = {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}
NUMBER_SEP_MAP = {"٫": ".", "٬": ","}
PUNCT_MAP = {
    "«": '"',
    "»": '"',
    "“": '"',
    "”": '"',
    "„": '"',
    "‟": '"',
    "″": '"',
    "‘": "'",
    "’": "'",
    "‚": "'",
    "‛": "'",
    "،": ",",
    "؛": ";",
    "؟": "?",
    "٪": "%",
    "۔": ".",
    "–": "-",
    "—": "-",
    "‒": "-",
    "―": "-",
    "−": "-",
    "…": "...",
}


@dataclass(frozen=True, slots=True)
class NormOptions:
    diacritics: bool = True
    tatweel: bool = True
    alef: bool = True
    yeh: bool = True
    teh_marbuta: bool = True
    hamza_carriers: bool = True
    persian: bool = True
    digits: bool = True
    controls: bool = True
    punctuation: bool = True
    lowercase: bool = True
    presentation_forms: bool = True


DEFAULT = NormOptions()
DISPLAY_SAFE = NormOptions(
    diacritics=False,
    tatweel=False,
    alef=False,
    yeh=False,
    teh_marbuta=False,
    hamza_carriers=False,
    persian=False,
    digits=False,
    punctuation=False,
    lowercase=False,
)
"""Only controls and presentation forms: what a cleaner may apply without changing spelling."""


@dataclass(frozen=True, slots=True)
class Normalized:
    """A matching key and its offset map back to the original text.

    ``offsets[i]`` is the index in ``original`` of the character that produced ``text[i]``;
    ``offsets[len(text)] == len(original)``. ``offsets`` is ``None`` when the map is the identity.
    """

    text: str
    original: str
    offsets: tuple[int, ...] | None

    def orig_index(self, i: int) -> int:
        if self.offsets is None:
            return i
        return self.offsets[i]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the key span ``[start, end)`` to the smallest original span covering it."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span {start}:{end} outside key of length {len(self.text)}")
        if self.offsets is None:
            return start, end
        if start == end:
            o = self.offsets[start]
            return o, o
        return self.offsets[start], self.offsets[end - 1] + 1


def _build_table(opts: NormOptions) -> dict[int, str]:
    table: dict[str, str] = {}
    if opts.diacritics:
        table.update(dict.fromkeys(DIACRITICS, ""))
    if opts.tatweel:
        table[TATWEEL] = ""
    if opts.controls:
        table.update(dict.fromkeys(BIDI_CONTROLS + ZERO_WIDTH, ""))
        table.update(dict.fromkeys(SPACES, " "))
    for flag, mapping in (
        (opts.alef, ALEF_MAP),
        (opts.yeh, YEH_MAP),
        (opts.teh_marbuta, TEH_MARBUTA_MAP),
        (opts.hamza_carriers, HAMZA_CARRIER_MAP),
        (opts.persian, PERSIAN_MAP),
        (opts.digits, DIGIT_MAP | NUMBER_SEP_MAP),
        (opts.punctuation, PUNCT_MAP),
    ):
        if flag:
            table.update(mapping)
    if opts.lowercase:
        for c in range(ord("A"), ord("Z") + 1):
            table[chr(c)] = chr(c + 32)
    if opts.presentation_forms:
        for cp in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFEFF)):
            ch = chr(cp)
            decomposed = unicodedata.normalize("NFKC", ch)
            if decomposed != ch:
                table[ch] = decomposed.strip() or " "
    # Close the table under itself so that every output character is a fixed point (idempotence).
    closed: dict[int, str] = {}
    for src, dst in table.items():
        for _ in range(4):
            nxt = "".join(table.get(c, c) for c in dst)
            if nxt == dst:
                break
            dst = nxt
        if dst != src:
            closed[ord(src)] = dst
    return closed


@lru_cache(maxsize=1)
def _identity() -> list[int]:
    return list(range(0x10000))


def _dense(table: dict[int, str]) -> list[str | int]:
    """``table`` as a list indexed by code point, for ``str.translate``, which looks a list up about
    twice as fast as a dict. A code point past the list's end raises ``IndexError``, which translate
    reads as "unchanged", as it reads a key missing from the dict; the identity entries share one set
    of int objects across tables."""
    size = max(table, default=-1) + 1
    dense: list[str | int] = list(_identity()[:size]) if size <= 0x10000 else list(range(size))
    for code, value in table.items():
        dense[code] = value
    return dense


@lru_cache(maxsize=16)
def _compiled(opts: NormOptions) -> tuple[list[str | int], re.Pattern[str] | None]:
    table = _build_table(opts)
    irregular = sorted(chr(k) for k, v in table.items() if len(v) != 1)
    pattern = re.compile("[" + re.escape("".join(irregular)) + "]") if irregular else None
    return _dense(table), pattern


def normalize(text: str, opts: NormOptions = DEFAULT) -> Normalized:
    """Return the matching key of ``text`` with its offset map (see module doc)."""
    table, irregular = _compiled(opts)
    key = text.translate(table)
    if irregular is None or irregular.search(text) is None:
        return Normalized(key, text, None)
    offsets: list[int] = []
    pos = 0
    for m in irregular.finditer(text):
        i = m.start()
        offsets.extend(range(pos, i))
        entry = table[ord(text[i])]  # an irregular character's entry is its replacement string
        offsets.extend([i] * (len(entry) if isinstance(entry, str) else 1))
        pos = i + 1
    offsets.extend(range(pos, len(text)))
    offsets.append(len(text))
    return Normalized(key, text, tuple(offsets))


def norm_key(text: str, opts: NormOptions = DEFAULT) -> str:
    """The matching key alone (no offset map): for dictionary look-ups and hashing."""
    return text.translate(_compiled(opts)[0])


_SPACE_RUN = re.compile(r"\s+")


def collapse_spaces(norm: Normalized) -> Normalized:
    """Collapse whitespace runs to one space in a key, composing the offset map."""
    key = norm.text
    if not _SPACE_RUN.search(key):
        return norm
    out: list[str] = []
    offsets: list[int] = []
    pos = 0
    for m in _SPACE_RUN.finditer(key):
        out.append(key[pos : m.start()])
        offsets.extend(norm.orig_index(i) for i in range(pos, m.start()))
        out.append(" ")
        offsets.append(norm.orig_index(m.start()))
        pos = m.end()
    out.append(key[pos:])
    offsets.extend(norm.orig_index(i) for i in range(pos, len(key)))
    offsets.append(len(norm.original))
    return Normalized("".join(out), norm.original, tuple(offsets))


def strip_diacritics(text: str) -> str:
    """Remove diacritics and tatweel only (a light display-preserving key)."""
    return norm_key(text, _LIGHT)


_NOTHING = NormOptions(**dict.fromkeys(NormOptions.__dataclass_fields__, False))
_LIGHT = replace(_NOTHING, diacritics=True, tatweel=True, controls=True)


def remove_controls(text: str) -> str:
    """Drop bidi and zero-width controls (used when decoding input)."""
    return text.translate(_compiled(_CONTROLS_ONLY)[0])


_CONTROLS_ONLY = replace(_NOTHING, controls=True)
