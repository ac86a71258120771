"""Token views and rule-based noun-phrase chunking for speakers and via chains.

A speaker noun phrase is the run of word tokens after a cue up to a complementiser, a colon, a
quotation mark, a clause break (comma, dash), a stop word (prepositions, time adverbs, relative
pronouns: ``data/statements/np.yaml``) or another cue, bounded in length. An apposition that
starts with a title (``بوتين، الرئيس الروسي،``) is kept with the name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from rasd.data import read_lines, read_yaml
from rasd.errors import ConfigError
from rasd.text.normalize import norm_key

OPEN_QUOTES = "“«\"„‘'"
CLOSE_FOR = {"”": "”", "“": "”", "«": "»", '"': '"', "„": "”", "‘": "’", "'": "'"}
BREAKS = frozenset("،,;؛:.!?؟()[]–—-")
_OBJECT_SUFFIX = re.compile("(ها|هما|هم|هن)$")


class Tok(NamedTuple):
    """A token with its matching key (``rasd.text.normalize.norm_key``)."""

    start: int
    end: int
    text: str
    key: str

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum() and self.key != ""  # a lone tatweel (ـ) is a dash


def _union(patterns: list[str]) -> re.Pattern[str]:
    """One regex of the alternatives, written in display spelling and normalised like the keys."""
    return re.compile("|".join(f"(?:{norm_key(p)})" for p in patterns))


@dataclass(frozen=True, slots=True)
class NpRules:
    that: re.Pattern[str]
    stop: re.Pattern[str]
    addressee: re.Pattern[str]
    media: re.Pattern[str]
    via: re.Pattern[str]
    titles: re.Pattern[str]
    pronouns: re.Pattern[str]
    not_speakers: re.Pattern[str]
    quoting: re.Pattern[str]
    channels: re.Pattern[str]
    object_shapes: re.Pattern[str]
    non_agents: re.Pattern[str]
    prayer: re.Pattern[str]
    first_person: re.Pattern[str]
    objects: re.Pattern[str]
    name_heads: re.Pattern[str]
    sayings: re.Pattern[str]
    thing_heads: re.Pattern[str]
    announced_heads: re.Pattern[str]
    marker_quantifiers: re.Pattern[str]
    written_channels: re.Pattern[str]
    time_phrases: tuple[tuple[str, ...], ...]
    acronyms: tuple[tuple[str, ...], ...]
    lead_phrases: tuple[tuple[re.Pattern[str], ...], ...]
    max_tokens: int
    phrase_firsts: frozenset[str] = frozenset()
    """First words of ``time_phrases`` and ``acronyms`` (a quick filter: most tokens start neither)."""

    def is_that(self, key: str) -> bool:
        return self.that.fullmatch(key) is not None

    def is_stop(self, key: str) -> bool:
        return self.stop.fullmatch(key) is not None

    def time_phrase(self, toks: list[Tok], k: int, limit: int) -> int:
        """Length of a multi-word time adverbial at ``toks[k]`` (أول من أمس), 0 if none."""
        if toks[k].key not in self.phrase_firsts:
            return 0
        return self._phrase(self.time_phrases, toks, k, limit)

    def acronym(self, toks: list[Tok], k: int, limit: int) -> int:
        """Length of a spelled-out acronym at ``toks[k]`` (بي بي سي), 0 if none."""
        if toks[k].key not in self.phrase_firsts:
            return 0
        return self._phrase(self.acronyms, toks, k, limit)

    @staticmethod
    def _phrase(phrases: tuple[tuple[str, ...], ...], toks: list[Tok], k: int, limit: int) -> int:
        for phrase in phrases:
            n = len(phrase)
            if k + n <= limit and all(toks[k + m].key == w for m, w in enumerate(phrase)):
                return n
        return 0


@lru_cache(maxsize=1)
def np_rules() -> NpRules:
    """Chunking rules from ``data/statements/np.yaml`` (cached)."""
    d = read_yaml("statements/np.yaml")
    if not isinstance(d, dict):
        raise ConfigError("statements: np.yaml is not a mapping")
    times = tuple(tuple(norm_key(w) for w in p) for p in d.get("time_phrases", []))
    acronyms = tuple(tuple(norm_key(w) for w in p) for p in d.get("acronyms", []))
    return NpRules(
        that=_union(d["that"]),
        stop=_union(d["stop"]),
        addressee=_union(d["addressee"]),
        media=_union(d["media"]),
        via=_union(d["via"]),
        titles=_union(d["titles"]),
        pronouns=_union(d["pronouns"]),
        not_speakers=_union(d["not_speakers"]),
        quoting=_union(d["quoting"]),
        channels=_union(d["channels"]),
        object_shapes=_union(d["object_shapes"]),
        non_agents=_union(d["non_agents"]),
        prayer=_union(d["prayer"]),
        first_person=_union(d["first_person"]),
        objects=_union(d["objects"]),
        name_heads=_union(d["name_heads"]),
        sayings=_union(d["sayings"]),
        thing_heads=_union(d["thing_heads"]),
        announced_heads=_union(d["announced_heads"]),
        marker_quantifiers=_union(d["marker_quantifiers"]),
        written_channels=_union(d["written_channels"]),
        time_phrases=times,
        acronyms=acronyms,
        lead_phrases=tuple(tuple(re.compile(norm_key(w)) for w in p) for p in d.get("lead_phrases", [])),
        max_tokens=int(d.get("max_tokens", 12)),
        phrase_firsts=frozenset(p[0] for p in times + acronyms if p),
    )


@lru_cache(maxsize=262144)
def token_key(text: str) -> str:
    """``norm_key`` of one token, cached (news vocabulary repeats a lot)."""
    return norm_key(text)


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    d = read_yaml("statements/np.yaml")
    if not isinstance(d, dict) or not isinstance(d.get("words"), dict):
        raise ConfigError("statements: np.yaml has no 'words' mapping")
    return {name: frozenset(norm_key(str(w)) for w in ws) for name, ws in d["words"].items()}


def words(name: str) -> frozenset[str]:
    """A closed class of function words from ``np.yaml`` (normalised keys)."""
    try:
        return _words()[name]
    except KeyError:
        raise ConfigError(f"statements: np.yaml words has no {name!r}") from None


def make_toks(text: str, tokens: list[tuple[int, int, str]]) -> list[Tok]:
    # آن (the name Anne, "time") normalises to ان but is no complementiser: keep its madda; the
    # Arabic thousands separator ٬ written for a comma (الاسماك٬ ان) reads as one
    new = tuple.__new__  # Tok(...) without the NamedTuple constructor's extra call (a million tokens)
    return [
        new(Tok, (s, e, "،" if t == "٬" else t, "آن" if t == "آن" else token_key(t))) for s, e, t in tokens
    ]


def accusative(text: str) -> bool:
    """An indefinite accusative (رفضًا، كليًّا): never part of a subject noun phrase."""
    return text.endswith(("ًا", "اً", "ًّا", "اًّ")) and len(text) > 3


def np_end(
    toks: list[Tok],
    i: int,
    limit: int,
    is_cue: set[int],
    comps: frozenset[str],
    entity_starts: frozenset[int] = frozenset(),
    entity_ends: frozenset[int] = frozenset(),
    object_heads: re.Pattern[str] | None = None,
) -> int:
    """End index (exclusive) of the noun phrase starting at ``toks[i]`` (``i`` if none).

    For verbs that take a direct object, a noun with a possessive suffix (``التزامهما``) or a
    second adjacent entity mention ends the speaker: it is the object.
    """
    rules = np_rules()
    k = i
    while k < limit and k - i < rules.max_tokens:
        t = toks[k]
        if t.text == "." and k > i and _abbreviation(toks[k - 1].text) and k + 1 < limit:
            k += 1
            continue
        if k > i and not t.is_word:
            inner = _inner_name(toks, k, limit)
            if inner > k:
                k = inner  # مدير في «فيسبوك»، المقدم / علي: a quoted name or a slash in a title
                continue
        if t.is_word and (n := rules.acronym(toks, k, limit)):
            k += n  # بي بي سي، سي إن إن: letters, not prepositions or complementisers
            continue
        if not t.is_word or k in is_cue or rules.is_that(t.key):
            break
        if rules.time_phrase(toks, k, limit) or (k > i and outlet_addressee(t.key)):
            break  # أول من أمس; لوكالة X (the addressee, not the speaker)
        if k > i and t.key in words("fi") and _fi_continues(toks, k, limit, is_cue):
            k += 1
            continue
        if k > i and t.key == "من" and toks[k - 1].key in words("partitive_heads") and k + 1 < limit:
            k += 1  # اشتكى عدد من المصلين من: a partitive, not the complement
            continue
        if k > i and t.key in _TITLE_PREPS and toks[k - 1].key in words("prep_titles") and k + 1 < limit:
            k += 1  # المشرف على المسابقة، المسؤول عن الملف: a title with its preposition
            continue
        if t.key in words("title_stops") and k + 1 < limit and toks[k + 1].key.startswith("ال"):
            k += 1  # ولي العهد: a title, not و + لي
            continue
        linked = k > i and (toks[k - 1].key in words("name_links") or toks[k - 1].text == "/")
        if k > i and t.text == "لـ" and (m := _titled_lam(toks, i, k, limit, is_cue)) > k:
            k = m  # المستشار القانوني لـ«الجيش السوري الحر» أسامة أبو زيد: a title's body (round 19)
            continue
        if k > i and t.text == "علي" and rules.titles.fullmatch(toks[k - 1].key) and k + 1 < limit:
            k += 1  # السفير علي الصادق: a name after a title, not على (round 19)
            continue
        if linked and t.key not in comps:
            k += 1  # خالد بن علي: after بن/أبو the word is a name, even if it spells a stop word
            continue
        if (rules.is_stop(t.key) and not _imam(t.text)) or t.key in comps or (k > i and accusative(t.text)):
            break
        if k > i and "ب" in comps and t.key.startswith("ب") and len(t.key) > 3:
            break
        if k > i and "pred" in comps and _predicate_after(toks[k - 1].key, t.key):
            break  # اعتبرها المراقبون خطوة: the predicate noun after a definite subject (round 13)
        if k > i and ("np" in comps or "ب" in comps) and _OBJECT_SUFFIX.search(t.key) and len(t.key) > 4:
            break
        if k > i and object_heads is not None and object_heads.search(t.key):
            break  # رفضت الحكومة الاتهامات: the object
        if k > i and t.start in entity_starts and toks[k - 1].end in entity_ends:
            break  # two adjacent entity mentions: subject then object (حثت كوريا الجنوبية روسيا)
        k += 1
    return k


_TITLE_PREPS = frozenset({"على", "علي", "عن"})


def _predicate_after(prev: str, key: str) -> bool:
    """An indefinite word after a definite one (المراقبون خطوة): not in construct, the predicate."""
    if not prev.startswith(("ال", "وال", "لل", "بال")) or key.startswith(("ال", "وال", "ل", "ب")):
        return False
    return len(key) > 2


def _imam(text: str) -> bool:
    """``إمام المسجد``: the title written with a hamza below is no ``أمام`` ("in front of")."""
    return text.lstrip("وف").startswith("إمام")


def _inner_name(toks: list[Tok], k: int, limit: int) -> int:
    """Index after a short quoted name after a name head (في «فيسبوك») or a slash after a title."""
    rules, t, prev = np_rules(), toks[k], toks[k - 1].key
    if t.text == "/" and rules.titles.fullmatch(prev) and k + 1 < limit and toks[k + 1].is_word:
        return k + 1
    if t.text not in OPEN_QUOTES or not rules.name_heads.fullmatch(prev):
        return k
    close = CLOSE_FOR.get(t.text, t.text)
    for m in range(k + 1, min(limit, k + 5)):
        if toks[m].text == close or (close == "”" and toks[m].text == '"'):
            return m + 1 if m > k + 1 else k
        if not toks[m].is_word:
            return k
    return k


def _titled_lam(toks: list[Tok], i: int, k: int, limit: int, is_cue: set[int]) -> int:
    """Index after ``لـ«X»`` when a title opens the phrase and a name follows the quotation."""
    rules = np_rules()
    if k + 1 >= limit or toks[k + 1].text not in OPEN_QUOTES or not rules.titles.fullmatch(toks[i].key):
        return k
    close = CLOSE_FOR.get(toks[k + 1].text, toks[k + 1].text)
    m = next((m for m in range(k + 2, min(limit, k + 8)) if toks[m].text == close), None)
    if m is None or m + 1 >= limit or m + 1 in is_cue:
        return k
    name = toks[m + 1]
    if not name.is_word or rules.is_stop(name.key) or rules.is_that(name.key) or name.key.startswith("ال"):
        return k
    return m + 1


def outlet_addressee(key: str) -> bool:
    """``لوكالة``، ``لصحيفة``: an outlet addressed after the speaker."""
    if not key.startswith("ل") or key.startswith("لل"):
        return False
    return np_rules().media.fullmatch(key[1:]) is not None


def _fi_continues(toks: list[Tok], k: int, limit: int, is_cue: set[int]) -> bool:
    """``وزير المياه في زمردستان``: في followed by a place or body stays in the noun phrase."""
    rules = np_rules()
    nxt = k + 1
    if nxt >= limit or nxt in is_cue:
        return False
    if toks[nxt].text in OPEN_QUOTES:
        return _inner_name(toks, nxt, limit) > nxt  # مدير في «فيسبوك»
    if not toks[nxt].is_word:
        return False
    key = toks[nxt].key
    return not (rules.is_stop(key) or rules.channels.fullmatch(key) or rules.is_that(key))


def extend_apposition(toks: list[Tok], end: int, limit: int, is_cue: set[int]) -> int:
    """Extend a name with ``، TITLE ...،`` (an apposition that starts with a title word)."""
    rules = np_rules()
    if end + 1 < limit and toks[end].text in "،," and rules.titles.fullmatch(toks[end + 1].key):
        new_end = np_end(toks, end + 1, limit, is_cue, frozenset())
        if new_end > end + 1:
            return new_end
    if end + 1 < limit and toks[end].text == "؛":  # X؛ كبير الاقتصاديين في البنك، أن: a semicolon apposition
        new_end = np_end(toks, end + 1, limit, is_cue, frozenset())  # closed by a comma before أن (round 16)
        if (
            end + 1 < new_end + 1 < limit
            and toks[new_end].text in "،,"
            and rules.is_that(toks[new_end + 1].key)
        ):
            return new_end
    return end


def media_np(toks: list[Tok], i: int, limit: int, is_cue: set[int] | None = None) -> int:
    """End of a medium's name after a via verb: allows a quoted name (وكالة “يونهاب” الكورية)."""
    cues = is_cue or set()
    k = np_end(toks, i, limit, cues, frozenset())
    if k < limit and toks[k].text in OPEN_QUOTES and k > i:
        close = CLOSE_FOR.get(toks[k].text, toks[k].text)
        for m in range(k + 1, min(limit, k + 8)):
            if toks[m].text == close or (close == "”" and toks[m].text == '"'):
                return max(m + 1, np_end(toks, m + 1, limit, cues, frozenset()))
    return k


def skip_addressee(toks: list[Tok], j: int, hi: int) -> int:
    """Index after an addressee (لسبق، لـ"الوطن"، لـ(عكاظ)، للصحفيين) at ``j``, or ``j``."""
    if j >= hi or not toks[j].key.startswith("ل") or np_rules().titles.fullmatch(toks[j].key):
        return j
    if toks[j].key in ("ل", "لـ") or toks[j].text.endswith("ـ"):
        n = j + 1
        if n < hi and (toks[n].text in OPEN_QUOTES or toks[n].text in "(»"):
            # لـ»الجزيرة»: a name between reversed guillemets (round 14)
            close = ")" if toks[n].text == "(" else CLOSE_FOR.get(toks[n].text, toks[n].text)
            end = next((m for m in range(n + 1, min(hi, n + 6)) if toks[m].text in (close, "”", '"')), None)
            return j if end is None else end + 1
        return n + 1 if n < hi and toks[n].is_word else j
    if len(toks[j].key) <= 2:
        return j
    if np_rules().media.fullmatch(toks[j].key[1:]) and j + 1 < hi and toks[j + 1].is_word:
        return j + 2  # لصحيفة الوطن: the outlet's one-word name
    return j + 1


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(line.rstrip(".") for line in read_lines("abbreviations.txt"))


def _abbreviation(word: str) -> bool:
    return len(word) == 1 or word in _abbreviations()


def find_close_quote(text: str, open_at: int, limit: int = 3000) -> int | None:
    """Index of the quotation mark closing the one at ``open_at`` (None if none near)."""
    close = CLOSE_FOR.get(text[open_at])
    if close is None:
        return None
    stop = min(len(text), open_at + limit)
    candidates = {close}
    if close == "”":
        candidates.add('"')
    if text[open_at] == "”":
        candidates.add("“")  # a quotation opened with ” closes with ” or “
    for j in range(open_at + 1, stop):
        if text[j] == '"' and text[open_at] == '"' and _opening_shape(text, j):
            return None  # “قال X: "… كما أضاف، "…": the next mark opens a quotation, this one is unclosed
        if text[j] in candidates:
            return j
        if text[j] == "“" and text[open_at] == "“" and _closing_shape(text, j):
            return j  # “… اليوم الأربعاء“. : the opening mark written again at the end closes it
        if text[j] == text[open_at] == "«" and _punctuation_after(text, j):
            return j  # « إن هذه الجريمة … وجل «.: the opening mark again before punctuation (round 14)
        if text[j] == text[open_at] and text[j] in "«“":
            return None  # «هناك حاجة … ⏎ … «سننفذها»: the same mark opens again, the first was never closed
        if text[j] == "\n" and _narration_follows(text, j, candidates):
            return None  # "طائرة … وامرأة.⏎بالمقابل …⏎: never closed; narration goes on
    return None


def _punctuation_after(text: str, j: int) -> bool:
    """Only spaces, then punctuation or the end of the line, after the mark at ``j``."""
    rest = text[j + 1 : j + 6].lstrip(" ")
    return not rest or rest[0] in "،,.؛:\n"


def _narration_follows(text: str, j: int, closers: set[str]) -> bool:
    """The paragraph after the line break at ``j`` neither opens with a quotation mark nor closes one."""
    end = text.find("\n", j + 1)
    para = text[j + 1 : end if end >= 0 else len(text)]
    rest = para.lstrip()
    return bool(rest) and rest[0] not in OPEN_QUOTES and not any(c in para for c in closers)


def _opening_shape(text: str, j: int) -> bool:
    """A straight mark after a space, colon or comma and glued to the next word (، "نأمل …)."""
    if j < 2 or not text[j + 1 : j + 2].isalpha():
        return False
    before, lead = text[j - 1], text[j - 2]
    if before.isspace() and text[max(0, j - 5) : j - 1].split()[-1:] in (["إن"], ["أن"], ["بأن"]):
        return True  # … وامرأة.⏎ … وقال ناشط إن "الطيران: a quotation opens after a complementiser
    if before.isspace() and _QUOTING_WORD.search(text, max(0, j - 12), j - 1):
        return True  # مضيفا "يجب …، … مضيفا "نحن: a quotation opens after a quoting word (round 16)
    return before in ":،," or (before.isspace() and lead in ":،,")


# A participle or verb that opens a quotation right after it (مضيفا "…", وقال "…")
_QUOTING_WORD = re.compile(
    r"(?:مضيف|قائل|مؤكد|مشير|موضح|متابع|مبين|مردف)(?:ا|اً|ةً|ة)$|(?:قال|أضاف|تابع|أردف)(?:ت)?$"
)


def _closing_shape(text: str, j: int) -> bool:
    """A mark glued to the word before it and followed by a space, punctuation or the end."""
    after = text[j + 1 : j + 2]
    return not text[j - 1].isspace() and (not after or after.isspace() or after in ".،,؛:!?؟)")
