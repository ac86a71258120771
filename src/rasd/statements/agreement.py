"""Number agreement between a masculine plural reporting verb and its speaker (round 17).

``وقالوا``، ``مؤكدين``، ``ويرون``: a plural verb or participle needs a plural speaker. When the
resolved speaker is a singular noun phrase (a name, ``الأمر``، ``أحدهم``) the newest plural speaker
of the last sentences is taken instead, and when there is none the statement has no speaker (it is
dropped: a wrong speaker is worse than a missed statement); a definite sound plural just before
the cue in its own sentence comes first (``أثارت دعوته حفيظة السياسيين، قائلين``). A phrase counts
as plural when its head has a plural ending (ون، ين، ات، اء، ان), is a listed broken plural or
collective (``np.yaml`` ``plural_heads``), or when it joins two phrases with و.
"""

from __future__ import annotations

import bisect

from rasd.statements.chunk import Tok, np_end, words
from rasd.statements.records import Draft, SentenceView

_PLURAL_ENDINGS = ("ون", "ين", "ات", "اء", "ان", "وا", "هم")
_SUFFIXED_PLURALS = ("يه", "وه", "يها", "وها")  # محاميه: his lawyers (not دعوه)


def _broken_plural(bare: str) -> bool:
    """أفعال، فعول، فعال (اطفال، شيوخ، رجال): templates of common broken plurals. A singular noun
    read as plural only keeps the old speaker, so the test may be generous."""
    if len(bare) == 5:
        return bare[0] == "ا" and bare[3] == "ا"
    return len(bare) == 4 and bare[2] in "وا" and bare[3] != "ه"  # not دعوة


def plural_like(toks: list[Tok], span: tuple[int, int]) -> bool:
    """The noun phrase at ``span`` may be plural (or dual)."""
    k = bisect.bisect_left(toks, span[0], key=lambda t: t.start)
    inside = [t for t in toks[k:] if t.end <= span[1]]
    names = [t for t in inside if t.is_word]
    if not names:
        return True
    head = names[0].key
    bare = head.removeprefix("ال") if len(head) > 4 else head
    if len(bare) >= 6 and bare.endswith(_SUFFIXED_PLURALS):
        return True
    if bare.endswith(_PLURAL_ENDINGS) or head in words("plural_heads") or bare in words("plural_heads"):
        return True
    if _broken_plural(bare):
        return True
    if head in words("honorific_heads") or (not head.startswith("ال") and len(head) > 4 and head[-1] in "وي"):
        return len(names) > 1  # خادم الحرمين … مؤكدين (the plural of majesty); مثقفو جدة، محللي الإعلام
    joined = (t.key[1:] for t in names[1:] if t.key.startswith("و"))
    return any(k == "" or k.startswith("ال") or k in words("plural_heads") for k in joined)  # X وبعض Y


def plural_clash(toks: list[Tok], d: Draft) -> bool:
    """``d`` is a masculine plural cue whose resolved speaker is a singular noun phrase."""
    if d.gender != "m" or d.number != "p" or d.speaker is None or d.speaker_from == "marker":
        return False
    j = d.cue_index - 1
    j -= toks[j].key in words("lead_pronouns")  # الذين بدورهم عبروا
    if toks[j].key in ("الذين", "والذين"):
        return False  # الاطفال الذين أبدوا: the relative agrees whatever span was taken
    return not plural_like(toks, d.speaker)


def _sound_plural(key: str) -> bool:
    return (
        key.startswith("ال")
        and len(key) >= 7
        and key.endswith(("ون", "ين"))
        and key not in words("plural_lookalikes")
    )


def _nearest_plural(view: SentenceView, i: int) -> tuple[int, int] | None:
    """``وأثارت دعوته حفيظة السياسيين المحليين، قائلين``: the nearest definite sound plural before the
    cue (with the adjectives after it)."""
    toks, lo = view.toks, max(view.lo, i - 12)
    k = next((k for k in range(i - 1, lo - 1, -1) if _sound_plural(toks[k].key)), None)
    if k is None:
        return None
    while k > lo and _sound_plural(toks[k - 1].key):
        k -= 1  # السياسيين المحليين: the noun, not its adjective
    end = max(np_end(toks, k, i, set(), frozenset()), k + 1)
    return toks[k].start, toks[end - 1].end


def plural_speaker(view: SentenceView, i: int, recent: list[tuple[int, int]]) -> tuple[int, int] | None:
    """A plural speaker for the cue at ``i``: the nearest one before it in its sentence, else the
    newest among ``recent`` (oldest first), else none."""
    own = _nearest_plural(view, i)
    return own or next((s for s in reversed(recent) if plural_like(view.toks, s)), None)
