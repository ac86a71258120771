"""Quantity lexicons (data files ``quantities/units.yaml`` and ``quantities/hedges.yaml``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rasd.data import read_yaml
from rasd.text.normalize import norm_key


@lru_cache(maxsize=1 << 16)
def key(text: str) -> str:
    """The matching key of one word or short phrase (cached: the same words recur in every
    sentence's windows)."""
    return " ".join(norm_key(text).split())


def _keys(words: list[str]) -> frozenset[str]:
    return frozenset(key(w) for w in words)


def _alternation(words: set[str]) -> str:
    ordered = sorted(words, key=lambda w: (-len(w), w))
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in ordered)


@dataclass(frozen=True, slots=True)
class QuantityLexicon:
    units: dict[str, str]
    """Normalised surface form (one or two words) -> lemma."""
    percent: frozenset[str]
    age_units: dict[str, str]
    age_cues: frozenset[str]
    age_persons: frozenset[str]
    age_blockers: frozenset[str]
    time_units: frozenset[str]
    not_after: frozenset[str]
    time_after: frozenset[str]
    not_units: frozenset[str]
    hedge_re: re.Pattern[str]
    """Matches a hedge that ends the text (searched on the key before a number)."""
    source_re: re.Pattern[str]
    source_skip: frozenset[str]
    source_stop: frozenset[str]
    operators: frozenset[str]
    unitless_leads: frozenset[str]
    model_suffixes: frozenset[str]
    bare_followers: frozenset[str]
    partitive: frozenset[str]
    postposed_vague: frozenset[str]
    coordinators: frozenset[str]
    coordinated_gap: int
    id_plurals: frozenset[str]
    model_heads: frozenset[str]
    partitive_before: frozenset[str]
    of_total: frozenset[str]
    vague_idioms: frozenset[str]
    age_links: frozenset[str]
    kilo_forms: frozenset[str]
    distance_cues: frozenset[str]
    clause_leads: frozenset[str]
    clause_lead_window: int
    homographs: dict[str, str] = field(default_factory=dict)
    """A form listed as its own lemma and as another lemma's plural (``أسرة``: family, beds) -> itself."""
    send_cues: frozenset[str] = frozenset()
    verb_prefixes: tuple[str, ...] = ()
    verb_suffixes: tuple[str, ...] = ()
    verb_fem_first: tuple[str, ...] = ()
    min_verb_length: int = 5
    code_cues: frozenset[str] = frozenset()
    count_not_duration: float = float("inf")
    day_refs: frozenset[str] = frozenset()
    age_bare_cues: frozenset[str] = frozenset()
    age_wide_cues: frozenset[str] = frozenset()
    age_paren_not_after: frozenset[str] = frozenset()
    age_category_cues: frozenset[str] = frozenset()
    age_category_heads: frozenset[str] = frozenset()
    not_sources: frozenset[str] = frozenset()
    postposed_after: frozenset[str] = frozenset()
    number_links: frozenset[str] = frozenset()
    count_heads: frozenset[str] = frozenset()
    months: frozenset[str] = frozenset()
    fractions: frozenset[str] = frozenset()
    accusative_scales: frozenset[str] = frozenset()
    source_l_nouns: frozenset[str] = frozenset()
    letter_names: frozenset[str] = frozenset()
    score_cues: frozenset[str] = frozenset()
    score_window: int = 6
    superlatives: frozenset[str] = frozenset()
    percent_leads: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    age_death_heads: frozenset[str] = frozenset()
    model_names: frozenset[str] = frozenset()
    class_heads: frozenset[str] = frozenset()
    class_units: frozenset[str] = frozenset()
    time_singulars: frozenset[str] = frozenset()
    month_heads: frozenset[str] = frozenset()
    month_after: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def quantity_lexicon() -> QuantityLexicon:
    u = read_yaml("quantities/units.yaml")
    h = read_yaml("quantities/hedges.yaml")
    units = {key(form): lemma for lemma, forms in u["units"].items() for form in forms}
    for wrong, right in (u.get("spelling_variants") or {}).items():
        units.setdefault(key(wrong), units[key(right)])
    age = {key(form): lemma for lemma, forms in u["age_units"].items() for form in forms}
    hedges = {key(w) for w in h["before"]}
    sources = {key(w) for w in h["sources"]}
    start = r"(?:(?<![^\W\d_])|(?<=(?<![^\W\d_])[وفب]))"
    hedge_start = r"(?:(?<![^\W\d_])|(?<=(?<![^\W\d_])[وفبل]))"  # also "لأكثر من"
    return QuantityLexicon(
        units=units,
        percent=frozenset(key(w) for w in u["percent"]),
        age_units=age,
        age_cues=frozenset(key(w) for w in u["age_cues"]),
        age_persons=_keys(u["age_persons"]),
        age_blockers=_keys(u["age_blockers"]),
        time_units=frozenset(key(w) for w in u["time_units"]),
        not_after=frozenset(key(w) for w in u["not_after"]),
        time_after=frozenset(key(w) for w in u["time_after"]),
        not_units=frozenset(key(w) for w in u["not_units"]) | _keys(u["letter_names"]),
        hedge_re=re.compile(rf"{hedge_start}(?:{_alternation(hedges)})\s*$"),
        source_re=re.compile(
            rf"{start}(?:(?:{_alternation({w for w in sources if w.endswith(' ل')})})"
            rf"|(?:{_alternation({w for w in sources if not w.endswith(' ل')})})(?![^\W\d_]))\s*"
        ),
        source_skip=frozenset(key(w) for w in h["source_skip"]),
        source_stop=frozenset(key(w) for w in h["source_stop"]),
        operators=frozenset(key(w) for w in u["operators"]),
        unitless_leads=frozenset(key(w) for w in u["unitless_leads"]),
        model_suffixes=frozenset(key(w) for w in u["model_suffixes"]),
        bare_followers=frozenset(key(w) for w in u["bare_followers"]),
        partitive=frozenset(key(w) for w in u["partitive"]),
        postposed_vague=frozenset(key(w) for w in u["postposed_vague"]),
        coordinators=frozenset(key(w) for w in u["coordinators"]),
        coordinated_gap=int(u["coordinated_gap"]),
        id_plurals=_keys(u["id_plurals"]),
        model_heads=_keys(u["model_heads"]),
        partitive_before=_keys(u["partitive_before"]),
        of_total=_keys(u["of_total"]),
        vague_idioms=_keys(u["vague_idioms"]),
        age_links=_keys(u["age_links"]),
        kilo_forms=_keys(u["kilo_forms"]),
        distance_cues=_keys(u["distance_cues"]),
        clause_leads=_keys(u["clause_leads"]),
        clause_lead_window=int(u["clause_lead_window"]),
        homographs=_homographs(u["units"], units),
        send_cues=_keys(u["send_cues"]),
        verb_prefixes=tuple(key(w) for w in u["verb_prefixes"]),
        verb_suffixes=tuple(key(w) for w in u["verb_suffixes"]),
        verb_fem_first=tuple(key(w) for w in u["verb_fem_first"]),
        min_verb_length=int(u["min_verb_length"]),
        code_cues=_keys(u["code_cues"]),
        count_not_duration=float(u["count_not_duration"]),
        day_refs=_keys(u["day_refs"]),
        age_bare_cues=_keys(u["age_bare_cues"]),
        age_wide_cues=_keys(u["age_wide_cues"]),
        age_paren_not_after=_keys(u["age_paren_not_after"]),
        age_category_cues=_keys(u["age_category_cues"]),
        age_category_heads=_keys(u["age_category_heads"]),
        not_sources=_keys(h["not_sources"]),
        postposed_after=_keys(u["postposed_after"]),
        number_links=_keys(u["number_links"]),
        count_heads=_keys(u["count_heads"]),
        months=_months(),
        time_singulars=frozenset(key(w) for w in u["time_singulars"]),
        month_heads=frozenset(key(w) for w in u["month_heads"]),
        month_after=frozenset(key(w) for w in u["month_after"]),
        fractions=_keys(u["fractions"]),
        accusative_scales=_keys(u["accusative_scales"]),
        source_l_nouns=_keys(h["l_nouns"]),
        letter_names=_keys(u["letter_names"]),
        score_cues=_keys(u["score_cues"]),
        score_window=int(u["score_window"]),
        superlatives=_keys(u["superlatives"]),
        percent_leads=_keys(u["percent_leads"]),
        places=_keys(u["places"]),
        age_death_heads=_keys(u["age_death_heads"]),
        model_names=_keys(u["model_names"]),
        class_heads=_keys(u["class_heads"]),
        class_units=_keys(u["class_units"]),
    )


def _homographs(table: dict[str, list[str]], units: dict[str, str]) -> dict[str, str]:
    own = {key(lemma): lemma for lemma, forms in table.items() if lemma in forms}
    return {k: lemma for k, lemma in own.items() if units.get(k) != lemma}


def _months() -> frozenset[str]:
    """Month names from the dates lexicon (one or two words, also written without the space:
    ``ذوالقعدة``): a day number before one is a date, not a quantity."""
    d = read_yaml("dates/lexicon.yaml")
    forms = {key(f) for table in ("gregorian_months", "hijri_months") for fs in d[table].values() for f in fs}
    ambiguous = {key(w) for w in d["ambiguous_months"]}
    forms -= ambiguous
    return frozenset(forms | {f.replace(" ", "") for f in forms})
