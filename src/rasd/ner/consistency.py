"""Document-level label consistency: a name tagged once is tagged everywhere in the document.

News articles introduce a name in full with a title (``وزير الدفاع دونالد رامسفيلد``) and then
repeat it, often alone (``رامسفيلد``), where a sentence-level CRF has less evidence. After tagging
every sentence, :func:`propagate` tags untagged repetitions of

* a whole entity string the model tagged elsewhere in the document (same type), and
* the last word of a multi-word person name (a family name) as a one-word ``PERS``.

Only runs of ``O`` tokens are changed; a word shorter than ``min_len`` letters, or one listed in
the trigger/title gazetteers, is never propagated alone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from rasd.ner.conll import chunks
from rasd.ner.features import gazetteer, norm, split_clitics


def _blocked() -> frozenset[str]:
    entries, _ = gazetteer()
    out = {k[0] for k, cats in entries.items() if len(k) == 1 and cats & {"title", "orghead", "lochead"}}
    return frozenset(out)


def _keys(words: Sequence[str]) -> list[str]:
    return [split_clitics(norm(w)).bare for w in words]


def _vote(
    keys: Sequence[Sequence[str]], tags: Sequence[Sequence[str]], min_len: int
) -> dict[tuple[str, ...], str]:
    """Entity key sequences seen in the document → their majority type."""
    votes: dict[tuple[str, ...], Counter[str]] = {}
    blocked = _blocked()
    for ks, ts in zip(keys, tags, strict=True):
        for a, b, typ in chunks(ts):
            seq = tuple(ks[a:b])
            if len(seq) > 1 or (len(seq[0]) >= min_len and seq[0] not in blocked):
                votes.setdefault(seq, Counter())[typ] += 1
            if typ == "PERS" and b - a > 1 and len(ks[b - 1]) >= min_len and ks[b - 1] not in blocked:
                votes.setdefault((ks[b - 1],), Counter())["PERS"] += 1
    return {seq: c.most_common(1)[0][0] for seq, c in votes.items()}


def propagate(
    words: Sequence[Sequence[str]], tags: Sequence[Sequence[str]], *, min_len: int = 3
) -> list[list[str]]:
    """Tags of a document's sentences with untagged repetitions of its entities filled in."""
    keys = [_keys(w) for w in words]
    known = _vote(keys, tags, min_len)
    if not known:
        return [list(t) for t in tags]
    longest = max(len(s) for s in known)
    out: list[list[str]] = []
    for ks, ts in zip(keys, tags, strict=True):
        new = list(ts)
        i = 0
        while i < len(ks):
            hit = 0
            for n in range(min(longest, len(ks) - i), 0, -1):
                typ = known.get(tuple(ks[i : i + n]))
                if typ is not None and all(t == "O" for t in new[i : i + n]):
                    before_ok = i == 0 or new[i - 1] == "O"
                    after_ok = i + n == len(ks) or not new[i + n].startswith("I-")
                    if before_ok and after_ok:
                        new[i : i + n] = [f"B-{typ}"] + [f"I-{typ}"] * (n - 1)
                        hit = n
                        break
            i += max(hit, 1)
        out.append(new)
    return out
