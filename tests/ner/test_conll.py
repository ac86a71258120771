"""conlleval-style chunking and scoring on hand-made sequences."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.errors import InputError
from rasd.ner.conll import chunks, read_conll, score


def test_chunks_basic() -> None:
    tags = ["B-PERS", "I-PERS", "O", "B-LOC", "B-LOC", "I-LOC"]
    assert chunks(tags) == [(0, 2, "PERS"), (3, 4, "LOC"), (4, 6, "LOC")]


def test_i_without_b_opens_a_chunk() -> None:
    assert chunks(["O", "I-ORG", "I-ORG", "O"]) == [(1, 3, "ORG")]
    assert chunks(["I-LOC"]) == [(0, 1, "LOC")]


def test_type_change_inside_i_run_splits() -> None:
    assert chunks(["B-PERS", "I-LOC", "I-LOC"]) == [(0, 1, "PERS"), (1, 3, "LOC")]


def test_exact_span_match_required() -> None:
    gold = [["B-PERS", "I-PERS", "O"]]
    pred = [["B-PERS", "O", "O"]]  # boundary error: no credit
    c = score(gold, pred)
    assert (c["micro"].correct, c["micro"].predicted, c["micro"].gold) == (0, 1, 1)
    assert c["micro"].f1 == 0.0


def test_type_mismatch_is_wrong() -> None:
    c = score([["B-ORG", "I-ORG"]], [["B-LOC", "I-LOC"]])
    assert c["micro"].correct == 0
    assert c["ORG"].gold == 1 and c["ORG"].predicted == 0
    assert c["LOC"].predicted == 1 and c["LOC"].gold == 0


def test_micro_and_per_type_figures() -> None:
    gold = [["B-PERS", "I-PERS", "O", "B-LOC"], ["B-ORG", "O", "B-MISC"]]
    pred = [["B-PERS", "I-PERS", "O", "B-ORG"], ["B-ORG", "O", "O"]]
    c = score(gold, pred)
    assert c["micro"].correct == 2
    assert c["micro"].precision == pytest.approx(2 / 3)
    assert c["micro"].recall == pytest.approx(2 / 4)
    assert c["micro"].f1 == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))
    assert c["PERS"].f1 == 1.0
    assert c["LOC"].recall == 0.0


def test_i_without_b_matches_gold_b() -> None:
    # conlleval: a predicted I-X after O starts a chunk, so it matches a gold B-X I-X chunk.
    c = score([["O", "B-LOC", "I-LOC"]], [["O", "I-LOC", "I-LOC"]])
    assert c["micro"].correct == 1


def test_length_mismatch_raises() -> None:
    with pytest.raises(ValueError):
        score([["O", "O"]], [["O"]])


def test_read_conll(tmp_path: Path) -> None:
    p = tmp_path / "d.txt"
    p.write_text("سامر B-PERS\nقال O\n\nمدينة O\nالنور B-LOC\n", encoding="utf-8")
    sents = read_conll(p)
    assert [s.words for s in sents] == [["سامر", "قال"], ["مدينة", "النور"]]
    assert sents[1].tags == ["O", "B-LOC"]


def test_read_conll_bad_line(tmp_path: Path) -> None:
    p = tmp_path / "bad.txt"
    p.write_text("كلمة\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 1"):
        read_conll(p)
    p.write_text("كلمة X-TAG\n", encoding="utf-8")
    with pytest.raises(InputError):
        read_conll(p)
    with pytest.raises(InputError):
        read_conll(tmp_path / "missing.txt")
