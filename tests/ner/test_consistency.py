"""Document-level consistency: repetitions of tagged names get the same tag."""

from __future__ import annotations

from rasd.ner.consistency import propagate


def test_family_name_alone_is_tagged() -> None:
    words = [["قال", "الوزير", "سامر", "الزيتوني", "إن"], ["وأضاف", "الزيتوني", "أن", "الخطة", "جاهزة"]]
    tags = [["O", "O", "B-PERS", "I-PERS", "O"], ["O", "O", "O", "O", "O"]]
    out = propagate(words, tags)
    assert out[0] == tags[0]
    assert out[1] == ["O", "B-PERS", "O", "O", "O"]


def test_whole_entity_repeated_with_clitic() -> None:
    words = [["زار", "نهر", "الفضة", "."], ["وفي", "نهرالفضة", "و", "بنهر", "الفضة", "سمك"]]
    tags = [["O", "B-LOC", "I-LOC", "O"], ["O", "O", "O", "O", "O", "O"]]
    out = propagate(words, tags)
    assert out[1][3:5] == ["B-LOC", "I-LOC"]
    assert out[1][1] == "O"


def test_existing_tags_are_not_changed() -> None:
    words = [["سامر", "سافر"], ["سامر", "حزين"]]
    tags = [["B-PERS", "O"], ["B-ORG", "O"]]
    assert propagate(words, tags) == tags


def test_short_and_trigger_words_are_not_propagated() -> None:
    words = [["الرئيس", "أب", "جديد"], ["الرئيس", "أب"]]
    tags = [["B-PERS", "I-PERS", "O"], ["O", "O"]]
    out = propagate(words, tags)
    # the whole string "الرئيس أب" is propagated, but neither word alone
    assert out[1] == ["B-PERS", "I-PERS"]
    out = propagate([["الرئيس", "أب"], ["أب", "الرئيس"]], [["B-PERS", "I-PERS"], ["O", "O"]])
    assert out[1] == ["O", "O"]


def test_no_entities_no_change() -> None:
    assert propagate([["كلام", "عادي"]], [["O", "O"]]) == [["O", "O"]]
