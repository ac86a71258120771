"""The claimant of a quantity: the enclosing statement's speaker, else the source the sentence names
(``بحسب X``, ``وفقا لـ X``, ``according to X``); see ``docs/quantities.md``."""

from __future__ import annotations

from collections.abc import Sequence

from rasd.models import Quantity, Statement
from rasd.quantities.lexicon import QuantityLexicon
from rasd.quantities.units import PUNCT_STOP, Word, lookup, words
from rasd.text.normalize import normalize

_OPEN_QUOTES = frozenset('«“"')
_CLOSE_QUOTES = frozenset("»”")
_QUOTES = frozenset('«»“”"')


def _skippable(lx: QuantityLexicon, word: str) -> bool:
    """A verb or filler after a source cue, also with an object pronoun (نقلته, ذكرها)."""
    return any(len(w) > 1 and lookup(lx.source_skip, w) for w in (word, word[:-1], word[:-2]))


def sentence_source(lx: QuantityLexicon, text: str, s: int, e: int) -> str | None:
    """The claimant named by ``بحسب X`` / ``وفقا لـ X`` / ``according to X`` in the sentence."""
    norm = normalize(text[s:e])
    m = lx.source_re.search(norm.text)
    if m is None:
        return None
    pos = s + norm.to_original(m.end(), m.end())[0] if m.end() < len(norm.text) else e
    ws = words(text, pos, e)
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
    if not phrase or phrase[0].text in _CLOSE_QUOTES or phrase[0].text == '"':
        return None
    found = text[phrase[0].start : phrase[-1].end]
    return " ".join("".join(c for c in found if c not in _QUOTES).split())  # صحيفة "بريميوم تايمز"


def claimant(
    q: Quantity, statements: Sequence[Statement], source: str | None
) -> tuple[str | None, str | None]:
    # The innermost enclosing statement is the claimant: in "X did not mention Y's statement that 10,000
    # ...", the figure is Y's claim, not X's.
    enclosing = [st for st in statements if st.content_start <= q.start and q.end <= st.content_end]
    if enclosing:
        st = min(enclosing, key=lambda s: (s.content_end - s.content_start, s.content_start))
        return st.speaker, st.id
    return source, None
