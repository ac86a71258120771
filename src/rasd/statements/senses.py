"""Other senses of cue and marker words (round 19): guards with no statement behind them.

Called from :func:`rasd.statements.guards.cue_at` and :func:`rasd.statements.markers.marker_draft`.
"""

from __future__ import annotations

from rasd.statements.chunk import Tok, words
from rasd.statements.lexicon import Cue

_RETURNED = frozenset({"من", "الي", "الى"})
_TEENS = frozenset({"عشر", "عشره"})
_OBJECT_NOUNS = frozenset(
    {"اهميه", "ضروره", "الاهميه", "الضروره", "حرص", "الحرص", "تبني", "استمرار", "الاستمرار"}
)
_ATTENTION = frozenset({"النظر", "الانتباه", "الانظار"})
_DISCRETION = frozenset({"تراه", "يراه", "يرونه", "تقتضيه", "يقتضيه", "تستدعيه", "يستدعيه", "تقرره", "يقرره"})


def other_sense(cue: Cue, toks: list[Tok], i: int, lo: int) -> bool:
    """The cue word at ``toks[i]`` means something else here; nobody is reported."""
    key = toks[i].key
    nxt = toks[i + 1].key if i + 1 < len(toks) else ""
    if nxt in _TEENS and key.lstrip("و").startswith("اثن"):
        return True  # مائتين وإثنى عشر نقشا: a number, not أثنى "praised"
    if key in ("عادا", "عادوا") and nxt in _RETURNED:
        return True  # عادا من الدوحة: "returned", not the participle of عدّ
    if cue.lemma == "بين" and key == "وبين" and _between(toks, i, lo):
        return True  # بين الدول العربية … وبين دمشق: the preposition repeated, not بيّن
    if key.lstrip("و") == "لافته" and nxt not in ("الى", "الي", "ان"):
        return True  # لافتة كتب عليها: a banner, not the participle لافتة إلى أن (round 20)
    if toks[i].text.startswith("أمل"):
        return True  # أن أملأ خزائني / أمله: "fill", "his hope", not the participle آملا (round 19)
    if cue.lemma == "أقر" and _decided(toks, i):
        return True  # أقر مجلس الوزراء أن يكون لكل شاطئ حرم: approved a rule, admitted nothing
    return cue.lemma == "تابع" and cue.present and _adjectival(toks, i, lo)


def _decided(toks: list[Tok], i: int) -> bool:
    """A bare أن followed by a present (subjunctive) verb within the clause after أقر."""
    for k in range(i + 1, min(i + 10, len(toks) - 1)):
        key = toks[k].key
        if not toks[k].is_word or key.startswith(("بان", "انه", "انها", "انهم")):
            return False
        if key == "ان":
            nxt = toks[k + 1].key
            return nxt[:1] in "يت" and len(nxt) >= 4
    return False


def _between(toks: list[Tok], i: int, lo: int) -> bool:
    """A bare بين earlier in the clause (``بين X وبين Y``)."""
    return any(toks[k].key == "بين" for k in range(max(lo, i - 15), i))


def _adjectival(toks: list[Tok], i: int, lo: int) -> bool:
    """``دبلوماسي يتابع الوضع``: a present verb right after an indefinite noun describes it."""
    if i == lo or toks[i].key[:1] in "وف" or not toks[i - 1].is_word:
        return False
    prev = toks[i - 1].key
    return not prev.startswith(("ال", "وال")) and prev not in words("clause_leads") and len(prev) > 2


def discretion(toks: list[Tok], j: int, hi: int) -> bool:
    """``بحسب ما تراه الجهات``: "as the authorities see fit", a rule of discretion, not a source."""
    return j + 1 < hi and toks[j].key == "ما" and toks[j + 1].key in _DISCRETION


def object_noun(key: str) -> bool:
    """``وأكد أهمية مواجهة الإرهاب``: importance or necessity right after the verb is its object (the
    subject is elided), never a speaker (round 19); also care and continuation (وأكد حرص اللجان، اعلن تبني …,
    round 20)."""
    return key in _OBJECT_NOUNS


def attention(cue: Cue, key: str) -> bool:
    """``ولفت النظر إلى أن``: "drew attention to", the noun is the object, the subject elided (round 20)."""
    return cue.lemma == "لفت" and key in _ATTENTION
