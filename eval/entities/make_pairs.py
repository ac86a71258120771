"""Build eval/entities/pairs.tsv from pair_names.tsv: find a SaudiNewsNet article for each side.

    .venv/bin/python eval/entities/make_pairs.py [--corpus ../shared/data/saudinewsnet]

For each name the candidate articles are those whose content holds the name as a word (optionally
with an attached و ف ب ل ك); with a context, the context must occur before the first standalone
occurrence of the name (for a surname: the full name said earlier). Candidates are ordered by a hash
of (name, url), so the choice is deterministic and spread over the corpus; the right side must come
from another article than the left. Pairs with no article for a side are reported and left out.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

from rasd.entities.evaluate import default_corpus, load_articles, name_pattern

HERE = Path(__file__).resolve().parent


LONGER: dict[str, list[str]] = {}
"""For each name, the longer names of the file that contain it (جنوب السودان for السودان)."""


def _first_standalone(text: str, name: str, context: str) -> int | None:
    blocked = []
    for longer in [context, *LONGER.get(name, [])]:
        if longer and longer != name and longer in text:
            blocked += [(m.start(), m.end()) for m in name_pattern(longer).finditer(text)]
    for m in name_pattern(name).finditer(text):
        if not any(s <= m.start() < e for s, e in blocked):
            return m.start()
    return None


def _ok(text: str, name: str, context: str) -> bool:
    if name not in text:
        return False
    pos = _first_standalone(text, name, context)
    if pos is None:
        return False
    return not context or 0 <= text.find(context) < pos


def _pick(index: dict[str, str], name: str, context: str, avoid: str = "") -> str | None:
    cands = [u for u, t in index.items() if u != avoid and _ok(t, name, context)]
    if not cands:
        return None
    return min(cands, key=lambda u: hashlib.sha1(f"{name}\t{u}".encode()).hexdigest())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=None)
    args = ap.parse_args()
    articles = load_articles(args.corpus or default_corpus())
    index = {u: str(a.get("content") or "") for u, a in articles.items()}
    out = ["label\tleft\tleft_type\tleft_url\tright\tright_type\tright_url\tnote"]
    dropped = 0
    rows = [
        (line.split("\t") + [""] * 8)[:8]
        for line in (HERE / "pair_names.tsv").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    names = {r[1] for r in rows} | {r[4] for r in rows}
    for n in names:
        LONGER[n] = sorted(m for m in names if m != n and n in m)
    for label, left, ltype, lctx, right, rtype, rctx, note in rows:
        lurl = _pick(index, left, lctx)
        rurl = _pick(index, right, rctx, avoid=lurl or "")
        if lurl is None or rurl is None:
            print(f"no article for: {left if lurl is None else right}", file=sys.stderr)
            dropped += 1
            continue
        out.append("\t".join([label, left, ltype, lurl, right, rtype, rurl, note]))
    (HERE / "pairs.tsv").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{len(out) - 1} pairs written, {dropped} left out", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
