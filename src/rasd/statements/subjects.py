"""Subjects of elided-subject verbs found inside their own sentence (round 10).

* a verb joined by و/ف without a comma continues the subject of the nearest earlier verb of the
  sentence that agrees with it (``واستمع المجلس الى … ووعد بدراستها``, ``ويبين المزارع X تفاصيل … فقال:``),
  also of a ``وكان/وكانت`` (``وكانت جماعة X قد أثارت … وطالبت``, round 14);
* ``وبالعودة إلى X، قال``: the fronted phrase returns to a speaker named before;
* a demonstrative subject right before the complement (``في البداية ادعت تلك بأنها``);
* the other party of an exchange before a resumptive verb (round 12): ``تلقى X اتصالا هاتفيا من Y أعرب
  فيه`` and ``أجرت صحيفة مع Y حوارا أشار خلاله``: Y speaks, not the clause's subject.
"""

from __future__ import annotations

from rasd.statements.chunk import Tok, np_end, np_rules, words
from rasd.statements.records import Draft, SentenceView

_NOUN_ENDINGS = ("ه", "ات", "يين", "ون", "اء", "يه")
_LOOKBACK = 40


def _verb_gender(key: str) -> str | None:
    """Gender of a 3rd-person singular verb spelled ``key`` without its و/ف (None: not verb-like)."""
    stem = key[1:]
    if len(stem) < 3 or len(stem) > 7 or stem.startswith("ال") or stem.endswith(_NOUN_ENDINGS):
        return None
    if stem.endswith(("وا", "تم", "نا")):
        return None  # plural, first or second person
    if stem.endswith("ت"):
        return "f"
    return None if stem.startswith("ت") else "m"  # تقول (she) or تحدث (he): unknown


def _candidate(toks: list[Tok], m: int, hi: int) -> bool:
    t, rules = toks[m], np_rules()
    if not t.is_word or t.key[:1] not in "وف" or m + 1 >= hi or not toks[m + 1].is_word:
        return False
    if t.key in words("kana"):  # وكانت جماعة X قد أثارت … وطالبت: the kana subject carries (round 14)
        return not rules.is_stop(toks[m + 1].key) and rules.non_agents.fullmatch(toks[m + 1].key) is None
    stem, nxt = t.key[1:], toks[m + 1].key
    if rules.is_stop(stem) or rules.is_stop(t.key) or rules.titles.fullmatch(stem):
        return False
    if t.key in words("waw_nouns") or rules.titles.fullmatch(t.key):
        return False
    return nxt.startswith("ال") and not rules.is_stop(nxt) and rules.non_agents.fullmatch(nxt) is None


def _bare_opening(view: SentenceView, m: int, i: int) -> bool:
    """A past verb without و/ف opening its sentence or a clause after a comma, a definite subject
    next (``قبل الافتتاح، تحدث المطرب X للصحيفة … فقال``)."""
    toks, rules = view.toks, np_rules()
    if (m > view.lo and toks[m - 1].text not in "،,") or m + 1 >= i or not toks[m + 1].is_word:
        return False
    key, nxt = toks[m].key, toks[m + 1].key
    if rules.is_stop(key) or rules.titles.fullmatch(key) or key in words("waw_nouns"):
        return False
    return nxt.startswith("ال") and not rules.is_stop(nxt) and rules.non_agents.fullmatch(nxt) is None


def chained_subject(view: SentenceView, d: Draft) -> tuple[int, int] | None:
    """``واستمع المجلس الى … ووعد بدراستها``: the subject of the nearest agreeing و/ف + verb before
    the cue in its sentence (no comma before the cue: ``، وقال`` is handled as a conjoined clause),
    or of a bare past verb opening the sentence or a comma clause before a past cue (round 17)."""
    toks, i = view.toks, d.cue_index
    if d.kind != "verb" or d.number != "s" or toks[i].key[:1] not in "وف" or i - 1 <= view.lo:
        return None
    if toks[i - 1].text in "،,:":
        return None
    past = toks[i].key[1:2] not in "يت"  # فقال, not وتؤكد
    for m in range(i - 2, max(view.lo, i - _LOOKBACK) - 1, -1):
        if not toks[m].is_word and toks[m].text not in "،,":
            return None  # a quotation or bracket in between: another clause shape
        bare = past and _bare_opening(view, m, i)  # قبل الافتتاح، تحدث X للصحيفة … فقال (round 17)
        if bare and _verb_gender("و" + toks[m].key) not in (d.gender, None):
            continue
        if not bare and (not _candidate(toks, m, i) or _verb_gender(toks[m].key) != d.gender):
            continue
        end = np_end(toks, m + 1, i, set(), frozenset())
        if end > m + 1:
            return toks[m + 1].start, toks[end - 1].end
        return None
    return None


def returned_subject(view: SentenceView, d: Draft) -> tuple[int, int] | None:
    """``وبالعودة إلى السنيدي، قال``: the speaker named in the fronted phrase."""
    toks, lo, i = view.toks, view.lo, d.cue_index
    if toks[lo].key not in words("return_leads") or lo + 2 >= i or toks[lo + 1].key not in ("الى", "الي"):
        return None
    if toks[i - 1].text not in "،,":
        return None
    span = toks[lo + 2 : i - 1]
    if 0 < len(span) <= 6 and all(t.is_word and not np_rules().is_stop(t.key) for t in span):
        return span[0].start, span[-1].end
    return None


_DEMONSTRATIVE_GENDER = {"تلك": "f", "هذه": "f", "ذلك": "m", "هذا": "m"}


def demonstrative_subject(view: SentenceView, j: int, d: Draft, object_first: bool) -> int | None:
    """``ادعت تلك بأنها`` / ``قالت تلك الأخرى:``: a demonstrative (with its noun) right before the
    complement is the subject; returns the index after it."""
    toks, rules = view.toks, np_rules()
    if j >= view.hi or toks[j].key not in words("demonstratives") or object_first or d.number != "s":
        return None  # ووصفا ذلك بأنه: the object
    if _DEMONSTRATIVE_GENDER.get(toks[j].key, d.gender) != d.gender:
        return None  # ووصف تلك الاتهامات بأنها: a feminine demonstrative after a masculine verb
    e = j + 1
    if e < view.hi and toks[e].key.startswith("ال") and not rules.is_stop(toks[e].key):
        e += 1
    if e < view.hi and (rules.is_that(toks[e].key) or toks[e].text == ":"):
        return e
    return None


def exchange_subject(view: SentenceView, i: int) -> tuple[int, int] | None:
    """``اتصالا هاتفيا من Y أعرب فيه`` / ``مع Y حوارا مطولا أشار خلاله``: the party named after من/مع
    next to an exchange noun (a call, a cable, an interview) in the clause before the resumptive verb."""
    toks, rules = view.toks, np_rules()
    exchange = words("exchange_nouns")
    lo = i - 1
    while lo > view.lo and i - lo < 24 and toks[lo - 1].text not in "،,.:":
        lo -= 1
    for m in range(i - 1, lo - 1, -1):
        if toks[m].key not in ("من", "مع"):
            continue
        before = [t.key for t in toks[max(lo, m - 2) : m]]
        if toks[m].key == "من" and any(k in exchange for k in before):
            end = np_end(toks, m + 1, i, set(), frozenset())
        elif toks[m].key == "مع" and any(k in exchange for k in [t.key for t in toks[max(lo, m - 3) : m]]):
            end = np_end(toks, m + 1, i, set(), frozenset())  # لقاء أجريته مع X … أكد خلاله (round 15)
        elif toks[m].key == "مع":
            stop = next((n for n in range(m + 1, i) if toks[n].key in exchange), None)
            end = np_end(toks, m + 1, stop, set(), frozenset()) if stop is not None else m + 1
        else:
            continue
        if end > m + 1 and not rules.pronouns.fullmatch(toks[m + 1].key):
            return toks[m + 1].start, toks[end - 1].end
        return None
    return None


def resumptive_clause(view: SentenceView, d: Draft) -> bool:
    """``… كلمة بمقطع فيديو قال خلالها إنه``: a verb inside a clause (a preposition with a pronoun
    referring back follows it) has an elided subject; the words before it are no subject."""
    i = d.cue_index
    if d.kind != "verb" or i == view.lo or i + 1 >= view.hi or view.toks[i].key[:1] in "وف":
        return False
    if view.toks[i - 1].key in words("relatives"):
        return False  # الفيلم الذي قالت فيه / والتي ادعى فيها: the relative rules decide
    return view.toks[i + 1].key in words("resumptive") and view.toks[i - 1].is_word
