from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.stories.minhash import LSHIndex, MinHasher, containment, jaccard, shingle_hashes

WORDS = [f"w{i}" for i in range(400)]


def test_signature_is_deterministic_across_instances() -> None:
    h = shingle_hashes(WORDS[:50], 4)
    a = MinHasher(128, 7).signature(h)
    b = MinHasher(128, 7).signature(h)
    assert np.array_equal(a, b)
    assert not np.array_equal(a, MinHasher(128, 8).signature(h))


def test_shingles_depend_on_order_and_are_distinct() -> None:
    assert shingle_hashes(["a", "b", "c", "d"], 4).size == 1
    assert shingle_hashes(["a", "b", "c", "d"], 4)[0] != shingle_hashes(["d", "c", "b", "a"], 4)[0]
    assert shingle_hashes(["a", "b", "a", "b", "a", "b"], 2).size == 2
    assert shingle_hashes([], 4).size == 0
    assert shingle_hashes(["solo"], 4).size == 1


def test_jaccard_estimate_is_close_to_truth() -> None:
    hasher = MinHasher(256, 3)
    a = shingle_hashes(WORDS[:200], 1)
    b = shingle_hashes(WORDS[100:300], 1)  # true Jaccard = 100 / 300
    est = jaccard(hasher.signature(a), hasher.signature(b))
    assert abs(est - 1 / 3) < 0.1
    assert jaccard(hasher.signature(a), hasher.signature(a)) == 1.0


def test_containment_from_jaccard() -> None:
    # A (100) inside B (300): J = 1/3 -> containment of A in B = 1
    assert abs(containment(1 / 3, 100, 300) - 1.0) < 1e-9
    assert containment(0.0, 100, 300) == 0.0
    assert containment(0.5, 0, 10) == 0.0


def test_lsh_finds_similar_and_not_unrelated() -> None:
    hasher = MinHasher(126, 1)
    lsh = LSHIndex(42, 3)
    base = hasher.signature(shingle_hashes(WORDS[:100], 3))
    lsh.add(0, base)
    near = hasher.signature(shingle_hashes([*WORDS[:95], "x1", "x2"], 3))
    other = hasher.signature(shingle_hashes(WORDS[200:300], 3))
    assert 0 in lsh.query(near)
    assert 0 not in lsh.query(other)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(WORDS[:60]), min_size=1, max_size=80))
def test_signature_of_identical_sets_match(words: list[str]) -> None:
    hasher = MinHasher(64, 11)
    assert np.array_equal(
        hasher.signature(shingle_hashes(words, 3)), hasher.signature(shingle_hashes(list(words), 3))
    )
