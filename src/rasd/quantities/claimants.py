"""The claimant of a quantity: the source its sentence names (``بحسب X``, ``وفقا لـ X``, ``according to
X``; the cue nearest to the quantity when there are several), else the enclosing statement's speaker;
see ``docs/quantities.md``."""

from __future__ import annotations

from collections.abc import Sequence

from rasd.models import Quantity, Statement
from rasd.quantities.lexicon import QuantityLexicon
from rasd.quantities.units import ARTICLES, PUNCT_STOP, Word, lookup, words
from rasd.text.normalize import normalize, strip_diacritics

_OPEN_QUOTES = frozenset('«“"')
_CLOSE_QUOTES = frozenset("»”")
_QUOTES = frozenset('«»“”"')
Source = tuple[int, str]
"""Where the cue starts and the source it names."""


def _skippable(lx: QuantityLexicon, word: str) -> bool:
    """A verb or filler after a source cue, also with an object pronoun (نقلته, ذكرها)."""
    return any(len(w) > 1 and lookup(lx.source_skip, w) for w in (word, word[:-1], word[:-2]))


def _phrase(lx: QuantityLexicon, ws: list[Word]) -> list[Word]:
    """The source phrase at the start of ``ws``: verbs and fillers skipped, a quoted name kept, stopped by
    punctuation, a stop word, a number or five words. When only skipped words come before the stop, the
    last of them is the source if it is a definite noun (``وبحسب البيانات، يحمل``)."""
    i = 0
    while i < len(ws) and (_skippable(lx, ws[i].key) or ws[i].text in "ـ"):
        i += 1
    phrase: list[Word] = []
    opened = False
    for w in ws[i:]:
        if w.text in _OPEN_QUOTES and not opened:
            opened = True
            continue  # "وفقا لوكالة «بلومبرج»": a quoted name goes on the phrase
        if (w.text in _CLOSE_QUOTES or (w.text == '"' and opened)) and phrase:
            phrase.append(w)
            break
        if w.text in PUNCT_STOP or w.key in lx.source_stop or len(phrase) >= 5 or w.key[0].isdigit():
            break
        phrase.append(w)
    if not phrase and i > 0 and strip_diacritics(ws[i - 1].text).startswith(ARTICLES):
        return [ws[i - 1]]
    return phrase


def sentence_sources(lx: QuantityLexicon, text: str, s: int, e: int) -> list[Source]:
    """Every claimant named by ``بحسب X`` / ``وفقا لـ X`` / ``according to X`` in the sentence."""
    norm = normalize(text[s:e])
    out: list[Source] = []
    for m in lx.source_re.finditer(norm.text):
        cue = s + norm.to_original(m.start(), m.start() + 1)[0]
        pos = s + norm.to_original(m.end(), m.end())[0] if m.end() < len(norm.text) else e
        phrase = _phrase(lx, words(text, pos, e))
        if not phrase or phrase[0].text in _CLOSE_QUOTES or phrase[0].text == '"':
            continue
        if phrase[0].key in lx.not_sources:
            continue  # "حسب الجنس والجنسية": a classification, not a source
        name = _unquoted(text[phrase[0].start : phrase[-1].end])
        if text[phrase[0].start - 1 : phrase[0].start] == "ل" and name.startswith("ل"):
            l_noun = phrase[0].key in lx.source_l_nouns  # "للجنة": ل + (ال)لجنة; "للاتفاق": ل + الاتفاق
            name = name if l_noun else "ا" + name
        out.append((cue, name))
    return out


def _unquoted(name: str) -> str:
    return " ".join("".join(c for c in name if c not in _QUOTES).split())  # صحيفة "بريميوم تايمز"


def claimant(
    q: Quantity, statements: Sequence[Statement], sources: Sequence[Source]
) -> tuple[str | None, str | None]:
    """``(claimant, statement id)``. A source its sentence names wins (``أوضح أردوغان أن ... 13 ولاية،
    بحسب موقع ترك برس``: the figure is reported by the site); else the speaker of the innermost
    enclosing statement (in "X did not mention Y's statement that 10,000 ...", the figure is Y's)."""
    enclosing = [st for st in statements if st.content_start <= q.start and q.end <= st.content_end]
    st = min(enclosing, key=lambda s: (s.content_end - s.content_start, s.content_start), default=None)
    sid = st.id if st else None
    if sources:
        near = min(sources, key=lambda c: min(abs(c[0] - q.start), abs(c[0] - q.end)))
        return near[1], sid
    if st is not None and st.speaker:
        return _unquoted(st.speaker), sid
    return None, sid
