"""Find numbers in Arabic text: digits, number words, mixed, vague amounts and ranges.

Matching runs on the normalised key (Arabic-Indic digits and separators become ASCII, hamza and
teh marbuta variants are unified) and spans are mapped back onto the input. Digit conventions:
``1,500`` and ``١٬٥٠٠`` are thousands; ``3.5`` and ``٣٫٥`` are decimals; ``1.500.000`` is
thousands; a single dot group ``1.500`` is read as thousands unless a scale word or ``%`` follows
(``1.500 مليون`` = 1.5 million) or the separator is the Arabic decimal sign ``٫``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from rasd.numbers.lexicon import NumberLexicon, number_lexicon, strip_clitic
from rasd.text.normalize import Normalized, normalize

NumberKind = Literal["digits", "words", "mixed", "vague", "range"]

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|\.\d+|[^\W\d_]+|\S")
_DOTS_AND_DECIMAL = re.compile(r"\d{1,3}(?:\.\d{3})+\.\d{1,2}")
_THOUSANDS_COMMA = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
_THOUSANDS_DOT = re.compile(r"^[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?$")
_LATIN = re.compile(r"[A-Za-z]")


@dataclass(slots=True)
class NumberMatch:
    start: int
    end: int
    text: str
    value: float | None
    low: float | None = None
    high: float | None = None
    kind: NumberKind = "digits"
    is_ordinal: bool = False


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    key: str


@dataclass(slots=True)
class _Hit:
    i: int
    j: int  # token range [i, j)
    offset: int  # characters to skip at the start of token i (a clitic prefix)
    value: float | None
    low: float | None
    high: float | None
    kind: NumberKind
    ordinal: bool = False


def digit_value(token: str, original: str = "", decimal_hint: bool = False) -> float | None:
    """Value of a digit token (ASCII digits, ``.``/``,`` separators). See module doc."""
    try:
        if _DOTS_AND_DECIMAL.fullmatch(token):
            whole, _, frac = token.rpartition(".")  # "874.347.21" = 874347.21
            return float(whole.replace(".", "") + "." + frac)
        if _THOUSANDS_COMMA.match(token):
            return float(token.replace(",", ""))
        if _THOUSANDS_DOT.match(token) and "٫" not in original:
            groups = token.split(",")[0].count(".")
            if groups >= 2 or not decimal_hint:
                whole, _, frac = token.partition(",")
                return float(whole.replace(".", "") + ("." + frac if frac else ""))
        if token.count(".") <= 1 and "," not in token:
            return float(token)
        if re.fullmatch(r"\d+,\d{1,2}", token):
            return float(token.replace(",", "."))
    except ValueError:
        return None
    return None


def _tokens(norm: Normalized) -> list[_Tok]:
    """The tokens of the key. ``_TOKEN`` matches every character but whitespace, so a token starts
    at the first occurrence of its text after the previous one (``str.find``; cheaper than match
    objects)."""
    key = norm.text
    find = key.find
    out = []
    end = 0
    for t in _TOKEN.findall(key):
        start = find(t, end)
        end = start + len(t)
        if t[0].isdigit() and "," in t:
            split = _split_commas(norm, start, end)
            if split is not None:
                out.extend(split)
                continue
        out.append(_Tok(start, end, t))
    return out


def _split_commas(norm: Normalized, start: int, end: int) -> list[_Tok] | None:
    """A comma not followed by exactly three digits separates two numbers (١٠،٢٠), except an ASCII
    comma before one or two final digits: a decimal comma (0,5 / 1094,54). ``None``: one token."""
    key = norm.text
    t = key[start:end]
    parts = re.match(r"\d+(?:(?:,\d{3}(?!\d))|(?:\.\d+))*", t)
    comma = start + t.index(",")
    decimal = re.fullmatch(r"\d+,\d{1,2}", t) and _decimal_comma(norm, comma, end)
    if not parts or parts.end() >= len(t) or decimal:
        return None
    head = _Tok(start, start + parts.end(), t[: parts.end()])
    return [head] + [_Tok(r.start(), r.end(), r.group()) for r in _TOKEN.finditer(key, head.end, end)]


_PERCENT_OR_SCALE = re.compile(r"[ \t]*(?:%|٪|في الم|بالم|مليون|مليار|ملايين|مليارات|ألف|آلاف)")


_PERCENT_WORDS = re.compile(
    r"[ \t]*(?:في |ب)ال(?:مايه|ميه)(?!\w)"
)  # "8.168 في المائة" is a decimal (round 20)


def _decimal_comma(norm: Normalized, comma: int, end: int) -> bool:
    """An ASCII comma before one or two final digits (``0,5``), or an Arabic comma written with no
    space when a percent or a scale word follows (``2،5%``, ``322،8 مليار``)."""
    mark = norm.original[norm.orig_index(comma)]
    if mark == ",":
        return True
    after = norm.to_original(end, end)[0] if end < len(norm.text) else len(norm.original)
    return mark == "،" and _PERCENT_OR_SCALE.match(norm.original, after) is not None


_WRAPS = frozenset({"()", '""', "«»", "“”"})


def _is_scale(lx: NumberLexicon, toks: list[_Tok], j: int) -> int | None:
    if j < len(toks):
        hit = strip_clitic(toks[j].key, lx.scales)
        if hit and hit[1] == 0:
            return lx.scales[hit[0]]
    return None


def _digits(lx: NumberLexicon, toks: list[_Tok], i: int, norm: Normalized) -> _Hit | None:
    t = toks[i]
    if not t.key[0].isdigit() and not (t.key[0] == "." and len(t.key) > 1 and len(toks) == 1):
        return None  # ".77" is a number only on its own (parse_number)
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    prev = toks[i - 1] if i > 0 else None
    glued_next = nxt is not None and nxt.start == t.end
    if glued_next and nxt is not None and nxt.key in lx.ordinal_suffixes:
        return _Hit(i, i + 2, 0, float(t.key), None, None, "digits", ordinal=True)
    if (glued_next and nxt is not None and _LATIN.match(nxt.key)) or (
        prev is not None and prev.end == t.start and _LATIN.match(prev.key[-1])
    ):
        return None  # a code such as 7579HJ
    s, e = norm.to_original(t.start, t.end)
    spaced = _spaced_decimal(lx, toks, i, norm)
    if spaced is not None:
        return spaced
    spa = _reversed_decimal(toks, i)
    if spa is not None:
        spa_scale = _is_scale(lx, toks, spa.j)  # "9ر10 مليون" = 10.9 million
        end = spa.j + 1
        wrapped = prev is not None and spa.j < len(toks) and prev.key + toks[spa.j].key in _WRAPS
        if spa_scale is None and wrapped:
            spa_scale, end = _is_scale(lx, toks, spa.j + 1), spa.j + 2  # "(5ر557) مليون" = 557.5 million
        if spa_scale is not None and spa.value is not None:
            return _Hit(i, end, 0, spa.value * spa_scale, None, None, "mixed")
        return spa
    if nxt is not None and prev is not None and prev.key + nxt.key in _WRAPS:
        paren_scale = _is_scale(lx, toks, i + 2)  # "(1.7) مليون", 'أكثر من "60" ألف مقعد'
        value = digit_value(t.key, norm.original[s:e], paren_scale is not None)
        if paren_scale is not None and value is not None:
            return _Hit(i, i + 3, 0, value * paren_scale, None, None, "mixed")
    scale = _is_scale(lx, toks, i + 1)
    hint = (
        scale is not None
        or (nxt is not None and nxt.key == "%")
        or bool(_PERCENT_WORDS.match(norm.text, t.end))
    )
    value = _mirrored(t.key, norm.original[s:e]) or digit_value(t.key, norm.original[s:e], hint)
    if value is None:
        return None
    if scale is not None:
        return _Hit(i, i + 2, 0, value * scale, None, None, "mixed")
    return _Hit(i, i + 1, 0, value, None, None, "digits")


def _spaced_decimal(lx: NumberLexicon, toks: list[_Tok], i: int, norm: Normalized) -> _Hit | None:
    """``8. 54 مليار`` = 8.54 billion: one to three digits, a glued dot, one space and one or two digits
    before a scale word or a percent (round 21); any other dot and space ends a sentence."""
    t = toks[i]
    if i + 2 >= len(toks) or not t.key.isdigit() or len(t.key) > 3:
        return None
    dot, frac = toks[i + 1], toks[i + 2]
    if dot.key != "." or dot.start != t.end or frac.start != dot.end + 1 or norm.text[dot.end] != " ":
        return None
    if not (frac.key.isdigit() and len(frac.key) <= 2):
        return None
    value = float(t.key + "." + frac.key)
    scale = _is_scale(lx, toks, i + 3)
    if scale is not None:
        return _Hit(i, i + 4, 0, value * scale, None, None, "mixed")
    percent = i + 3 < len(toks) and toks[i + 3].key == "%"
    if percent or _PERCENT_WORDS.match(norm.text, frac.end):
        return _Hit(i, i + 3, 0, value, None, None, "digits")
    return None


def _mirrored(token: str, original: str) -> float | None:
    """``04.\u200f5`` = 5.04: a right-to-left mark after the separator means the two parts were
    written in reverse order (a feed that mirrors decimals)."""
    if "\u200f" not in original or not re.fullmatch(r"\d+[.,]\d+", token):
        return None
    if not re.search(r"[.,٫]\u200f", original):
        return None
    whole, frac = re.split(r"[.,]", token)
    return float(f"{frac}.{whole}")


def _reversed_decimal(toks: list[_Tok], i: int) -> _Hit | None:
    """``53ر12`` = 12.53: the decimal part first, then ``ر``, then the whole part (news-agency style)."""
    if i + 2 >= len(toks):
        return None
    a, r, b = toks[i], toks[i + 1], toks[i + 2]
    if r.key != "ر" or not (a.key.isdigit() and b.key.isdigit()):
        return None
    if not (r.start == a.end and b.start == r.end) and not (r.start == a.end + 1 and b.start == r.end + 1):
        return None  # "53ر12", or spaced on both sides: "4 ر 124 مليون" = 124.4 million
    return _Hit(i, i + 3, 0, float(f"{b.key}.{a.key}"), None, None, "digits")


def _can_add(last: int, atom: int, conj: bool, word: str) -> bool:
    if conj:
        tens = 20 <= last < 100 and 20 <= atom < 100  # "بين ثلاثين وستين مليون": two ends, not 90 (round 29)
        return not (0 < last < 10 and 0 < atom < 10) and not tens  # "ثلاث وأربع بلديات": three or four, not 7
    if atom == 10 and 0 < last < 10 and word.startswith("عشر"):
        return True
    return last >= 100 > atom


def _words(lx: NumberLexicon, toks: list[_Tok], i: int) -> _Hit | None:
    total = current = 0.0
    last = 0
    j = i
    offset = 0
    words = 0
    first = ""
    while j < len(toks):
        w = toks[j].key
        conj = skipped = False
        if w == "و" and words and j + 1 < len(toks):
            j, w, conj, skipped = j + 1, toks[j + 1].key, True, True
        atom = strip_clitic(w, lx.atoms)
        scale = strip_clitic(w, lx.scales)
        prefix = (atom or scale or ("", 0))[1]
        if words == 0:
            offset = prefix
            first = (atom or scale or ("", 0))[0]
        elif prefix and not (prefix == 1 and w[0] == "و"):
            break
        conj = conj or (words > 0 and prefix == 1)
        if atom is not None:
            v = lx.atoms[atom[0]]
            if words and atom[0] in lx.hundred_words and 0 < current < 10 and not conj:
                current *= 100
            elif words == 0 or ((current or total) and _can_add(last, v, conj, atom[0])):
                current += v
            else:
                break
            last = v
        elif scale is not None:
            sv = lx.scales[scale[0]]
            if scale[0] in lx.scale_dual and current == 0:
                current = 2
            elif current == 0 and (scale[0] in lx.scale_plural or (words and not conj)):
                break
            total += max(current, 1) * sv
            current, last = 0, sv
        else:
            j -= skipped  # "ثلاثة مليارات و600 مليون": the "و" belongs to the next number
            break
        words += 1
        j += 1
    if words == 0:
        if conj:
            j -= 1
        return None
    nxt = toks[j].key if j < len(toks) else ""
    plural_next = (len(nxt) >= 4 and nxt.endswith("ات")) or nxt in lx.broken_plurals  # "ست نقاط"
    if words == 1 and first in lx.not_standalone and not (first in lx.before_plural and plural_next):
        return None  # "ست" alone is not a number, "ست قارات" is
    return _Hit(i, j, offset, total + current, None, None, "words")


def _vague(lx: NumberLexicon, toks: list[_Tok], i: int) -> _Hit | None:
    w = toks[i].key
    pair = f"{w} {toks[i + 1].key}" if i + 1 < len(toks) else ""
    for phrase, n in ((pair, 2), (w, 1)):
        hit = strip_clitic(phrase, frozenset(lx.vague)) if phrase else None
        if hit:
            lo, hi = lx.vague[hit[0]]
            return _Hit(i, i + n, hit[1], None, lo, hi, "vague")
    mult = strip_clitic(w, frozenset(lx.vague_multipliers))
    if mult:
        lo, hi = lx.vague_multipliers[mult[0]]
        scale = _is_scale(lx, toks, i + 1)
        if scale:
            return _Hit(i, i + 2, mult[1], None, lo * scale, hi * scale, "vague")
        return _Hit(i, i + 1, mult[1], None, lo, hi, "vague")
    return None


def _ordinal_word(lx: NumberLexicon, toks: list[_Tok], i: int) -> _Hit | None:
    hit = strip_clitic(toks[i].key, lx.ordinals)
    if hit and hit[0].startswith("ال"):
        teen = i + 1 < len(toks) and toks[i + 1].key in ("عشر", "عشره")
        if teen and _is_scale(lx, toks, i + 2) is None:  # "المركز الثاني عشرة آلاف": 2nd, 10,000
            return _Hit(i, i + 2, hit[1], float(lx.ordinals[hit[0]] + 10), None, None, "words", ordinal=True)
        return _Hit(i, i + 1, hit[1], float(lx.ordinals[hit[0]]), None, None, "words", ordinal=True)
    return None


def _decimal_words(lx: NumberLexicon, toks: list[_Tok], h: _Hit) -> _Hit:
    """``1 فاصلة 5`` / ``واحد فاصلة خمسة``: a decimal point spelled out."""
    j = h.j
    if h.value is None or j + 1 >= len(toks) or toks[j].key not in lx.decimal_point:
        return h
    frac_tok = toks[j + 1].key
    if frac_tok.isdigit():
        frac = frac_tok
    elif frac_tok in lx.atoms and lx.atoms[frac_tok] < 10:
        frac = str(lx.atoms[frac_tok])
    else:
        return h
    return _Hit(h.i, j + 2, h.offset, h.value + float("0." + frac), None, None, h.kind)


def _half_unit(lx: NumberLexicon, toks: list[_Tok], h: _Hit) -> _Hit:
    """``ثلاثة ونصف تريليون`` = 3.5 trillion: a half after a number word below ten, then a scale."""
    j = h.j
    if h.kind != "words" or h.value is None or not 1 < h.value < 10 or j + 1 >= len(toks):
        return h
    if toks[j].key in lx.half_after_scale:
        j += 1
    elif toks[j].key == "و" and f"و {toks[j + 1].key}" in lx.half_after_scale:
        j += 2
    else:
        return h
    if j < len(toks) and toks[j].key in lx.scales:
        return _Hit(h.i, j + 1, h.offset, (h.value + 0.5) * lx.scales[toks[j].key], None, None, h.kind)
    return h  # "ثلاث ساعات ونصف" and a bare "ثلاثة ونصف" are left alone


def _half(lx: NumberLexicon, toks: list[_Tok], h: _Hit) -> _Hit:
    """``سبعة ملايين ونصف [مليون]`` = 7.5 million: a half after a scale word."""
    j = h.j
    last = strip_clitic(toks[j - 1].key, lx.scales) if h.value is not None and j > h.i else None
    if last is None or j >= len(toks) or h.value is None:
        return _half_unit(lx, toks, h)
    if toks[j].key in lx.half_after_scale:
        j += 1
    elif toks[j].key == "و" and j + 1 < len(toks) and f"و {toks[j + 1].key}" in lx.half_after_scale:
        j += 2
    else:
        return h
    sv = lx.scales[last[0]]
    if j < len(toks) and toks[j].key in lx.scales and lx.scales[toks[j].key] == sv:
        j += 1  # "ونصف مليون"
    return _Hit(h.i, j, h.offset, h.value + sv / 2, None, None, h.kind)


def _fraction_scale(lx: NumberLexicon, toks: list[_Tok], h: _Hit) -> _Hit:
    """``نصف مليون`` = 500,000: a fraction word right before a lone scale word."""
    if h.kind != "words" or h.j - h.i != 1 or h.i == 0 or h.offset or h.value is None:
        return h
    frac = lx.fraction_before_scale.get(toks[h.i - 1].key)
    if frac is None or toks[h.i].key not in lx.scales or toks[h.i - 1].end + 2 < toks[h.i].start:
        return h
    return _Hit(h.i - 1, h.j, 0, h.value * frac, None, None, h.kind)


def _scan(norm: Normalized) -> tuple[list[_Tok], list[_Hit]]:
    lx = number_lexicon()
    toks = _tokens(norm)
    hits: list[_Hit] = []
    i = 0
    while i < len(toks):
        k = toks[i].key
        if not (k[0].isdigit() or k[0] == "." or k in lx.triggers):
            i += 1
            continue
        h = _digits(lx, toks, i, norm) or _vague(lx, toks, i) or _words(lx, toks, i)
        h = h or _ordinal_word(lx, toks, i) or _hamza_hundred(toks, i, norm)
        if h is None:
            i += 1
            continue
        h = _fraction_scale(lx, toks, _half(lx, toks, _decimal_words(lx, toks, h)))
        hits.append(h)
        i = h.j
    return toks, hits


_HUNDRED = frozenset({normalize("مئة").text})


def _hamza_hundred(toks: list[_Tok], i: int, norm: Normalized) -> _Hit | None:
    """``32 قتيلا ومئة جريح``: ``مئة`` written with its hamza is 100 on its own; only its key is shared
    with the colloquial ``مية`` that ``not_standalone`` keeps out (round 20)."""
    hit = strip_clitic(toks[i].key, _HUNDRED)
    if hit is None:
        return None
    s, e = norm.to_original(toks[i].start, toks[i].end)
    return _Hit(i, i + 1, hit[1], 100.0, None, None, "words") if "ئ" in norm.original[s:e] else None


def _shared_scale(
    lx: NumberLexicon, toks: list[_Tok], a: _Hit, b: _Hit, slack: float = 1.0
) -> tuple[float, float]:
    """``بين 9 و10 مليارات``: the scale written after the second number also applies to the first;
    with ``slack`` 2 (joined by ``و``) also when the first is a little larger (``ما بين 32 و30 مليار``)."""
    assert a.value is not None and b.value is not None
    scale = _is_scale(lx, toks, b.j - 1) if b.j - 1 > b.i else None
    if scale is not None and _is_scale(lx, toks, a.j - 1) is None and a.value * scale <= slack * b.value:
        return a.value * scale, b.value
    return a.value, b.value


def _ranges(lx: NumberLexicon, toks: list[_Tok], hits: list[_Hit]) -> list[_Hit]:
    out: list[_Hit] = []
    k = 0
    while k < len(hits):
        a = hits[k]
        b = hits[k + 1] if k + 1 < len(hits) else None
        if b is not None and a.value is not None and b.value is not None and not (a.ordinal or b.ordinal):
            between = [t.key for t in toks[a.j : b.i] if t.key != '"']  # 'بين «109» و«110.1» نقطة'
            if b.offset == 1 and toks[b.i].key[0] == "و" and not between:
                between = ["و"]
            li = a.i - 1 - (a.i > 0 and toks[a.i - 1].key == '"')
            lead = toks[li].key if li >= 0 else ""
            lead2 = f"{toks[li - 1].key} {lead}" if li > 0 else ""
            has_from = lead in lx.range_from or lead2 in lx.range_from
            if lead == "ال" and a.i > 1:  # "بين الـ2 و4%" (round 20)
                has_from = toks[a.i - 2].key in lx.range_from and toks[a.i - 1].end == toks[a.i].start
            dash = between == ["-"] and not (b.j < len(toks) and toks[b.j].key in ("-", "/"))
            dash = dash and not (a.i > 0 and toks[a.i - 1].key in ("-", "/"))
            to_word = len(between) == 1 and between[0] in lx.range_to and between[0][0].isalpha()
            year = a.value.is_integer() and 1900 <= a.value <= 2100  # "عام 2014 إلى 21 مليونا"
            bare_to = to_word and between[0] != "و" and a.value < b.value and not year  # "4 إلى 5 كم"
            if between == ["و"] and lead == "من":
                has_from = False  # "أكثر من 97 مليونا و815 ألفا": a compound amount, not a range
            if (len(between) == 1 and between[0] in lx.range_to and has_from) or dash or bare_to:
                lo, hi = _shared_scale(lx, toks, a, b, 2.0 if between == ["و"] else 1.0)
                out.append(_Hit(a.i, b.j, a.offset, None, min(lo, hi), max(lo, hi), "range"))
                k += 2
                continue
        out.append(a)
        k += 1
    return out


def _class(codes: list[int]) -> str:
    """A regex character class of ``codes`` (sorted), written as ranges."""
    runs: list[list[int]] = []
    for c in codes:
        if runs and runs[-1][1] == c - 1:
            runs[-1][1] = c
        else:
            runs.append([c, c])
    body = "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in runs)
    return "[" + body + "]"


@lru_cache(maxsize=1)
def _digit_classes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Characters that may start a number token (``_scan`` tests ``str.isdigit``: decimal digits,
    superscripts, circled digits…), as two classes: those of the Basic Multilingual Plane (one bitmap
    look-up per character) and the astral ones (a list of ranges, slow to test, so searched only in a
    text that holds an astral character). Together they are exactly the ``isdigit`` characters."""
    digits = [c for c in range(0x110000) if chr(c).isdigit()]
    bmp = re.compile(_class([c for c in digits if c < 0x10000]))
    return bmp, re.compile(_class([c for c in digits if c >= 0x10000]))


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _has_digit(key: str) -> bool:
    bmp, astral = _digit_classes()
    if bmp.search(key) is not None:
        return True
    return _ASTRAL.search(key) is not None and astral.search(key) is not None


_LETTER_RUN = re.compile(r"[^\W\d_]+")  # the letter alternative of ``_TOKEN``


def _may_hold_number(key: str, lx: NumberLexicon) -> bool:
    """False when ``_scan`` cannot find anything: no digit-like character and no letter run that is a
    number trigger. Most sentences of an article hold no number; this skips their tokenisation."""
    return _has_digit(key) or not lx.triggers.isdisjoint(_LETTER_RUN.findall(key))


def find_numbers(text: str) -> list[NumberMatch]:
    """Every number in ``text`` (see module doc), in text order, with offsets into ``text``."""
    norm = normalize(text)
    lx = number_lexicon()
    if not _may_hold_number(norm.text, lx):
        return []
    toks, hits = _scan(norm)
    out: list[NumberMatch] = []
    for h in _ranges(lx, toks, hits):
        s, e = norm.to_original(toks[h.i].start + h.offset, toks[h.j - 1].end)
        value = h.value
        low = h.low if h.low is not None else value
        high = h.high if h.high is not None else value
        out.append(NumberMatch(s, e, text[s:e], value, low, high, h.kind, h.ordinal))
    return out
