"""Matching terms for story clustering: normalised, clitic-stripped, lightly stemmed words.

Small pure functions. Matching uses :func:`rasd.text.normalize.norm_key` (the display text is
never changed). Stemming strips the definite article and attached prepositions/conjunctions
and a few frequent suffixes (Light10-style, lists in ``data/stories/clitics.yaml``), so that
``والحكومة`` and ``الحكومات`` give the same term.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rasd.data import read_lines, read_yaml
from rasd.errors import ConfigError
from rasd.text.normalize import norm_key

_WORD_RE = re.compile(r"[\u0621-\u064a\u0671-\u06d3a-z]+|[0-9]+")
_ARABIC_RE = re.compile(r"[\u0621-\u064a]")


@dataclass(frozen=True, slots=True)
class Stemmer:
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]
    min_stem: int
    single_prefix_min_len: int


@lru_cache(maxsize=1)
def stemmer() -> Stemmer:
    raw: Any = read_yaml("stories/clitics.yaml")
    try:
        prefixes = sorted((norm_key(p) for p in raw["prefixes"]), key=len, reverse=True)
        suffixes = sorted((norm_key(s) for s in raw["suffixes"]), key=len, reverse=True)
        return Stemmer(
            tuple(prefixes), tuple(suffixes), int(raw["min_stem"]), int(raw["single_prefix_min_len"])
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"stories/clitics.yaml is invalid: {exc}") from exc


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    return frozenset(norm_key(w) for w in read_lines("stories/stopwords.txt"))


_STEMS: dict[str, str] = {}
_STEMS_MAX = 500_000


def stem(word: str) -> str:
    """Light stem of a normalised word (strip one prefix and one suffix, keep >= ``min_stem`` letters)."""
    cached = _STEMS.get(word)
    if cached is not None:
        return cached
    out = _stem(word)
    if len(_STEMS) < _STEMS_MAX:
        _STEMS[word] = out
    return out


def _stem(word: str) -> str:
    if not _ARABIC_RE.match(word):
        return word
    st = stemmer()
    for p in st.prefixes:
        if word.startswith(p) and len(word) - len(p) >= st.min_stem:
            if len(p) == 1 and len(word) <= st.single_prefix_min_len:
                continue
            word = word[len(p) :]
            break
    for s in st.suffixes:
        if word.endswith(s) and len(word) - len(s) >= st.min_stem:
            word = word[: -len(s)]
            break
    return word


def words(text: str) -> list[str]:
    """Normalised word keys of ``text`` (letters and digit runs; punctuation dropped)."""
    return _WORD_RE.findall(norm_key(text))


def terms(text: str, limit: int | None = None) -> list[str]:
    """Stemmed content terms of ``text`` in order (stop words and 1-letter words dropped).

    With a ``limit``, only a prefix of the text long enough for ``limit`` terms is normalised.
    """
    if limit is not None and len(text) > limit * _CHARS_PER_TERM:
        text = text[: limit * _CHARS_PER_TERM]
    stop = stopwords()
    cache = _STEMS
    out: list[str] = []
    for w in words(text):
        if len(w) < 2 or w in stop:
            continue
        s = cache.get(w) or stem(w)
        if s in stop:
            continue
        out.append(s)
        if limit is not None and len(out) >= limit:
            break
    return out


_CHARS_PER_TERM = 16
"""Generous: Arabic news averages about 6 characters per word and half the words are stop words."""
