"""The statements stage: drafts per sentence, speakers resolved across sentences, records built.

Speaker resolution (``Statement.speaker_resolved_from``):

* ``explicit``: the speaker noun phrase is in the statement's own clause (or, for an adverbial
  participle such as ``مشيرا إلى``, in the statement it continues);
* ``marker``: the speaker follows a nominal marker (``بحسب``, ``وفقا لـ``, ``نقلا عن``);
* ``previous-speaker``: an elided or pronoun subject (``وأضافت:``, ``وقال إن``) resolved to the
  latest earlier speaker of the same gender and number (else the latest speaker) within a few
  sentences;
* ``pronoun``: an elided subject resolved to the subject noun phrase of its own or the previous
  sentence when no earlier speaker is near (``وصل الوزير ... وقال إن``; ``X، الذي قال إن``).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from rasd.errors import StageError
from rasd.models import Document, Statement
from rasd.statements.agreement import plural_clash, plural_speaker
from rasd.statements.carry import Persons, newer_person
from rasd.statements.chunk import Tok, make_toks, np_end, np_rules, words
from rasd.statements.clauses import governing_subject, titled_clause
from rasd.statements.extract import sentence_drafts
from rasd.statements.folding import folded, quoting_fold
from rasd.statements.guards import evade_phrase, thing_speaker
from rasd.statements.history import antecedent
from rasd.statements.lexicon import Lexicon, load_lexicon
from rasd.statements.records import Draft, SentenceView, np_gender, report_act, sentence_views
from rasd.statements.subjects import chained_subject, exchange_subject, resumptive_clause, returned_subject
from rasd.statements.svo import (
    after_lead,
    coordinated,
    resumptive_subject,
    saying,
    svo_start,
    svo_subject,
    temporal_subject,
)

log = logging.getLogger(__name__)

_WINDOW = 5
# A scraped "link to the story" line that repeats the headline after the article (round 12)
_BOILERPLATE = re.compile(r"رابط الخبر بصحيفة")


@dataclass(slots=True)
class _Known:
    span: tuple[int, int]
    gender: str | None
    number: str
    sentence: int


def _subject(view: SentenceView, before: int) -> tuple[int, int] | None:
    """Subject noun phrase of a sentence's main clause (VSO: after the first word; else at it)."""
    toks, rules = view.toks, np_rules()
    if before - 1 > view.lo and toks[before - 1].key in words("relatives"):
        k = before - 2
        if k > view.lo and not toks[k].is_word:
            k -= 1
        j = k
        while j > view.lo and toks[j - 1].is_word and not rules.is_stop(toks[j - 1].key) and j > k - 8:
            j -= 1
        if j < k and toks[j].key.lstrip("وف") != toks[j].key:
            j += 1  # the first word is the verb (وأبلغ تشوي، الذي قال)
        if k == j and toks[k].key in ("من", "ما", "ومن"):
            return None  # يطالب من الذين: "those who", no antecedent noun
        return (toks[j].start, toks[k].end) if k >= j and toks[k].is_word else None
    lo = after_lead(view)
    if lo + 1 < view.hi and toks[lo].key == "و":
        lo += 1  # "و تلقى": the conjunction written apart
    while lo < view.hi and (toks[lo].key in words("subject_negators") or _soft_lead(toks[lo].key)):
        lo += 1  # وقد هدد X …، مؤكدا / كما ثمن X …، معتبرا: the verb follows the lead (round 14)
    if lo >= view.hi or not toks[lo].is_word:
        return None
    first = toks[lo].key
    if first in words("subject_blockers"):
        return None  # وفي سوق …، / وعندما قطعت …،: a fronted phrase or clause, not the subject
    if svo_start(toks, lo, min(view.hi, before)):
        return toks[lo].start, toks[lo].end  # عبدالغني يعي تماما: the name before the verb
    # the article is written with a bare alef: ألقى / ألمح normalise to ال… but are verbs
    start = lo if toks[lo].text.startswith(("ال", "وال")) else lo + 1
    if start > lo and toks[lo].text.endswith("ة"):
        return None  # وتنمية مهارات …،وبين: a verbal noun opens the sentence, no verb and subject (round 16)
    if start < view.hi and (_prepositional(toks[start].key) or rules.is_stop(toks[start].key)):
        return None  # واهتمت بمستجدات …، مشيرة / بدلا من ذلك: a preposition, no subject (rounds 13, 20)
    end = np_end(toks, start, min(view.hi, before), set(), frozenset())
    end = next((k for k in range(start + 1, end) if _suffixed_object(toks, k)), end)
    if end <= start:
        return None
    return toks[start].start, toks[end - 1].end


def _suffixed_object(toks: list[Tok], k: int) -> bool:
    """``الصحف رصدها``: a noun with a pronoun suffix after a definite word opens the object (round 14)."""
    key = toks[k].key
    return toks[k - 1].key.startswith("ال") and len(key) > 4 and key.endswith(("ها", "هم", "هما", "هن"))


def _soft_lead(key: str) -> bool:
    """``قد``، ``كما``، ``حيث`` … before the verb; ``كان`` is the verb itself (its subject follows)."""
    return key in words("soft_leads") and key not in words("kana")


def _prepositional(key: str) -> bool:
    """``بالأمر``، ``للمواطنين``، ``بمستجدات``: a word glued to a preposition, no subject."""
    if key.startswith(("بال", "لل")):
        return True
    return key.startswith("ب") and key.endswith(("ات", "ه")) and len(key) > 5


def _verb_clause_subject(lex: Lexicon, view: SentenceView, d: Draft) -> tuple[int, int] | None:
    """The subject of a sentence opened by و + a verb with no statement of its own (وشكك معهد … قائلا)."""
    toks, lo = view.toks, after_lead(view)  # من جانبه، تحدث X قائلا / وكان X استقبل …، مؤكدا (round 15)
    first = toks[lo].key if lo < view.hi else ""
    kana = first in words("kana")
    if (
        d.cue_index <= lo + 2
        or not (first[:1] in "وف" or lo > view.lo or kana)
        or first.startswith(("وال", "فال"))
    ):
        return None
    if not kana and (
        np_rules().is_stop(first[1:]) or np_rules().is_stop(first) or first in words("soft_leads")
    ):
        return None
    nxt = toks[lo + 1].key if lo + 1 < view.hi else ""
    if not nxt or np_rules().is_stop(nxt) or nxt[:1] in "يت":
        return None
    span = _subject(view, d.cue_index)
    if span is not None and np_gender(toks, span) != ("f" if first.endswith("ت") else "m"):
        return None  # وشكر سفارة المملكة …، مضيفا: the noun disagrees with the verb, it is the object
    return span


def _elided_verb_subject(view: SentenceView, prev: SentenceView | None) -> tuple[int, int] | None:
    """A sentence opened by و + a verb whose subject is elided (a preposition right after it: واهتمت
    بمستجدات …، مشيرة) continues the subject of the previous sentence (round 14)."""
    toks, lo = view.toks, view.lo
    if (
        prev is None
        or lo + 1 >= view.hi
        or not toks[lo].key.startswith("و")
        or toks[lo].text.startswith("وال")
    ):
        return None
    if toks[lo].key in words("kana") or np_rules().is_stop(toks[lo].key[1:]):
        return None
    if not _prepositional(toks[lo + 1].key):
        return None
    return _subject(prev, prev.hi)


def _comma_subject(view: SentenceView, i: int) -> tuple[int, int] | None:
    """``وكان مساعد الوزير حسين عبد اللهيان، أكد أن``: the whole clause before the comma."""
    toks = view.toks
    if i - 2 < view.lo or toks[i - 1].text not in "،,":
        return None
    span = _subject(view, i - 1)
    if span is None or span[1] != toks[i - 2].end:
        return None
    if span[0] > toks[view.lo].start and np_rules().is_stop(toks[view.lo].key):
        return None  # وعن الدور الإيراني، قال: a fronted topic, not the subject
    return span


def _clause_subject(view: SentenceView, i: int) -> tuple[int, int] | None:
    """``…، وقد ألقى مدير الإدارة X كلمة …، وأكد``: the titled subject of the clause just before."""
    toks, rules = view.toks, np_rules()
    comma = i - 1
    c = comma - 1
    while c > view.lo and toks[c - 1].text not in "،,":
        c -= 1
    if c <= view.lo or comma - c < 3:
        return None  # the first clause: the sentence's own subject
    m = c + 1 if toks[c].key in words("clause_openers") else c
    if m + 1 >= comma or (not toks[m].key.startswith("و") and m == c):
        return None
    if not rules.titles.fullmatch(toks[m + 1].key):
        return None
    end = np_end(toks, m + 1, comma, set(), frozenset())
    return (toks[m + 1].start, toks[end - 1].end) if end > m + 1 else None


def _after_fronted(view: SentenceView, i: int) -> tuple[int, int] | None:
    """``وفي بداية الجلسة، رفع X الشكر …، وقال``: after a fronted prepositional phrase and its comma
    the main clause opens with a verb; its subject continues to the conjoined verb (round 12)."""
    toks, lo = view.toks, view.lo
    if toks[lo].key.lstrip("و") not in _FRONTED_PREPS:
        return None
    comma = next((c for c in range(lo + 1, min(i, lo + 8)) if toks[c].text in "،,"), None)
    if comma is None or comma + 2 >= i or not toks[comma + 1].is_word:
        return None
    verb = toks[comma + 1].key
    if toks[comma + 1].text.startswith("ال") or np_rules().is_stop(verb) or verb in words("kana"):
        return None
    sub = SentenceView(view.text, toks, comma + 1, view.hi, toks[comma + 1].start, view.end, view.index)
    return _subject(sub, i)


_FRONTED_PREPS = frozenset({"في", "فى", "على", "خلال", "مع", "بعد", "قبل", "منذ", "عقب", "اثناء"})


_RELATIVE_GENDER: dict[str, str] = {"الذي": "m", "الذين": "m", "اللذين": "m", "التي": "f", "اللتين": "f"}


def _conjoined(lex: Lexicon, view: SentenceView, d: Draft) -> bool:
    """``…، وقال إن``: a verb joined by و after a comma continues its sentence's subject."""
    key, prev = view.toks[d.cue_index].key, view.toks[d.cue_index - 1]
    return key[:1] in "وف" and key[1:] in lex.cues and prev.text in "،,"


def _from_history(d: Draft, known: list[_Known]) -> tuple[int, int] | None:
    near: list[_Known] = []
    for k in reversed(known):  # newest first; stop past the window (no quadratic scans)
        if d.sentence - k.sentence > _WINDOW or len(near) >= 64:
            break
        near.append(k)
    near.reverse()
    for test in (
        lambda k: k.gender == d.gender and k.number == d.number,
        lambda k: k.gender == d.gender,
        lambda k: k.gender is None,  # a verbal noun's speaker (تأكيد الصحفي X ... وقال:)
        lambda k: d.gender is None,  # a verbal noun (بقوله) agrees with any speaker: the latest
    ):
        for k in reversed(near):
            if test(k):
                return k.span
    return None


def _elided_opening(lex: Lexicon, view: SentenceView) -> bool:
    """``واضاف كلما اقتربنا …، وأردف``: the sentence opens with a reporting verb and no subject after it."""
    toks = view.toks
    if toks[view.lo].key not in lex.cues or view.lo + 1 >= view.hi:
        return False
    nxt = toks[view.lo + 1].key
    return not (nxt.startswith("ال") or np_rules().titles.fullmatch(nxt))


def _recent(known: list[_Known], d: Draft) -> _Known | None:
    """The latest speaker of this or the previous sentence whose gender agrees with a participle."""
    near = [k for k in known[-8:] if d.sentence - k.sentence <= 1]
    same = [k for k in near if k.gender == d.gender and k.number == d.number]
    agree = same or [k for k in near if k.gender in (d.gender, None)]
    return agree[-1] if agree else None


def _participle_anchor(d: Draft, view: SentenceView, same: list[Draft]) -> Draft | None:
    """The statement a participle (مؤكدا، معربة) continues: the nearest earlier one of the sentence with a
    speaker of the same gender (معربة after “قال X: إن الولايات المتحدة تستنكر”), else the nearest."""
    pos = same.index(d)
    window = [
        a for a in reversed(same[max(0, pos - 8) : pos]) if a.speaker and not thing_speaker(view.toks, a)
    ]
    return next((a for a in window if a.gender == d.gender), window[0] if window else None)


def _participle_subject(
    lex: Lexicon, d: Draft, view: SentenceView, prev: SentenceView | None, known: list[_Known]
) -> None:
    """A participle that continues no statement of its sentence: its clause's subject, else the recent one."""
    if (own := _verb_clause_subject(lex, view, d) or titled_clause(view, d.cue_index)) is not None:
        d.speaker, d.speaker_from = own, "explicit"  # وشكك معهد بحثي … قائلا: its own clause
    elif (last := _recent(known, d)) is not None:
        d.speaker, d.speaker_from = last.span, "previous-speaker"
    elif (own := _elided_verb_subject(view, prev)) is not None:
        d.speaker, d.speaker_from = own, "pronoun"  # وواصلت الصحف …. واهتمت ب…، مشيرة: الصحف
    elif d.cue_index == view.lo and prev is not None:
        d.speaker, d.speaker_from = _subject(prev, prev.hi), "pronoun"  # “… انتهائها. قائلة:”
    else:
        d.speaker, d.speaker_from = _subject(view, d.cue_index), "explicit"


def _resolve_resumptive(d: Draft, view: SentenceView, prev: SentenceView | None, known: list[_Known]) -> None:
    """أصدر X بيانا أعرب فيه / ألقى X كلمة أعرب فيها: the clause's subject."""
    if (own := resumptive_subject(view, d.cue_index)) is not None:
        d.speaker, d.speaker_from = own, "explicit"  # أشار فيها الإعلامي X إلى (round 15)
        return
    own = exchange_subject(view, d.cue_index)  # اتصالا هاتفيا من Y أعرب فيه: Y
    own = own or (governing_subject(view, d.cue_index) if d.number != "d" else None)
    own = own or _subject(view, d.cue_index)
    if own is not None:
        d.speaker, d.speaker_from = own, "pronoun"
    else:
        _from_history_or_previous(d, prev, known)


def _relative_speaker(d: Draft, view: SentenceView) -> bool:
    """The antecedent of a relative before the cue (الذي قال، التي تقول); True when that settles the draft
    (a speaker found, or a thing that says: no speaker)."""
    r = d.cue_index - 1
    if r > view.lo and view.toks[r].key in words("lead_pronouns"):
        r -= 1  # الذين بدورهم عبروا: the relative before بدوره
    rel = _subject(view, r + 1) if r > view.lo else None
    rel_key = view.toks[r].key
    if rel is not None and rel_key in words("relatives"):
        if saying(view, rel, d.act):  # القصة الشعبية التي تقول: a story, a rule or a verse is no source
            return True
        if _RELATIVE_GENDER.get(rel_key.removeprefix("و"), d.gender) in (d.gender, None):
            d.speaker, d.speaker_from = rel, "pronoun"
            return True
        # الفيلم الذي قالت فيه: the verb does not agree with the antecedent, its subject is elided
    return False


def _resolve(
    lex: Lexicon,
    d: Draft,
    view: SentenceView,
    prev: SentenceView | None,
    same: list[Draft],
    known: list[_Known],
) -> None:
    if d.speaker is not None:
        return
    if d.speaker_from == "governed":
        if not view.toks[d.cue_index].key.startswith(("ب", "ل", "وب", "ول")):
            return _from_history_or_previous(d, prev, known)  # وهي قوله بأن: the suffix's referent
        d.speaker, d.speaker_from = governing_subject(view, d.cue_index), "pronoun"
        if d.speaker is None:  # وانتقل في حديثه إلى … بقوله: the governing verb's subject is elided
            _from_history_or_previous(d, prev, known)
        return
    if d.speaker_from == "participle":
        if (anchor := _participle_anchor(d, view, same)) is not None:
            d.speaker, d.speaker_from = anchor.speaker, anchor.speaker_from
        else:
            _participle_subject(lex, d, view, prev, known)
        return
    if d.kind == "verb" and (own := temporal_subject(view, d.cue_index)) is not None:
        d.speaker, d.speaker_from = own, "pronoun"  # ظهر X في المؤتمر حين قال (round 15)
        return
    if resumptive_clause(view, d):  # أصدر X بيانا أعرب فيه / ألقى X كلمة أعرب فيها: the clause's subject
        return _resolve_resumptive(d, view, prev, known)
    if _relative_speaker(d, view):
        return
    svo = svo_subject(lex, view, d.cue_index) or _comma_subject(view, d.cue_index)
    if svo is not None and d.number == "d" and not coordinated(view, svo):
        # أجرى الملك اتصالا بالرئيس … أكدا: a dual verb after a single noun phrase; the sentence's subject
        svo = _subject(view, d.cue_index)
    if svo is not None:
        d.speaker, d.speaker_from = svo, "explicit"
        return
    same_sentence = bool(known) and known[-1].sentence == d.sentence
    conjoined = _conjoined(lex, view, d) and not same_sentence and not _elided_opening(lex, view)
    if view.in_quote and d.kind == "verb" and view.toks[d.cue_index].key[:1] in "وف":
        return _from_history_or_previous(d, prev, known)  # «… مؤسسة»، وتابع: the clause opened in a quotation
    if d.cue_index > view.lo and (view.toks[d.cue_index - 1].key in words("mid_leads") or conjoined):
        own = (_clause_subject(view, d.cue_index) if conjoined else None) or _subject(view, d.cue_index)
        own = own or (_after_fronted(view, d.cue_index) if conjoined else None)
        if own is not None:
            d.speaker, d.speaker_from = own, "pronoun"
            return
    own = returned_subject(view, d) or (None if same_sentence else chained_subject(view, d))
    if own is not None:
        d.speaker, d.speaker_from = own, "pronoun"
        return
    _from_history_or_previous(d, prev, known)
    if d.speaker is None and prev is None and not known and view.toks[d.cue_index].key[:1] in "وف":
        d.speaker, d.speaker_from = _subject(view, d.cue_index), "pronoun"  # عزى X … وقال: the opening clause


def _from_history_or_previous(d: Draft, prev: SentenceView | None, known: list[_Known]) -> None:
    span = _from_history(d, known)
    if span is not None:
        d.speaker, d.speaker_from = span, "previous-speaker"
        return
    if prev is not None:
        d.speaker, d.speaker_from = _subject(prev, prev.hi), "pronoun"


def _past_person(views: list[SentenceView], persons: Persons, d: Draft, known: list[_Known]) -> None:
    """An elided subject is not carried past a newer named person (round 18; :mod:`.carry`)."""
    if d.speaker_from != "previous-speaker":
        return
    ks = next((k.sentence for k in reversed(known) if k.span == d.speaker), None)
    if ks is None or ks >= d.sentence:
        return
    new = newer_person(views, persons, d, ks, _subject)
    if new is not None:
        d.speaker, d.speaker_from = new, "pronoun"


def _entity_for(doc: Document, start: int, end: int) -> str | None:
    for m in doc.entities:
        if m.entity_id and m.start < end and start < m.end:
            return m.entity_id
    return None


def link_speakers(doc: Document) -> None:
    """Set ``speaker_entity`` from overlapping ``doc.entities`` (re-run after entity resolution)."""
    for st in doc.statements:
        if st.speaker_start is None or st.speaker_end is None:
            st.speaker_entity = None
            continue
        st.speaker_entity = _entity_for(doc, st.speaker_start, st.speaker_end)


def _record(doc: Document, n: int, d: Draft) -> Statement:
    assert d.speaker is not None
    s0, s1 = d.speaker
    c0, c1 = d.content
    start = min(d.cue_start, s0, c0)
    end = max(d.cue_end, s1, c1, d.quote_end or 0)
    return Statement(
        id=f"{doc.id}:s{n}",
        speaker=doc.text[s0:s1],
        speaker_start=s0,
        speaker_end=s1,
        speaker_entity=None,
        cue=doc.text[d.cue_start : d.cue_end],
        cue_start=d.cue_start,
        cue_end=d.cue_end,
        act=d.act,
        negated=d.negated,
        content=doc.text[c0:c1],
        start=start,
        end=end,
        content_start=c0,
        content_end=c1,
        direct=d.direct,
        via=[doc.text[a:b] for a, b in d.via],
        sentence=d.sentence,
        speaker_resolved_from=d.speaker_from,
    )


def extract_statements(doc: Document, lex: Lexicon | None = None) -> list[Statement]:
    """Attributed statements of ``doc`` (needs ``doc.sentences`` and ``doc.tokens``)."""
    lex = lex or load_lexicon()
    toks = make_toks(doc.text, [(t.start, t.end, t.text) for t in doc.tokens])
    views = sentence_views(doc, toks)
    persons = Persons.of(doc.entities)
    known: list[_Known] = []
    skip_until = -1
    out: list[Statement] = []
    footer = _BOILERPLATE.search(doc.text)
    for n, view in enumerate(views):
        if footer is not None and view.start >= footer.start():
            break  # "رابط الخبر بصحيفة …: <title>": the scraped link line repeats the headline
        skip = (
            {i for i in range(view.lo, view.hi) if toks[i].start < skip_until}
            if skip_until > view.start
            else set()
        )
        view.in_quote = bool(skip)
        drafts = sentence_drafts(lex, view, skip)
        for d in drafts:
            _resolve(lex, d, view, views[n - 1] if n else None, drafts, known)
            _past_person(views, persons, d, known)
            if plural_clash(toks, d):  # أحدهم … وقالوا: the newest plural speaker, else none
                d.speaker = plural_speaker(view, d.cue_index, [k.span for k in known if n - k.sentence <= 2])
            if d.speaker is None or thing_speaker(toks, d):
                continue
            if antecedent(doc.text, out, d):
                known.append(_Known(d.speaker, d.gender, d.number, n))
            if d.act == "say" and evade_phrase(lex, toks, d):
                d.act = "evade"
            d.act = report_act(d.act, toks, view, d)
            if d.quote_end is not None:
                skip_until = max(skip_until, d.quote_end)
            if out and quoting_fold(doc.text, toks, out[-1], d):
                out[-1] = folded(doc, out[-1], d)
                continue
            out.append(_record(doc, len(out), d))
    return out


class StatementsStage:
    """Fills ``doc.statements`` (see :mod:`rasd.statements`)."""

    name = "statements"
    version = "30"
    requires = frozenset({"sentences", "tokens"})
    provides = frozenset({"statements"})
    arabic_only = True

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self._lex = lexicon or load_lexicon()

    def __call__(self, doc: Document) -> Document:
        try:
            doc.statements = extract_statements(doc, self._lex)
        except (IndexError, ValueError) as exc:
            raise StageError(self.name, f"document {doc.id}: {exc}") from exc
        link_speakers(doc)
        log.debug("document %s: %d statements", doc.id, len(doc.statements))
        return doc
