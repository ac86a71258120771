"""Sentence and token segmentation for news Arabic.

Sentences end at ``. ! ? ؟ ۔`` (and runs of them) followed by a space, a closing quote or the
end of a line, and always at a line break. They do not end inside numbers (``3.5``, ``1,500``,
``١٥٠٠``), after known abbreviations (data file ``abbreviations.txt``), nor at a colon that
introduces a quotation. ``،`` and ``؛`` separate clauses, not sentences. Spans are character
offsets into the given text; leading/trailing spaces are trimmed from every span.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rasd.data import read_lines
from rasd.models import Sentence, Token

ARABIC_LETTERS = (
    "\u0621-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc"
)
ARABIC_MARKS = "\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"
WORD_CHARS = f"{ARABIC_LETTERS}{ARABIC_MARKS}A-Za-z\u00c0-\u024f"

_TOKEN_RE = re.compile(
    rf"[{WORD_CHARS}]+(?:['’][{WORD_CHARS}]+)*"  # words (letters and marks), the common case first
    rf"|[{DIGITS}]+(?:[.,\u066b\u066c][{DIGITS}]+)*"  # numbers with decimal/thousands separators
    r"|\S"  # any other visible character is a token of its own
)
_INITIALISM_RE = re.compile(r"(?:[A-Za-z]\.){2,}")

_CLOSERS = "\"'”’»)]}"
_END_RE = re.compile(rf"[.!?؟۔]+[{re.escape(_CLOSERS)}]*(?=\s|$)|[!?؟]+[{re.escape(_CLOSERS)}]*")
_LINE_RE = re.compile(r"[^\n]+")


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(line.rstrip(".") for line in read_lines("abbreviations.txt"))


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    end = len(text) if end is None else end
    spans = [m.span() for m in _TOKEN_RE.finditer(text, start, end)]
    tokens = [Token(s, e, text[s:e]) for s, e in spans]
    if "." in text and _INITIALISM_RE.search(text, start, end):
        tokens = _join_initialisms(text, tokens, start, end)
    return tokens


def _join_initialisms(text: str, tokens: list[Token], start: int, end: int) -> list[Token]:
    """Merge ``U . S .`` back into one ``U.S.`` token."""
    spans = [(m.start(), m.end()) for m in _INITIALISM_RE.finditer(text, start, end)]
    out: list[Token] = []
    i = 0
    for s, e in spans:
        while i < len(tokens) and tokens[i].end <= s:
            out.append(tokens[i])
            i += 1
        while i < len(tokens) and tokens[i].start < e:
            i += 1
        out.append(Token(s, e, text[s:e]))
    out.extend(tokens[i:])
    return out


def _is_abbreviation(text: str, dot: int) -> bool:
    """True if the '.' at ``dot`` closes an abbreviation such as ``د.`` or ``U.S.``."""
    j = dot
    while j > 0 and not text[j - 1].isspace() and text[j - 1] not in '("«“':
        j -= 1
    word = text[j:dot]
    if not word:
        return False
    return word in _abbreviations() or (len(word) == 1 and word.isalpha())


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` (see module doc); ``paragraph`` counts non-empty lines."""
    out: list[Sentence] = []
    for para, line in enumerate(_LINE_RE.finditer(text)):
        pos = line.start()
        for m in _END_RE.finditer(text, line.start(), line.end()):
            single_dot = m.group()[0] == "." and len(m.group().rstrip(_CLOSERS)) == 1
            if single_dot and _is_abbreviation(text, m.start()):
                continue
            s, e = _trim(text, pos, m.end())
            if e > s:
                out.append(Sentence(s, e, para))
            pos = m.end()
        s, e = _trim(text, pos, line.end())
        if e > s:
            out.append(Sentence(s, e, para))
    return _renumber(out)


def _renumber(sentences: list[Sentence]) -> list[Sentence]:
    para_ids: dict[int, int] = {}
    for s in sentences:
        s.paragraph = para_ids.setdefault(s.paragraph, len(para_ids))
    return sentences


def sentence_index(sentences: list[Sentence], offset: int) -> int:
    """Index of the sentence containing ``offset`` (or the last one starting before it)."""
    lo, hi = 0, len(sentences)
    while lo < hi:
        mid = (lo + hi) // 2
        if sentences[mid].start <= offset:
            lo = mid + 1
        else:
            hi = mid
    return max(lo - 1, 0)
