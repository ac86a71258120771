"""The neural tagger: encoding, NumPy inference against PyTorch, training, saving and loading.

Sentences are original and fictional; the cluster table is a small one written here.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import numpy as np
import pytest

from rasd.errors import ModelError
from rasd.ner.clusters import ClusterTable
from rasd.ner.conll import Sentence
from rasd.ner.encode import GAZ_FLAGS, LEX_DIM, UNK, Encoder, Vocab, lexicon_row
from rasd.ner.neural import BiLstmCrf
from rasd.ner.tagger import NeuralModel, open_model, read_meta

torch = pytest.importorskip("torch", reason="PyTorch (the [dev] extra) is needed to train")

from rasd.ner.nn_train import LABELS, NnParams, build_network, export_weights, train_network  # noqa: E402
from rasd.ner.train_neural import make_vocab, save_neural  # noqa: E402

SENTENCES = [
    [("قال", "O"), ("الوزير", "O"), ("سامر", "B-PERS"), ("الزيتوني", "I-PERS"), ("في", "O")],
    [("زارت", "O"), ("ليلى", "B-PERS"), ("النجار", "I-PERS"), ("مدينة", "O"), ("الفضة", "B-LOC")],
    [("أعلنت", "O"), ("شركة", "O"), ("النخيل", "B-ORG"), ("الذهبي", "I-ORG"), ("أرباحها", "O")],
    [("وقال", "O"), ("سامر", "B-PERS"), ("إن", "O"), ("شركة", "O"), ("النخيل", "B-ORG"), ("تنمو", "O")],
]
SMALL = NnParams(epochs=15, hidden=8, cluster_dim=4, char_dim=6, char_filters=6, dropout=0.0, lr=0.05)


def _sentences() -> list[Sentence]:
    return [Sentence([w for w, _ in s], [t for _, t in s]) for s in SENTENCES]


@pytest.fixture(scope="module")
def encoder() -> Encoder:
    words = ["قال", "الوزير", "سامر", "في", "مدينة", "شركة"]
    table = ClusterTable((4, 8, 16), {w: (i % 4, i % 8, i) for i, w in enumerate(words)})
    vocab = make_vocab(_sentences(), words, {"سامر": lexicon_row({"B-PERS": 8, "O": 2})})
    return Encoder(vocab, table)


def _vectors(enc: Encoder, dim: int = 6) -> np.ndarray:
    return np.random.RandomState(0).randn(enc.n_words, dim).astype(np.float32)


def test_lexicon_row() -> None:
    row = lexicon_row({"B-PERS": 6, "I-PERS": 2, "O": 2})
    assert row[:5] == [0.8, 0.0, 0.0, 0.0, 0.2] and 0 < row[5] <= 1
    assert lexicon_row({}) == [0.0] * LEX_DIM


def test_encode_shapes_and_unknowns(encoder: Encoder) -> None:
    b = encoder.encode([["وقال", "سامر"], ["كلمة", "لم", "ترد"]])
    assert b.types.shape == (2, 3) and list(b.lengths) == [2, 3]
    assert b.words[b.types[0, 0]] == encoder.encode([["قال"]]).words[1]  # clitic stripped to a known word
    assert b.words[b.types[1, 0]] == UNK and b.clusters[b.types[1, 0]].tolist() == [0, 0, 0]
    assert b.lexicon[b.types[0, 1], 0] == pytest.approx(0.8) and b.lexicon[b.types[1, 0]].sum() == 0
    assert b.char_mask[b.types[0, 1]].sum() == len("سامر") and b.chars.shape[1] == len("وقال")
    assert b.types[1, 2] == 5 and b.types[0, 2] == 0 and len(b.words) == 6  # 5 distinct texts + padding
    assert b.gaz.shape[2] == len(GAZ_FLAGS)


def test_numpy_forward_matches_torch(encoder: Encoder) -> None:
    torch.manual_seed(1)
    net = build_network(encoder, _vectors(encoder), NnParams(hidden=8, char_filters=6, cluster_dim=4))
    net.eval()
    sents = [["وقال", "الوزير", "سامر", "في", "مدينة", "."], ["سامر"], ["شركة", "النخيل", "الذهبي"]]
    b = encoder.encode(sents)
    with torch.no_grad():
        expected = net.emissions(b).numpy()
    got = BiLstmCrf(export_weights(net), LABELS, encoder).emissions(b)
    for i, s in enumerate(sents):  # padding positions differ (PyTorch zeroes them) and are unused
        np.testing.assert_allclose(got[i, : len(s)], expected[i, : len(s)], atol=1e-5)


def test_training_learns_and_is_deterministic(encoder: Encoder, tmp_path: Path) -> None:
    data = _sentences() * 4
    w1, hist = train_network(encoder, _vectors(encoder), data, SMALL, dev=data[:4], snapshot_dir=tmp_path)
    w2, _ = train_network(encoder, _vectors(encoder), data, SMALL)
    assert all(np.array_equal(w1[k], w2[k]) for k in w1)
    assert len(hist) == SMALL.epochs and hist[-1]["loss"] < hist[0]["loss"]
    assert hist[-1]["dev_f1"] == 1.0
    assert (tmp_path / f"epoch-{SMALL.epochs}.npz").exists()
    tags = BiLstmCrf(w1, LABELS, encoder).tag_many([["قال", "الوزير", "سامر", "الزيتوني"], []])
    assert tags == [["O", "O", "B-PERS", "I-PERS"], []]


def test_save_and_load_roundtrip(encoder: Encoder, tmp_path: Path) -> None:
    weights, _ = train_network(encoder, _vectors(encoder), _sentences() * 4, SMALL)
    encoder.clusters.save(tmp_path / "clusters.tsv.gz")
    (tmp_path / "ner.crfsuite").write_bytes(b"old")  # a replaced CRF is removed
    path = save_neural(tmp_path, weights, encoder.vocab, {"params": SMALL.to_dict()})
    assert not (tmp_path / "ner.crfsuite").exists()
    meta = read_meta(path)
    assert meta["kind"] == "bilstm-crf" and meta["labels"] == list(LABELS)
    with gzip.open(tmp_path / meta["vocab"], "rt") as fh:
        assert Vocab.from_dict(json.load(fh)).words == encoder.vocab.words
    model = open_model(path)
    assert isinstance(model, NeuralModel) and model.version == meta["version"]
    assert model.tag(["وقال", "سامر", "إن", "شركة", "النخيل", "تنمو"])[1] == "B-PERS"


def test_bad_models_are_clear_errors(encoder: Encoder, tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="lack"):
        BiLstmCrf({"word": np.zeros((2, 2))}, LABELS, encoder)
    (tmp_path / "ner.meta.json").write_text(json.dumps({"kind": "magic", "features": {}}))
    (tmp_path / "ner.npz").write_bytes(b"")
    with pytest.raises(ModelError, match="unknown NER model kind"):
        open_model(tmp_path / "ner.npz")
    (tmp_path / "ner.meta.json").write_text(json.dumps({"kind": "bilstm-crf", "features": {}}))
    with pytest.raises(ModelError, match="cannot read"):
        open_model(tmp_path / "ner.npz")


def test_batched_viterbi_finds_the_best_paths(encoder: Encoder) -> None:
    import itertools

    torch.manual_seed(2)
    net = build_network(encoder, _vectors(encoder), NnParams(hidden=4, char_filters=4, cluster_dim=2))
    with torch.no_grad():
        net.trans.normal_()
        net.start.normal_()
        net.end.normal_()
    model = BiLstmCrf(export_weights(net), LABELS, encoder)
    rng = np.random.RandomState(3)
    lengths = np.array([1, 4, 3])
    em = rng.randn(3, 4, len(LABELS)).astype(np.float32)
    w = model.w

    def total(path: tuple[int, ...], row: np.ndarray) -> float:
        s = w["crf_start"][path[0]] + w["crf_end"][path[-1]] + sum(row[j, p] for j, p in enumerate(path))
        return float(s + sum(w["crf_trans"][a, b] for a, b in itertools.pairwise(path)))

    got = model.viterbi(em, lengths)
    for i, n in enumerate(lengths):
        best = max(itertools.product(range(len(LABELS)), repeat=int(n)), key=lambda p: total(p, em[i]))
        assert got[i] == list(best)


def test_weight_averaging_over_the_last_epochs(encoder: Encoder, tmp_path: Path) -> None:
    data = _sentences() * 2
    params = NnParams(epochs=3, hidden=4, cluster_dim=2, char_dim=4, char_filters=4, average_last=2)
    averaged, _ = train_network(encoder, _vectors(encoder), data, params, snapshot_dir=tmp_path)
    snaps = [dict(np.load(tmp_path / f"epoch-{k}.npz")) for k in (2, 3)]
    for name, value in averaged.items():
        np.testing.assert_allclose(value, (snaps[0][name] + snaps[1][name]) / 2, rtol=1e-5, atol=1e-6)


def test_o_bias_trades_o_tags_for_entity_tags(encoder: Encoder) -> None:
    torch.manual_seed(4)
    net = build_network(encoder, _vectors(encoder), NnParams(hidden=4, char_filters=4, cluster_dim=2))
    sents = [["قال", "الوزير", "سامر", "في", "مدينة", "."], ["شركة", "النخيل"]]
    plain = BiLstmCrf(export_weights(net), LABELS, encoder)
    biased = BiLstmCrf(export_weights(net), LABELS, encoder, o_bias=1e4)
    against = BiLstmCrf(export_weights(net), LABELS, encoder, o_bias=-1e4)
    zero = BiLstmCrf(export_weights(net), LABELS, encoder, o_bias=0.0)
    assert zero.tag_many(sents) == plain.tag_many(sents)
    assert all(t != "O" for s in biased.tag_many(sents) for t in s)
    assert all(t == "O" for s in against.tag_many(sents) for t in s)
