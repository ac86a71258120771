"""Feature extraction: clitic splits, shapes, gazetteer matches, clusters and context windows."""

from __future__ import annotations

from rasd.ner.clusters import ClusterTable, word_key
from rasd.ner.features import FeatureConfig, FeatureExtractor, gazetteer, shape, split_clitics


def test_word_key_normalises_and_collapses_digits() -> None:
    assert word_key("أحمد") == "احمد"
    assert word_key("٢٠٢٤") == "0000"
    assert word_key("مدرسة") == "مدرسه"


def test_split_clitics() -> None:
    s = split_clitics(word_key("والمدينة"))
    assert (s.prefix, s.bare, s.det) == ("وال", "مدينه", "المدينه")
    s = split_clitics(word_key("للأمم"))
    assert (s.prefix, s.bare, s.det) == ("لل", "امم", "الامم")
    s = split_clitics(word_key("وموسكو"))
    assert (s.prefix, s.bare) == ("و", "موسكو")
    # too short a remainder: nothing stripped
    assert split_clitics("بل").prefix == ""


def test_shape() -> None:
    assert shape("1,500") == "num"
    assert shape("٣٠") == "num"
    assert shape("،") == "punct"
    assert shape("NATO") == "latin"
    assert shape("كلمة") == "word"
    assert shape("F16") == "latin"


def test_gazetteer_has_entries_from_data_files() -> None:
    entries, longest = gazetteer()
    assert "country" in entries[(word_key("روسيا"),)]
    assert "title" in entries[(word_key("الرئيس"),)]
    assert longest >= 3


def _extractor(clusters: bool = True) -> FeatureExtractor:
    table = ClusterTable((2, 4), {"مدينه": (1, 3), "سامر": (0, 2)})
    return FeatureExtractor(FeatureConfig(clusters=clusters), table)


def test_sentence_features_shape_and_context() -> None:
    words = ["قال", "الرئيس", "سامر", "في", "وموسكو", "اليوم"]
    feats = _extractor().sentence(words)
    assert len(feats) == len(words)
    assert "BOS" in feats[0] and "EOS" in feats[-1]
    assert "w=سامر" in feats[2]
    assert "-1:w=الرييس" in feats[2] and "+1:w=في" in feats[2]
    assert "-1:gB=title" in feats[2]  # trigger word before a name
    assert "c2=0" in feats[2] and "c4=2" in feats[2]
    assert "gB=city" in feats[4]  # clitic و stripped before the gazetteer look-up
    assert "-2:w=سامر" in feats[4]
    assert "b=موسكو" in feats[4] and "p=و" in feats[4]


def test_multiword_gazetteer_longest_match() -> None:
    feats = _extractor(clusters=False).sentence(["زار", "الأمم", "المتحدة", "أمس"])
    assert "gB=org" in feats[1] and "gI=org" in feats[2]
    assert not any(f.startswith("gB=") or f.startswith("gI=") for f in feats[0] + feats[3])


def test_stem_cluster_used_for_unknown_clitic_form() -> None:
    feats = _extractor().sentence(["بالمدينة"])
    assert "sc2=1" in feats[0]


def test_no_cluster_features_when_disabled() -> None:
    feats = _extractor(clusters=False).sentence(["سامر"])
    assert not any(f.startswith("c") and "=" in f and f[1].isdigit() for f in feats[0])


def test_deterministic() -> None:
    words = ["وقالت", "منظمة", "الصحة", "العالمية", "إن", "3", "حالات"]
    assert _extractor().sentence(words) == _extractor().sentence(words)
