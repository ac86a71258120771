"""Numbers that are identifiers, ranks, dates or scores rather than quantities: ``رقم 5``,
``القرار 2231``, ``النماذج من 101``, codes after ``الرمز``, ``4 - 2``, ``في 26 من الشهر``,
``6 ذوالقعدة``, phone numbers; see ``docs/quantities.md``."""

from __future__ import annotations

import itertools
import re

from rasd.numbers import NumberMatch, parse_number
from rasd.quantities.lexicon import QuantityLexicon, key
from rasd.quantities.units import Word, listed, lookup, prev_words
from rasd.text.normalize import strip_diacritics


def is_phone(m: NumberMatch) -> bool:
    digits = re.sub(r"\D", "", key(m.text))
    raw = key(m.text)
    return (
        m.kind == "digits"
        and ((raw.isdigit() and len(raw) >= 8) or (raw.startswith("0") and len(raw) >= 3 and raw.isdigit()))
        and len(digits) >= 3
    )


def _percent(lx: QuantityLexicon, text: str, m: NumberMatch, after: list[Word]) -> bool:
    two = f"{after[0].key} {after[1].key}" if len(after) > 1 else ""
    one = after[0].key if after else ""
    return one == "%" or one in lx.percent or two in lx.percent or text[max(0, m.start - 1) : m.start] in "%٪"


def _score(lx: QuantityLexicon, text: str, m: NumberMatch, after: list[Word]) -> bool:
    """``4 - 2``: a dash range written high to low (or equal) is a score, not a range; not before a listed
    unit other than goals, with no result word before it and ends of one size (round 29: ``دعوم 9,000-
    8,800 نقطة``; ``بنتيجة 63-35 نقطة`` and ``2002 - 77 قتيلا`` stay out)."""
    parts = re.split(r"\s*[-–]\s*", m.text.strip())
    if m.kind != "range" or len(parts) != 2:
        return False
    a, b = parse_number(parts[0]), parse_number(parts[1])
    if a is None or b is None or a < b:
        return False
    unit = bool(after) and after[0].key not in lx.not_units and listed(lx, after)[0] not in (None, _GOAL)
    return not (unit and a <= 2 * b and not _score_cue(lx, text, m))  # not "6 - 1 أمام": no imam


_GOAL = "هدف"
_SENTENCE_END = re.compile(r"[.!?؟\n]")


def _score_cue(lx: QuantityLexicon, text: str, m: NumberMatch) -> bool:
    """A result word a few words before the number in its sentence (``فاز``, ``بنتيجة``...)."""
    floor = max(0, m.start - 80)
    cut = [x.end() for x in _SENTENCE_END.finditer(text, floor, m.start)]
    ws = prev_words(text, m.start, cut[-1] if cut else floor, lx.score_window)
    return any(w.key in lx.score_cues for w in ws)


def _cued_score(lx: QuantityLexicon, text: str, m: NumberMatch, after: list[Word]) -> bool:
    """``انتهى الشوط الأول بتأخر المنتخب 8-10``, ``فاز 3-1``: a dash pair after a result word a few
    words before it in the sentence, with no listed unit after it, is a score (``10-12 مباراة`` is not)."""
    dashed = m.kind == "range" and re.search(r"\d[ \t]*[-–][ \t]*\d", m.text) is not None
    if not dashed or listed(lx, after)[0] is not None:
        return False
    return _score_cue(lx, text, m)


_OPEN_WORDS = frozenset(("(", "«", '"', "“"))
_DEMONSTRATIVES = frozenset({key(w) for w in ("هذه", "هذا", "تلك", "ذلك")})


_OWNERS = frozenset(key(w) for w in ("أصحاب", "لأصحاب", "وأصحاب", "بأصحاب"))  # "أصحاب المليارات": the rich
# round 31: with a clitic too ("للمركز 8424 زائرا"), and the verbal noun إصدار ("تم إصدار 272 منتجا")
_COUNT_HEADS = frozenset(
    key(w) for w in ("المركز", "للمركز", "بالمركز", "والمركز", "إصدار", "وإصدار", "بإصدار", "لإصدار")
)


def identifier(lx: QuantityLexicon, text: str, m: NumberMatch, before: list[Word], after: list[Word]) -> bool:
    """``رقم 5``, ``القرار 2231`` (not ``قرار 44.9%`` nor ``الـ5 آلاف``), ``النماذج من 101``, codes
    after ``sms``/``الرمز``, after a Latin letter name (``إم 1 إيه 1``), scores ``4 - 2`` and ``بعده``
    (not ``عدة``); an opening parenthesis or quote between the noun and the number is skipped
    (``المادة (21) من الفصل``, round 19)."""
    if len(before) > 1 and before[-1].text in _OPEN_WORDS and not before[-2].key.endswith("ال"):
        before = before[:-1]  # not "الـ( 400 – 1200 ) كيلو"
    prev = before[-1].key.rstrip(".") if before else ""
    head = before[-2].key if len(before) > 1 else ""  # "هذه المرحلة 692 عملية", "بلغ العدد 30 شخصا"
    demonstrative = (head in _DEMONSTRATIVES or head in lx.clause_leads) and listed(lx, after)[0] is not None
    if m.kind == "digits" and prev in lx.letter_names and not text[before[-1].end : m.start].strip():
        return True  # "إف 16", "أبرامز إم 1 إيه 1": a model or code
    scaled = m.kind == "mixed" and listed(lx, after)[0] is not None  # "المركز 100 ألف سلة" (round 18)
    scaled = scaled or (
        prev in _COUNT_HEADS and listed(lx, after)[0] is not None
    )  # "رصد المركز 70 حالة" (round 24)
    if (
        prev
        and m.kind != "vague"  # "قدمت الفرقة عدة عروض" (round 19)
        and lookup(lx.not_after, prev)
        and not _percent(lx, text, m, after)
        and not (demonstrative or scaled)
    ):
        return not (prev == "ال" and (m.kind == "mixed" or _accusative_count(lx, after))) and not _year_count(
            lx, m, prev, after
        )
    if prev == "من" and any(lookup(lx.id_plurals, w.key) for w in before[:-1]):
        return True  # "النماذج من 101 إلى 119": identifiers
    keys = [w.key for w in before]
    pairs = {f"{a} {b}" for a, b in itertools.pairwise(keys)}
    if any(k in lx.code_cues for k in keys) or pairs & lx.code_cues:
        return True
    if _sent_code(lx, text, m, after) or _letter_name(text, m, before) or _glued_code(text, m):
        return True
    if _verse_ref(after):
        return True  # "{...} (5) سورة الملك": a verse number, then the sura's name (round 19)
    if after and after[0].key in _DATED:
        return True  # "في عددها 15601 بتاريخ 29-8-1436هـ": a reference number, then its date
    if _score(lx, text, m, after) or _cued_score(lx, text, m, after) or _issue_number(lx, m, before, after):
        return True
    if _day_of_month(lx, m, after) or _month_day(lx, m, after):
        return True
    if _named(text, m, before, after) or _list_marker(lx, text, m, after):
        return True
    if m.kind == "vague" and prev in _OWNERS and key(m.text).startswith("ال"):
        return True  # "مؤشر أصحاب المليارات": millionaires and billionaires, no amount (round 31)
    return m.kind == "vague" and strip_diacritics(m.text).endswith("عده")


def _sent_code(lx: QuantityLexicon, text: str, m: NumberMatch, after: list[Word]) -> bool:
    """``إرسال الرقم (1) إلى (608182)``: four or more plain digits with no listed unit, a few words after a
    sending verb in the same sentence, are a short code (round 16)."""
    raw = key(m.text).strip("() ")
    if m.kind != "digits" or not raw.isdigit() or len(raw) < 4 or listed(lx, after)[0] is not None:
        return False
    floor = max(0, m.start - 60)
    cut = [x.end() for x in _SENTENCE_END.finditer(text, floor, m.start)]
    return any(w.key in lx.send_cues for w in prev_words(text, m.start, cut[-1] if cut else floor, 8))


def _letter_name(text: str, m: NumberMatch, before: list[Word]) -> bool:
    """``حي العزيزية ت 5 وت 6``: digits right after a lone Arabic letter (not a clitic) name a block or a
    plan, not a count (round 16)."""
    if m.kind != "digits" or not before or text[before[-1].end : m.start].strip():
        return False
    w, at = before[-1].key, before[-1].start
    if at > 0 and not text[at - 1].isspace():
        return False  # "2013م 1321", "1436هـ 5430": a year suffix
    letter = w[1:] if len(w) == 2 and w[0] == "و" else w
    return len(letter) == 1 and "\u0621" <= letter <= "\u064a" and letter not in "وبلفكاىمه"


_TOKEN = re.compile(r"\S*$")
_TOKEN_END = re.compile(r"\S*")


def _glued_code(text: str, m: NumberMatch) -> bool:
    """``اتش7إن7``: digits glued to an Arabic letter in a token that holds another group of digits name a
    strain or a code (round 17; ``و32`` and ``بـ7`` hold one group)."""
    if m.kind != "digits" or m.start == 0 or not "\u0621" <= text[m.start - 1] <= "\u064a":
        return False
    head = _TOKEN.search(text, max(0, m.start - 20), m.start)
    tail = _TOKEN_END.match(text, m.end)
    token = (head.group() if head else "") + (tail.group() if tail else "")
    return any(c.isdigit() for c in token)


_DATED = frozenset(key(w) for w in ("بتاريخ", "وتاريخ"))
_SURA = frozenset(key(w) for w in ("سورة", "بسورة"))


def _verse_ref(after: list[Word]) -> bool:
    """``(5) سورة الملك``, ``(1-2) سورة الملك``: a number right before ``سورة`` and a definite name is a
    verse reference, not a count of suras (``114 سورة`` still is)."""
    ws = after[1:] if after and after[0].text == ")" else after
    return len(ws) > 1 and ws[0].key in _SURA and ws[1].key.startswith("ال")


_YEAR_NOUNS = frozenset(key(w) for w in ("عام", "العام", "سنة", "السنة"))


_ISSUE = key("عدد")


def _issue_number(lx: QuantityLexicon, m: NumberMatch, before: list[Word], after: list[Word]) -> bool:
    """``يوم 27 رجب 1436 عدد 17794 عن``: ``عدد`` right after a year and before a bare integer with no
    listed noun is a newspaper's issue number, not a count (round 28)."""
    if m.kind != "digits" or len(before) < 2 or before[-1].key != _ISSUE or listed(lx, after)[0] is not None:
        return False
    year = parse_number(before[-2].key.removesuffix("ه"))
    return year is not None and year.is_integer() and 1300 <= year <= 2100


def _year_count(lx: QuantityLexicon, m: NumberMatch, prev: str, after: list[Word]) -> bool:
    """``خلال النصف الأول للعام 297 مولوداً``: a number that cannot be a year after a year noun, with an
    accusative counted noun after it, is a count (round 15)."""
    if lookup(_YEAR_NOUNS, prev) is None or m.value is None or 1300 <= m.value <= 2100:
        return False
    return _accusative_count(lx, after)


def _accusative_count(lx: QuantityLexicon, after: list[Word]) -> bool:
    """``يتجاوز الـ22 متبرعًا``: after ``الـ`` a noun with a written accusative tanween makes a count,
    not a rank (``الأسبوع الـ17 للدوري``) nor a definite numeral (``ضمن الـ24 طائرة التي``)."""
    if not after or not after[0].key[0].isalpha() or lookup(lx.time_units, after[0].key) is not None:
        return False
    return after[0].text.endswith(("\u064bا", "ا\u064b"))


def _day_of_month(lx: QuantityLexicon, m: NumberMatch, after: list[Word]) -> bool:
    """``في 26 من الشهر نفسه``, ``حتى 21 منه``: a day of the month, not a quantity."""
    one = after[0].key if after else ""
    two = f"{one} {after[1].key}" if len(after) > 1 else ""
    v = m.high if m.kind == "range" else m.value  # also "من 14 إلى 27 من الشهر الجاري"
    day = v is not None and float(v).is_integer() and 1 <= v <= 31
    return day and (one in lx.day_refs or two in lx.day_refs)


def _is_day(text: str) -> bool:
    v = parse_number(text)
    return v is not None and float(v).is_integer() and 1 <= v <= 31


_DAY_LINKS = frozenset(key(w) for w in ("أو", "او", "و", "-", "–"))


def _month_day(lx: QuantityLexicon, m: NumberMatch, after: list[Word]) -> bool:
    """``إلى 6 ذوالقعدة``: a day number before a month name (one or two words) is a date; so is the first
    of two days joined by ``أو``/``و`` before one (``في 22 أو 23 أغسطس``, round 22)."""
    if len(after) > 2 and after[0].key in _DAY_LINKS and _is_day(after[1].text):
        after = after[2:]
    elif len(after) > 1 and after[0].key[:1] == "و" and _is_day(after[0].text[1:]):
        after = after[1:]
    one = after[0].key if after else ""
    two = f"{one} {after[1].key}" if len(after) > 1 else ""
    day = m.value is not None and float(m.value).is_integer() and 1 <= m.value <= 31
    return day and (one in lx.months or two in lx.months)


_GLUED_NAME = re.compile(r"[^\W\d_][-–]$")
_LATIN = re.compile(r"[A-Za-z]")


def _named(text: str, m: NumberMatch, before: list[Word], after: list[Word]) -> bool:
    """A name or code: digits glued by a hyphen to a word before them (``كبلر-452``, ``إف-16``), a
    number before a dash and a Latin word (``88591 - Stc``, SMS short codes), a post-office box
    (``ص.ب 42808``, ``ص . ب``)."""
    if m.kind == "digits" and _GLUED_NAME.search(text, max(0, m.start - 2), m.start):
        return True
    if len(after) > 1 and after[0].text in "-–" and _LATIN.match(after[1].text):
        return True
    tail = "".join(w.text for w in before[-3:])
    return tail.endswith("ص.ب")


_MARK_AFTER = re.compile(r"[ \t]*[-–ـ).][ \t]*[^\W\d_]")
_STOP_BEFORE = re.compile(r"[.:؛][ \t]*\([ \t]*$")


def _list_marker(lx: QuantityLexicon, text: str, m: NumberMatch, after: list[Word]) -> bool:
    """``1 ـ تعيين فلان``, ``(4) زيادة القروض``: a small number that starts a line (or follows a full
    stop and an opening parenthesis) with a dash, ``)`` or ``.`` after it numbers a list item, unless
    a listed unit follows (``(3) أشخاص``)."""
    small = m.kind == "digits" and m.value is not None and 1 <= m.value <= 30
    if not small or not _MARK_AFTER.match(text, m.end):
        return False
    line = text[text.rfind("\n", 0, m.start) + 1 : m.start]
    if line.strip(" \t\u200f\u200e(") and not _STOP_BEFORE.search(text, max(0, m.start - 6), m.start):
        return False
    return listed(lx, after)[0] is None
