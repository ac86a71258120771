"""Reporting-cue lexicon: inflected forms generated from lemmas in ``data/statements/cues.yaml``.

Verbs are listed once, by lemma and paradigm class; :func:`verb_forms` generates the past,
present and jussive forms in every person, gender and number, and :func:`load_lexicon` adds the
و/ف prefixes and indexes everything by :func:`rasd.text.normalize.norm_key`. Participles,
verbal nouns, nominal markers and "no comment" phrases come from the same file.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal, cast, get_args

from rasd.data import read_yaml
from rasd.errors import ConfigError
from rasd.models import SpeechAct
from rasd.text.normalize import norm_key

CueKind = Literal["verb", "participle", "masdar"]
Gender = Literal["m", "f"] | None

ACTS: frozenset[str] = frozenset(get_args(SpeechAct))
"""The fixed set of speech acts (defined once, in :data:`rasd.models.SpeechAct`)."""

# (suffix, gender, number, person) for the past tense; "L" = long stem, "S" = short stem.
_PAST_STRONG: tuple[tuple[str, str, Gender, str, int], ...] = (
    ("L", "", "m", "s", 3),
    ("L", "ت", "f", "s", 3),
    ("L", "وا", "m", "p", 3),
    ("L", "ا", "m", "d", 3),
    ("L", "تا", "f", "d", 3),
    ("S", "ن", "f", "p", 3),
    ("S", "نا", None, "p", 1),
    ("S", "تم", "m", "p", 2),
)
# (prefix, suffix, gender, number, person, jussive)
_PRESENT: tuple[tuple[str, str, Gender, str, int, bool], ...] = (
    ("ي", "", "m", "s", 3, False),
    ("ت", "", "f", "s", 3, False),
    ("ن", "", None, "p", 1, False),
    ("أ", "", None, "s", 1, False),
    ("ي", "ون", "m", "p", 3, False),
    ("ت", "ون", "m", "p", 2, False),
    ("ي", "ان", "m", "d", 3, False),
    ("ت", "ان", "f", "d", 3, False),
    ("ي", "ن", "f", "p", 3, False),
    ("ي", "وا", "m", "p", 3, True),
    ("ت", "وا", "m", "p", 2, True),
    ("ي", "ا", "m", "d", 3, True),
)
_DEFECTIVE_PAST: dict[str, tuple[tuple[str, Gender, str, int], ...]] = {
    "ى": (("ى", "m", "s", 3), ("ت", "f", "s", 3), ("وا", "m", "p", 3), ("يا", "m", "d", 3),
          ("تا", "f", "d", 3), ("ين", "f", "p", 3), ("ينا", None, "p", 1), ("يت", None, "s", 1)),
    "ا": (("ا", "m", "s", 3), ("ت", "f", "s", 3), ("وا", "m", "p", 3), ("تا", "f", "d", 3),
          ("ون", "f", "p", 3), ("ونا", None, "p", 1), ("وت", None, "s", 1)),
}  # fmt: skip
_DEFECTIVE_PRESENT_SUFFIXES: tuple[tuple[str, Gender, str], ...] = (
    ("ون", "m", "p"),
    ("ين", "f", "p"),
    ("وا", "m", "p"),
)
_PARTICIPLE_SUFFIXES = {
    "sound": ("ا", "ة", "ين", "تين", "ات", "ان"),
    "defective": ("يا", "ية", "ين", "يتين", "يات", "يان"),
}  # ان: the nominative dual written for the accusative (مضيفان, round 13)


@dataclass(frozen=True, slots=True)
class Form:
    """One inflected form of a cue (before prefixes)."""

    text: str
    gender: Gender
    number: str
    person: int
    jussive: bool = False
    present: bool = False


@dataclass(frozen=True, slots=True)
class Cue:
    """What a matched token means: the lemma, its act and what may follow it."""

    lemma: str
    kind: CueKind
    act: SpeechAct | None
    comps: frozenset[str]
    gender: Gender = None
    number: str = "s"
    person: int = 3
    jussive: bool = False
    negated_act: SpeechAct | None = None
    after: tuple[tuple[re.Pattern[str], SpeechAct], ...] = ()
    strict: bool = False
    """The complement must follow the speaker directly (no adverbials in between)."""
    strict_hamza: bool = False
    """``strict: hamza``: strict only when written without its hamza (ابان "during"; وأبان X خلال … أن)."""
    np_heads: re.Pattern[str] | None = None
    """A direct-object complement only counts when its first word matches."""
    needs_speaker: bool = False
    """An elided subject is not enough (يتوقع أن is mostly impersonal)."""
    present: bool = False
    clause_initial: bool = False
    """Only at the start of a clause (طالب is also "student", بين also "between")."""
    present_agent: bool = False
    """Present forms need an explicit, agent-like speaker (تشير مصادر, not تشير المعلومات)."""
    needs_after: bool = False
    """The word after the prepositional complement must match ``after`` (عبر عن ارتياحه)."""
    object_first: bool = False
    """An object may stand between the speaker and the complement (دعا X المواطنين إلى)."""
    prep_that: bool = False
    """A prepositional complement counts only when أن follows it (خلصت دراسة إلى أن، مصرين على أن)."""
    prep_quote: bool = False
    """A ب complement counts only before a quotation (وصف X الهجوم بـ"الإرهابي"); else it is adverbial."""
    bare_speech: bool = False
    """After an elided subject a first-person word opens unmarked direct speech (وقال بدأنا ...)."""
    governed: bool = False
    """A verbal noun after ب/ل whose speaker is the governing verb's subject (سارع X بنفي أنه)."""
    lam_heads: re.Pattern[str] | None = None
    """A ``لل``-word matching it opens the complement like a preposition (دعا X للتنسيق، round 13)."""
    object_cut: re.Pattern[str] | None = None
    """A word matching it ends the speaker as the object, the complement unrestricted (أدان X الممارسات)."""
    suffixed: bool = False
    """The verb carries an object pronoun (اتهمه، دعاهم، يصفها، تراها; round 13)."""
    needs_channel: bool = False
    """A written channel (حسابه، تويتر) must come before the colon or quotation (كتب X عبر حسابه: «…»)."""


@dataclass(frozen=True, slots=True)
class Marker:
    """A nominal marker (بحسب, وفقا لـ, نقلا عن ...): token regexes and options."""

    tokens: tuple[re.Pattern[str], ...]
    act: SpeechAct
    lam: bool = False
    verb: bool = False
    needs_verb: bool = False
    head: re.Pattern[str] | None = None
    """The speaker's first word must match (جاء في البيان ...)."""


@dataclass(frozen=True, slots=True)
class Lexicon:
    cues: dict[str, Cue]
    markers: tuple[Marker, ...]
    pronoun_markers: tuple[Marker, ...]
    evade_phrases: tuple[tuple[re.Pattern[str], ...], ...]
    negators: frozenset[str]
    marker_verbs: tuple[re.Pattern[str], ...]
    lemmas: frozenset[str] = field(default_factory=frozenset)
    marker_first: re.Pattern[str] = re.compile("(?!)")
    """Union of the markers' first-token patterns (a quick filter)."""


def _past_forms(cls: str, past: list[str]) -> list[Form]:
    if cls == "defective":
        base, final = past
        return [Form(base + suf, g, n, p) for suf, g, n, p in _DEFECTIVE_PAST[final]]
    long_stem = past[0]
    short_stem = past[1] if len(past) > 1 else past[0]
    out = []
    for which, suf, g, n, p in _PAST_STRONG:
        out.append(Form((long_stem if which == "L" else short_stem) + suf, g, n, p))
    return out


def _present_forms(cls: str, pres: list[str]) -> list[Form]:
    if cls == "defective":
        base, final = pres
        out = []
        for pre, _suf, g, n, p, _j in _PRESENT[:4]:
            out.append(Form(pre + base + final, g, n, p))
            out.append(Form(pre + base, g, n, p, jussive=True))
        for suf, g, n in _DEFECTIVE_PRESENT_SUFFIXES:
            out.append(Form("ي" + base + suf, g, n, 3))
            out.append(Form("ت" + base + suf, g, n, 2))
        out.append(Form("ي" + base + ("يان" if final != "و" else "وان"), "m", "d", 3))
        return out
    long_stem = pres[0]
    short_stem = pres[1] if len(pres) > 1 else pres[0]
    out = [Form(pre + long_stem + suf, g, n, p, j) for pre, suf, g, n, p, j in _PRESENT]
    if short_stem != long_stem:
        out += [Form(pre + short_stem, g, n, p, True) for pre, _s, g, n, p, _j in _PRESENT[:4]]
    return out


def verb_forms(
    cls: str, past: list[str], pres: list[str], tenses: tuple[str, ...] = ("past", "present")
) -> list[Form]:
    """Every inflected form of a verb of paradigm ``cls`` (sound, hollow, defective)."""
    if cls not in {"sound", "hollow", "defective"}:
        raise ConfigError(f"statements cues: unknown verb class {cls!r}")
    out = _past_forms(cls, past) if "past" in tenses else []
    if "present" in tenses:
        out += [dataclasses.replace(f, present=True) for f in _present_forms(cls, pres)]
    elif "jussive" in tenses:  # only after لم: لم يشر
        out += [dataclasses.replace(f, present=True) for f in _present_forms(cls, pres) if f.jussive]
    return out


def participle_forms(stem: str, cls: str = "sound") -> list[Form]:
    """Accusative participle forms used adverbially (مشيرا, مشيرة, مشيرين ...)."""
    genders: tuple[tuple[Gender, str], ...] = (("m", "s"), ("f", "s"), ("m", "p"), ("f", "d"), ("f", "p"))
    genders += (("m", "d"),)
    return [Form(stem + suf, g, n, 3) for suf, (g, n) in zip(_PARTICIPLE_SUFFIXES[cls], genders, strict=True)]


def _regex(pattern: str) -> re.Pattern[str]:
    """Compile a data-file regex normalised like the token keys (ة→ه, أ→ا, ئ→ي ...)."""
    return re.compile(norm_key(pattern))


def _act(value: object, where: str) -> SpeechAct | None:
    if value is None:
        return None
    if value not in ACTS:
        raise ConfigError(f"statements cues: unknown act {value!r} in {where}")
    return cast(SpeechAct, value)


def _after(entry: dict[str, Any], where: str) -> tuple[tuple[re.Pattern[str], SpeechAct], ...]:
    out = []
    for pattern, act in (entry.get("after") or {}).items():
        checked = _act(act, where)
        if checked is not None:
            out.append((_regex(pattern), checked))
    return tuple(out)


def _add(index: dict[str, Cue], key: str, cue: Cue) -> None:
    """Index ``cue`` under ``key`` unless a non-jussive reading is already there."""
    old = index.get(key)
    if old is None or (old.jussive and not cue.jussive):
        index[key] = cue


def _index_verbs(entries: list[dict[str, Any]], index: dict[str, Cue]) -> None:
    for e in entries:
        lemma = str(e["lemma"])
        act = _act(e.get("act"), lemma)
        comps = frozenset(norm_key(str(c)) for c in e.get("comps", []))
        neg = _act(e.get("negated_act"), lemma)
        after = _after(e, lemma)
        strict, needs = bool(e.get("strict")), bool(e.get("needs_speaker"))
        initial, agent = bool(e.get("clause_initial")), bool(e.get("present_agent"))
        obj_first, needs_after = bool(e.get("object_first")), bool(e.get("needs_after"))
        prep_that, bare, prep_quote = (
            bool(e.get("prep_that")),
            bool(e.get("bare_speech")),
            bool(e.get("prep_quote")),
        )
        heads = _regex(str(e["np_heads"])) if e.get("np_heads") else None
        lam = _regex(str(e["lam_heads"])) if e.get("lam_heads") else None
        cut = _regex(str(e["object_cut"])) if e.get("object_cut") else None
        excluded = {norm_key(str(x)) for x in e.get("exclude", [])}
        tenses = tuple(e.get("tenses", ("past", "present")))
        forms = verb_forms(str(e["class"]), [str(x) for x in e["past"]], [str(x) for x in e["pres"]], tenses)
        if lam is not None:
            comps = comps | {"لل"}
        base = Cue(lemma, "verb", act, comps, negated_act=neg, after=after, np_heads=heads, strict=strict)
        base = dataclasses.replace(base, needs_speaker=needs, clause_initial=initial, present_agent=agent)
        base = dataclasses.replace(base, object_first=obj_first, needs_after=needs_after, lam_heads=lam)
        base = dataclasses.replace(base, prep_that=prep_that, bare_speech=bare, prep_quote=prep_quote)
        base = dataclasses.replace(base, object_cut=cut, needs_channel=bool(e.get("needs_channel")))
        base = dataclasses.replace(base, strict_hamza=e.get("strict") == "hamza")
        for f in forms:
            cue = dataclasses.replace(base, gender=f.gender, number=f.number, person=f.person)
            cue = dataclasses.replace(cue, jussive=f.jussive, present=f.present)
            for prefix in ("", "و", "ف"):
                key = norm_key(prefix + f.text)
                if key not in excluded:
                    _add(index, key, cue)
        if e.get("object_suffix"):
            _index_suffixed(e, base, index)


_OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما", "نا", "كم")  # not ني (دعوني "let me"), هن (يراهن "bets")


def suffixed_forms(
    cls: str, past: list[str], pres: list[str], tenses: tuple[str, ...] = ("past", "present")
) -> list[tuple[str, Form]]:
    """Third-person forms with an attached object pronoun (اعتبرها، اعتبروها، تراها، دعاهم، يتهمنا).

    A final ى is written ا before the pronoun (ترى → تراها) and the silent alif of وا is dropped; a
    lemma may keep only its suffixed past (``object_suffix_tenses``: حمّله, not تحمله "his bearing",
    round 15)."""
    out = []
    for f in verb_forms(cls, past, pres, tuple(t for t in tenses if t != "jussive")):
        if f.person != 3 or f.jussive:
            continue
        if f.present and f.text.endswith("وا"):
            continue  # يروا: the subjunctive (يرونا is a name, Verona)
        stem = f.text[:-1] + "ا" if f.text.endswith("ى") else f.text
        stem = stem[:-1] if stem.endswith("وا") else stem
        out += [(stem + suffix, f) for suffix in _OBJECT_PRONOUNS]
    return out


def _index_suffixed(e: dict[str, Any], base: Cue, index: dict[str, Cue]) -> None:
    """``object_suffix: true``: the suffixed forms of every tense; ``object_suffix_comps`` replaces the
    complements (``[np]`` for a predicate: اعتبرها X خطوة; ``pred`` marks it for the chunker)."""
    extra = e.get("object_suffix_comps")
    comps = frozenset(norm_key(str(c)) for c in extra) if extra else base.comps
    cue = dataclasses.replace(base, comps=comps, suffixed=True, strict=False, present_agent=False)
    cue = dataclasses.replace(cue, clause_initial=False, object_first=False)
    tenses = tuple(str(t) for t in e.get("object_suffix_tenses", ("past", "present")))
    for text, f in suffixed_forms(
        str(e["class"]), [str(x) for x in e["past"]], [str(x) for x in e["pres"]], tenses
    ):
        form_cue = dataclasses.replace(cue, gender=f.gender, number=f.number, present=f.present)
        for prefix in ("", "و", "ف"):
            key = norm_key(prefix + text)
            if key not in index:
                index[key] = form_cue


def verb_participles(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Participle entries generated from the verbs that name one (``participle: auto`` is م + the
    present stem of a derived verb: أفاد → مفيد، أردف → مردف; otherwise the stem is given: زعم → زاعم).

    The participle takes the verb's act, ``after`` patterns and complements (without the bare
    object ``np`` unless ``participle_comps`` lists it)."""
    out = []
    for e in entries:
        spec = e.get("participle")
        if not spec:
            continue
        stem = "م" + str(e["pres"][0]) if spec == "auto" else str(spec)
        comps = e.get("participle_comps") or [c for c in e.get("comps", []) if c != "np"]
        part: dict[str, Any] = {"stem": stem, "act": e.get("act"), "comps": comps, "after": e.get("after")}
        part["prep_that"] = e.get("prep_that", False)
        part["exclude"] = [stem + "ات", *e.get("participle_exclude", [])]  # مقرات، ملاحظات: plural nouns
        part["class"] = e.get("participle_class", "sound")
        out.append(part)
    return out


def _index_participles(entries: list[dict[str, Any]], index: dict[str, Cue]) -> None:
    for e in entries:
        stem = str(e["stem"])
        act = _act(e.get("act"), stem)
        comps = frozenset(norm_key(str(c)) for c in e.get("comps", []))
        excluded = {norm_key(str(x)) for x in e.get("exclude", [])}
        for f in participle_forms(stem, str(e.get("class", "sound"))):
            key = norm_key(f.text)
            if key in excluded:
                continue
            cue = Cue(stem, "participle", act, comps, f.gender, f.number, 3, False, None, _after(e, stem))
            cue = dataclasses.replace(cue, prep_that=bool(e.get("prep_that")))
            for prefix in ("", "و"):
                _add(index, norm_key(prefix) + key, cue)


def _index_masdars(entries: list[dict[str, Any]], prefixes: list[str], index: dict[str, Cue]) -> None:
    that = frozenset({"that"})
    for e in entries:
        act = _act(e.get("act"), str(e["forms"]))
        for form in e["forms"]:
            cue = Cue(str(form), "masdar", act, that)
            for prefix in prefixes:
                _add(index, norm_key(str(prefix) + str(form)), cue)


def _index_governed(data: dict[str, Any], index: dict[str, Cue]) -> None:
    """``بنفي أنه``، ``لاتهامها بـ``: verbal nouns after ب/ل, with or without a pronoun suffix."""
    g = data.get("governed_masdars") or {}
    for e in g.get("entries", []):
        act = _act(e.get("act"), str(e["forms"]))
        comps = frozenset(norm_key(str(c)) for c in e.get("comps", ["that"]))
        cue = Cue(str(e["forms"][0]), "masdar", act, comps, governed=True)
        for form in e["forms"]:
            for prefix in e.get("prefixes", g.get("prefixes", [])):
                for suffix in g.get("suffixes", [""]):
                    key = norm_key(str(prefix) + str(form) + str(suffix))
                    if key in index and index[key].kind == "verb":
                        continue  # فيقول is ف + يقول, not في قول (round 15)
                    index[key] = cue


def _markers(entries: list[dict[str, Any]]) -> tuple[Marker, ...]:
    out = []
    for e in entries:
        act = _act(e.get("act", "say"), str(e["tokens"])) or "say"
        out.append(
            Marker(
                tuple(_regex(str(t)) for t in e["tokens"]),
                act,
                bool(e.get("lam")),
                bool(e.get("verb")),
                bool(e.get("needs_verb")),
                _regex(str(e["head"])) if e.get("head") else None,
            )
        )
    return tuple(out)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The cue lexicon built from ``data/statements/cues.yaml`` (cached)."""
    data = read_yaml("statements/cues.yaml")
    if not isinstance(data, dict):
        raise ConfigError("statements cues: cues.yaml is not a mapping")
    index: dict[str, Cue] = {}
    _index_verbs(data.get("verbs", []), index)
    _index_participles(data.get("participles", []), index)
    _index_participles(verb_participles(data.get("verbs", [])), index)  # the listed ones win
    _index_masdars(data.get("masdars", []), data.get("masdar_prefixes", [""]), index)
    _index_governed(data, index)
    markers = _markers(data.get("markers", []))
    first = re.compile("|".join(f"(?:{m.tokens[0].pattern})" for m in markers) or "(?!)")
    return Lexicon(
        cues=index,
        marker_first=first,
        markers=markers,
        pronoun_markers=_markers(data.get("pronoun_markers", [])),
        evade_phrases=tuple(tuple(_regex(t) for t in p) for p in data.get("evade_phrases", [])),
        negators=frozenset(norm_key(str(n)) for n in data.get("negators", [])),
        marker_verbs=tuple(_regex(str(p)) for p in data.get("marker_verbs", [])),
        lemmas=frozenset(str(e["lemma"]) for e in data.get("verbs", [])),
    )
