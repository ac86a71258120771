"""The pre-trained context encoders (rasd.ner.lm) and their use by the neural tagger."""

from __future__ import annotations

import numpy as np
import pytest

from rasd.ner.clusters import ClusterTable
from rasd.ner.conll import Sentence
from rasd.ner.encode import Encoder
from rasd.ner.neural import BiLstmCrf

torch = pytest.importorskip("torch", reason="PyTorch (the [dev] extra) is needed to train")

from rasd.ner.lm import WINDOW, LmParams, encode_corpus, export_lm, pretrain_lm  # noqa: E402
from rasd.ner.nn_train import LABELS, NnParams, build_network, export_weights, train_network  # noqa: E402
from rasd.ner.train_neural import make_vocab  # noqa: E402

WORDS = ["قال", "الوزير", "في", "مدينة", "شركة", "أعلنت", "إن"]
CORPUS = [
    ["قال", "الوزير", "سامر", "في", "مدينة", "الفضة"],
    ["أعلنت", "شركة", "النخيل", "إن", "الوزير", "قال"],
    ["قال", "الوزير", "هادي", "في", "مدينة", "الرمال"],
] * 20
TINY = LmParams(hidden=6, cluster_dim=3, out_words=5, cutoffs=(3,), batch=16, lr=0.05, epochs=3)


@pytest.fixture(scope="module")
def encoder() -> Encoder:
    table = ClusterTable((4, 8, 16), {w: (i % 4, i % 8, i) for i, w in enumerate(WORDS)})
    sents = [Sentence(s, ["O"] * len(s)) for s in CORPUS[:3]]
    return Encoder(make_vocab(sents, WORDS, {}), table)


def _vectors(enc: Encoder) -> np.ndarray:
    vec = np.random.RandomState(0).randn(enc.n_words, 5).astype(np.float32)
    vec[0] = 0.0
    return vec


def test_corpus_stream_has_edges_around_each_sentence(encoder: Encoder) -> None:
    corpus = encode_corpus(encoder, [["قال", "الوزير"], ["في"], []], TINY)
    assert len(corpus.positions) == 3 and len(corpus.words) == 3 + 3 * WINDOW
    assert corpus.edge[:WINDOW].all() and corpus.edge[-WINDOW:].all()
    assert not corpus.edge[corpus.positions].any()
    assert (corpus.words[corpus.edge == 1] == 0).all()


def test_pretraining_lowers_the_loss_and_is_deterministic(encoder: Encoder) -> None:
    corpus = encode_corpus(encoder, CORPUS, TINY)
    one = export_lm(pretrain_lm(encoder, _vectors(encoder), corpus, TINY))
    two = export_lm(pretrain_lm(encoder, _vectors(encoder), corpus, TINY))
    assert all(np.array_equal(one[k], two[k]) for k in one)
    assert one["lm_left_w"].shape == (TINY.hidden, WINDOW * (5 + 3 * TINY.cluster_dim))
    untrained = export_lm(
        pretrain_lm(
            encoder, _vectors(encoder), corpus, LmParams(**{**TINY.to_dict(), "cutoffs": (3,), "epochs": 0})
        )
    )
    assert not np.array_equal(one["lm_left_w"], untrained["lm_left_w"])


def test_numpy_context_matches_torch(encoder: Encoder) -> None:
    corpus = encode_corpus(encoder, CORPUS, TINY)
    lm = export_lm(pretrain_lm(encoder, _vectors(encoder), corpus, TINY))
    torch.manual_seed(1)
    net = build_network(encoder, _vectors(encoder), NnParams(hidden=8, char_filters=6, cluster_dim=4), lm)
    net.eval()
    sents = [["وقال", "الوزير", "سامر", "في", "مدينة", "."], ["سامر"], ["شركة", "النخيل", "الذهبي"]]
    b = encoder.encode(sents)
    with torch.no_grad():
        expected = net.emissions(b).numpy()
    tagger = BiLstmCrf(export_weights(net), LABELS, encoder)
    got = tagger.emissions(b)
    for i, s in enumerate(sents):
        np.testing.assert_allclose(got[i, : len(s)], expected[i, : len(s)], atol=1e-5)
    # the context really enters: other neighbours change the scores of the same word
    other = tagger.emissions(encoder.encode([["أعلنت", "شركة", "سامر", "إن", "قال", "."]]))
    assert not np.allclose(other[0, 2], got[0, 2], atol=1e-4)


def test_training_with_context_keeps_the_encoders_frozen(encoder: Encoder) -> None:
    corpus = encode_corpus(encoder, CORPUS, TINY)
    lm = export_lm(pretrain_lm(encoder, _vectors(encoder), corpus, TINY))
    data = [Sentence(["قال", "الوزير", "سامر"], ["O", "O", "B-PERS"])] * 8
    params = NnParams(epochs=5, hidden=8, cluster_dim=4, char_dim=6, char_filters=6, dropout=0.0, lr=0.05)
    weights, hist = train_network(encoder, _vectors(encoder), data, params, lm=lm)
    assert hist[-1]["loss"] < hist[0]["loss"]
    assert all(np.array_equal(weights[k], lm[k]) for k in lm)
    assert BiLstmCrf(weights, LABELS, encoder).tag_many([["قال", "الوزير", "سامر"]]) == [["O", "O", "B-PERS"]]
