"""The scan from a reporting cue's speaker to the complement that opens its content.

Between the speaker and the complement only adverbials (opened by a stop word, a comma or a
dash), via chains (نقلته وكالة X, حسبما أفادت X) and appositions may come; any other word ends
the search, so a cue word used in another sense does not reach a far-away أن.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from rasd.statements.chunk import (
    CLOSE_FOR,
    OPEN_QUOTES,
    Tok,
    accusative,
    find_close_quote,
    media_np,
    np_end,
    np_rules,
    outlet_addressee,
    skip_addressee,
    words,
)
from rasd.statements.lexicon import Cue, Lexicon
from rasd.statements.records import Draft, SentenceView, is_media

SEARCH_WINDOW = 40


def comp_at(cue: Cue, t: Tok, has_np: bool) -> str | None:
    """The kind of complement token ``t`` is for ``cue`` (None if it is not one)."""
    rules = np_rules()
    if "that" in cue.comps and rules.is_that(t.key):
        return "that"
    if t.key in words("intensifiers"):
        return None  # منددة بشدة بهذا العمل: a manner adverb, not the ب complement
    if t.text == ":" and "colon" in cue.comps:
        return "colon"
    if t.text in OPEN_QUOTES and "quote" in cue.comps:
        return "quote"
    if t.key in cue.comps:
        return "prep"
    if cue.lam_heads is not None and not cue.present and cue.lam_heads.search(t.key):
        return "prep"  # دعا X للتنسيق: لل + a verbal noun (round 13)
    if "ب" in cue.comps and t.key.startswith("ب") and len(t.key) > 3 and (has_np or t.key.startswith("بال")):
        return "prep"
    if "ب" in cue.comps and t.key == "بما" and has_np:
        return "prep"  # مشيدا بما حظي به المعرض (round 14)
    return None


def _parse_via(lex: Lexicon, view: SentenceView, k: int) -> tuple[int, tuple[int, int] | None]:
    """If ``toks[k]`` opens a via chain (نقلته وكالة X / حسبما نقلت X), return its NP."""
    toks, rules = view.toks, np_rules()
    t = toks[k]
    j = k
    if t.key in {"حسبما", "وحسبما", "كما"} or (
        t.key in {"بحسب", "وبحسب"} and k + 1 < view.hi and toks[k + 1].key == "ما"
    ):
        j = k + (2 if toks[k].key.endswith("حسب") else 1)
        if j >= view.hi or not (toks[j].key in lex.cues or rules.via.fullmatch(toks[j].key)):
            return k, None
    elif not rules.via.fullmatch(t.key):
        return k, None
    start = j + 1
    end = media_np(view.toks, start, view.hi)
    if end <= start or (j == k and not rules.media.fullmatch(toks[start].key)):
        return k, None
    return end - 1, (toks[start].start, toks[end - 1].end)


def _appos_then_that(cue: Cue, toks: list[Tok], k: int, hi: int, cue_set: set[int]) -> int | None:
    """Index of a complement after appositions starting at ``k``.

    ``قالت الكاتبة، علا شحود، أستاذة ... في موسكو، إن ...``: up to three comma-separated
    segments, no other cue, via chain, quotation or dash in between.
    """
    rules = np_rules()
    commas = 0
    j = k
    while j < min(hi, k + 20):
        t = toks[j]
        if (comp := comp_at(cue, t, True)) is not None:
            if comp == "prep" and cue.needs_after and not _after_ok(cue, toks, j):
                return None  # X، تضمنت شرحا مفصلا عن إجراءات: عبر is "via" (round 14)
            return j if j > k else None
        if t.key == "ل" or outlet_addressee(t.key):
            n = skip_addressee(toks, j, hi)  # ، لـ«الشرق الأوسط»، إن
            if n > j + 1:
                j = n
                continue
        if t.text in "،,":
            commas += 1
            nxt = toks[j + 1].key if j + 1 < hi else ""
            opens_other = (rules.is_stop(nxt) and nxt != "ل") or rules.pronouns.fullmatch(nxt)
            if commas > 2 or (opens_other and (j + 1 >= hi or comp_at(cue, toks[j + 1], True) is None)):
                return None  # "، وهو ما ..." / "، في ..." is not an apposition
            j += 1
            continue
        if t.text in "()":
            j += 1  # درست (جرافيك ديزاين): a bracketed term inside the apposition
            continue
        if not t.is_word or j in cue_set or rules.via.fullmatch(t.key):
            return None
        j += 1
    return None


def _short_quote(view: SentenceView, t: Tok) -> bool:
    """A quoted name inside an adverbial («صباح البلد»), not a quotation."""
    close = find_close_quote(view.text, t.start, 60)
    return close is not None and close - t.end < 40 and len(view.text[t.end : close].split()) <= 3


def _opens_adverbial(lex: Lexicon, view: SentenceView, k: int) -> bool:
    t = view.toks[k]
    return (
        np_rules().is_stop(t.key)
        or np_rules().via.fullmatch(t.key) is not None
        or t.key
        in {
            "حسبما",
            "وحسبما",
            "بحسب",
            "وبحسب",
        }
    )


def _apposition_end(toks: list[Tok], comma: int, comp: int, end: int) -> int:
    """Extend a speaker over the comma-separated appositions that open with a word, not an adverbial."""
    rules = np_rules()
    j = comma
    while j < comp and toks[j].text in "،,":
        nxt = j + 1
        if nxt >= comp or not toks[nxt].is_word or rules.is_stop(toks[nxt].key):
            break
        k = nxt
        while k < comp and toks[k].text not in "،,":
            k += 1
        end, j = toks[k - 1].end, k
    return end


def _time_words(toks: list[Tok], k: int, hi: int) -> int:
    """Tokens of a time adverbial at ``k`` (أمس، أول من أمس، أول من أمس (الجمعة)), 0 if none."""
    n = np_rules().time_phrase(toks, k, hi) or int(toks[k].key in words("fronted_time"))
    m = k + n
    if n and m + 2 < hi and toks[m].text == "(" and toks[m + 2].text == ")":
        n += 3  # أول من أمس (الجمعة)
    return n


def _outlet_end(toks: list[Tok], j: int, hi: int) -> int:
    """End of an outlet's name after ``لوكالة``: an optional quoted name (a dotted acronym spans several
    tokens: «إيه.بي.سي»), then plain words."""
    if j < hi and toks[j].text in OPEN_QUOTES:
        close = CLOSE_FOR.get(toks[j].text, toks[j].text)
        end = next((m for m in range(j + 1, min(hi, j + 10)) if toks[m].text in (close, '"')), None)
        if end is None:
            return j
        j = end + 1
    return np_end(toks, j, hi, set(), frozenset()) if j < hi and toks[j].is_word else j


def np_ok(cue: Cue, t: Tok, embedded: bool) -> bool:
    if "np" not in cue.comps or embedded or not t.is_word:
        return False
    if cue.np_heads is not None:
        return cue.np_heads.search(t.key) is not None
    if t.key == "ما" and cue.act in _WHAT_ACTS:
        return True  # نفى X ما تردد عن …، أكد X ما نشر: what was said (round 13)
    return not np_rules().is_stop(t.key)


_WHAT_ACTS = frozenset({"deny", "confirm", "reject", "condemn"})


_CONTINUE = "continue"


_FAIL = "fail"


@dataclass(slots=True)
class _Scan:
    """State of the scan from the speaker to the complement."""

    lex: Lexicon
    view: SentenceView
    cue: Cue
    draft: Draft
    cue_set: set[int]
    embedded: bool
    has_np: bool
    state: str = "np"  # "np": right after the speaker; "adv": inside an adverbial


def _at_comma(sc: _Scan, k: int) -> tuple[str, int] | str:
    """A comma after the speaker: an apposition, the object, an adverbial, or a new clause."""
    toks, cue, draft = sc.view.toks, sc.cue, sc.draft
    appos = None
    nxt0 = toks[k + 1] if k + 1 < sc.view.hi else None
    if sc.state == "np" and nxt0 is not None and not np_rules().titles.fullmatch(nxt0.key):
        obj = _object_first(sc, k + 1)
        if obj is not None:
            return obj  # ودعا X، المواطنين والمقيمين إلى ...
    if sc.state == "np" and not cue.strict:
        appos = _appos_then_that(cue, toks, k + 1, sc.view.hi, sc.cue_set)
    if appos is not None:
        if draft.speaker is not None:
            draft.speaker = (draft.speaker[0], _apposition_end(toks, k, appos, draft.speaker[1]))
        return comp_at(cue, toks[appos], True) or "that", appos
    nxt = toks[k + 1] if k + 1 < sc.view.hi else None
    if nxt is None:
        return _FAIL
    if np_ok(cue, nxt, sc.embedded) and k + 1 not in sc.cue_set:
        return "np", k + 1
    if nxt.is_word and comp_at(cue, nxt, sc.has_np) is None and not _opens_adverbial(sc.lex, sc.view, k + 1):
        return _FAIL  # the clause has moved on
    sc.state = "adv"
    return _CONTINUE


def _object_first(sc: _Scan, k: int) -> tuple[str, int] | None:
    """``دعا X المواطنين إلى``: a call verb's object before its complement (``object_first`` cues)."""
    toks, rules, hi = sc.view.toks, np_rules(), sc.view.hi
    if not sc.cue.object_first or sc.embedded or k >= hi or not toks[k].is_word or k in sc.cue_set:
        return None
    if rules.is_stop(toks[k].key) or rules.prayer.fullmatch(toks[k].key) or rules.is_that(toks[k].key):
        return None
    e = np_end(toks, k, hi, sc.cue_set, sc.cue.comps)
    if e == k or e >= hi or e - k > 8:
        return None
    comp = comp_at(sc.cue, toks[e], True)
    return (comp, e) if comp in ("prep", "that") else None


def _after_named_addressee(sc: _Scan, k: int) -> int | None:
    """``وقال X لـ(عكاظ) هناك ...``: after a named outlet the unquoted speech itself begins."""
    toks, rules = sc.view.toks, np_rules()
    if sc.state != "np" or sc.draft.speaker is None or "colon" not in sc.cue.comps or toks[k].key != "ل":
        return None
    j = skip_addressee(toks, k, sc.view.hi)
    if j <= k + 2 or j >= sc.view.hi or j in sc.cue_set:
        return None  # not a bracketed or quoted name
    t = toks[j]
    if not t.is_word or rules.is_stop(t.key) or rules.is_that(t.key) or rules.via.fullmatch(t.key):
        return None
    return j


def _step(sc: _Scan, k: int) -> tuple[tuple[str, int] | str, int]:
    """One token of the scan: a found complement, _FAIL, or _CONTINUE with the next index."""
    toks, rules, cue, draft = sc.view.toks, np_rules(), sc.cue, sc.draft
    t = toks[k]
    if t.key == "نقلا" and k + 1 < sc.view.hi and toks[k + 1].key == "عن" and is_media(toks, draft):
        return _CONTINUE, k + 1  # قالت صحيفة X نقلا عن دبلوماسيين إن: the sources speak
    comp = comp_at(cue, t, sc.has_np)
    if comp == "that" and k > sc.view.lo and toks[k - 1].key in words("block_that"):
        comp = None
    if comp == "quote" and _glued_close(sc.view, k):
        comp = None  # مدينة ”مسندم“ نحو …: a mark glued to the word before it closes a quoted name
    if comp == "quote" and sc.state == "np" and (named := _named_then_that(sc, k)) is not None:
        return ("that", named), named  # مصدر قريب من رئيس الوزراء "سيلفيو برلسكوني" إنه: a quoted name
    if comp == "quote" and sc.state == "np" and (after := _quoted_name(sc, k)) is not None:
        return _CONTINUE, after  # وقالت "شينخوا": / وكالة … "شينخوا" الرسمية، عن مسؤولين أن (round 14)
    if comp == "prep" and cue.needs_after and not _after_ok(cue, toks, k):
        return _FAIL, k
    if comp == "prep" and cue.prep_that and not (k + 1 < sc.view.hi and rules.is_that(toks[k + 1].key)):
        return _FAIL, k  # خلص الاجتماع إلى توصيات: only خلص إلى أن reports a finding
    if comp == "prep" and cue.prep_quote and not _quote_after(sc.view, t):
        sc.state = "adv"  # وصفت X بالمحيط / بقيادة السعودية: an adverbial, the quoted label may follow
        return _CONTINUE, k + 1
    if comp is not None and not (comp == "quote" and sc.state == "adv" and _short_quote(sc.view, t)):
        return (comp, k), k
    if rules.quoting.fullmatch(t.key) and sc.state == "np":
        return _CONTINUE, k + 1
    if sc.state == "np" and t.key in words("appositive_pronouns") and draft.speaker is not None:
        sc.state = "adv"  # وقالت X وهي عضو … بأن: an apposition, the complement may follow
        return _CONTINUE, k + 1
    if k in sc.cue_set:
        return _FAIL, k
    media = draft.source is None and is_media(toks, draft)
    if t.key == "عن" and draft.source is None and (media or _statement_head(toks, draft)):
        end = np_end(toks, k + 1, sc.view.hi, sc.cue_set, cue.comps)
        end = next((m for m in range(k + 1, end) if rules.quoting.fullmatch(toks[m].key)), end)
        said = end < sc.view.hi and rules.quoting.fullmatch(toks[end].key) is not None
        if end > k + 1 and (
            (sc.state == "np" and media) or said
        ):  # ونقل بيان لوزارة … عن نوفاك قوله  # ونقلت الوكالة اليوم عن ظريف قوله
            draft.source = (toks[k + 1].start, toks[end - 1].end)
            sc.state = "adv"
            return _CONTINUE, end
    nk, via = _parse_via(sc.lex, sc.view, k)
    if via is not None:
        draft.via.append(via)
        sc.state = "adv"
        return _CONTINUE, nk + 1
    if sc.state == "np" and t.key in words("intensifiers"):
        # أدانت X بشدة / بأشد العبارات Y: a manner adverb before the object (with its noun)
        return _CONTINUE, k + (2 if t.key in words("superlative_leads") else 1)
    reversed_quote = t.text == "”" and "quote" in cue.comps
    if sc.state == "np" and reversed_quote and find_close_quote(sc.view.text, t.start):
        return ("quote", k), k  # وأضاف ” ...“: a quotation opened with the closing mark
    if sc.state == "np" and (obj := _object_first(sc, k)) is not None:
        return obj, obj[1]
    if sc.state == "np" and outlet_addressee(t.key):
        end = _outlet_end(toks, k + 1, sc.view.hi)
        draft.via.append((t.start + 1, toks[end - 1].end))  # أفاد X لوكالة "رويترز" للأنباء بأن
        return _CONTINUE, end
    if (
        sc.state == "np"
        and accusative(t.text)
        and draft.speaker is not None
        and not np_ok(cue, t, sc.embedded)
    ):
        sc.state = "adv"  # قبل أن تعلن الداخلية لاحقًا، أنه: an adverb after the subject
        return _CONTINUE, k + 1
    if sc.state == "np" and "np" in cue.comps and (n := _time_words(toks, k, sc.view.hi)):
        return _CONTINUE, k + n  # أعلن X أول من أمس Y / أكد X اليوم Y: the object may still follow
    direct = _after_named_addressee(sc, k)
    if direct is not None:
        return ("np", direct), direct
    if t.key == "ل" and (n := skip_addressee(toks, k, sc.view.hi)) > k + 2:
        # لـ "الرياض" / لـ«عكاظ»: the quoted outlet is no quotation; a direct object may still follow
        sc.state = sc.state if "np" in cue.comps and cue.np_heads is not None else "adv"
        return _CONTINUE, n
    if t.text in "،,":
        return _at_comma(sc, k), k + 1
    if t.text == "(" and sc.state == "np" and draft.speaker is not None:
        close = next((j for j in range(k + 1, min(k + 5, sc.view.hi)) if toks[j].text == ")"), None)
        if close is not None:  # an acronym in brackets: الاتحاد الدولي (الفيفا)
            draft.speaker = (draft.speaker[0], toks[close].end)
            return _CONTINUE, close + 1
    if not t.key and t.text[:1] == "ـ":  # ـ حفظه الله ـ: an honorific insertion, skipped whole
        close = next((j for j in range(k + 1, min(k + 8, sc.view.hi)) if toks[j].text == t.text), None)
        if close is not None:
            return _CONTINUE, close + 1
    if t.text in "–—-" and (after := _dashed_title(sc, k)) is not None:
        return ("that", after), after  # وبيّن عبدالله اليامي -مسؤول التوظيف في شركة خاصة- أنه (round 20)
    if t.text in "–—-()" or t.text in OPEN_QUOTES or t.text in "”»" or not t.key:
        sc.state = "adv" if not cue.strict else sc.state
        return _CONTINUE, k + 1
    if t.text == "/" and sc.state == "adv":
        return _CONTINUE, k + 1  # في تموز/يوليو: two month names inside an adverbial (round 12)
    if not t.is_word:
        return _FAIL, k
    if sc.state == "np":
        if np_ok(cue, t, sc.embedded):
            return ("np", k), k
        if not rules.is_stop(t.key) or cue.strict:
            return _FAIL, k
        sc.state = "adv"
    return _CONTINUE, k + 1


def _dashed_title(sc: _Scan, k: int) -> int | None:
    """``X -مدرب- أن``: a short title between dashes right after the speaker, then أن (round 20): the
    complement's index."""
    toks, hi = sc.view.toks, sc.view.hi
    if sc.state != "np" or sc.draft.speaker is None or "that" not in sc.cue.comps:
        return None
    close = next((m for m in range(k + 2, min(k + 9, hi)) if toks[m].text in "–—-"), None)
    if close is None or close + 1 >= hi or not np_rules().is_that(toks[close + 1].key):
        return None
    if not all(t.is_word for t in toks[k + 1 : close]):
        return None
    sc.draft.speaker = (sc.draft.speaker[0], toks[close - 1].end)
    return close + 1


def _named_then_that(sc: _Scan, k: int) -> int | None:
    """A short quoted name (up to 3 words) inside the speaker, then أن/إن: the complement's index."""
    toks, hi = sc.view.toks, sc.view.hi
    close = next((m for m in range(k + 2, min(k + 5, hi)) if toks[m].text in '”»"“'), None)
    if close is None or close + 1 >= hi or "that" not in sc.cue.comps:
        return None
    if not np_rules().is_that(toks[close + 1].key) or not all(t.is_word for t in toks[k + 1 : close]):
        return None
    if sc.draft.speaker is not None:
        sc.draft.speaker = (sc.draft.speaker[0], toks[close - 1].end)
    return close + 1


def _quoted_name(sc: _Scan, k: int) -> int | None:
    """A short quoted name (1-3 words) with up to two definite adjectives, then a colon, أن/إن or
    (after a medium) عن: the name is the speaker (or ends it); returns the index after it."""
    toks, hi, rules = sc.view.toks, sc.view.hi, np_rules()
    close = next((m for m in range(k + 2, min(k + 5, hi)) if toks[m].text in '”»"“'), None)
    if close is None or not all(t.is_word for t in toks[k + 1 : close]):
        return None
    m = close + 1
    while m < hi and m < close + 3 and toks[m].key.startswith("ال") and not rules.is_stop(toks[m].key):
        m += 1
    end = toks[m - 1].end
    if m < hi and toks[m].text in "،,":
        m += 1
    if m >= hi:
        return None
    nxt = toks[m]
    if sc.draft.speaker is None and (nxt.text == ":" or rules.is_that(nxt.key)):
        sc.draft.speaker, sc.draft.speaker_from = (toks[k + 1].start, toks[close - 1].end), "explicit"
        return m
    if sc.draft.speaker is not None and nxt.key == "عن" and is_media(toks, sc.draft):
        sc.draft.speaker = (sc.draft.speaker[0], end)
        return m
    return None


def _glued_close(view: SentenceView, k: int) -> bool:
    """A quotation mark written right after a word (no space; not ب/ل/و), with another mark shortly
    before it, closes a quoted name (مدينة ”مسندم“); it opens no quotation."""
    toks = view.toks
    prev = toks[k - 1] if k > view.lo else None
    if prev is None or prev.end != toks[k].start or not prev.is_word or len(prev.key) < 3:
        return False
    start = toks[k].start
    return any(c in '”“«"' for c in view.text[max(0, start - 40) : start])


def _quote_after(view: SentenceView, t: Tok) -> bool:
    """A quotation mark right after the ب token (بـ”الأساسي”، بـ «الكارثية»)."""
    rest = view.text[t.end : t.end + 2].lstrip()
    return bool(rest) and rest[0] in OPEN_QUOTES + "”"


def _after_ok(cue: Cue, toks: list[Tok], k: int) -> bool:
    """``عبر عن ارتياحه`` (a feeling or view follows), not ``عبر نظام ... عن طريق``."""
    return k + 1 < len(toks) and any(p.search(toks[k + 1].key) for p, _ in cue.after)


def find_content(
    lex: Lexicon, view: SentenceView, cue: Cue, k: int, draft: Draft, cue_set: set[int], embedded: bool
) -> tuple[str, int] | None:
    """Scan from ``k`` (after the speaker) for the complement that opens the content.

    Between the speaker and the complement only adverbials (opened by a stop word, a comma or a
    dash), via chains and appositions may come; any other word ends the search.
    """
    has_np = True  # after the speaker (or where it would be) an attached ب opens the complement
    sc = _Scan(lex, view, cue, draft, cue_set, embedded, has_np)
    stop_at = min(view.hi, k + SEARCH_WINDOW)
    while k < stop_at:
        result, k = _step(sc, k)
        if result == _FAIL:
            return None
        if result != _CONTINUE:
            assert isinstance(result, tuple)
            return result
    return None


def _statement_head(toks: list[Tok], draft: Draft) -> bool:
    """The speaker is a statement or report (``ونقل بيان لوزارة الطاقة عن نوفاك قوله``)."""
    if draft.speaker is None:
        return False
    k = bisect.bisect_left(toks, draft.speaker[0], key=lambda t: t.start)
    return k < len(toks) and toks[k].key in words("statement_heads")
