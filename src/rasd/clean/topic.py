"""Topic overlap of two parts of a text: is a tail after "read also" the same story as the head?

Content words are the normalised words of three letters or more, minus function and generic news words
(``rasd/data/clean/stopwords.txt``), lightly stemmed (one clitic prefix and one suffix stripped). The
overlap of two parts is the cosine of their binary content-word vectors: presence matters, not how
often a word is repeated, so a long head does not drown a short tail.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

from rasd.data import read_lines
from rasd.text.normalize import norm_key

_WORD = re.compile(r"[^\W\d_]{3,}")
_PREFIXES = ("وبال", "وال", "بال", "كال", "فال", "ولل", "لل", "ال", "و", "ف", "ب", "ل")
_SUFFIXES = ("هما", "ات", "ون", "ين", "ان", "ها", "هم", "يه", "ه", "ي")


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    return frozenset(norm_key(w) for w in read_lines("clean/stopwords.txt"))


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """Strip one clitic prefix and one suffix, keeping at least three letters."""
    for p in _PREFIXES:
        if word.startswith(p) and len(word) - len(p) >= 3:
            word = word[len(p) :]
            break
    for s in _SUFFIXES:
        if word.endswith(s) and len(word) - len(s) >= 3:
            return word[: -len(s)]
    return word


def content_words(key: str) -> Counter[str]:
    """Stemmed content words of a normalised key, with their counts."""
    stop = stopwords()
    return Counter(stem(w) for w in _WORD.findall(key) if w not in stop)


def keyword_coverage(head: Counter[str], tail: Counter[str], k: int = 5) -> float:
    """Fraction of the head's ``k`` most frequent content words found in the tail."""
    if not head:
        return 0.0
    top = sorted(head.items(), key=lambda kv: (-kv[1], kv[0]))[:k]
    return sum(1 for w, _ in top if w in tail) / len(top)


def overlap(a: Counter[str], b: Counter[str]) -> float:
    """Cosine of two binary word vectors (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return len(a.keys() & b.keys()) / math.sqrt(len(a) * len(b))


def off_topic(head: Counter[str], tail: Counter[str], low: float, high: float) -> bool:
    """Tail unrelated to head: overlap below ``low``, or below ``high`` with none of the head's keywords."""
    cos = overlap(head, tail)
    return cos < low or (cos < high and keyword_coverage(head, tail) == 0.0)
