"""Turn the hand annotation in dev_spec.yaml into dev.jsonl (character offsets into `content`).

Usage: python eval/statements/build_dev.py [--shared ../shared] [--check] [--set dev|test]

Reads the SaudiNewsNet zips from ../shared at run time (article text is never stored here) and
writes, per article: url, day, source, and per statement the speaker/cue strings (short) with
their offsets, the act and the content span offsets. --check prints each cue in context so the
annotator can verify the fragments resolved to the intended places.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import zipfile
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent


def load_articles(shared: Path, days: set[str]) -> dict[tuple[str, str], dict[str, Any]]:
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for day in sorted(days):
        with zipfile.ZipFile(shared / "data" / "saudinewsnet" / f"{day}.zip") as z:
            for name in z.namelist():
                for art in json.loads(z.read(name)):
                    out[(day, art["url"])] = art
    return out


_MARKS = "[\u064b-\u0652\u0670\u0640]*"


def _loose(fragment: str, word: bool) -> re.Pattern[str]:
    """The fragment with any diacritics/tatweel allowed between its letters."""
    bare = re.sub(_MARKS, "", fragment)
    body = "".join(re.escape(c) + _MARKS for c in bare)
    if word:
        body = r"(?<![\w\u064b-\u065f])" + body + r"(?![\w])"
    return re.compile(body)


def find_nth(text: str, fragment: str, n: int, start: int = 0, word: bool = True) -> tuple[int, int]:
    hits = [(m.start(), m.end()) for m in _loose(fragment, word).finditer(text, start)]
    if len(hits) < n:
        raise ValueError(f"fragment {fragment!r} occurrence {n} not found")
    return hits[n - 1]


def nearest(text: str, fragment: str, anchor: int) -> tuple[int, int]:
    hits = [(m.start(), m.end()) for m in _loose(fragment, False).finditer(text)]
    if not hits:
        raise ValueError(f"speaker {fragment!r} not found")
    return min(hits, key=lambda h: (abs(h[0] - anchor), h[0]))


def build_statement(text: str, spec: list[str]) -> dict[str, Any]:
    cue, speaker, act, c_start, c_end = spec
    cue_text, _, nth = cue.partition("#")
    cs, ce = find_nth(text, cue_text, int(nth or 1))
    ss, se = nearest(text, speaker, cs)
    try:
        k0 = find_nth(text, c_start, 1, cs, word=False)[0]
    except ValueError:  # content before its cue (a trailing marker: ...، بحسب X)
        before = [m.start() for m in _loose(c_start, False).finditer(text, 0, cs)]
        if not before:
            raise
        k0 = before[-1]
    k1 = find_nth(text, c_end, 1, k0, word=False)[1]
    return {
        "speaker": text[ss:se],
        "speaker_start": ss,
        "speaker_end": se,
        "cue": text[cs:ce],
        "cue_start": cs,
        "cue_end": ce,
        "act": act,
        "content_start": k0,
        "content_end": k1,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=HERE.parent.parent.parent / "shared")
    ap.add_argument("--check", action="store_true")
    ap.add_argument(
        "--set",
        default="dev",
        choices=["dev", "test", *(f"test{n}" for n in range(2, 24))],
        help="which spec to build",
    )
    args = ap.parse_args(argv)
    spec = yaml.safe_load((HERE / f"{args.set}_spec.yaml").read_text(encoding="utf-8"))
    arts = load_articles(args.shared, {str(a["day"]) for a in spec["articles"]})
    lines = []
    for a in spec["articles"]:
        art = arts[(str(a["day"]), a["url"])]
        text = art["content"]
        sts = []
        for s in a["st"]:
            try:
                st = build_statement(text, [str(x) for x in s])
            except ValueError as exc:
                print(f"{a['url']}: {exc}", file=sys.stderr)
                return 1
            sts.append(st)
            if args.check:
                c = st["cue_start"]
                e, k0, k1 = st["cue_end"], st["content_start"], st["content_end"]
                left, right = text[max(0, c - 25) : c], text[e : e + 25]
                print(f"{st['act']:9} {left}[[{text[c:e]}]]{right!r} || {text[k0:k1][:50]!r}")
        lines.append({"url": a["url"], "day": str(a["day"]), "source": art["source"], "statements": sts})
    out = HERE / f"{args.set}.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for line in lines:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    n = sum(len(x["statements"]) for x in lines)
    print(f"wrote {len(lines)} articles, {n} statements to {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
