"""Matching keys for names: normalised, clitic-aware and transliteration-tolerant.

Every function here is pure and works on a name as written (display text is never changed):

* :func:`name_tokens` — the rasd normalisation key split into word tokens; hyphens, quotes and
  other punctuation become spaces (``هيونج-سو`` = ``هيونج سو``), the article ``ال`` is dropped from a
  token when at least ``min_stem`` letters remain, attached conjunctions/prepositions
  (``و ف ب ل ك``) are dropped only before the article or when the remainder is a known name;
* :func:`exact_key` — the tokens joined by spaces (the primary key);
* :func:`compact_key` — the tokens joined without spaces (``هيونجسو``);
* :func:`skeleton` — a consonant skeleton: the /g/ letters ``ج غ ك ق`` (and ``گ``) form one class,
  long vowels ``ا و ي`` inside the name and a final ``ه`` are dropped (``بوتن`` = ``بوتين``,
  ``بيونج يانج`` = ``بيونغ يانغ`` = ``Pyongyang``);
* :func:`rasm_key` — the dotless letter skeleton, for typo tolerance on known multi-token names;
* :func:`latin_to_arabic` — a small transliteration of Latin-script names into Arabic letters.

Letter classes and clitics are data (``rasd/data/entities/keys.yaml``, ``latin.yaml``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rasd.data import read_lines, read_yaml
from rasd.text.normalize import norm_key

_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)
_LATIN_RE = re.compile(r"[a-z]")

Known = Callable[[str], bool]
"""A predicate telling whether a normalised token (or name) is a known name."""


@dataclass(frozen=True, slots=True)
class _KeyConfig:
    g_class: str
    g_symbol: str
    long_vowels: str
    final_drop: str
    rasm: dict[str, str]
    article: str
    conjunctions: str
    prepositions: str
    min_stem: int
    latin_digraphs: tuple[tuple[str, str], ...]
    latin_letters: dict[str, str]


@lru_cache(maxsize=1)
def _config() -> _KeyConfig:
    raw: dict[str, Any] = read_yaml("entities/keys.yaml")
    latin: dict[str, Any] = read_yaml("entities/latin.yaml")
    digraphs = sorted(latin["digraphs"].items(), key=lambda kv: (-len(kv[0]), kv[0]))
    return _KeyConfig(
        g_class=str(raw["g_class"]),
        g_symbol=str(raw["g_symbol"]),
        long_vowels=str(raw["long_vowels"]),
        final_drop=str(raw["final_drop"]),
        rasm={str(k): str(v) for k, v in raw["rasm"].items()},
        article=str(raw["article"]),
        conjunctions=str(raw["conjunctions"]),
        prepositions=str(raw["prepositions"]),
        min_stem=int(raw["min_stem"]),
        latin_digraphs=tuple((str(k), str(v)) for k, v in digraphs),
        latin_letters={str(k): str(v or "") for k, v in latin["letters"].items()},
    )


def latin_to_arabic(word: str) -> str:
    """Transliterate one lower-case Latin word into Arabic letters (``putin`` → ``بوتين``)."""
    cfg = _config()
    out: list[str] = []
    i = 0
    if word[:1] in "aeiou":
        out.append("ا")
        i = 1
    while i < len(word):
        for src, dst in cfg.latin_digraphs:
            if word.startswith(src, i):
                out.append(dst)
                i += len(src)
                break
        else:
            out.append(cfg.latin_letters.get(word[i], ""))
            i += 1
    return "".join(out)


def _split(text: str) -> list[str]:
    """Normalised word tokens of ``text`` (digits and punctuation dropped, Latin transliterated)."""
    key = norm_key(text)
    words = _WORD_RE.findall(key)
    return [latin_to_arabic(w) if _LATIN_RE.match(w) else w for w in words]


def strip_article(token: str) -> str:
    """Drop a leading ``ال`` when at least ``min_stem`` letters remain (``الرياض`` → ``رياض``)."""
    cfg = _config()
    while token.startswith(cfg.article) and len(token) - len(cfg.article) >= cfg.min_stem:
        token = token[len(cfg.article) :]
    return token


def clitic_splits(token: str) -> list[tuple[int, str]]:
    """Candidate (prefix length, remainder) splits of attached conjunctions/prepositions.

    The unsplit token comes first; ``لل`` is read as ``ل`` + ``ال``. Only splits that leave at least
    ``min_stem`` letters are offered. The caller decides which remainder is a known name.
    """
    cfg = _config()
    out = [(0, token)]
    i = 0
    if token[:1] and token[0] in cfg.conjunctions:
        i = 1
        if len(token) - 1 >= cfg.min_stem:
            out.append((1, token[1:]))
    if len(token) > i and token[i] in cfg.prepositions:
        rest = token[i + 1 :]
        if token[i] == "ل" and rest.startswith("ل") and len(rest) - 1 >= cfg.min_stem:
            # للاتحاد = ل + الاتحاد: the span starts after لل, the remainder gets its article back
            out.append((i + 2, cfg.article + rest[1:]))
        elif len(rest) >= cfg.min_stem:
            out.append((i + 1, rest))
    return out


def strip_clitics(token: str, known: Known | None = None) -> str:
    """Drop attached ``و ف ب ل ك`` from a token: always before the article (``والرياض``), otherwise
    only when the remainder is known (``وروسيا`` → ``روسيا`` if ``روسيا`` is known)."""
    cfg = _config()
    splits = clitic_splits(token)
    if known is not None and known(token):
        return token
    for _plen, rest in splits[1:]:
        if rest.startswith(cfg.article) and len(rest) - len(cfg.article) >= cfg.min_stem:
            return rest
    if known is not None:
        for _plen, rest in splits[1:]:
            if known(rest) or known(strip_article(rest)):
                return rest
    return token


def name_tokens(text: str, known: Known | None = None) -> tuple[str, ...]:
    """Normalised tokens of a name with clitics and the article stripped (see module doc)."""
    out: list[str] = []
    for i, tok in enumerate(_split(text)):
        while i == 0:  # to a fixed point, so that keys are idempotent
            stripped = strip_article(strip_clitics(tok, known))
            if stripped == tok:
                break
            tok = stripped
        out.append(strip_article(tok))
    return tuple(out)


def exact_key(text: str, known: Known | None = None) -> str:
    """Primary key of a name: its normalised tokens joined by single spaces."""
    return " ".join(name_tokens(text, known))


def compact_key(text: str, known: Known | None = None) -> str:
    """The name's tokens joined without spaces (``هيونج-سو`` = ``هيونج سو`` = ``هيونجسو``)."""
    return "".join(name_tokens(text, known))


def token_skeleton(token: str) -> str:
    """Consonant skeleton of one normalised token (first letter kept, see module doc)."""
    cfg = _config()
    if not token:
        return ""
    body = token
    while len(body) > 1 and body[-1] in cfg.final_drop:
        body = body[:-1]
    out = [cfg.g_symbol if body[0] in cfg.g_class else body[0]]
    for ch in body[1:]:
        if ch in cfg.long_vowels:
            continue
        sym = cfg.g_symbol if ch in cfg.g_class else ch
        if out and out[-1] == sym:
            continue  # doubled consonants (transliterations of gemination)
        out.append(sym)
    return "".join(out)


def skeleton(text: str, known: Known | None = None) -> str:
    """Secondary key: the skeleton of the compact name (spaces and hyphens ignored)."""
    return token_skeleton(compact_key(text, known))


def skeleton_tokens(tokens: Iterable[str]) -> tuple[str, ...]:
    return tuple(token_skeleton(t) for t in tokens)


def rasm_key(text: str, known: Known | None = None) -> str:
    """Dotless skeleton of the compact name: ``بيونج يانح`` meets ``بيونج يانج`` (dot errors)."""
    cfg = _config()
    return "".join(cfg.rasm.get(ch, ch) for ch in compact_key(text, known))


def is_latin(text: str) -> bool:
    """True when the name is written in Latin script."""
    return bool(_LATIN_RE.search(norm_key(text)))


@lru_cache(maxsize=1)
def protected_names() -> frozenset[str]:
    """Given names that never count as spelling variants of one another (محمد/محمود)."""
    return frozenset(strip_article(norm_key(w)) for w in read_lines("entities/given_names.txt"))


def tokens_match(a: str, b: str) -> bool:
    """Two name tokens are one name: equal, or the same skeleton when neither is a protected given
    name and both have at least three letters (بوتن/بوتين, جونج/جونغ)."""
    if a == b:
        return True
    if len(a) < 3 or len(b) < 3:
        return False
    protected = protected_names()
    if a in protected or b in protected:
        return False
    return token_skeleton(a) == token_skeleton(b)


def names_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two multi-token names are spelling variants of one name (see module doc).

    Same token count: every token pair must match (:func:`tokens_match`), so a full-name token
    mismatch (جونج أون / جونج جيو) keeps them apart. Different counts (compounds written apart or
    together: هيونج-سو / هيونجسو): the compact skeletons must be equal and the protected given names
    the same."""
    if a == b:
        return True
    if token_skeleton("".join(a)) != token_skeleton("".join(b)):
        return False
    if len(a) == len(b):
        return all(tokens_match(x, y) for x, y in zip(a, b, strict=True))
    protected = protected_names()
    return {t for t in a if t in protected} == {t for t in b if t in protected}
