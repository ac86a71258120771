"""Words around a number and the unit (counted noun) after it; see ``docs/quantities.md``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rasd.numbers import find_numbers, parse_number
from rasd.quantities.lexicon import QuantityLexicon, key
from rasd.quantities.plurals import attested, feminine_singular, is_noun, is_plural_shape, singular
from rasd.text.normalize import strip_diacritics

_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[\u064b-\u065f\u0670\u0640])*|\d+(?:[.,٫٬]\d+)*|[%٪]|[^\s\w]")
PUNCT_STOP = set(',.،:;؛"«»“”()[]!?؟-–—')
ARTICLES = ("وال", "بال", "فال", "كال", "لل", "ال")
_CLITICS = "وبلف"
_OPEN_QUOTES = frozenset('"«“')
_CLOSE_QUOTES = frozenset('"»”')
_POSSESSIVE = ("هما", "هم", "هن", "ها", "نا", "كم", "ه")


@dataclass(slots=True)
class Word:
    start: int
    end: int
    text: str
    key: str


def words(text: str, start: int, end: int) -> list[Word]:
    """The words of ``text[start:end]`` with their keys (a fresh list; the windows around one number
    are asked for several times, so they are cached)."""
    return list(_words(text, start, end))


@lru_cache(maxsize=1024)
def _words(text: str, start: int, end: int) -> tuple[Word, ...]:
    out = (Word(m.start(), m.end(), m.group(), key(m.group())) for m in _WORD.finditer(text, start, end))
    return tuple(w for w in out if w.key)


_PREV_CHUNKS = 10


def prev_words(text: str, pos: int, floor: int, n: int = 3) -> list[Word]:
    """The last ``n`` words of ``text[max(floor, pos - 60):pos]``.

    No word holds a space, so a scan that starts at a space inside the window finds exactly the
    window's words that start after it: the scan starts at the space before the last eleven (or
    ``n + 1``) space-separated chunks, the same scan for every call about one number (cached), and
    falls back to the whole window when that gives fewer than ``n`` words."""
    lo = max(floor, pos - 60)
    cut = pos
    for _ in range(max(n, _PREV_CHUNKS) + 1):  # one scan per number serves every n up to 10
        cut = text.rfind(" ", lo, cut)
        if cut < 0:
            return words(text, lo, pos)[-n:]
    near = _words(text, cut, pos)
    return list(near[-n:]) if len(near) >= n else words(text, lo, pos)[-n:]


def next_words(text: str, start: int, end: int, n: int) -> list[Word]:
    """The first ``n`` words of ``text[start:end]`` (``words(text, start, end)[:n]``): the scan stops
    at the space after the first ``n + 1`` space-separated chunks when that gives ``n`` words (a
    scan bounded at a space finds the same words before it as the longer scan)."""
    cut = start
    for _ in range(n + 1):
        cut = text.find(" ", cut + 1, end)
        if cut < 0:
            return words(text, start, end)[:n]
    near = _words(text, start, cut)
    return list(near[:n]) if len(near) >= n else words(text, start, end)[:n]


def _variants(word: str) -> list[str]:
    out = [word]
    for art in ARTICLES:
        if word.startswith(art) and len(word) > len(art) + 1:
            out.append(word[len(art) :])
    if word.startswith("لل") and len(word) > 3:
        out.append("ا" + word[1:])  # "للكتيبة" = ل + الكتيبة
    if len(word) > 2 and word[0] in _CLITICS:
        out.append(word[1:])
    return out


def lookup(table: dict[str, str] | frozenset[str], word: str) -> str | None:
    for v in _variants(word):
        if v in table:
            return table[v] if isinstance(table, dict) else v
    return None


def _masculine_stem(stem: str) -> bool:
    """Verbal nouns whose plural is ``ات`` without a feminine singular: ``تحالفات`` (تفاعل),
    ``تحقيقات`` (تفعيل), ``تجمعات`` (تفعّل), ``انتصارات``/``اتحادات`` (افتعال/انفعال), ``إجراءات``."""
    if stem.endswith("ي") or len(stem) < 4:
        return False
    if stem.endswith("اء"):
        return True
    if stem[0] == "ت" and (len(stem) == 4 or (len(stem) == 5 and (stem[2] == "ا" or stem[3] == "ي"))):
        return True
    if stem[0] == "ا" and len(stem) >= 5 and stem[-2] == "ا":
        return not (stem.startswith("است") and len(stem) < 7)  # "استشارات" -> استشارة
    return False


def verb_like(lx: QuantityLexicon, word: str) -> bool:
    """An unlisted word after a number that is a verb or ``و`` + a verb, not a counted noun."""
    if len(word) == 4 and word.endswith("ت") and word[2] not in "اوي":
        return True  # "و 17183 قدمت لهم": a feminine past verb فعلت (not "ثبوت", "بيوت", "كويت")
    if len(word) == 5 and word[0] in "وف" and word.endswith("ت") and word[3] not in "اوي":
        return True  # "قتلت 5 وجرحت 16": و + a feminine past verb فعلت (round 29)
    if len(word) == 4 and word[0] in "يت" and not set(word[1:]) & set("اويىةتء"):
        return True  # "520 تهدف", "2302 تشمل": an imperfect verb يفعل/تفعل (round 21)
    if len(word) == 3 and word[0] in "يت" and not set(word[1:]) & set("اويىةتء"):
        return True  # "وثلاث تخص", "يضم": an imperfect verb of a doubled root يفُلّ/تفُلّ (round 27)
    if len(word) < lx.min_verb_length:
        return False
    if word.startswith(lx.verb_prefixes) or word.endswith(lx.verb_suffixes):
        return True
    if word[0] in "يت" and word.endswith("ون") and not word.endswith("يون"):
        return True  # "21 يملكون": an imperfect plural verb (not "يمنيون")
    if word.startswith(("يت", "تت")) or (word[0] == "ل" and word[1] in "يتن"):
        return True  # "13 تتأهل", "74 ليحسم", "940 لتقديم": a verb or a purpose clause
    if word[0] in "يت" and len(word) >= 5 and (word.endswith(("ها", "هم", "هما", "هن")) or _object_na(word)):
        return True  # "169 تليها": an imperfect verb with an object pronoun
    if word.startswith(("يست", "تست")) and len(word) >= 6:
        return True  # "36 يستمتع": an imperfect verb of the form استفعل
    return word.endswith("ت") and not word.endswith("ات") and word.startswith(lx.verb_fem_first)


def lemma(word: str) -> str:
    """A light lemma of an unlisted counted noun: accusative alef, sound plurals (ون/ين, ات)."""
    w = strip_diacritics(word)
    for art in ARTICLES:
        if w.startswith(art) and len(w) > len(art) + 2:
            w = w[len(art) :]
            break
    k = key(w)
    if word.endswith(("\u064bا", "ا\u064b")) and len(k) >= 3 and k.endswith("ا"):
        return w[:-1]  # written tanween: certainly an accusative alef ("يمنيًا")
    if len(k) == 5 and k[0] == "ت" and k[3] == "ي" and k.endswith("ين"):
        return w  # "تعيين", "تكوين": a verbal noun (تفعيل), not a sound plural
    if len(k) == 5 and k.endswith("ايا") and k[2] == "ا":
        return w[:2] + "ية"  # "قضايا", "خلايا", "هدايا": the broken plural فعايا of فعيّة
    if len(k) >= 5 and k.endswith(("ين", "ون")):
        return w[:-2]
    if len(k) >= 4 and k.endswith("ات"):
        fem = feminine_singular(k[:-2])  # round 24: the corpus decides where it can ("كيانات" -> كيان)
        return w[:-2] + "ة" if (not _masculine_stem(k[:-2]) if fem is None else fem) else w[:-2]
    if len(k) >= 4 and k.endswith("ا") and not k.endswith(("اا", "ايا")):
        return w[:-2] + "ء" if w.endswith("يئا") else w[:-1]  # "جزيئا" -> جزيء (round 27)
    return w


def listed(lx: QuantityLexicon, ws: list[Word], definite: bool = False) -> tuple[str | None, int]:
    """A listed unit in the first one or two words; ``definite`` also accepts ``الجنود``."""
    if not ws:
        return None, 0
    if len(ws) > 2 and f"{ws[0].key} {ws[1].key} {ws[2].key}" in lx.units:
        return lx.units[f"{ws[0].key} {ws[1].key} {ws[2].key}"], 3  # "كم / ساعة"
    if len(ws) > 1 and f"{ws[0].key} {ws[1].key}" in lx.units:
        return lx.units[f"{ws[0].key} {ws[1].key}"], 2
    if ws[0].key in lx.units:
        return lx.units[ws[0].key], 1
    if not definite and strip_diacritics(ws[0].text).startswith(ARTICLES):
        return None, 0
    if ws[0].key[:1] in "وبلفك":
        return None, 0  # "2016 بمدينة", "2012 وكأس", "عشرات والمحتجين": a clitic, not the counted noun
    if len(ws) > 1:
        two = lookup(lx.units, f"{ws[0].key} {ws[1].key}")
        if two is not None:
            return two, 2
    one = lookup(lx.units, ws[0].key)
    return (one, 1) if one is not None else (None, 0)


def _definite(word: str) -> bool:
    """``word`` (a key) is written with the article at least five times in the corpus table."""
    return attested().get(word, (0, 0))[1] >= 5


def _possessed(lx: QuantityLexicon, word: str) -> str | None:
    """The listed unit of a noun with a possessive pronoun (``أطفاله`` -> ``طفل``), or the singular in ``ة``
    of an unlisted plural in ``ات`` (``ثكناته`` -> ``ثكنة``)."""
    for suffix in _POSSESSIVE:
        stem = word[: -len(suffix)]
        if not word.endswith(suffix) or len(stem) < 3:
            continue
        for form in (stem, stem[:-1] + "ء" if stem[-1] in "ئؤيو" else stem):  # "أبنائهما" -> أبناء
            if form in lx.units:
                return lx.units[form]
        if stem.endswith("ات") and len(stem) >= 5 and _arabic(stem) and stem[0] not in "وبلفك":
            return lookup(lx.units, stem[:-2] + "ه") or stem[:-2] + "ة"  # "ثلاث من ثكناته" -> ثكنة (round 20)
        single = stem[:-1]  # round 25: a sound masculine plural in construct, "اثنين من مرافقيه" -> مرافق
        if stem.endswith("ي") and single.startswith("م") and len(single) >= 4 and _definite(single):
            return lx.units.get(single, single)
    return None


_GHAIR = key("غير")


def _non_nisba(lx: QuantityLexicon, after: list[Word]) -> str | None:
    """``و96 غير سعودي``, ``56 غير سعوديين``: ``غير`` + a nisba adjective is the counted noun
    (``غير سعودي``), not the previous quantity's unit."""
    if len(after) < 2 or after[0].key != _GHAIR or not _arabic(after[1].key):
        return None
    adj = lemma(after[1].text)
    return f"غير {adj}" if adj.endswith(("ي", "ية")) and len(adj) > 3 else None  # "4555 غير سعودية"


def _quoted(lx: QuantityLexicon, after: list[Word]) -> str | None:
    """``400 "بنر"``, ``250 «استاند»``, ``281 “عملا إرهابيا”``: a noun (and an adjective) in quotation
    marks right after the number."""
    if len(after) < 3 or after[0].text not in _OPEN_QUOTES:
        return None
    if after[2].text not in _CLOSE_QUOTES and (len(after) < 4 or after[3].text not in _CLOSE_QUOTES):
        return None
    w = after[1]
    if not w.key[0].isalpha() or w.key in lx.not_units or strip_diacritics(w.text).startswith(ARTICLES):
        return None
    return listed(lx, after[1:2])[0] or lemma(w.text)


def unlisted_unit(lx: QuantityLexicon, text: str, plural: bool = False) -> str:
    """The unit of an unlisted counted noun: the listed lemma of its light lemma (``ملليجراما`` ->
    ``مليغرام``), or, where the number calls for a plural (``plural``), the attested singular of a broken
    plural (``أشقاء`` -> ``شقيق``); else the light lemma, which is the surface form without the article when
    no rule applies (round 14: no guess)."""
    lem = lemma(text)
    k = key(lem)
    if k in lx.units:
        return lem if _sound_of_broken(lx, text, k) else lx.units[k]
    bare = strip_diacritics(text)
    bare = next((bare[len(a) :] for a in ARTICLES if bare.startswith(a) and len(bare) > len(a) + 2), bare)
    if k == key(bare) and len(k) >= 4:
        return (singular(k) if plural else None) or lem
    return lem


def _sound_of_broken(lx: QuantityLexicon, text: str, k: str) -> bool:
    """``المزارعين`` -> ``مزارع`` (farmer): a sound masculine plural is the plural of a singular, so its
    stem is no broken plural even where that shape is listed as one of another lemma (``مزارع`` -> ``مزرعة``;
    round 20)."""
    whole = key(strip_diacritics(text))
    sound = whole.endswith(("ين", "ون")) and whole[-len(k) - 2 :] == k + whole[-2:]
    return sound and len(k) >= 4 and key(lx.units[k]) != k and is_plural_shape(k)


def accusative_singular(lx: QuantityLexicon, w: Word) -> str | None:
    """``2475 مزارعاً``: after 11 or more the counted noun is an accusative singular, so a word of a
    broken-plural shape with the accusative alef, listed (without the alef) as the plural of another lemma
    (``مزارع`` -> ``مزرعة``), is a singular of its own: ``مزارع`` (farmer; round 15)."""
    stem = w.key[:-1]
    if not w.key.endswith("ا") or len(stem) < 4 or w.key in lx.units or stem not in lx.units:
        return None
    if key(lx.units[stem]) == stem or not is_plural_shape(stem):
        return None
    return lemma(w.text)


def unit_of(
    lx: QuantityLexicon, after: list[Word], vague: bool, wrapped: bool = False, plural: bool | None = False
) -> tuple[str | None, int]:
    """``(unit, number of words used)`` for the words after a number; ``wrapped``: the number alone is
    in parentheses (``( 277 ) أمانة``); ``plural``: the number calls for a plural noun (3-10, vague), or
    ``None`` where it calls for a singular (11 or more)."""
    quoted = _quoted(lx, after)
    if quoted is not None:
        return quoted, 3 if after[2].text in _CLOSE_QUOTES else 4
    negated = _non_nisba(lx, after)
    if negated is not None:
        return negated, 2
    skip = 1 if after and after[0].text in ')»"”' else 0
    ws = after[skip:]
    if not ws:
        return None, 0
    if ws[0].key == "%" or ws[0].key in lx.percent:
        return "%", skip + 1
    if len(ws) > 1 and f"{ws[0].key} {ws[1].key}" in lx.percent:
        return "%", skip + 2
    if ws[0].key == "من" and len(ws) > 2 and ws[1].key in lx.superlatives and ws[2].key != "من":
        ws, skip = ws[:1] + ws[2:], skip + 1  # "اثنان من أكبر أودية المنطقة" (round 29)
    if ws[0].key == "من" and len(ws) > 1 and _possessed(lx, ws[1].key):
        return _possessed(lx, ws[1].key), skip + 2  # "ستة من أطفاله"
    if ws[0].key == "من" and _construct_next(lx, ws):
        construct = _construct(lx, ws[1], not vague)  # "13 من عناصر التنظيم", "60 من قائدي السيارات"
        if construct is not None:
            return construct, skip + 2
    if ws[0].key == "من" and len(ws) > 2 and ws[1].key in _DEMONSTRATIVES and ws[2].key.startswith("ال"):
        ws, skip = ws[:1] + ws[2:], skip + 1  # "15 من تلك المليشيات"
    if ws[0].key == "من" and len(ws) > 1 and ws[1].key.startswith("ال") and ws[1].key not in lx.not_units:
        unit, used = listed(lx, ws[1:], definite=True)
        if unit is None and (_named_group(ws[1:]) or strip_diacritics(ws[1].text).endswith("ة")):
            return (
                None,
                0,
            )  # "أربعة من الجيش", "اثنين من الجنسية", "2 من المقاومة": a group or a category (round 18)
        return (unit, skip + 1 + used) if unit else (unlisted_unit(lx, ws[1].text, True), skip + 2)
    if plural is None and ws[0].key in lx.homographs:
        return lx.homographs[ws[0].key], skip + 1  # "أكثر من 100 أسرة": families (after 11+), not beds
    single = accusative_singular(lx, ws[0]) if plural is None else None
    if single is not None:
        return single, skip + 1
    unit, used = listed(lx, ws, definite=vague)
    if unit is not None:
        return unit, skip + used
    if (skip and not (wrapped and _counted_form(lx, ws[0]))) or partitive(lx, ws):
        return None, 0  # "(بازل 3) لتعزيز": after a closing parenthesis only a listed unit counts
    w = ws[0]
    plain = strip_diacritics(w.text)
    if plain.startswith(ARTICLES[:-1]) or _conjoined(lx, w.key) or plain.startswith(("لأ", "لإ", "لآ")):
        return None, 0  # "المئات للتظاهر", "عدة وحتى", "40 لألماتي" (ل + a hamza-initial word)
    definite = plain.startswith("ال")
    noun = _arabic(w.key) and w.key not in lx.not_units and not verb_like(lx, w.key)
    if noun and len(w.key) > 1 and (vague or not definite) and not _not_noun(lx, w.key):
        return _stem_unit(w.key, unlisted_unit(lx, w.text, bool(plural) or vague)), skip + 1
    return None, 0


def time_then_year(lx: QuantityLexicon, ws: list[Word]) -> bool:
    """A time unit right before a year (``عام 2014``, ``العام 2013``) names the year of the number before
    it."""
    if len(ws) < 2 or ws[0].key not in lx.time_units or not ws[1].key.isdigit() or len(ws[1].key) != 4:
        return False
    return 1900 <= int(ws[1].key) <= 2100


_DEMONSTRATIVES = frozenset(key(w) for w in ("تلك", "هذه", "هذا", "ذلك"))


def _named_group(ws: list[Word]) -> bool:
    """``أربعة من الجيش الوطني``, ``اثنين من الجنسية اليمنية``: a definite singular with a definite nisba
    adjective names a group or a category, not the counted noun (not ``59 من البقر``, ``من المتقدمين``)."""
    if len(ws) < 2 or _plural_form(ws[0].key[2:]):
        return False
    return ws[1].key.startswith("ال") and ws[1].key.endswith(("ي", "يه")) and len(ws[1].key) > 4


def _plural_form(word: str) -> bool:
    """A sound or broken plural (a key without the article): ``متقدمين``, ``مشاركات``, ``حراس``."""
    return word.endswith(("ين", "ون", "ات")) or is_plural_shape(word) or singular(word) is not None


def _arabic(word: str) -> bool:
    """An unlisted counted noun is Arabic (not ``13 Old Town``, ``٨٥ South Africa``)."""
    return "\u0621" <= word[0] <= "\u064a"


def _not_noun(lx: QuantityLexicon, word: str) -> bool:
    """A preposition ``ب/ل`` + a listed or function word (``بسبب``, ``بحالات``, ``لأسهم``), a word with
    the dual pronoun ``هما`` (``حالتهما``), ``ل`` + an ``است`` verbal noun or a number word: not an
    indefinite counted noun."""
    if word.startswith("كا") and word.endswith("ي") and len(word) >= 6:
        return True  # "(6 كأساسي)": ك + an adjective, "as a starter"
    if word.startswith("بم") and word.endswith("ه") and len(word) >= 6:
        return True  # "صيف الطائف 36 بمتابعة": ب + a verbal noun مفاعلة, a manner phrase (round 20)
    if (word.endswith("هما") and len(word) > 4) or word.startswith("لاست"):
        return True  # "حالتهما"; "5060 لاستقبال": ل + a verbal noun (a purpose), not the counted noun
    if word.endswith(("هم", "هن")) and len(word) >= 6:
        return True  # "الآلاف أرواحهم": a noun with a plural pronoun is possessed, not counted (round 18)
    bare = word[2:] if word.startswith("ال") and len(word) > 4 else word  # "الملايين الثلاثة" (round 20)
    whole = find_numbers(bare)
    if whole and whole[0].start == 0 and whole[0].end == len(bare):
        return True  # "بضع عشرات": a number word
    if word in lx.clause_leads or (word in lx.unitless_leads and not word.startswith("ا")):
        return True  # "لتر البنزين السوبر إي 10 بلغ نحو": a verb or noun of amount, not the counted noun
    rest = word[1:]
    if word[0] in "بل" and (rest in lx.places or "ال" + rest in lx.places):
        return True  # "منها 174 بجدة و531 بمكة": a place
    pronoun = len(rest) > 4 and rest.endswith(("ها", "هم", "هن"))
    if word[0] == "ل" and (lookup(lx.time_units, rest) or pronoun):
        return True  # "7 مليارات لموسم", "3 لحمايتها": ل + a time word or a noun with a pronoun
    return word[0] in "بل" and len(rest) > 2 and (rest in lx.not_units or rest in lx.units)


def _construct_next(lx: QuantityLexicon, ws: list[Word]) -> bool:
    """``ws``: ``من``, a construct plural and the word after it: definite (``من عناصر التنظيم``), or, after a
    sound plural that lost its ``ن`` or a listed broken plural (round 21: ``اثنين من عناصر جماعة الإخوان``),
    an indefinite noun that starts a longer construct chain (``عشرة من منسوبي قوات الطوارئ``; not ``7 من
    عائلة واحدة``); an opening quote before that word is passed over (round 23: ``44 من عناصر «لواء»``)."""
    if len(ws) < 3:
        return False
    head, w = ws[1], ws[3] if len(ws) > 3 and ws[2].text in _OPEN_QUOTES else ws[2]
    if w.key.startswith("ال"):
        return True
    listed_unit = lookup(lx.units, head.key)
    broken = listed_unit is not None and key(listed_unit) != head.key and not head.key.endswith(("ه", "ة"))
    return (
        (broken or head.key.endswith("ي")) and _arabic(w.key) and w.key not in lx.not_units and len(w.key) > 2
    )


def _stem_unit(word: str, unit: str) -> str:
    """``يوروهات``, ``فيديوهات`` -> ``يورو``, ``فيديو``: an ``ات`` plural of a loanword in ``و``."""
    return unit[:-2] if word.endswith("وهات") and unit.endswith("وهة") else unit


def _construct(lx: QuantityLexicon, w: Word, plural: bool = True) -> str | None:
    """A plural in construct after ``من``: listed (``عناصر``), or a sound masculine plural that lost
    its ``ن`` (``قائدي``, ``مشجعي``: a listed stem or a participle in م); with ``plural``, also an unlisted
    plural (``_plural_construct``)."""
    if w.key in lx.units:
        return lx.units[w.key]
    stem = w.key[:-1]
    if not w.key.endswith("ي") or len(stem) < 3:
        return _plural_construct(lx, w) if plural else None  # not "المليارات من جيوب المواطنين"
    if stem in lx.units:
        return lx.units[stem]
    if len(stem) >= 4 and is_noun(stem):
        return strip_diacritics(w.text)[:-1]  # "عشرة من صيادي السمك": an attested singular (round 18)
    return lemma(strip_diacritics(w.text)[:-1]) if stem.startswith("م") and len(stem) >= 4 else None


def unwrap_unit(lx: QuantityLexicon, after: list[Word]) -> list[Word]:
    """``بثلاثة (أطباء) غير مرخصين``: a listed counted noun alone in parentheses right after the number
    (round 17); the words after the number without the opening parenthesis."""
    if len(after) > 2 and after[0].text == "(" and after[2].text == ")" and listed(lx, after[1:2])[0]:
        return after[1:]
    return after


def _plural_construct(lx: QuantityLexicon, w: Word) -> str | None:
    """``3 من قائدات المدارس``, ``(132) من حواجز المواقف``: a sound feminine plural of a listed singular,
    or a broken plural with an attested singular (round 17)."""
    plain = strip_diacritics(w.text)
    if not _arabic(w.key) or w.key in lx.not_units or w.key[0] in "وبلفك" or plain.startswith(ARTICLES):
        return None
    if w.key.endswith("ات") and len(w.key) > 4:
        return lookup(lx.units, w.key[:-2] + "ه") or lemma(plain)
    return singular(w.key) if is_plural_shape(w.key) else None


def _counted_form(lx: QuantityLexicon, w: Word) -> bool:
    """After ``(277)`` or ``"2500"`` an unlisted word counts only in a counted-noun form (accusative
    ``ا``, a sound plural, ``ة`` or a participle in ``م``; no clitic, not a time word): ``(56.354)
    مقترعا``, ``"2500" مشاهد``, not ``(16) حضر``."""
    plain = strip_diacritics(w.text)
    if w.key[0] == "و" or w.key in lx.time_after or lookup(lx.time_units, w.key) is not None:
        return False
    participle = w.key[0] == "م" and len(w.key) >= 5  # "أكثر من "2500" مشاهد"
    counted = (plain.endswith(("ا", "ات", "ين", "ون", "ة")) or participle) and parse_number(w.text) is None
    return counted and not verb_like(lx, w.key)


def _conjoined(lx: QuantityLexicon, word: str) -> bool:
    """``و`` + a function word, a listed noun, a definite noun or a short imperfect verb, or ``ك`` + a plural:
    a new phrase, not the counted noun."""
    rest = word[1:]
    if word[:1] == "ك" and is_plural_shape(rest) and not is_plural_shape(word):
        return True  # "4.7 مليارات كأرباح": ك (as) + a plural (round 24)
    if word[:1] not in "وف" or len(rest) < 2:
        return False
    if word[0] == "و" and len(rest) == 3 and rest[0] in "يت" and not set(rest[1:]) & set("اويىةتء"):
        return True  # "318 وتضم": و + an imperfect verb of a doubled root (round 24)
    if word[0] == "و" and rest[0] in "بل" and len(rest) > 5:
        return True  # "ثلاثة وباختيار": و + a preposition + a noun (not "ولادات")
    if word[0] == "و" and len(rest) == 3 and rest[1] == "ا":
        return True  # "8-10 وغاب": و + a hollow verb in the past (قال، كان، غاب)
    acc = rest[:-1] if len(rest) > 3 and rest.endswith("ا") else rest  # "وأربعا وعشرا" (round 28)
    if rest in lx.not_units or rest in lx.units or {parse_number(rest), parse_number(acc)} != {None}:
        return True  # "عدة وحتى", "عدة وأوراق", "أربعة وخمسة أشقاء"
    if word[0] == "و" and is_noun(rest) and not (is_noun(word) or word in lx.units or is_plural_shape(word)):
        return True  # "23 ومدفع هاون": و + an attested noun (not "وسائل", a plural of its own; round 22)
    return rest.startswith(ARTICLES) and len(rest) > 3  # "والمحتجين", "وللأولاد" (not "فلل")


def partitive(lx: QuantityLexicon, after: list[Word]) -> bool:
    one = after[0].key if after else ""
    two = f"{one} {after[1].key}" if len(after) > 1 else ""
    return one in lx.partitive or two in lx.partitive


def _object_na(word: str) -> bool:
    """``أربع تساعدنا``: an imperfect verb with the object pronoun ``نا`` (not ``تمرينا``; round 18)."""
    return len(word) >= 6 and word.endswith("نا") and word[-3] != "ي"
