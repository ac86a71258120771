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

_WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)
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
    compound_prefixes: tuple[str, ...]
    max_join: int
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
        compound_prefixes=tuple(str(x) for x in raw.get("compound_prefixes", [])),
        max_join=int(raw.get("max_join", 3)),
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
            ch = word[i]
            out.append(cfg.latin_letters.get(ch, ch if ch.isdigit() else ""))
            i += 1
    return "".join(out)


def _split(text: str) -> list[str]:
    """Normalised word tokens of ``text`` (punctuation dropped, Latin transliterated)."""
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
        if len(rest) >= cfg.min_stem:
            out.append((i + 1, rest))
        if token[i] == "ل" and rest.startswith("ل") and len(rest) - 1 >= cfg.min_stem:
            # للاتحاد = ل + الاتحاد: the span starts after لل, the remainder gets its article back
            out.append((i + 2, cfg.article + rest[1:]))
    return out


def strip_clitics(token: str, known: Known | None = None, tail: tuple[str, ...] = ()) -> str:
    """Drop attached ``و ف ب ل ك`` from a name's first token: always before the article as written
    (``والرياض``), otherwise only when the remainder is known (``وروسيا`` → ``روسيا`` if ``روسيا`` is
    known). ``known`` is asked about the whole candidate name (remainder + ``tail`` tokens), so that
    ``بروسيا دورتموند`` is not read as ``ب`` + ``روسيا دورتموند``."""
    return clitic_split(token, known, tail)[1]


def clitic_split(token: str, known: Known | None = None, tail: tuple[str, ...] = ()) -> tuple[int, str]:
    """(prefix length, remainder) chosen by :func:`strip_clitics`; ``(0, token)`` when kept."""
    cfg = _config()
    splits = clitic_splits(token)

    def is_known(word: str) -> bool:
        return known is not None and known(" ".join((word, *tail)))

    with_article = [
        (token[plen:] == rest, plen, rest)
        for plen, rest in splits[1:]
        if rest.startswith(cfg.article) and len(rest) - len(cfg.article) >= cfg.min_stem
    ]
    for written, plen, rest in with_article:
        if written:  # وال، بال، فال، كال: a clitic before the article as written
            return plen, rest
    if is_known(token):
        return 0, token
    if known is not None:
        for plen, rest in splits[1:]:
            if is_known(rest) or is_known(strip_article(rest)):
                return plen, rest
    if with_article:
        return with_article[0][1], with_article[0][2]  # لل read as ل + ال when nothing better is known
    return 0, token


def name_tokens(text: str, known: Known | None = None, *, article: bool = True) -> tuple[str, ...]:
    """Normalised tokens of a name with clitics and the article stripped (see module doc).

    ``article=False`` keeps a leading ``ال`` (person names: an Arabic family name keeps its article
    in every outlet, and a foreign name may begin with the same letters: أليكسيس، إليزابيث)."""
    drop = strip_article if article else _same
    out: list[str] = []
    words = _split(text)
    for i, tok in enumerate(words):
        while i == 0:  # to a fixed point, so that keys are idempotent
            stripped = drop(strip_clitics(tok, known, tuple(words[1:])))
            if stripped == tok:
                break
            tok = stripped
        out.extend(drop(t) for t in split_compound(tok))
    return tuple(out)


def _same(token: str) -> str:
    return token


def split_compound(token: str) -> list[str]:
    """``عبدالعزيز`` → ``عبد`` ``العزيز``, ``ابوبكر`` → ``ابو`` ``بكر`` (see ``compound_prefixes``)."""
    cfg = _config()
    for prefix in cfg.compound_prefixes:
        rest = token[len(prefix) :]
        if token.startswith(prefix) and len(strip_article(rest)) >= cfg.min_stem and rest != "ه":
            return [prefix, rest]
    return [token]


def exact_key(text: str, known: Known | None = None, *, article: bool = True) -> str:
    """Primary key of a name: its normalised tokens joined by single spaces."""
    return " ".join(name_tokens(text, known, article=article))


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
    return word_rasm(compact_key(text, known))


def word_rasm(word: str) -> str:
    """Dotless skeleton of one normalised word."""
    cfg = _config()
    return "".join(cfg.rasm.get(ch, ch) for ch in word)


def is_latin(text: str) -> bool:
    """True when the name is written in Latin script."""
    return bool(_LATIN_RE.search(norm_key(text)))


@lru_cache(maxsize=1)
def protected_names() -> frozenset[str]:
    """Given names that never count as spelling variants of one another (محمد/محمود)."""
    return frozenset(strip_article(norm_key(w)) for w in read_lines("entities/given_names.txt"))


def tokens_match(a: str, b: str) -> bool:
    """Two name tokens are one name: equal, or the same skeleton when neither is a protected given
    name and both have at least three letters (بوتن/بوتين, جونج/جونغ); a family name's article is
    optional (البارزاني = بارزاني)."""
    if a == b or _token_match(a, b):
        return True
    a2, b2 = strip_article(a), strip_article(b)
    return (a2, b2) != (a, b) and _token_match(a2, b2)


def _token_match(a: str, b: str) -> bool:
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

    The tokens are aligned in order, one token against one token or against a run of up to
    ``max_join`` tokens written together (``نصر الله`` / ``نصرالله``, ``هيونج-سو`` / ``هيونجسو``);
    every aligned pair must match (:func:`tokens_match`), so a full-name token mismatch
    (جونج أون / جونج جيو) and a different given name (محمد / محمود) keep names apart."""
    if a == b:
        return True
    if not set(name_skeletons(a)) & set(name_skeletons(b)):
        return False
    return _align(a, b, _config().max_join)


def name_skeletons(tokens: tuple[str, ...]) -> tuple[str, str]:
    """Skeletons of a tokenised name with and without the articles of its tokens (grouping keys)."""
    return token_skeleton("".join(tokens)), token_skeleton("".join(strip_article(t) for t in tokens))


def _align(a: tuple[str, ...], b: tuple[str, ...], max_join: int) -> bool:
    if not a or not b:
        return not a and not b
    for p in range(1, min(max_join, len(a)) + 1):
        for q in range(1, min(max_join, len(b)) + 1):
            if p > 1 and q > 1:
                break
            if tokens_match("".join(a[:p]), "".join(b[:q])) and _align(a[p:], b[q:], max_join):
                return True
    return False
