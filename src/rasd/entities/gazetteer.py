"""The gazetteer: known places and organisations, their variants, nisba adjectives and capitals.

Data: ``rasd/data/gazetteer/countries.yaml`` (countries, their capitals and nisba adjectives),
``places.yaml`` (cities, provinces, regions) and ``organizations.yaml`` (international bodies, news
agencies, intelligence services, institutions, armed groups).

:func:`gazetteer_mentions` finds gazetteer names in a document by a token n-gram look-up on
normalisation keys (an attached ``و ف ب ل ك`` is allowed on the first token when the remainder is a
gazetteer name). Names that are also common words (``سيول`` "floods", ``عمان``) are marked ambiguous
and matched only in a place context. :func:`merge_mentions` combines them with NER mentions.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from rasd.data import read_lines, read_yaml
from rasd.entities.keys import clitic_splits, exact_key, is_latin, rasm_key, skeleton, word_rasm
from rasd.models import Document, EntityMention, Token
from rasd.text.normalize import norm_key, normalize
from rasd.text.segment import tokenize

log = logging.getLogger(__name__)

FILES = ("gazetteer/countries.yaml", "gazetteer/places.yaml", "gazetteer/organizations.yaml")
NISBA_SUFFIXES = ("", "ه", "ين", "ون")


@dataclass(frozen=True, slots=True)
class GazEntry:
    id: str
    name: str
    type: str  # LOC or ORG (PERS entries are allowed in data)
    kind: str  # country, capital, city, region, international, news_agency, ...
    variants: tuple[str, ...]
    latin: tuple[str, ...] = ()
    nisba: tuple[str, ...] = ()
    parent: str | None = None
    """The country a capital, city or institution belongs to."""


@dataclass(frozen=True, slots=True)
class Hit:
    entry: str
    nisba: bool = False
    ambiguous: bool = False


@dataclass(slots=True)
class Gazetteer:
    entries: dict[str, GazEntry] = field(default_factory=dict)
    tokens: dict[tuple[str, ...], Hit] = field(default_factory=dict)
    keys: dict[str, Hit] = field(default_factory=dict)
    skeletons: dict[str, Hit] = field(default_factory=dict)
    rasms: dict[str, Hit] = field(default_factory=dict)
    max_n: int = 1
    heads: frozenset[str] = frozenset()
    """Normalised first tokens of every indexed name (fast rejection in the matcher)."""
    multi: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    """Multi-word names (not nisba forms) by their first word, for typo-tolerant matching."""
    clean: frozenset[str] = frozenset()
    """Name tokens seen in the collection without an attached و ف ب ل ك (see
    :meth:`with_vocabulary`): they make clitic stripping safe for names outside the gazetteer."""

    def entry(self, hit: Hit) -> GazEntry:
        return self.entries[hit.entry]

    def known(self, name: str) -> bool:
        """Is a normalised name known (for clitic stripping)? A one-word name: a gazetteer name's
        first word or a clean word of the collection. A longer name: a whole gazetteer name, or
        one whose first word is clean and not a one-word gazetteer name (``بروسيا دورتموند`` is
        not ``ب`` + ``روسيا ...``)."""
        words = tuple(name.split())
        if len(words) <= 1:
            return name in self.heads or ("ال" + name) in self.heads or name in self.clean
        if words in self.tokens or ("ال" + words[0], *words[1:]) in self.tokens:
            return True
        first = words[0]
        return first in self.clean and (first,) not in self.tokens and ("ال" + first,) not in self.tokens

    def with_vocabulary(self, first_tokens: Counter[str]) -> Gazetteer:
        """A copy that also knows the clean name tokens of a collection.

        ``first_tokens`` counts the normalised first words of the collection's mentions. A word is
        clean when no reading of it as clitic + remainder has a remainder seen more often
        (``وديفيد`` is not clean when ``ديفيد`` is more frequent; ``وليد`` stays clean)."""
        clean = set()
        for tok, n in first_tokens.items():
            rests = [rest for _p, rest in clitic_splits(tok)[1:]]
            if all(first_tokens.get(r, 0) < n and not self.known(r) for r in rests):
                clean.add(tok)
        return replace(self, clean=frozenset(clean))

    def lookup(self, text: str, *, fuzzy: bool = True) -> Hit | None:
        """The gazetteer entry a name (as written) refers to; see :meth:`lookup_key`."""
        if is_latin(text):
            return self.keys.get(_latin_key(text))
        return self.lookup_key(exact_key(text, self.known), fuzzy=fuzzy)

    def lookup_key(self, key: str, *, fuzzy: bool = True) -> Hit | None:
        """The entry of an exact key: the key itself, then (``fuzzy``) the consonant skeleton of
        names of at least two tokens or five letters, then the dotless skeleton (rasm) of multi-token
        names (typos such as ``بيونج يانح``)."""
        hit = self.keys.get(key)
        if hit is not None or not fuzzy or not key:
            return hit
        multi = " " in key
        skel = skeleton(key)
        if multi or (len(key) >= 5 and len(skel) >= 4):
            hit = self.skeletons.get(skel)
            if hit is not None:
                return hit
        if multi:
            return self.rasms.get(rasm_key(key))
        return None

    def parent_name(self, entry: GazEntry) -> str:
        """Canonical name of the country an entry stands for (itself for a country)."""
        if entry.parent and entry.parent in self.entries:
            return self.entries[entry.parent].name
        return entry.name


def _latin_key(text: str) -> str:
    return "latin:" + " ".join(norm_key(text).replace(".", "").split())


def _word_keys(text: str) -> tuple[str, ...]:
    return tuple(norm_key(t.text) for t in tokenize(text) if _is_word(t.text))


def _is_word(tok: str) -> bool:
    return tok[:1].isalpha()


def nisba_forms(base: str) -> list[str]:
    """Masculine/feminine/plural, definite and indefinite forms of a nisba (الكوري الشمالي)."""
    words = _word_keys(base)
    forms: list[str] = []
    for suffix in NISBA_SUFFIXES:
        definite = [w + suffix for w in words]
        forms.append(" ".join(definite))
        indefinite = [w[2:] if w.startswith("ال") and len(w) > 4 else w for w in definite]
        forms.append(" ".join(indefinite))
    return forms


def _entries_from(raw: dict[str, Any]) -> Iterable[tuple[GazEntry, tuple[str, ...]]]:
    """Entries of one data file with their ambiguous variants."""
    for c in raw.get("countries", []):
        cap = c.get("capital")
        yield _entry(c, "LOC", "country", None), tuple(c.get("ambiguous_variants", ()))
        if cap:
            cap_id = f"{c['id']}-capital"
            amb = tuple(cap["variants"]) if cap.get("ambiguous") else tuple(cap.get("ambiguous_variants", ()))
            yield _entry({**cap, "id": cap_id}, "LOC", "capital", c["id"]), amb
    for p in raw.get("places", []):
        yield _entry(p, "LOC", p.get("kind", "city"), p.get("in")), tuple(p.get("ambiguous_variants", ()))
    for o in raw.get("organizations", []):
        yield _entry(o, "ORG", o.get("kind", "org"), o.get("of")), tuple(o.get("ambiguous_variants", ()))


def _entry(raw: dict[str, Any], typ: str, kind: str, parent: str | None) -> GazEntry:
    variants = tuple(dict.fromkeys([raw["name"], *raw.get("variants", [])]))
    return GazEntry(
        id=str(raw["id"]),
        name=str(raw["name"]),
        type=str(raw.get("type", typ)),
        kind=kind,
        variants=variants,
        latin=tuple(str(x) for x in raw.get("latin", [])),
        nisba=tuple(str(x) for x in raw.get("nisba", [])),
        parent=parent,
    )


def _add(index: dict[Any, Hit], clashes: set[Any], key: Any, hit: Hit) -> None:
    """Index ``key``; a key claimed by two different entries is dropped (ambiguous)."""
    if not key or key in clashes:
        return
    old = index.get(key)
    if old is None:
        index[key] = hit
    elif old.entry != hit.entry:
        if old.nisba != hit.nisba:  # a name beats a nisba form (السعودية the country)
            if old.nisba:
                index[key] = hit
            return
        log.debug("gazetteer key %r is ambiguous (%s, %s): dropped", key, old.entry, hit.entry)
        del index[key]
        clashes.add(key)


def build_gazetteer(files: Sequence[str] = FILES) -> Gazetteer:
    gaz = Gazetteer()
    clashes: dict[str, set[Any]] = {"tokens": set(), "keys": set(), "skel": set(), "rasm": set()}
    for name in files:
        for entry, ambiguous in _entries_from(read_yaml(name)):
            gaz.entries[entry.id] = entry
            amb = {norm_key(a) for a in ambiguous}
            for v in entry.variants:
                hit = Hit(entry.id, ambiguous=norm_key(v) in amb)
                _add(gaz.tokens, clashes["tokens"], _word_keys(v), hit)
                key = exact_key(v)
                _add(gaz.keys, clashes["keys"], key, hit)
                if " " in key or (len(key) >= 5 and len(skeleton(key)) >= 4):
                    _add(gaz.skeletons, clashes["skel"], skeleton(key), hit)
                if " " in key:
                    _add(gaz.rasms, clashes["rasm"], rasm_key(key), hit)
            for v in entry.latin:
                _add(gaz.tokens, clashes["tokens"], _word_keys(v), Hit(entry.id))
                _add(gaz.keys, clashes["keys"], _latin_key(v), Hit(entry.id))
            for base in entry.nisba:
                for form in nisba_forms(base):
                    hit = Hit(entry.id, nisba=True)
                    _add(gaz.tokens, clashes["tokens"], tuple(form.split()), hit)
                    _add(gaz.keys, clashes["keys"], exact_key(form), hit)
    gaz.max_n = max((len(k) for k in gaz.tokens), default=1)
    gaz.heads = frozenset(k[0] for k in gaz.tokens)
    for words, hit in sorted(gaz.tokens.items()):
        if len(words) > 1 and not hit.nisba:
            gaz.multi.setdefault(words[0], []).append(words)
    return gaz


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The shipped gazetteer (built once per process)."""
    return build_gazetteer()


@lru_cache(maxsize=1)
def place_cues() -> frozenset[str]:
    return frozenset(norm_key(w) for w in read_lines("entities/place_cues.txt"))


@lru_cache(maxsize=1)
def reporting_verbs() -> frozenset[str]:
    return frozenset(norm_key(w) for w in read_lines("entities/reporting_verbs.txt"))


def strip_conj(key: str) -> str:
    """Drop a leading conjunction و/ف from a normalised word (for cue and verb look-ups)."""
    return key[1:] if len(key) > 3 and key[0] in "وف" else key


def in_set(key: str, words: frozenset[str]) -> bool:
    """Is a normalised word in ``words``, as written or after a leading و/ف conjunction?"""
    return key in words or strip_conj(key) in words


@dataclass(slots=True)
class _Match:
    first: int
    last: int
    prefix: int
    hit: Hit
    form: tuple[str, ...] = ()
    """The normalised gazetteer form matched (clitics removed)."""


word_key = lru_cache(maxsize=1 << 17)(norm_key)
"""``norm_key`` of one word, memoised (words repeat a lot across a collection)."""

Words = tuple[list[Token], list[str]]
"""A document's word tokens and their normalisation keys."""


def document_words(doc: Document) -> Words:
    """The word tokens of ``doc`` (``doc.tokens``, or tokenised now) and their keys."""
    words = [t for t in (doc.tokens or tokenize(doc.text)) if _is_word(t.text)]
    return words, [word_key(t.text) for t in words]


def _match_at(gaz: Gazetteer, keys: list[str], gaps: list[bool], i: int) -> _Match | None:
    for plen, first in clitic_splits(keys[i]):
        if first not in gaz.heads:
            continue
        best: _Match | None = None
        for n in range(1, gaz.max_n + 1):
            j = i + n - 1
            if j >= len(keys) or (n > 1 and gaps[j]):
                break
            form = (first, *keys[i + 1 : j + 1])
            hit = gaz.tokens.get(form)
            if hit is not None:
                best = _Match(i, j, plen, hit, form)
        if best is None:
            best = _typo_match(gaz, keys, gaps, i, plen, first)
        if best is not None:
            return best
    return None


def _typo_match(
    gaz: Gazetteer, keys: list[str], gaps: list[bool], i: int, plen: int, first: str
) -> _Match | None:
    """A multi-word gazetteer name whose later words are all written right but one, which differs
    only in its dots (``بيونج يانح``): the same dotless skeleton and at least three letters."""
    for form in gaz.multi.get(first, ()):
        j = i + len(form) - 1
        if j >= len(keys) or any(gaps[k] for k in range(i + 1, j + 1)):
            continue
        written = keys[i + 1 : j + 1]
        wrong = [(w, f) for w, f in zip(written, form[1:], strict=True) if w != f]
        if len(wrong) == 1 and len(wrong[0][0]) >= 3 and word_rasm(wrong[0][0]) == word_rasm(wrong[0][1]):
            return _Match(i, j, plen, gaz.tokens[form], form)
    return None


def _ambiguous_ok(gaz: Gazetteer, keys: list[str], m: _Match, prev_end: int) -> bool:
    """An ambiguous name counts as a place only after a place cue or a reporting verb, or when
    coordinated with a place just matched, and never when directly followed by another place
    (``سيول جدة`` are floods in Jeddah)."""
    nxt = m.last + 1
    if nxt < len(keys):
        follower = _match_at(gaz, keys, [False] * len(keys), nxt)
        if follower is not None and not follower.hit.ambiguous and follower.prefix == 0:
            return False
    if m.prefix and keys[m.first][0] in "بل":
        return True
    if m.prefix and prev_end == m.first - 1:
        return True
    if m.first > 0:
        prev = keys[m.first - 1]
        if in_set(prev, place_cues()) or in_set(prev, reporting_verbs()):
            return True
    return nxt < len(keys) and in_set(keys[nxt], reporting_verbs())


def _accept(gaz: Gazetteer, keys: list[str], m: _Match, prev_end: int) -> bool:
    if m.hit.ambiguous and not _ambiguous_ok(gaz, keys, m, prev_end):
        return False
    if m.hit.nisba and m.form[-1].endswith("ه"):
        # a feminine nisba naming a language: بالروسية, باللغة الإنجليزية
        if m.prefix and keys[m.first][0] == "ب":
            return False
        if m.first > 0 and strip_conj(keys[m.first - 1]).lstrip("بل").endswith("لغه"):
            return False
    return True


def gazetteer_mentions(
    doc: Document, gaz: Gazetteer | None = None, words_keys: Words | None = None
) -> list[EntityMention]:
    """Gazetteer names in ``doc.text`` as mentions (offsets into ``doc.text``).

    Nisba adjectives get ``link`` = the canonical country. The mention span excludes an attached
    conjunction/preposition (``وروسيا`` → ``روسيا``)."""
    gaz = gaz or load_gazetteer()
    words, keys = words_keys or document_words(doc)
    gaps = [i > 0 and doc.text[words[i - 1].end : words[i].start].strip() != "" for i in range(len(words))]
    out: list[EntityMention] = []
    i, prev_end = 0, -2
    while i < len(words):
        m = _match_at(gaz, keys, gaps, i)
        if m is None or not _accept(gaz, keys, m, prev_end):
            i += 1
            continue
        tok = words[m.first]
        start = tok.start + normalize(tok.text).to_original(m.prefix, len(keys[m.first]))[0]
        end = words[m.last].end
        entry = gaz.entry(m.hit)
        mention = EntityMention(doc.text[start:end], entry.type, start, end, key=exact_key(" ".join(m.form)))
        if m.hit.nisba:
            mention.link = entry.name
        out.append(mention)
        prev_end = m.last
        i = m.last + 1
    return out


def _overlaps(a: EntityMention, b: EntityMention) -> bool:
    return a.start < b.end and b.start < a.end


def merge_mentions(ner: Sequence[EntityMention], gaz: Sequence[EntityMention]) -> list[EntityMention]:
    """NER mentions plus gazetteer mentions, without overlaps.

    A gazetteer mention replaces the NER mentions it overlaps only when it covers them all (a known
    entry wins ties and longer spans: ``كوريا`` inside ``كوريا الشمالية``); otherwise NER wins."""
    result = list(ner)
    for g in gaz:
        hits = [m for m in result if _overlaps(m, g)]
        if not hits:
            result.append(g)
        elif all(g.start <= m.start and m.end <= g.end for m in hits):
            keep = [m for m in result if not _overlaps(m, g)]
            same = [m for m in hits if (m.start, m.end) == (g.start, g.end)]
            if same and same[0].entity_id is not None:
                g.entity_id = same[0].entity_id
            result = [*keep, g]
    result.sort(key=lambda m: (m.start, m.end))
    return result
