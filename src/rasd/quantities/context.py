"""Numbers that their neighbours mark as no count (round 19): a year span in parentheses (a lifespan,
``(872 – 950م)``), a number after a dual time noun and ``أو`` (``يومين أو ثلاثة``, a duration), and the
number-format helpers moved from ``extract.py`` (``م2``, a number written in full before a scale word)."""

from __future__ import annotations

import re

from rasd.numbers import NumberMatch, parse_number
from rasd.quantities.lexicon import QuantityLexicon, key
from rasd.quantities.units import Word, listed, lookup, next_words, words
from rasd.text.normalize import normalize

_METRE = key("م")
_ERA_AFTER = re.compile(r"(?:م|هـ|ه)(?![^\W\d_])")
_OPEN_BEFORE = re.compile(r"\([ \t]*$")
_OR = frozenset(key(w) for w in ("أو", "او", "ام", "أم"))


def year_span(text: str, m: NumberMatch) -> bool:
    """``الفيلسوف (872 – 950م)``: a range in parentheses whose second number has an era letter glued to
    it (``م``, ``هـ``) is a span of years, not a range of metres (at most 150 years apart)."""
    if m.kind != "range" or m.low is None or m.high is None:
        return False
    lo, hi = m.low, m.high
    if not (lo.is_integer() and hi.is_integer() and 0 < lo < hi <= 2100 and hi - lo <= 150):
        return False
    opened = _OPEN_BEFORE.search(text, max(0, m.start - 3), m.start) is not None
    return opened and _ERA_AFTER.match(text, m.end) is not None


def dual_duration(lx: QuantityLexicon, before: list[Word], after: list[Word]) -> bool:
    """``باقي لنا يومين أو ثلاثة``: a number with no listed unit after a dual time noun and ``أو``
    counts the same time unit, so it is a duration too."""
    if len(before) < 2 or before[-1].key not in _OR or listed(lx, after)[0] is not None:
        return False
    dual = before[-2].key
    return dual.endswith(("ين", "ان")) and dual in lx.time_units


_GROUPED = re.compile(r"\(?[ \t]*(\d{1,3}(?:[.,٬]\d{3}){2,})(?!\d)")


def redundant_scale(m: NumberMatch) -> None:
    """``(5.969.428) مليون مسافر``: a number already written in full with two or more thousands
    groups (three digits each, whatever the marks) does not take the scale word after it."""
    g = _GROUPED.match(m.text) if m.kind == "mixed" and m.value is not None else None
    v = float(re.sub(r"\D", "", g.group(1))) if g else None  # "(37,775.000) مليون": mixed marks (round 27)
    if v is not None and m.value is not None and v >= 1_000_000 and m.value > v:
        m.value = v


def square_mark(text: str, m: NumberMatch) -> bool:
    """The ``2`` of ``م2``/``كم2`` (square metres) is not a number."""
    return m.text == "2" and text[max(0, m.start - 1) : m.start] == "م"


def lam_phrase(lx: QuantityLexicon, after: list[Word]) -> bool:
    """``بطولة صيف الشرقية 36 لكرة القدم``: an unlisted word in ``ل`` right before a definite word is
    ``ل`` + a construct (for the football), not the counted noun (``250 لوحة تعريفية`` is)."""
    if len(after) < 2 or not after[0].key.startswith("ل") or len(after[0].key) < 4:
        return False
    if after[0].key.endswith("ات") and len(after[0].key) <= 5:
        return (
            False  # "بست لغات التفسيرات", "لوحات": a short plural in ات whose ل is a root letter (round 20)
        )
    return lookup(lx.units, after[0].key) is None and after[1].key.startswith("ال")


_DUALS = frozenset(key(w) for w in ("ألفا", "مليونا", "مليارا"))
_DUAL_VALUES = {key("ألفا"): 2000.0, key("مليونا"): 2_000_000.0, key("مليارا"): 2_000_000_000.0}


def dual_construct(lx: QuantityLexicon, text: str, m: NumberMatch) -> None:
    """``ويشارك في إخماده ألفا رجل إطفاء``: a lone ``ألفا`` (``مليونا``...) right before a listed counted
    noun is the dual in construct (2,000), not the accusative ``ألفاً`` (1,000)."""
    k = key(m.text)
    if m.kind != "words" or k not in _DUALS or "\u064b" in m.text:
        return
    nxt = next_words(text, m.end, min(len(text), m.end + 40), 1)
    clitic = nxt[0].key[:1] in ("و", "ل", "ب") and nxt[0].key not in lx.units if nxt else True
    if nxt and lookup(lx.units, nxt[0].key) is not None and not clitic:  # not "ومليونا لشركة" (round 21)
        m.value = _DUAL_VALUES[k]


def metres(lx: QuantityLexicon, m: NumberMatch, before: list[Word], after: list[Word]) -> bool:
    """``أكثر من 200 م``: a bare ``م`` is metres, not p.m., after a number above 24 that is not a
    year (``1436 م``), or after a distance word (``بعمق 12 م``)."""
    if not after or after[0].key != _METRE:
        return False
    v = m.high if m.value is None else m.value
    if v is None:
        return False
    if any(lookup(lx.distance_cues, w.key) for w in before):
        return True
    year = float(v).is_integer() and 1000 <= v <= 2100
    return v > 24 and not year


_DOT_END = re.compile(r"(?<![\d.,])\d{1,3}\.$")
_FRACTION_START = re.compile(
    r"\d{1,2}(?!\d)[ \t]*(?:%|٪|في الم|بالم|مليون|مليار|ملايين|مليارات|ألف|آلاف|تريليون)"
)


def join_spaced_decimals(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join two sentences the segmenter split inside a decimal written with a space after its dot
    (``8. 54 مليار``, ``3. 5%``; round 21): the first ends in one to three digits and a dot, the next
    starts with one or two digits and a scale word or a percent. The second span is left empty. (The
    end test reads the last eight characters: its match and the character before it fit in them.)"""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        split = (
            out
            and text[out[-1][1] : s] == " "
            and _DOT_END.search(text[max(out[-1][0], out[-1][1] - 8) : out[-1][1]])
        )
        if split and _FRACTION_START.match(text, s, e):
            out[-1] = (out[-1][0], e)
            out.append((e, e))  # kept empty, so that sentence indices stay as segmented
            continue
        out.append((s, e))
    return out


_OPENERS = frozenset(' \t"«“(')
_GLUED_ARTICLE = re.compile(r"(?:^|(?<=\s))ال\u0640*$")


def hedge_start(lx: QuantityLexicon, text: str, start: int, floor: int) -> int | None:
    """Start of a hedge that ends right before ``start`` (or ``None``), also across an opening quote or
    parenthesis (``أكثر من "2500" مشاهد``) and a glued article (``قرابة الـ20000``, round 22)."""
    ws = max(floor, start - 40)
    end = start
    while end > ws and text[end - 1] in _OPENERS:
        end -= 1
    glued = _GLUED_ARTICLE.search(text, ws, end)
    if glued is not None and glued.start() > ws:
        end = glued.start()
        while end > ws and text[end - 1] in " \t":
            end -= 1
    norm = normalize(text[ws:end])
    m = lx.hedge_re.search(norm.text)
    if m is None:
        return None
    return ws + norm.to_original(m.start(), m.start() + 1)[0]


_SCALES = frozenset((100.0, 1_000.0, 1_000_000.0, 1_000_000_000.0))
_DEFINITE_BEFORE = re.compile(r"(?:^|(?<=\s))ال([^\W\d_]+)[ \t]+$")


_DEFINITE_NEXT = re.compile(r"\s+ال")
_PLURAL_SCALES = frozenset(key(w) for w in ("آلاف", "الاف", "ألوف", "ملايين", "مليارات"))


def _scale_of(m: NumberMatch) -> float | None:
    """The scale of a lone scale word: ``مليون`` (its value) or the plural ``ملايين`` (its low bound)."""
    if m.kind == "words" and m.value in _SCALES:
        return m.value
    if m.kind == "vague" and m.low is not None and key(m.text) in _PLURAL_SCALES:
        return m.low
    return None


def definite_scaled(text: str, found: list[NumberMatch]) -> list[NumberMatch]:
    """``جاوز عدد السكان الثلاثين مليون نسمة``, ``بلغت الخمس مئة صفحة``: a definite number word (read as an
    ordinal, or not read) right before a scale word is a count, 30 million, not the ordinal and one million
    (round 22); ``العشرة ملايين برميل``: 3-10 before a plural scale word (round 23)."""
    out: list[NumberMatch] = []
    for m in found:
        scale = _scale_of(m)
        word = _DEFINITE_BEFORE.search(text, max(0, m.start - 20), m.start) if scale is not None else None
        n = parse_number(word.group(1)) if word is not None else None
        plural = m.kind == "vague"  # "العشرة ملايين برميل": 3-10 before a plural scale word (round 23)
        if plural and _DEFINITE_NEXT.match(text, m.end):
            word = None  # "السنوات الثلاث ملايين الزوار": an adjective, then a construct of its own
        fits = n is not None and float(n).is_integer() and (3 <= n <= 10 if plural else 2 < n < 100)
        if word is None or n is None or scale is None or not fits:
            out.append(m)
            continue
        if out and out[-1].start >= word.start():
            out.pop()  # the ordinal reading of the same word
        v = n * scale
        out.append(NumberMatch(word.start(), m.end, text[word.start() : m.end], v, v, v, "words"))
    return out


# preceded by a space or the text's start, tested in ``_definite_hits``: a pattern that opens with
# the literal ``ال`` is searched far faster than one that opens with a look-behind
_DEFINITE_COUNT = re.compile(
    r"(ال(?:ثلاثة|أربعة|اربعة|خمسة|ستة|سبعة|ثمانية|تسعة|عشرة|مائتين|مئتين|عشرين|ثلاثين|أربعين|اربعين"
    r"|خمسين|ستين|سبعين|ثمانين|تسعين|ثلاث|أربع|اربع|خمس|ست|سبع|ثماني|تسع|مليون|مليار))[ \t]+(?=[^\W\d_])"
)


def _definite_hits(text: str) -> list[re.Match[str]]:
    """``_DEFINITE_COUNT`` matches that start the text or follow whitespace (no match that fails this
    holds whitespace before its trailing spaces, so none hides one that passes)."""
    return [h for h in _DEFINITE_COUNT.finditer(text) if h.start() == 0 or text[h.start() - 1].isspace()]


# "مشروع المليون فدان", "حارة المليون طفل", "سعر المليون وحدة حرارية": a name or a price per unit (round 30)
_NAME_HEADS = frozenset(
    key(w)
    for w in ("مشروع", "ومشروع", "حارة", "حي", "شارع", "صاحب", "برنامج", "جائزة", "استصلاح", "سعر", "مسيرة")
)
_FRACTION_HEADS = frozenset(key(w) for w in ("ربع", "نصف", "ثلث", "وربع", "ونصف", "وثلث"))


def definite_counts(lx: QuantityLexicon, text: str, found: list[NumberMatch]) -> list[NumberMatch]:
    """``المحركات ذات الثمانية أسطوانات``, ``تفوق المائتين ميل``, ``يفوق العشرين جريحا``: a definite number
    word right before an indefinite listed unit that is no time word is a count, not an ordinal (round 24;
    not read at all by the number finder for 3-10); also ``تجاوزت المليون دولار`` (round 30)."""
    out = list(found)
    for hit in _definite_hits(text):
        nxt = next_words(text, hit.end(), min(len(text), hit.end() + 60), 3)
        if not nxt or nxt[0].key.startswith("ال") or lookup(lx.time_units, nxt[0].key) is not None:
            continue
        last = words(text, max(0, hit.start() - 30), hit.start())[-1:]
        if last and (last[0].key.startswith("ال") or last[0].key in _FRACTION_HEADS | _NAME_HEADS):
            continue  # "أنحاء العالم الأربع اسم": an adjective of a definite noun (round 25); "ربع المليون"
        n = parse_number(hit.group(1)[2:])
        same = [f for f in out if f.start <= hit.start() < f.end]
        if n is None or listed(lx, nxt)[0] is None or any(f.end != hit.end(1) for f in same):
            continue
        out = [f for f in out if f not in same]
        out.append(NumberMatch(hit.start(), hit.end(1), hit.group(1), float(n), float(n), float(n), "words"))
    return sorted(out, key=lambda f: f.start)


_RATIO_NEXT = frozenset(key(w) for w in ("إلى", "الى", "من", "مقابل", "لكل", ":", "/"))


def elided_percent(lx: QuantityLexicon, m: NumberMatch, before: list[Word], after: list[Word]) -> bool:
    """``بنسبة 14.8، كما``: a bare number right after ``بنسبة``/``نسبته`` is a percent with its sign
    elided (round 29); not a vague amount, a scaled number, a ratio (``بنسبة 1 إلى 3``) or degrees."""
    if not before or before[-1].key not in lx.percent_leads or m.kind not in ("digits", "words"):
        return False
    if m.value is None or m.value >= 1000:
        return False
    return not after or (after[0].key not in _RATIO_NEXT and not after[0].text.startswith("°"))  # "0.14 °ف"
