"""Light stemming for matching: strip clitics and the article, then common inflectional suffixes.

Works on normalisation keys (:func:`rasd.text.normalize.norm_key` output: ة→ه, ى→ي, أ→ا...).
It is deliberately light (no root extraction): good enough to match ``الانتخابات`` with
``انتخابات`` and ``وبالقوات`` with ``القوات`` while keeping distinct words apart.
"""

from __future__ import annotations

_PREFIXES = ("وبال", "وال", "بال", "كال", "فال", "لل", "ال", "و", "ف", "ب", "ل", "ك")
_SUFFIXES = (
    "اتها",
    "اتهم",
    "يين",
    "يون",
    "ات",
    "ون",
    "ين",
    "ان",
    "ها",
    "هم",
    "هن",
    "كم",
    "نا",
    "يه",
    "ه",
    "ي",
)
_MIN_STEM = 3


def light_stem(key: str) -> str:
    """Stem one normalised Arabic word; non-Arabic words are returned unchanged."""
    if not key or not ("\u0621" <= key[0] <= "\u064a"):
        return key
    word = key
    for p in _PREFIXES:
        if word.startswith(p) and len(word) - len(p) >= _MIN_STEM:
            word = word[len(p) :]
            break
    for s in _SUFFIXES:
        if word.endswith(s) and len(word) - len(s) >= _MIN_STEM:
            word = word[: -len(s)]
            break
    return word
