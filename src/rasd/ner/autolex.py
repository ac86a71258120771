"""The auto-lexicon: how a first-pass tagger labels each word across unlabelled news.

A word that the CRF tags as a person in hundreds of SaudiNewsNet sentences (with titles, with
``قال``...) is probably a person in a sentence where the context says little. For every word key
seen at least :data:`MIN_COUNT` times, the counts of the first-pass tags become one row of
:func:`rasd.ner.encode.lexicon_row` (fractions of PERS/LOC/ORG/MISC/O and a frequency scale), an
input of the neural tagger (the "extended prediction history" of Ratinov and Roth, 2009).

Sentences come from :func:`rasd.text.segment.split_sentences` and :func:`rasd.text.segment.tokenize`,
as in the pipeline; the work can be split over processes (``parts``), the result does not depend on it.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from rasd.ner.clusters import word_key
from rasd.ner.encode import lexicon_row
from rasd.text.segment import split_sentences, tokenize

log = logging.getLogger(__name__)

MIN_COUNT = 3
MAX_TOKENS = 200
BATCH = 256


def corpus_sentences(texts: Iterable[str]) -> Iterator[list[str]]:
    """Token texts of each sentence (1 to :data:`MAX_TOKENS` tokens) of ``texts``."""
    for text in texts:
        for s in split_sentences(text):
            words = [t.text for t in tokenize(text, s.start, s.end)]
            if 0 < len(words) <= MAX_TOKENS:
                yield words


def count_tags(model_path: Path, zips: list[Path]) -> dict[str, Counter[str]]:
    """Per word key, the counts of the tags the model at ``model_path`` gives it in ``zips``."""
    from rasd.ner.clusters import iter_saudinewsnet_files
    from rasd.ner.tagger import open_model

    model = open_model(model_path)
    counts: dict[str, Counter[str]] = {}
    batch: list[list[str]] = []

    def flush() -> None:
        for words, tags in zip(batch, model.tag_many(batch), strict=True):
            for w, t in zip(words, tags, strict=True):
                counts.setdefault(word_key(w), Counter())[t] += 1
        batch.clear()

    for words in corpus_sentences(iter_saudinewsnet_files(zips)):
        batch.append(words)
        if len(batch) >= BATCH:
            flush()
    flush()
    return counts


def build_lexicon(model_path: Path, folder: Path, *, parts: int = 1) -> dict[str, list[float]]:
    """The auto-lexicon of the SaudiNewsNet zips in ``folder``, tagged by the CRF at ``model_path``."""
    zips = sorted(folder.glob("*.zip"))
    total: dict[str, Counter[str]] = {}
    if parts <= 1:
        results = [count_tags(model_path, zips)]
    else:
        with ProcessPoolExecutor(parts) as pool:
            results = list(pool.map(count_tags, [model_path] * parts, [zips[k::parts] for k in range(parts)]))
    for result in results:
        for key, c in result.items():
            total.setdefault(key, Counter()).update(c)
    lexicon = {k: lexicon_row(c) for k, c in sorted(total.items()) if sum(c.values()) >= MIN_COUNT}
    log.info("auto-lexicon: %d words from %d zips", len(lexicon), len(zips))
    return lexicon
