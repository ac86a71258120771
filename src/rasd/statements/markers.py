"""Nominal attribution markers: بحسب X، ... / ...، وفقا لـ X / حسبما أفادت X / نقلا عن X."""

from __future__ import annotations

import re

from rasd.statements.chunk import OPEN_QUOTES, Tok, find_close_quote, media_np, np_end, np_rules, words
from rasd.statements.lexicon import Lexicon, Marker
from rasd.statements.records import Draft, SentenceView, is_media, report_act
from rasd.statements.senses import discretion


def _match_seq(pats: tuple[re.Pattern[str], ...], toks: list[Tok], i: int, hi: int) -> bool:
    if i + len(pats) > hi:
        return False
    return all(p.fullmatch(toks[i + n].key) for n, p in enumerate(pats))


_CANDIDATES: dict[str, tuple[tuple[Marker, ...], tuple[Marker, ...]]] = {}


def _candidates(lex: Lexicon, key: str) -> tuple[Marker, ...]:
    """The markers whose first token matches ``key`` (cached: على opens a marker but rarely one)."""
    entry = _CANDIDATES.get(key)
    if entry is not None and entry[0] is lex.markers:
        return entry[1]
    if len(_CANDIDATES) > 200_000:
        _CANDIDATES.clear()
    found: tuple[Marker, ...] = ()
    if lex.marker_first.fullmatch(key):  # most words open no marker: one match instead of one each
        found = tuple(m for m in lex.markers if m.tokens[0].fullmatch(key))
    _CANDIDATES[key] = (lex.markers, found)
    return found


def find_markers(lex: Lexicon, view: SentenceView) -> list[tuple[int, Marker]]:
    out = []
    toks = view.toks
    cached = _CANDIDATES.get
    for i in range(view.lo, view.hi):
        entry = cached(toks[i].key)
        if entry is not None and entry[0] is lex.markers and not entry[1]:
            continue  # the common case, without a call
        for m in _candidates(lex, toks[i].key):
            if _match_seq(m.tokens, toks, i, view.hi):
                out.append((i, m))
                break
    return out


def _marker_speaker(lex: Lexicon, view: SentenceView, j: int, marker: Marker) -> tuple[int, int] | None:
    """Start char and token end of the speaker after a marker (None when there is none)."""
    toks = view.toks
    if marker.verb:
        if j < view.hi and toks[j].key == "ما":
            j += 1
        if j < view.hi and (
            toks[j].key in lex.cues or any(p.fullmatch(toks[j].key) for p in lex.marker_verbs)
        ):
            j += 1
        elif marker.needs_verb:
            return None
    start = toks[j].start if j < view.hi else -1
    if marker.lam:
        if j < view.hi and toks[j].key == "ل":
            j += 1
            start = toks[j].start if j < view.hi else -1
        elif j < view.hi and toks[j].key.startswith("ل") and len(toks[j].key) > 2:
            start = toks[j].start + 1 + (toks[j].text[1:2] == "ـ")
        else:
            return None
    if j >= view.hi:
        return None
    if toks[j].text in OPEN_QUOTES and (quoted := _quoted_source(toks, j, view.hi)) is not None:
        return quoted  # وبحسب "الألمانية"، ...: a quoted agency name
    e = media_np(toks, j, view.hi)
    e = next(
        (m for m in range(j + 1, e) if _verb_cue(lex, toks[m].key)), e
    )  # وحسب وكالة رويترز قال X (round 16)
    key = toks[j].key
    heads: tuple[str, ...] = (
        (key, key[1:], "ال" + key[2:]) if marker.lam and key.startswith("لل") else (key, key[1:])
    )
    if np_rules().marker_quantifiers.fullmatch(key) and j + 1 < e:
        heads = (toks[j + 1].key,)  # وفقا لعدة عوامل / لثلاثة معايير: the counted noun is the head
    if key in words("exchange_nouns") and e < view.hi and toks[e].key == "مع":
        party = media_np(toks, e + 1, view.hi)  # وحسب حديث مع بعض المسؤولين: the party spoke (round 16)
        return (toks[e + 1].start, party) if party > e + 1 else None
    if e == j or key == "ما" or any(np_rules().not_speakers.fullmatch(h) for h in heads):
        return None
    if marker.head is not None and not marker.head.fullmatch(key):
        return None
    return start, e


_NEGATORS = frozenset({"ليس", "وليس", "لا", "ولا", "غير"})


def _verb_cue(lex: Lexicon, key: str) -> bool:
    cue = lex.cues.get(key)
    return cue is not None and cue.kind == "verb"


def _quoted_source(toks: list[Tok], j: int, hi: int) -> tuple[int, int] | None:
    """A short quoted name after a marker: start char and the token index after its closing mark."""
    close = next((m for m in range(j + 1, min(hi, j + 5)) if toks[m].text in '”»"'), None)
    if close is None or close == j + 1 or not all(t.is_word for t in toks[j + 1 : close]):
        return None
    return toks[j + 1].start, close


def _previous_sentence(view: SentenceView) -> tuple[int, int] | None:
    """Character span of the sentence before ``view`` (up to 80 tokens back)."""
    toks, last = view.toks, view.lo - 1
    while last >= 0 and not toks[last].is_word:
        last -= 1
    first = last
    while first > 0 and last - first < 80 and toks[first - 1].text not in ".!?؟":
        first -= 1
    return (toks[first].start, toks[last].end) if last >= 0 and first < last else None


def _past_source_times(toks: list[Tok], e: int, hi: int, d: Draft) -> int:
    """``بحسب ما نقلت صحيفة X الاثنين عن Y``: the index of عن after a medium and a day (round 13)."""
    k = e
    if k + 2 < hi and toks[k].text in "،,":  # نقلت صحيفة X، مساء أول من أمس، عن Y (round 15)
        m = next(
            (m for m in range(k + 1, min(hi, k + 6)) if toks[m].key not in words("source_time_words")), hi
        )
        k = m + 1 if m > k + 1 and m < hi and toks[m].text in "،," else k
    while k < min(hi, e + 2) and toks[k].key in words("source_times"):
        k += 1
    return k if k + 1 < hi and toks[k].key == "عن" and is_media(toks, d) else e


def marker_draft(lex: Lexicon, view: SentenceView, i: int, marker: Marker) -> Draft | None:
    """A statement attributed by a nominal marker: بحسب X، ... / ...، وفقا لـ X."""
    toks = view.toks
    if i > view.lo and toks[i - 1].key in _NEGATORS:
        return None  # وليس حسب اجتهادات أفرادها: "not according to", no attribution (round 16)
    if discretion(toks, i + len(marker.tokens), view.hi):
        return None  # بحسب ما تراه الجهات الأمنية: at their discretion (round 19)
    found = _marker_speaker(lex, view, i + len(marker.tokens), marker)
    if found is None:
        return None
    start, e = found
    last = i + len(marker.tokens) - 1
    d = Draft(toks[i].start, toks[last].end, marker.act, False, "marker", None, "s")
    d.sentence, d.cue_index, d.speaker, d.speaker_from = view.index, i, (start, toks[e - 1].end), "marker"
    issued = toks[e - 1].key in words("issued")  # بحسب تقرير صادر عن X: the issuer, not a source
    e = _past_source_times(toks, e, view.hi, d)
    if e + 1 < view.hi and toks[e].key == "عن" and is_media(toks, d) and not issued:
        src = np_end(toks, e + 1, view.hi, set(), frozenset())
        if src > e + 1:  # وفق ما نقلته وكالة X عن مصادر عسكرية: the sources speak, through X
            d.via.append(d.speaker)
            d.speaker, e = (toks[e + 1].start, toks[src - 1].end), src
    lead = i == view.lo or not toks[i - 1].is_word
    prefixed = toks[i].key[:1] in "وف" and marker.tokens[0].fullmatch(toks[i].key[1:]) is not None
    if lead and i - 1 > view.lo and not prefixed:
        lead = False  # "...، بحسب X" attributes what precedes it; "...، وبحسب X، ..." what follows
    if lead:
        k = e
        if k < view.hi and toks[k].text in '”»"' and toks[k].start == toks[k - 1].end:
            k += 1  # وبحسب "الألمانية"، ...: the closing mark of a quoted name
        if k + 1 < view.hi and toks[k].text in "،," and toks[k + 1].key in words("relatives"):
            return None  # وفقا لرئيس المجلس X، الذي أوضح أن: the relative clause carries the statement
        if (k < view.hi and toks[k].text in "،,:") or (k < view.hi and np_rules().is_that(toks[k].key)):
            k += 1
        if k < view.hi and toks[k].text in OPEN_QUOTES:
            close = find_close_quote(view.text, toks[k].start)
            if close is not None:
                d.content, d.direct, d.quote_end = (toks[k].end, close), True, close + 1
                d.gap_end = k
                d.act = report_act(d.act, toks, view, d)
                return d
        if not any(t.is_word for t in toks[k : view.hi]):
            return None  # "… جيدين”. وفقا للفرنسية.": a via left after the statement it closes
        d.content = (toks[k].start, view.end)
        d.gap_end = k
    else:
        j = i - 1 if toks[i - 1].is_word else i - 2
        if j < view.lo:
            return None
        d.content = (view.start, toks[j].end)
        d.gap_end = e
        retro = j == view.lo + 1 and toks[j].key in words("retro")
        if retro and toks[view.lo].key.lstrip("و") in ("جاء", "ورد"):
            d.content = _previous_sentence(view) or d.content  # جاء ذلك على لسان X: what came before
    d.act = report_act(d.act, toks, view, d)
    return d
