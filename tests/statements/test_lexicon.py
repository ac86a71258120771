from __future__ import annotations

from typing import get_args

import pytest

from rasd.models import SpeechAct
from rasd.statements.lexicon import ACTS, load_lexicon, participle_forms, verb_forms
from rasd.text.normalize import norm_key


def _texts(forms: list) -> set[str]:  # type: ignore[type-arg]
    return {f.text for f in forms}


def test_acts_match_the_model() -> None:
    assert set(get_args(SpeechAct)) == ACTS


def test_hollow_paradigm_covers_persons_genders_numbers_tenses() -> None:
    forms = _texts(verb_forms("hollow", ["قال", "قل"], ["قول", "قل"]))
    for f in [
        "قال",
        "قالت",
        "قالوا",
        "قالا",
        "قالتا",
        "قلن",
        "قلنا",
        "يقول",
        "تقول",
        "نقول",
        "يقولون",
        "يقولان",
    ]:
        assert f in forms, f


def test_defective_paradigm() -> None:
    forms = _texts(verb_forms("defective", ["نف", "ى"], ["نف", "ي"]))
    for f in ["نفى", "نفت", "نفوا", "نفيا", "ينفي", "تنفي", "ينفون", "ينف", "تنف"]:
        assert f in forms, f
    call = _texts(verb_forms("defective", ["دع", "ا"], ["دع", "و"]))
    assert {"دعا", "دعت", "دعوا", "يدعو", "تدعو", "يدعون"} <= call


def test_sound_paradigm_with_hamza_stem() -> None:
    forms = _texts(verb_forms("sound", ["أكد"], ["ؤكد"]))
    assert {"أكد", "أكدت", "أكدوا", "يؤكد", "تؤكد", "نؤكد", "يؤكدون"} <= forms


def test_tenses_option() -> None:
    past_only = _texts(verb_forms("sound", ["اعتبر"], ["عتبر"], ("past",)))
    assert "اعتبر" in past_only and "يعتبر" not in past_only


def test_participles() -> None:
    assert {"مشيرا", "مشيرة", "مشيرين"} <= _texts(participle_forms("مشير"))
    assert {"نافيا", "نافية"} <= _texts(participle_forms("ناف", "defective"))


def test_unknown_class_is_a_config_error() -> None:
    from rasd.errors import ConfigError

    with pytest.raises(ConfigError):
        verb_forms("strong", ["x"], ["x"])


@pytest.mark.parametrize(
    ("form", "act"),
    [
        ("وقال", "say"),
        ("فقالت", "say"),
        ("يقولون", "say"),
        ("أكدت", "confirm"),
        ("ونفت", "deny"),
        ("تنفي", "deny"),
        ("أعلنوا", "announce"),
        ("حذرت", "warn"),
        ("اتهم", "accuse"),
        ("ودعا", "call"),
        ("تعهدت", "promise"),
        ("كشفت", "reveal"),
        ("اعترف", "admit"),
        ("زعم", "allege"),
        ("مشيرا", "say"),
        ("مؤكدة", "confirm"),
        ("إعلان", "announce"),
    ],
)
def test_index_by_normalised_key(form: str, act: str) -> None:
    cue = load_lexicon().cues[norm_key(form)]
    assert cue.act == act


def test_non_cue_words_are_not_indexed() -> None:
    cues = load_lexicon().cues
    for word in ["التأكد", "تأكيدا", "قالب", "مقال", "يشار", "يذكر"]:
        assert norm_key(word) not in cues, word


def test_ambiguous_lemmas_are_guarded() -> None:
    cues = load_lexicon().cues
    assert cues[norm_key("طالب")].clause_initial
    assert cues[norm_key("تشير")].present_agent
    # "is considered": present اعتبر needs an agent and أن right after it (تعتبر الشركة أن ...)
    assert cues[norm_key("يعتبر")].present_agent and cues[norm_key("يعتبر")].strict
