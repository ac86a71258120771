"""Within-document resolution: keys, person coreference, roles, nisba links and metonyms.

:func:`resolve_document` works on ``doc.entities`` (NER mentions, plus gazetteer mentions merged in
by :func:`prepare_document`) and sets, on each :class:`~rasd.models.EntityMention`:

* ``key`` — the grouping key: the exact name key (:func:`rasd.entities.keys.exact_key`), or, for a
  person mentioned by part of the name (``كيم``, ``بوتين``, ``تشوي``), the key of the one full name
  mentioned earlier in the same document that contains it; left alone when several fit;
* ``role`` / ``role_of`` — a title before the name (``وزير الخارجية الكوري الشمالي يون مي را`` →
  ``وزير الخارجية`` of ``كوريا الشمالية``) or in apposition after it (``كيم جونج جيو، نائب وزير
  خارجية كوريا الشمالية``); titles are data (``rasd/data/entities/titles.yaml``);
* ``link`` — for a nisba adjective the canonical country; for a capital used as a metonym (speaker
  of a statement, or next to a reporting verb: ``سول تستدعي``) the country, with ``metonym=True``.

A later mention by role alone (``وزير الخارجية الروسي``) becomes a person mention linked to the
one person of the document who holds that role, when exactly one does.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from rasd.data import read_yaml
from rasd.entities.gazetteer import (
    Gazetteer,
    Words,
    document_words,
    gazetteer_mentions,
    in_set,
    load_gazetteer,
    merge_mentions,
    reporting_verbs,
    strip_conj,
)
from rasd.entities.keys import exact_key, name_tokens, names_compatible, strip_article, tokens_match
from rasd.models import Document, EntityMention, Token
from rasd.text.normalize import norm_key

MAX_TITLE = 10
ROLE_PREPOSITIONS = frozenset({"في", "لدى", "الى", "من", "عن", "ب", "ل"})


@dataclass(frozen=True, slots=True)
class _Titles:
    heads: frozenset[str]
    ranks: frozenset[str]
    stops: frozenset[str]


def _plain(key: str) -> str:
    t = strip_article(key)
    return t[:-1] if len(t) > 3 and t.endswith("ه") else t


def role_norm(token: str) -> str:
    """A title token for comparison: article and feminine ending dropped, and a leading و/ف
    conjunction when the word without it is a title (وزير stays وزير, والرئيس → رئيس)."""
    key = norm_key(token)
    plain = _plain(key)
    titles = _titles()
    if plain in titles.heads or plain in titles.ranks:
        return plain
    return _plain(strip_conj(key))


def _conj_len(key: str) -> int:
    """1 when the word starts with a conjunction that :func:`role_norm` drops."""
    return 1 if role_norm(key) != _plain(key) and strip_conj(key) != key else 0


@lru_cache(maxsize=1)
def _titles() -> _Titles:
    raw: dict[str, Any] = read_yaml("entities/titles.yaml")
    return _Titles(
        heads=frozenset(_plain(norm_key(str(h).split()[0])) for h in raw["heads"]),
        ranks=frozenset(_plain(norm_key(str(h).split()[0])) for h in raw["ranks"]),
        stops=frozenset(norm_key(str(s)) for s in raw["stops"]),
    )


@dataclass(slots=True)
class _Doc:
    doc: Document
    gaz: Gazetteer
    words: list[Token]
    keys: list[str]
    starts: list[int]
    gaps: list[bool]
    """``gaps[i]``: punctuation (not only spaces) between word i-1 and word i."""
    places: dict[int, EntityMention] = field(default_factory=dict)
    role_words: set[int] = field(default_factory=set)
    """Words inside a title already attributed to a named person."""
    """Gazetteer-known place/organisation mentions by the index of their first word."""

    def word_at(self, offset: int) -> int:
        return max(bisect.bisect_right(self.starts, offset) - 1, 0)

    def sep(self, i: int) -> str:
        """The text between word i-1 and word i."""
        return self.doc.text[self.words[i - 1].end : self.words[i].start]


def _context(doc: Document, gaz: Gazetteer, words_keys: Words | None = None) -> _Doc:
    words, keys = words_keys or document_words(doc)
    starts = [t.start for t in words]
    ctx = _Doc(doc, gaz, words, keys, starts, [False] * len(words))
    ctx.gaps = [i > 0 and ctx.sep(i).strip() != "" for i in range(len(words))]
    return ctx


def prepare_document(doc: Document, gaz: Gazetteer | None = None) -> None:
    """Merge gazetteer mentions into ``doc.entities`` (see :func:`merge_mentions`) and resolve."""
    gaz = gaz or load_gazetteer()
    words = document_words(doc)
    doc.entities = merge_mentions(doc.entities, gazetteer_mentions(doc, gaz, words))
    resolve_document(doc, gaz, words)


def resolve_document(doc: Document, gaz: Gazetteer | None = None, words: Words | None = None) -> None:
    """Resolve the mentions of one document in place (see module doc). Idempotent."""
    gaz = gaz or load_gazetteer()
    ctx = _context(doc, gaz, words)
    doc.entities = sorted((m for m in doc.entities if not is_role_only(m)), key=lambda m: (m.start, m.end))
    for m in doc.entities:
        m.key = exact_key(m.text, gaz.known, article=m.type != "PERS")
        m.metonym = False
        m.link = None
        hit = gaz.lookup_key(m.key) if m.type != "PERS" else None
        if hit is not None:
            entry = gaz.entry(hit)
            ctx.places[ctx.word_at(m.start)] = m
            if hit.nisba:
                m.link = entry.name
            elif entry.kind == "capital" and _is_metonym(ctx, m):
                m.metonym = True
                m.link = gaz.parent_name(entry)
    persons = [m for m in doc.entities if m.type == "PERS"]
    for m in persons:
        m.role = m.role_of = None
        _set_role(ctx, m)
    clusters = _corefer(ctx, persons)
    _role_only(ctx, clusters, persons)


def is_role_only(m: EntityMention) -> bool:
    """A person mention by role alone (made by :func:`resolve_document`; rebuilt on every run)."""
    return m.type == "PERS" and m.role is not None and m.text.startswith(m.role)


def _is_metonym(ctx: _Doc, m: EntityMention) -> bool:
    for st in ctx.doc.statements:
        s, e = st.speaker_start, st.speaker_end
        if s is not None and e is not None and s < m.end and m.start < e:
            return True
    first, last = ctx.word_at(m.start), ctx.word_at(max(m.end - 1, m.start))
    verbs = reporting_verbs()
    if first > 0 and not ctx.gaps[first] and in_set(ctx.keys[first - 1], verbs):
        return True
    nxt = last + 1
    return nxt < len(ctx.words) and not ctx.gaps[nxt] and in_set(ctx.keys[nxt], verbs)


def _is_stop(ctx: _Doc, i: int) -> bool:
    return in_set(ctx.keys[i], _titles().stops) or in_set(ctx.keys[i], reporting_verbs())


def _title_span(ctx: _Doc, lo: int, hi: int) -> tuple[int, int] | None:
    """Word span [h, hi) of a title ending right before word ``hi`` (latest head in the window,
    extended back over adjacent heads: نائب وزير)."""
    titles = _titles()
    head = None
    for i in range(hi - 1, lo - 1, -1):
        if role_norm(ctx.keys[i]) in titles.heads or role_norm(ctx.keys[i]) in titles.ranks:
            head = i
            break
    if head is None:
        return None
    while head > lo and role_norm(ctx.keys[head - 1]) in titles.heads:
        head -= 1
    return head, hi


def _role_parts(ctx: _Doc, h: int, hi: int) -> tuple[str, str | None, int] | None:
    """Role text, role_of and the end word of the role proper, for title words [h, hi)."""
    end, role_of = hi, None
    for i in range(h + 1, hi):
        place = ctx.places.get(i)
        if place is not None:
            end = i
            role_of = place.link or _canonical(ctx, place)
            break
    while end - 1 > h and strip_conj(ctx.keys[end - 1]) in ROLE_PREPOSITIONS:
        end -= 1
    if end <= h:
        return None
    start = ctx.words[h].start + _conj_len(ctx.keys[h])
    text = ctx.doc.text[start : ctx.words[end - 1].end]
    return text, role_of, end


def _canonical(ctx: _Doc, m: EntityMention) -> str:
    hit = ctx.gaz.lookup_key(m.key)
    return ctx.gaz.entry(hit).name if hit is not None else m.text


def _pre_title(ctx: _Doc, first: int) -> tuple[int, int] | None:
    lo = first
    while lo > 0 and first - lo < MAX_TITLE and not ctx.gaps[lo] and not _is_stop(ctx, lo - 1):
        lo -= 1
    return _title_span(ctx, lo, first)


def _post_title(ctx: _Doc, last: int) -> tuple[int, int] | None:
    nxt = last + 1
    if nxt >= len(ctx.words) or ctx.sep(nxt).strip() not in {"،", ","}:
        return None
    if role_norm(ctx.keys[nxt]) not in _titles().heads:
        return None
    hi = nxt + 1
    while hi < len(ctx.words) and hi - nxt < MAX_TITLE and not ctx.gaps[hi] and not _is_stop(ctx, hi):
        hi += 1
    return nxt, hi


def _set_role(ctx: _Doc, m: EntityMention) -> None:
    first, last = ctx.word_at(m.start), ctx.word_at(max(m.end - 1, m.start))
    pre = _pre_title(ctx, first)
    post = _post_title(ctx, last)
    if pre is not None and role_norm(ctx.keys[pre[0]]) in _titles().ranks and post is not None:
        pre = None
    span = pre or post
    if span is None:
        return
    parts = _role_parts(ctx, *span)
    if parts is not None:
        m.role, m.role_of = parts[0], parts[1]
        ctx.role_words.update(range(*span))


@dataclass(slots=True)
class _Person:
    key: str
    tokens: tuple[str, ...]
    role: tuple[str, ...] = ()
    role_of: str | None = None


def _corefer(ctx: _Doc, persons: list[EntityMention]) -> list[_Person]:
    """Full names open person clusters; a partial name resolves to the one earlier cluster that
    contains it (the key of the mention becomes the cluster's key)."""
    clusters: list[_Person] = []
    for m in persons:
        toks = name_tokens(m.text, ctx.gaz.known, article=False)
        if not toks:
            continue
        same = [c for c in clusters if len(toks) >= 2 and names_compatible(toks, c.tokens)]
        if same:
            target: _Person | None = same[0]
        else:
            cands = [c for c in clusters if len(c.tokens) > len(toks) and _contains(c.tokens, toks)]
            target = cands[0] if len(cands) == 1 else None
        if target is None and len(toks) >= 2:
            target = _Person(m.key, toks)
            clusters.append(target)
        if target is None:
            continue
        m.key = target.key
        if m.role and not target.role:
            target.role, target.role_of = tuple(role_norm(w) for w in m.role.split()), m.role_of
    return clusters


def _contains(full: tuple[str, ...], part: tuple[str, ...]) -> bool:
    n = len(part)
    for i in range(len(full) - n + 1):
        if all(tokens_match(a, b) for a, b in zip(full[i : i + n], part, strict=True)):
            return True
    return False


def _role_only(ctx: _Doc, clusters: list[_Person], persons: list[EntityMention]) -> None:
    """Mentions by role alone (``وزير الخارجية الروسي``) linked to the one person holding it."""
    if not any(c.role for c in clusters):
        return
    taken = {(m.start, m.end) for m in ctx.doc.entities}
    covered = [(m.start, m.end) for m in ctx.doc.entities if m.type == "PERS" or m.role]
    heads = _titles().heads
    for i, k in enumerate(ctx.keys):
        if i in ctx.role_words or role_norm(k) not in heads:
            continue
        if any(s <= ctx.words[i].start < e for s, e in covered):
            continue
        hi = i + 1
        while hi < len(ctx.words) and hi - i < 4 and not ctx.gaps[hi] and not _is_stop(ctx, hi):
            # the complement: a construct noun right after the head (وزير خارجية), then definite words
            if hi > i + 1 and not ctx.keys[hi].startswith("ال"):
                break
            hi += 1
        if hi in ctx.places:
            hi += 1  # the place the title belongs to (وزير خارجية إيران)
        parts = _role_parts(ctx, i, hi)
        if parts is None:
            continue
        mention = _role_mention(ctx, clusters, persons, i, parts)
        if mention is not None and (mention.start, mention.end) not in taken:
            ctx.doc.entities.append(mention)
            taken.add((mention.start, mention.end))
    ctx.doc.entities.sort(key=lambda x: (x.start, x.end))


def _role_mention(
    ctx: _Doc,
    clusters: list[_Person],
    persons: list[EntityMention],
    i: int,
    parts: tuple[str, str | None, int],
) -> EntityMention | None:
    text, role_of, end = parts
    start = ctx.doc.text.index(text, ctx.words[i].start)
    rk = tuple(role_norm(w) for w in text.split())
    if len(rk) == 1 and not strip_conj(ctx.keys[i]).startswith("ال"):
        return None  # a bare indefinite title (وزير) does not refer back to anyone
    earlier = {m.key for m in persons if m.start < start}
    cands = [
        c
        for c in clusters
        if c.key in earlier and c.role[: len(rk)] == rk and (role_of is None or c.role_of == role_of)
    ]
    if len(cands) != 1:
        return None
    stop = end
    if role_of is not None and end in ctx.places:
        stop = ctx.word_at(max(ctx.places[end].end - 1, 0)) + 1
    span_end = ctx.words[stop - 1].end
    return EntityMention(
        ctx.doc.text[start:span_end], "PERS", start, span_end, role=text, role_of=role_of, key=cands[0].key
    )
