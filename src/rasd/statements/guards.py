"""Guards on cue words: whether a token opens a statement at all, and rejections of other senses.

Used by :mod:`rasd.statements.extract` (split from it in round 10).
"""

from __future__ import annotations

import bisect
import dataclasses

from rasd.statements.chunk import Tok, accusative, np_rules, words
from rasd.statements.clauses import lead_only, subjunctive, unreal
from rasd.statements.lexicon import Cue, Lexicon
from rasd.statements.records import Draft, SentenceView
from rasd.statements.senses import other_sense


def cue_at(lex: Lexicon, toks: list[Tok], i: int, lo: int) -> Cue | None:
    cue = lex.cues.get(toks[i].key)
    if cue is None or _hamza_below(toks[i]):
        return None  # إبان "during" (the verb أبان has its hamza above)
    if cue.jussive and (i == lo or toks[i - 1].key not in words("jussive_leads")):
        return None
    prev = toks[i - 1].key if i > lo and toks[i - 1].is_word else None
    inside = prev is not None and prev not in lex.negators and prev not in words("clause_leads")
    conjoined = toks[i].key[:1] in "وف" and toks[i].key[1:] in lex.cues
    if cue.clause_initial and inside and not conjoined:
        return None  # طالب / بين inside a clause are a noun / a preposition
    if cue.clause_initial and prev in ("ما", "وما"):
        return None  # تقدر ما بين 32 و30: "between", not a negated بيّن (round 13)
    if cue.kind == "verb" and not cue.present and prev in _JUSSIVE_ONLY:
        return None  # إن لم نقل: لم takes a jussive; a past form after it is another verb (round 15)
    if cue.kind == "verb" and (_passive(toks[i].text) or cue.person == 1):
        return None  # يُزعم (passive); ذكرنا / نقول: the writer, outside any quotation
    if prev is not None and unreal(cue, prev):
        return None  # وكأنه يقول، إذا قالت X، ووجاهة ما تقول: nobody said it
    if cue.kind == "participle" and cue.act is None and not _after_next(cue, toks, i):
        return None  # مجددا "again" unless a reporting verbal noun follows (مجددا تأكيده)
    if cue.kind == "participle" and i > lo and toks[i - 1].key in words("predicate_leads"):
        return None  # وكان متوقعا أن / ليس مستبعدا أن: an adjective, nobody speaks
    if cue.kind == "participle" and i > lo and _count(toks[i - 1].key):
        return None  # (45 متهما): a counted noun, nobody speaks (round 15)
    if cue.kind == "participle" and prev is not None and _indefinite_accusative(lex, prev):
        return None  # تأثيرا مشددا على: an adjective agreeing with its noun (round 15)
    if prev in words("comparatives") and not conjoined:
        return None  # أكثر حذرا: an adjective after a comparative (round 15)
    if cue.comps.isdisjoint(_CLAUSE_COMPS) and not _prep_ahead(cue, toks, i):
        return None  # عبر هذا الرابط: "via", not "expressed" (its عن never comes)
    if cue.suffixed and not _suffixed_ok(lex, toks[i].text, prev):
        return None
    nxt = toks[i + 1].key if i + 1 < len(toks) else ""
    if cue.present and prev in ("وهو", "وهي") and not _opens_complement(cue, nxt):
        return None  # وقال X …، وهو يشير لفلان «…»: a gesture in a circumstantial clause (round 14)
    if cue.needs_after and np_rules().written_channels.match(nxt):
        return None  # قالت عبر مدونتها إن: "via" a written channel (round 14)
    if cue.kind == "masdar" and prev in words("passive_leads"):
        return None  # يجري تحذير السائحين: the warned are its object, nobody is named (round 14)
    if cue.needs_channel and not _channel_ahead(toks, i):
        return None  # التي كتب كلماتها الشاعر: wrote lyrics, not a quoted message (round 13)
    if other_sense(cue, toks, i, lo):
        return None  # وإثنى عشر، عادا من، بين X وبين Y، دبلوماسي يتابع (round 19)
    if cue.strict_hamza and "أ" in toks[i].text:
        return dataclasses.replace(cue, strict=False)  # وأبان X خلال الاجتماع … أن (round 14)
    return cue


_JUSSIVE_ONLY = frozenset({"لم", "ولم", "فلم", "لن", "ولن"})


_RELATIVE_AGREEMENT = {"الذي": ("m", "s"), "التي": ("f", "s"), "الذين": ("m", "p"), "والذي": ("m", "s")}


def _agrees(relative: str, cue: Cue) -> bool:
    """``التي تدعي``، ``الذي يقول``، ``الذين يقولون``: the present verb agrees with its relative."""
    return _RELATIVE_AGREEMENT.get(relative) == (cue.gender, cue.number)


def _count(key: str) -> bool:
    """A number before a participle counts it (29 متهما); a year does not (عام 2009 قائلا)."""
    return key.isdigit() and not (len(key) == 4 and key.startswith(("19", "20")))


def _indefinite_accusative(lex: Lexicon, key: str) -> bool:
    """``تأثيرا``: an indefinite accusative verbal noun (تفعيلا، إفعالا …: not أوروبا, not itself a cue)."""
    if not key.endswith("ا") or key.startswith(("ال", "وال")) or len(key) < 5 or key in lex.cues:
        return False
    return np_rules().object_shapes.fullmatch(key[:-1]) is not None and not np_rules().is_stop(key)


def _channel_ahead(toks: list[Tok], i: int) -> bool:
    """A written channel (حسابها، صفحته، تويتر …) between the cue and the next colon."""
    channels = np_rules().written_channels
    for t in toks[i + 1 : i + 16]:
        if t.text == ":":
            return False
        if channels.search(t.key):
            return True
    return False


def _suffixed_ok(lex: Lexicon, text: str, prev: str | None) -> bool:
    """A verb with an object pronoun (round 13) is none when written with ة (طالبة، دعوة: nouns), after
    a negator (لم يراه: seeing), after ما (ما وصفه بـ: "what he called") or after a verbal-noun lead
    (تم وصفه، بعد اعتباره: the noun)."""
    if text.endswith("ة"):
        return False
    return prev is None or (prev not in lex.negators and prev not in words("suffixed_blockers"))


def _opens_complement(cue: Cue, key: str) -> bool:
    """``key`` right after the cue opens its complement (وهو يتهمنا بعدم …، وهي تقول إن …)."""
    if cue.suffixed or key in cue.comps or np_rules().is_that(key):
        return True
    return "ب" in cue.comps and key.startswith("ب")


def _after_next(cue: Cue, toks: list[Tok], i: int) -> bool:
    """The word after the cue (or after its preposition: معبرا عن أمله) matches an ``after`` pattern."""
    j = i + 2 if i + 1 < len(toks) and toks[i + 1].key in cue.comps else i + 1
    return j < len(toks) and any(p.search(toks[j].key) for p, _ in cue.after)


_CLAUSE_COMPS = frozenset({"that", "colon", "quote", "np"})


def _prep_ahead(cue: Cue, toks: list[Tok], i: int) -> bool:
    """A cue taking only a preposition (عبر عن، ندد ب) needs it (or an ``after`` noun) within 16 tokens."""
    for t in toks[i + 1 : i + 17]:
        if t.key in cue.comps or ("ب" in cue.comps and t.key.startswith("ب") and len(t.key) > 2):
            return True
        if any(p.search(t.key) for p, _ in cue.after):
            return True  # أعرب X ارتياحه لما ...
        if t.text in ".!?؟":
            return False
    return False


def _passive(text: str) -> bool:
    """A passive written with its damma (يُزعم), or an accusative verbal noun (رفضًا كليًّا, no dual)."""
    letters = text.lstrip("وف")
    if "\u064b" in text:
        return True
    if not (len(letters) > 1 and letters[1] == "\u064f" and letters[0] in "يتأ"):
        return False
    # يُشير / يُضيف / يُشيرُ: a hollow form-IV active keeps its ي (the passive is يُشار), and a kasra
    # (يُوضِح) marks an active too: the damma on the prefix is that of forms II-IV (round 12)
    body = "".join(c for c in letters[2:] if not "\u064b" <= c <= "\u0652")
    return "\u0650" not in letters and not (len(body) == 3 and body[1] == "ي")


def embedded_verb(lex: Lexicon, toks: list[Tok], i: int, lo: int) -> bool:
    """A verb inside a clause (``خطوة تؤكد ...``, ``بعد أن أكدت ...``), not opening one."""
    cue = lex.cues.get(toks[i].key)
    if (
        cue is None
        or cue.kind != "verb"
        or i == lo
        or (toks[i].key[:1] in "وف" and toks[i].key[1:] in lex.cues)
    ):
        return False
    prev = toks[i - 1]
    if np_rules().is_that(prev.key):
        return True  # بعد أن أكدت ...
    if lead_only(toks, lo, i):
        return False  # من جهتهم يتوقع خبراء الطقس ...: a lead phrase, then the verb opens the clause
    return (
        cue.present and prev.is_word and prev.key not in lex.negators and prev.key not in words("soft_leads")
    )


def _is_prayer(toks: list[Tok], d: Draft, i: int) -> bool:
    assert d.speaker is not None
    prayer = np_rules().prayer
    span = [n for n in range(i + 1, min(i + 14, len(toks))) if toks[n].start < d.speaker[1]]
    return any(prayer.fullmatch(toks[n].key) and not _in_name(toks, n, d.speaker[0]) for n in span)


def _god_first(toks: list[Tok], d: Draft, i: int) -> bool:
    """``قال الله تعالى``، ``وآمل من الله``: the speaker opens with a prayer word (after a preposition)."""
    span = [t.key for t in toks[i + 1 : i + 3]]
    prayer = np_rules().prayer
    if span and span[0] in ("من", "الى", "على") and len(span) > 1:
        span = span[1:]
    return bool(span) and prayer.fullmatch(span[0]) is not None


def _in_name(toks: list[Tok], n: int, first: int) -> bool:
    """``الله`` closing a compound name (العطا الله، عبد الله) unless a prayer formula follows."""
    if toks[n].key != "الله" or toks[n].start == first:
        return False
    nxt = toks[n + 1].key if n + 1 < len(toks) else ""
    return nxt not in words("prayer_followers")


def _agent_speaker(toks: list[Tok], d: Draft) -> bool:
    if d.speaker is None:
        return False
    first = next((t for t in toks[d.cue_index + 1 :] if t.start >= d.speaker[0]), None)
    return first is not None and np_rules().non_agents.fullmatch(first.key) is None


def _agent_before(view: SentenceView, i: int) -> bool:
    """``مصادر الجزيرة تشير إلى``: a sentence that opens with an agent-like subject noun phrase."""
    toks, rules = view.toks, np_rules()
    span = toks[view.lo : i]
    if not span or len(span) > 6 or any(not t.is_word or rules.is_stop(t.key) for t in span):
        return False
    head = span[0].key
    return rules.non_agents.fullmatch(head) is None and rules.object_shapes.fullmatch(head) is None


def rejected(view: SentenceView, i: int, cue: Cue, d: Draft, embedded: bool) -> bool:
    """Guards against cue words used in another sense."""
    toks = view.toks
    if embedded and cue.strict:
        return True
    if embedded and cue.present and subjunctive(toks[i - 1]):
        return True  # بضرورة أن تشير الكليات إلى / قبل أن يعلن: a verb after أن is no report
    if cue.present and d.speaker is None and _joined_subjunctive(view, i):
        return True  # مطالبا كل من لديه عقل أن يجرم هذا العمل ويصفه: joined to a subjunctive (round 16)
    if embedded and cue.present and d.speaker is None and np_rules().is_stop(toks[i - 1].key):
        # قاعدة لا لبس فيها تقول «...»: a present verb inside a clause, no subject of its own; but سارة
        # القمري التي تقول: … — a relative before a colon quotes its antecedent (round 12; a text or a
        # saying as the antecedent is dropped when the speaker is resolved)
        colon = i + 1 < view.hi and toks[i + 1].text == ":"
        that = i + 1 < view.hi and np_rules().is_that(toks[i + 1].key) and _agrees(toks[i - 1].key, cue)
        return not ((colon or that) and toks[i - 1].key in words("relatives"))  # التي تدعي أنها (round 15)
    praying = cue.act in ("call", None) or _god_first(toks, d, i)
    if d.speaker is not None and praying and _is_prayer(toks, d, i):
        # ودعا المولى عز وجل أن ...: a prayer; only a call verb prays (وأكد الجار الله أن، وذكرت مصادر
        # في رام الله أن: a name ending in الله before the complement, round 14)
        return True
    if embedded and d.speaker is not None and toks[i - 1].key in words("relatives"):
        return True  # القانون الذي يشدد العقوبة: after a relative the noun phrase is the object
    # تشير المعلومات إلى: a thing "indicates", nobody says
    return cue.present and cue.present_agent and not (_agent_speaker(toks, d) or _agent_before(view, i))


def refused_action(view: SentenceView, cue: Cue, d: Draft, i: int, k: int) -> bool:
    """``رفضت الصحيفة نشر الخبر على أنه`` / ``رفضت نشر مقال له يشكك … بأنها``: a reject cue whose that-clause
    (opening at ``k``) comes after another noun or after على is a refused action, not a rejected claim."""
    toks = view.toks
    if cue.act != "reject":
        return False
    t = k - 1 if k - 1 > i and np_rules().is_that(toks[k - 1].key) else k
    if t - 1 > i and toks[t - 1].key in ("على", "علي"):
        return True
    after = i + 1
    if d.speaker is not None:
        after = bisect.bisect_left(toks, d.speaker[1], view.lo, view.hi, key=lambda x: x.end) + 1
    if after >= t or not toks[after].is_word:
        return False
    key = toks[after].key
    return not (np_rules().is_stop(key) or np_rules().is_that(key) or accusative(toks[after].text))


def _joined_subjunctive(view: SentenceView, i: int) -> bool:
    """``أن يجرم هذا العمل ويصفه``: a present verb joined by و to a present verb after أن in its clause."""
    toks = view.toks
    if not toks[i].key.startswith("و"):
        return False
    for m in range(i - 1, max(view.lo, i - 8), -1):
        if not toks[m].is_word:
            return False
        key = toks[m].key
        if key[:1] in "يت" and len(key) > 3 and not np_rules().is_stop(key) and subjunctive(toks[m - 1]):
            return True
    return False


_FEM_IN_YN = frozenset({"البحرين", "الارجنتين", "الفلبين", "الكاميرون"})


def disagrees(d: Draft, head: str, joined: bool = False) -> bool:
    """The noun right after a singular feminine verb is a sound masculine plural: it cannot be the
    verb's subject, it is the object (وناشدت المحلفين الرأفة; the subject is elided). Short heads are
    broken plurals (الشؤون، الفنون) and keep their verb."""
    if d.number == "p" and not np_rules().is_stop(head) and not np_rules().titles.fullmatch(head):
        return True  # استبعدوا احتمال خفض الإنتاج: a plural verb follows its subject, the noun is its object
    if d.number != "s" or not head.startswith("ال") or len(head) < 8 or head in _FEM_IN_YN:
        return False
    if (
        d.gender != "f"
    ):  # كما ناشد الخاطفين السماح: an oblique plural after a call is its addressee (round 16)
        # not after و: ``…، وحث الباحثين عن عمل`` in a list is a verbal noun
        return not joined and d.gender == "m" and d.act in ("call", "warn") and head.endswith("ين")
    return head.endswith(("ين", "ون"))


def _hamza_below(tok: Tok) -> bool:
    """``إبان`` written with its hamza below is a noun, not the verb ``أبان``."""
    return tok.key in words("hamza_below_nouns") and tok.text.lstrip("وف").startswith("إ")


def evade_phrase(lex: Lexicon, toks: list[Tok], d: Draft) -> bool:
    """True if the content opens with a "no comment" phrase (ليس لديه ما يضيفه ...)."""
    first = bisect.bisect_left(toks, d.content[0], key=lambda t: t.start)
    for phrase in lex.evade_phrases:
        for k in range(first, min(first + 3, len(toks))):
            if k + len(phrase) <= len(toks) and all(
                p.fullmatch(toks[k + m].key) for m, p in enumerate(phrase)
            ):
                return True
    return False


def thing_speaker(toks: list[Tok], d: Draft) -> bool:
    """``وأشارت التوقعات المناخية إلى أن``: a verb's own subject names a thing, not a source."""
    if d.speaker is None or d.kind != "verb" or d.speaker_from != "explicit":
        return False
    k = bisect.bisect_left(toks, d.speaker[0], key=lambda t: t.start)
    if k >= len(toks):
        return False
    if d.act == "announce" and k == d.cue_index + 1:
        return np_rules().announced_heads.fullmatch(toks[k].key) is not None  # أُعلنت حالة الطوارئ: passive
    if d.act not in ("say", "confirm"):
        return False  # كشفت الإحصائيات عن: figures may reveal (dev), they do not say or affirm
    if toks[k].key in _THING_QUANTIFIERS and k + 1 < len(toks):
        k += 1  # حيث تشير آخر الإحصائيات: the counted or ranked noun is the head (round 16)
    return np_rules().thing_heads.fullmatch(toks[k].key) is not None


_THING_QUANTIFIERS = frozenset({"اخر", "احدث", "بعض", "معظم", "اغلب", "جميع", "كل", "اهم", "ابرز"})
