"""Clause shapes added for recall on unseen articles (rasd.statements.extract calls them).

* a direct object glued onto the speaker (أبدى المدير شكره، أبلغ الرئيس نظيره ...);
* a retrospective cue whose content came before it (أوضح ذلك لسبق مدير الفرع X،);
* a subject after a fronted adverbial (وقال في تصريح صحفي وزير X إن، وقال أمس X إن).
"""

from __future__ import annotations

from rasd.statements.chunk import (
    OPEN_QUOTES,
    Tok,
    accusative,
    extend_apposition,
    np_end,
    np_rules,
    skip_addressee,
    words,
)
from rasd.statements.lexicon import Cue
from rasd.statements.records import Draft, SentenceView
from rasd.statements.scan import comp_at

_SUFFIXED = ("ه", "ها", "هم", "هما", "هن")


def glued_object(toks: list[Tok], j: int, e: int, cue: Cue) -> int:
    """Cut a direct object glued onto the speaker (أبدى المدير شكره، أبلغ أوباما نظيره)."""
    rules = np_rules()
    for m in range(j + 1, e):
        key = toks[m].key
        if rules.objects.fullmatch(key):
            return m
        if cue.after and key.endswith(_SUFFIXED) and any(p.search(key) for p, _ in cue.after):
            return m
    return e


def retrospective(view: SentenceView, i: int, cue: Cue, d: Draft, cue_set: set[int]) -> bool:
    """``أوضح ذلك لسبق مدير الفرع X،``: the content is what came before (this or the last sentence)."""
    toks, rules = view.toks, np_rules()
    if cue.kind != "verb" or cue.present or "that" not in cue.comps:
        return False  # past verbs of saying only (عبر هذا الرابط is "via this link")
    if i + 2 >= view.hi or toks[i + 1].key not in words("retro") or _negated_lead(toks, i, view.lo):
        return False
    if toks[i + 2].key in _TIME_NOUNS:
        return False  # أكدت هذا العام أن: a time adverb (round 16)
    j = skip_addressee(toks, i + 2, view.hi)
    e = np_end(toks, j, view.hi, cue_set, frozenset(), view.ent_starts, view.ent_ends)
    if e == j or rules.pronouns.fullmatch(toks[j].key):
        return False
    e = extend_apposition(toks, e, view.hi, cue_set)
    conjoined = e in cue_set and toks[e].key[:1] == "و"  # أوضح ذلك X وقال: …
    if e < view.hi and toks[e].is_word and not rules.is_stop(toks[e].key) and not conjoined:
        return False  # the clause goes on: ذلك is not the pronoun of the previous statement
    before = _previous_content(view, i)
    if before is None:
        return False
    d.speaker, d.content, d.gap_end = (toks[j].start, toks[e - 1].end), before, i
    return True


def _negated_lead(toks: list[Tok], i: int, lo: int) -> bool:
    return i > lo and toks[i - 1].key in words("subject_negators")


def _previous_content(view: SentenceView, i: int) -> tuple[int, int] | None:
    """The clause before a retrospective cue: the same sentence's start, else the previous sentence."""
    toks = view.toks
    last = i - 1
    while last >= 0 and not toks[last].is_word:
        last -= 1
    if last < 0 or i - last > 3:
        return None
    if i > view.lo and toks[view.lo].start < toks[last].start:
        first = view.lo  # ...، أكد ذلك X: this sentence's start
    else:
        first = last
        while first > 0 and first > last - 80 and toks[first - 1].text not in ".!?؟":
            first -= 1
    if first == last:
        return None
    return toks[first].start, toks[last].end


def _skip_fronted(toks: list[Tok], m: int, hi: int) -> tuple[int, bool]:
    """Skip one fronted adverbial at ``m``: a time word, an addressee, or في/خلال + a channel noun.

    Returns the next index and whether the subject must open with a title word.
    """
    rules = np_rules()
    key = toks[m].key
    if key in words("fronted_time") or rules.time_phrase(toks, m, hi):
        return m + max(1, rules.time_phrase(toks, m, hi)), False
    if rules.addressee.fullmatch(key) or key == "ل":
        n = skip_addressee(toks, m, hi)
        after = toks[n + 1] if m < n < hi - 1 and toks[n].text in "،," else None
        if after is not None and after.is_word and not rules.is_that(after.key):
            n += 1  # ويقول لـ"الاقتصادية"، مارك انجت …، إن: a comma closes the fronted outlet (round 21)
        return n, False
    if key in words("fronted_preps") and m + 1 < hi and rules.channels.fullmatch(toks[m + 1].key):
        n = m + 2
        while n < min(hi, m + 5) and not (rules.titles.fullmatch(toks[n].key) or rules.is_that(toks[n].key)):
            n += 1  # في تصريح صحفي / في بيان له
        return n, True
    return m, False


def fronted_subject(view: SentenceView, j: int, cue: Cue, d: Draft, cue_set: set[int]) -> int | None:
    """``وقال في تصريح صحفي وزير المياه X إن``، ``وقال أمس المتحدث X إن``: the subject after an adverbial."""
    toks, rules, hi = view.toks, np_rules(), view.hi
    m, need_title = j, False
    for _ in range(4):
        if m >= hi:
            return None
        n, title = _skip_fronted(toks, m, hi)
        if n == m:
            break
        m, need_title = n, need_title or title
    if m == j or m >= hi or m in cue_set or not toks[m].is_word or rules.is_stop(toks[m].key):
        return None
    if accusative(toks[m].text) or toks[m].key in words("speaker_adverbs"):
        return None  # قال لهم ساخرًا «…»: a manner adverb, not the subject (round 13)
    if rules.is_that(toks[m].key) or (need_title and not rules.titles.fullmatch(toks[m].key)):
        return None
    e = extend_apposition(toks, np_end(toks, m, hi, cue_set, cue.comps), hi, cue_set)
    if e == m or e >= hi:
        return None
    comp = e + 1 if toks[e].text in "،," and e + 1 < hi else e  # أكد لـ«عكاظ» X، أن
    if comp_at(cue, toks[comp], True) not in ("that", "colon", "quote"):
        long_end = _long_titled(view, m, cue, cue_set)
        if long_end is None:
            return None
        e = long_end
    d.speaker, d.speaker_from = (toks[m].start, toks[e - 1].end), "explicit"
    return e


def _long_titled(view: SentenceView, m: int, cue: Cue, cue_set: set[int]) -> int | None:
    """``وأوضح لـ«عكاظ» المشرف على الحملة أستاذ … بجامعة … الدكتور X، أن``: a subject too long or
    holding prepositions, up to a comma and the complement; it must hold a title word."""
    toks, rules = view.toks, np_rules()
    titled = False
    for e in range(m, min(view.hi - 1, m + 28)):
        t = toks[e]
        if t.text in "،,":
            nxt = comp_at(cue, toks[e + 1], True)
            return e if titled and e > m + 2 and nxt in ("that", "colon", "quote") else None
        if not t.is_word or e in cue_set or rules.is_that(t.key) or t.key in words("relatives"):
            return None
        titled = titled or rules.titles.fullmatch(t.key) is not None
    return None


def governing_subject(view: SentenceView, i: int) -> tuple[int, int] | None:
    """``وسارع X على تويتر بنفي أنه``، ``…، رد X بعمليات … لاتهامها``: the subject of the clause's verb."""
    toks, rules = view.toks, np_rules()
    c = i - 1
    while c > view.lo and toks[c - 1].text not in "،,.:" and i - c < 30:
        c -= 1
    if c != view.lo and toks[c - 1].text not in "،,":
        return None
    while c + 1 < i and toks[c].key in words("mid_leads") and toks[c].key != "و":
        c += 1  # …، ثم ألقى X كلمة Y أوضح فيها: the clause opens after its lead (round 14)
    first = toks[c].key
    if not toks[c].is_word or rules.is_stop(first) or rules.is_stop(first[1:]) or first in words("kana"):
        return None
    start = c if toks[c].text.startswith(("ال", "وال")) else c + 1  # ألقى is a verb (round 12)
    end = np_end(toks, start, i, set(), frozenset({"ب"}))
    # ألقى X كلمة Y أوضح فيها: the channel noun (كلمة، بيانا) is the object, not the subject (round 14)
    end = next((m for m in range(start + 1, end) if rules.channels.fullmatch(toks[m].key)), end)
    if end <= start or rules.pronouns.fullmatch(toks[start].key):
        return None
    return toks[start].start, toks[end - 1].end


def titled_clause(view: SentenceView, i: int) -> tuple[int, int] | None:
    """``… ورفع مدير التعليم الأستاذ محمد الثبيتي شكره … منوهاً``: the titled subject of the nearest
    و+verb clause before a participle in the same sentence."""
    toks, rules = view.toks, np_rules()
    for v in range(i - 2, max(view.lo, i - 40), -1):
        key = toks[v].key
        if toks[v].text in ".؟!:" or v in (view.lo,):
            return None
        if key[:1] != "و" or len(key) < 4 or key.startswith("وال") or rules.is_stop(key[1:]):
            continue
        if not rules.titles.fullmatch(toks[v + 1].key):
            continue
        end = np_end(toks, v + 1, i, set(), frozenset({"np"}))
        return (toks[v + 1].start, toks[end - 1].end) if end > v + 1 else None
    return None


def bare_speech(view: SentenceView, i: int, cue: Cue, d: Draft) -> bool:
    """``وقال بدأنا منذ فترة ...``: an elided subject, then unmarked first-person speech."""
    toks = view.toks
    if not cue.bare_speech or cue.present or i + 2 >= view.hi or toks[i].key[:1] != "و":
        return False
    t = toks[i + 1]
    if not t.is_word or np_rules().first_person.fullmatch(t.key) is None or np_rules().is_stop(t.key):
        return False
    if toks[i + 2].key.startswith("ال"):
        return False  # قال رسولنا الكريم: a noun with "our", then its adjective
    d.speaker_from = "elided"
    d.content = (t.start, view.end)
    return True


def nested_subject(view: SentenceView, i: int, cue: Cue, cue_set: set[int]) -> bool:
    """``… إن الولايات المتحدة تستنكر هذا العمل``: a present verb after its subject inside a content."""
    toks, rules = view.toks, np_rules()
    if cue.kind != "verb" or not cue.present or toks[i].key[:1] in "وف":
        return False  # ... وترفض: a conjoined verb opens its own clause
    j = i - 1
    while j >= view.lo and i - j <= 6:
        t = toks[j]
        if rules.is_that(t.key):
            return j < i - 1 and toks[j + 1].key[:1] not in "يت"  # أن تتدخل X: a verb, not a subject
        if not t.is_word or rules.is_stop(t.key) or j in cue_set:
            return False
        j -= 1
    return False


def still_subject(view: SentenceView, i: int) -> tuple[int, int] | None:
    """``لا يزال الروس مصرين على أن``: the subject of يزال/ظل before a participle."""
    toks, rules = view.toks, np_rules()
    j = i - 1
    if j <= view.lo or not toks[j].is_word:
        return None
    while j > view.lo and i - j <= 8:
        if toks[j - 1].key in words("still"):
            return toks[j].start, toks[i - 1].end
        if not toks[j - 1].is_word or rules.is_stop(toks[j - 1].key):
            return None
        j -= 1
    return None


def lead_only(toks: list[Tok], lo: int, i: int) -> bool:
    """The sentence opens with a lead phrase (من جهته، بدوره، في المقابل) right before ``toks[i]``."""
    for phrase in np_rules().lead_phrases:
        n = len(phrase)
        if lo + n <= i and all(p.fullmatch(toks[lo + m].key) for m, p in enumerate(phrase)):
            j = lo + n
            return i in (j, j + 1) and (i == j or toks[j].text in "،,")
    return False


def subjunctive(prev: Tok) -> bool:
    """``أن`` (not ``إن``) right before a present verb: the subjunctive (يجب أن يؤكد)."""
    return prev.key in ("ان", "بان", "وان") and not prev.text.lstrip("وب").startswith("إ")


def quoted_name(view: SentenceView, j: int, cue: Cue) -> tuple[tuple[int, int], int] | None:
    """A short quoted name right after the verb and before أن/إن (or the cue's preposition)."""
    toks = view.toks
    if j + 2 >= view.hi or toks[j].text not in OPEN_QUOTES:
        return None
    close = next((m for m in range(j + 2, min(j + 6, view.hi)) if toks[m].text in '”»"'), None)
    if close is None or close + 1 >= view.hi:
        return None
    mark = close
    adj = toks[close + 1].key if close + 2 < view.hi else ""
    if adj.startswith("ال") and adj.endswith("ي") and not np_rules().is_stop(adj):
        close += 1  # كشف «مركز الدراسات» اليمني عن: a relational adjective after the name (round 16)
    nxt = toks[close + 1].key  # أعلنت "زين السعودية" عن …: a preposition the cue takes
    comma = toks[close + 1].text in "،,"  # أعلن “جيش الإسلام”، أكبر الفصائل …: an apposition follows
    if (
        not comma
        and not np_rules().is_that(nxt)
        and not (nxt in cue.comps and nxt not in ("np", "quote", "that"))
        and not ("ب" in cue.comps and nxt.startswith("ب") and len(nxt) > 3)  # كما أشاد «لوند» بمواقف
        and not _framed_later(view, close + 1)
    ):
        return None
    if not all(t.is_word for t in toks[j + 1 : mark]):
        return None
    return (toks[j + 1].start, toks[mark - 1].end), close + 1


_FRAME_WORDS = frozenset({"في", "خلال", "الليله", "اليوم", "امس", "مساء", "صباح", "عبر"})


def _framed_later(view: SentenceView, k: int) -> bool:
    """``قال "عسيري" في حديث تلفزيوني: "…"``: a circumstance after the quoted name, then a colon and the
    quotation (round 16): the quoted name is the subject, not the quotation."""
    toks = view.toks
    if toks[k].key not in _FRAME_WORDS and not (toks[k].key[:1] == "ل" and toks[k].text[:2] == "لـ"):
        return False
    stop = min(view.hi, k + 14)
    return any(toks[m].text == ":" for m in range(k + 1, stop))


def resumptive_subject(view: SentenceView, j: int) -> bool:
    """``الذي ذكرت فيه مصادر أن``: after a relative, the verb's subject follows فيه/خلاله."""
    toks = view.toks
    if j < view.lo + 2 or j + 1 >= view.hi or toks[j].key not in words("resumptive"):
        return False
    return toks[j + 1].is_word and toks[j - 2].key in words("relatives")


def unreal(cue: Cue, prev: str) -> bool:
    """A hypothetical (كأنه يقول، إذا قالت) or a relative ما before a present verb (ما تقول "what she
    says")."""
    if cue.kind != "verb":
        return False
    if not cue.present and prev in words("noun_leads"):
        return True  # واعترضت على وصف براوكلر: a past-tense spelling after a preposition is a verbal noun
    return prev in words("hypothetical") or (cue.present and prev in words("relative_ma"))


def b_phrase(cue: Cue, key: str) -> bool:
    """ب + a definite noun or a verbal-noun shape right after a verb (بالعمل، باستتباب، بامتنان): its
    complement or a manner adverb, not the subject. Not after a verb that takes an object (اتهمت بالقسوة is
    a passive) nor a feminine plural present (حوار يقرن بالذهب: another verb)."""
    if cue.kind != "verb" or "np" in cue.comps or (cue.present and cue.gender == "f" and cue.number == "p"):
        return False
    if not key.startswith("ب") or len(key) < 5:
        return False
    rest = key[1:]
    if "ب" in cue.comps and len(rest) > 4 and rest.endswith(("ها", "هم", "ه")) and not rest.startswith("ن"):
        return True  # ووعد بدراستها: a suffixed verbal noun, the complement
    return rest.startswith(("ال", "است")) or np_rules().object_shapes.fullmatch(rest) is not None


def lead_after(toks: list[Tok], j: int) -> bool:
    """``من جانبه`` / ``من جهتها`` right after a verb (فقد أكد من جانبه أن): a lead phrase, no subject."""
    phrase = np_rules().lead_phrases[0] if np_rules().lead_phrases else ()
    return len(phrase) == 2 and all(p.fullmatch(toks[j + n].key) for n, p in enumerate(phrase))


_TIME_NOUNS = frozenset(
    {"العام", "الاسبوع", "الشهر", "اليوم", "السنه", "الموسم", "الصيف", "الشتاء", "المساء"}
)
_OCCASION = frozenset({"بهذه", "بهذا", "بتلك", "بذلك", "لهذه", "لهذا"})


def no_subject(view: SentenceView, j: int, cue: Cue) -> int | None:
    """Where the scan goes on when the word after the verb cannot open its subject (round 13): the
    complement of a suffixed verb (يتهمنا بعدم الوفاء) or an adverb (أعلن مسبقا أن، قال لهم ساخرًا)."""
    if j >= view.hi:
        return None
    t = view.toks[j]
    if cue.suffixed and comp_at(cue, t, True) is not None:
        return j
    if (accusative(t.text) and not np_rules().is_stop(t.key)) or t.key in words("speaker_adverbs"):
        return j + 1
    if t.key in _OCCASION and j + 1 < view.hi and view.toks[j + 1].key.startswith("ال"):
        return j + 2  # وقال بهذه المناسبة: an adverbial phrase, the subject is elided (round 16)
    if t.key in ("هذا", "هذه") and j + 1 < view.hi and view.toks[j + 1].key in _TIME_NOUNS:
        return j + 2  # أكدت هذا العام أن: a time adverb, not the subject (round 16)
    return None
