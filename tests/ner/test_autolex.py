"""The auto-lexicon: a first-pass CRF's tag counts over a (fictional) news zip."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from rasd.ner.autolex import MIN_COUNT, build_lexicon, corpus_sentences
from rasd.ner.features import FeatureConfig
from rasd.ner.train import train_model

TRAIN = [
    [("قال", "O"), ("الوزير", "O"), ("سامر", "B-PERS"), ("الزيتوني", "I-PERS"), ("في", "O")],
    [("زارت", "O"), ("ليلى", "B-PERS"), ("النجار", "I-PERS"), ("مدينة", "O"), ("الفضة", "B-LOC")],
    [("وقال", "O"), ("سامر", "B-PERS"), ("إن", "O"), ("مدينة", "O"), ("الفضة", "B-LOC"), ("تنمو", "O")],
]
ARTICLES = [
    "قال الوزير سامر الزيتوني في مدينة الفضة إن المشروع يتقدم. وزارت ليلى النجار مدينة الفضة.",
    "وقال سامر إن مدينة الفضة تنمو. قال الوزير سامر الزيتوني إن العمل مستمر.",
]


def test_sentences_are_split_and_tokenised() -> None:
    sents = list(corpus_sentences(["قال سامر إن الفضة تنمو. وزارت ليلى الفضة."]))
    assert sents == [["قال", "سامر", "إن", "الفضة", "تنمو", "."], ["وزارت", "ليلى", "الفضة", "."]]


def test_lexicon_from_a_first_pass_model(tmp_path: Path) -> None:
    train = tmp_path / "train.txt"
    train.write_text("\n\n".join("\n".join(f"{w} {t}" for w, t in s) for s in TRAIN * 4) + "\n")
    model = tmp_path / "crf" / "ner.crfsuite"
    train_model(train, model, config=FeatureConfig(clusters=False), max_iterations=50)
    folder = tmp_path / "news"
    folder.mkdir()
    for day in ("2030-01-01", "2030-01-02"):
        with zipfile.ZipFile(folder / f"{day}.zip", "w") as zf:
            zf.writestr(f"{day}.json", json.dumps([{"content": a} for a in ARTICLES], ensure_ascii=False))
    one = build_lexicon(model, folder)
    assert one == build_lexicon(model, folder, parts=2)  # the split over processes does not matter
    row = one["سامر"]
    assert row[0] > 0.5 and abs(sum(row[:5]) - 1) < 1e-3  # mostly PERS; fractions sum to one
    assert one["الفضه"][1] > 0.5  # keys are normalised (teh marbuta → heh)
    assert one["الوزير"][4] == 1.0  # always O
    assert MIN_COUNT == 3 and "يتقدم" not in one  # seen twice only
