"""Language identification: script counts, then stopwords and marker letters within a script.

``detect_language(text)`` returns an ISO 639-1 code: ``ar`` when Arabic script dominates and the
text reads as Arabic; ``fa``/``ur`` for Persian/Urdu (Arabic script, told apart by their letters
and function words); ``en fr es de it pt nl tr`` for Latin script by function words; a code per
script for other scripts (``ru``, ``he``, ``zh``...); ``und`` when there is too little text.
Stopword lists are ``data/lang/<code>.txt``; marker letters ``data/lang/letters.yaml``; scripts
``data/lang/scripts.yaml``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache

from rasd.data import read_lines, read_yaml
from rasd.models import Document

ARABIC_SCRIPT_LANGS = ("ar", "fa", "ur")
LATIN_LANGS = ("en", "fr", "es", "de", "it", "pt", "nl", "tr")
MIN_LETTERS = 12
MIN_WORDS = 3
SAMPLE_CHARS = 4000
_WORD = re.compile(r"[^\W\d_]+(?:[\u200c'’][^\W\d_]+)*")


def _is_arabic(cp: int) -> bool:
    return (
        0x0600 <= cp <= 0x06FF or 0x0750 <= cp <= 0x077F or 0x08A0 <= cp <= 0x08FF or 0xFB50 <= cp <= 0xFEFF
    )


def _is_latin(cp: int) -> bool:
    return cp < 0x0250


@lru_cache(maxsize=1)
def _scripts() -> tuple[tuple[str, str, tuple[tuple[int, int], ...]], ...]:
    data = read_yaml("lang/scripts.yaml")
    out = []
    for name, (code, ranges) in data.items():
        out.append((str(name), str(code), tuple((int(a), int(b)) for a, b in ranges)))
    return tuple(out)


@cache
def _stopwords(code: str) -> frozenset[str]:
    return frozenset(w.lower() for line in read_lines(f"lang/{code}.txt") for w in line.split())


@lru_cache(maxsize=1)
def _markers() -> dict[str, frozenset[str]]:
    return {code: frozenset(str(chars)) for code, chars in read_yaml("lang/letters.yaml").items()}


def _script_of(ch: str) -> str:
    cp = ord(ch)
    if _is_arabic(cp):
        return "arabic"
    if _is_latin(cp):
        return "latin"
    for name, _code, ranges in _scripts():
        if any(a <= cp <= b for a, b in ranges):
            return name
    return "other"


@dataclass(frozen=True, slots=True)
class _Sample:
    words: list[str]
    letters: Counter[str]
    scripts: Counter[str]


def _sample(text: str) -> _Sample:
    text = text[:SAMPLE_CHARS]
    letters = Counter({c: n for c, n in Counter(text).items() if c.isalpha()})
    scripts: Counter[str] = Counter()
    for ch, n in letters.items():
        scripts[_script_of(ch)] += n
    words = [w.lower() for w in _WORD.findall(text)]
    return _Sample(words, letters, scripts)


def _score(sample: _Sample, codes: tuple[str, ...], letter_weight: float) -> dict[str, float]:
    n_words = max(len(sample.words), 1)
    n_letters = max(sum(sample.letters.values()), 1)
    markers = _markers()
    scores: dict[str, float] = {}
    for code in codes:
        stops = _stopwords(code)
        hits = sum(1 for w in sample.words if w in stops)
        marks = sum(sample.letters[c] for c in markers.get(code, ()))
        scores[code] = hits / n_words + letter_weight * marks / n_letters
    return scores


def _hits(sample: _Sample, codes: tuple[str, ...]) -> int:
    return max(sum(1 for w in sample.words if w in _stopwords(code)) for code in codes)


def _dominant_script(sample: _Sample) -> str:
    """The script with most letters; Arabic also wins a mixed Arabic/Latin text (a fifth or more
    Arabic letters) whose Arabic part has at least as many function words as its Latin part, so
    that stray code or English UI leftovers do not relabel an Arabic article."""
    script, _ = max(sorted(sample.scripts.items()), key=lambda kv: kv[1])
    total = sum(sample.scripts.values())
    mixed = script == "latin" and sample.scripts["arabic"] >= 0.2 * total
    if mixed and _hits(sample, ARABIC_SCRIPT_LANGS) >= _hits(sample, LATIN_LANGS):
        return "arabic"
    return script


_ARABIC_ONLY = "".join(chr(c) for c in range(0x0621, 0x064B))
FAST_CHARS = 1500
FAST_MIN_ARABIC = 200


@lru_cache(maxsize=1)
def _fast_tables() -> tuple[dict[int, None], re.Pattern[str]]:
    markers = "".join(sorted(set(_markers().get("fa", "")) | set(_markers().get("ur", ""))))
    return dict.fromkeys(map(ord, _ARABIC_ONLY)), re.compile(f"[{re.escape(markers)}A-Za-z]")


def _clearly_arabic(text: str) -> bool:
    """Fast path: a head of plain Arabic letters with no Persian/Urdu letter and no Latin at all."""
    head = text[:FAST_CHARS]
    drop_arabic, other = _fast_tables()
    n_arabic = len(head) - len(head.translate(drop_arabic))
    return n_arabic >= FAST_MIN_ARABIC and other.search(head) is None


def detect_language(text: str) -> str:
    """ISO 639-1 code of ``text`` (``und`` when there is too little text to tell)."""
    if _clearly_arabic(text):
        return "ar"
    sample = _sample(text)
    total = sum(sample.scripts.values())
    if total < MIN_LETTERS or len(sample.words) < MIN_WORDS:
        return "und"
    script = _dominant_script(sample)
    if script == "arabic":
        scores = _score(sample, ARABIC_SCRIPT_LANGS, letter_weight=1.0)
        return max(ARABIC_SCRIPT_LANGS, key=lambda c: scores[c])
    if script == "latin":
        scores = _score(sample, LATIN_LANGS, letter_weight=0.5)
        best = max(LATIN_LANGS, key=lambda c: scores[c])
        if scores[best] > 0.02:
            return best
        if sample.scripts["arabic"] >= 0.2 * total:  # names and titles in Latin, prose in Arabic
            arabic = _score(sample, ARABIC_SCRIPT_LANGS, letter_weight=1.0)
            return max(ARABIC_SCRIPT_LANGS, key=lambda c: arabic[c])
        return "und"
    if script == "han" and sample.scripts.get("kana"):
        return "ja"
    for name, code, _ranges in _scripts():
        if name == script:
            return code
    return "und"


class LanguageStage:
    """Sets ``doc.language`` from the input text (non-Arabic documents are labelled, then skipped)."""

    name = "language"
    version = "1"
    requires = frozenset({"raw"})
    provides = frozenset({"language"})
    arabic_only = False

    def __call__(self, doc: Document) -> Document:
        doc.language = detect_language(doc.text or doc.raw_text)
        return doc
