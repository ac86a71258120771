"""Check quantity gold files against the written conventions (docs/quantities.md).

``python eval/quantities/check_gold.py [eval/quantities/test9.jsonl ...] [--review]``

Errors (convention slips to fix in the gold):

* ``text``: the span text differs from the article at the given offsets; ``overlap``: two items overlap;
* ``shape``: a vague amount or range without low/high, or a value together with low/high;
* ``lemma``: the unit is a surface form that ``units.yaml`` lists under another lemma (``سنوات`` for ``عام``,
  ``أفراد`` for ``شخص``), or a percent written with another unit than ``%``;
* ``age``: an age unit other than ``عام``;
* ``category``: a category age (``تحت 19 سنة``, ``(دون 19 عاما)``, ``بطولة الاتحاد (16عاماً)``,
  ``لفئة الشباب أقل من 35 عاما``): a label, not a claim, so not annotated;
* ``hedge``: a span opens with a listed hedge and has no ``approximate``.

With ``--review`` also (not errors: to read): units absent from the unit data (allowed: the light lemma of an
unlisted noun), span words listed under another lemma than the gold unit, and vague number words
(``عدة``, ``عشرات``...) in the text that no gold item covers, and an ``approximate`` outside the span.
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rasd.data import read_yaml
from rasd.dates.evaluate import REPO, default_shared, load_dev
from rasd.quantities.lexicon import key

VAGUE = re.compile(r"(?<!\w)[وبلف]?(?:ال)?(عدة|عشرات|مئات|مئات|آلاف|الاف|ملايين|مليارات|بضع|بضعة)(?!\w)")
PERCENT = re.compile(r"%|٪|بالمائة|بالمئة|في المائة|في المئة")
Issue = tuple[str, str, str]
REVIEW = {"unlisted", "span-form", "vague?", "hedge?"}


class Units:
    """The package's unit data: lemmas, surface forms, age forms, hedges, category cues."""

    def __init__(self) -> None:
        u = read_yaml("quantities/units.yaml")
        h = read_yaml("quantities/hedges.yaml")
        tables = list(u["units"].items()) + list(u["age_units"].items())
        self.lemmas = {key(lemma) for lemma, _ in tables} | {"%"}
        self.forms: dict[str, set[str]] = {}
        for lemma, forms in tables:
            for form in forms:
                self.forms.setdefault(key(form), set()).add(key(lemma))
        self.age_forms = {key(f) for fs in u["age_units"].values() for f in fs}
        self.hedges = sorted({key(w) for w in h["before"]}, key=len, reverse=True)
        self.category_cues = {key(w) for w in u["age_category_cues"]}
        self.category_heads = {key(w) for w in u["age_category_heads"]}


def _words(text: str) -> list[str]:
    return [key(w) for w in re.findall(r"[^\W\d_]+", text)]


def is_category_age(item: dict[str, Any], content: str, units: Units) -> bool:
    """A category age (round 9 convention): ``تحت``/``دون`` before the age (also ``أقل من`` after a category
    head), or a parenthesised age right after a competition noun a few words back."""
    if key(str(item["unit"] or "")) != key("عام"):
        return False
    before = content[max(0, int(item["start"]) - 60) : int(item["start"])]
    words = _words(before.split("\n")[-1])
    head = _words(str(item["text"]))[:2]
    lead = (words + head)[-6:] if item.get("approximate") else words[-6:]
    near = lead[-3:]
    if any(w in units.category_cues for w in near):
        return True
    heads = any(w in units.category_heads for w in lead)
    paren = before.rstrip().endswith("(") or str(item["text"]).startswith("(")
    hedged = bool(item.get("approximate")) and key(str(item["approximate"])) in {
        key("أقل من"),
        key("أكثر من"),
    }
    return heads and (paren or hedged)


def _item_issues(item: dict[str, Any], content: str, units: Units) -> Iterator[Issue]:
    text, unit = str(item["text"]), item["unit"]
    if content[int(item["start"]) : int(item["end"])] != text:
        yield "text", text, repr(content[int(item["start"]) : int(item["end"])])
    bare = (
        text[len(str(item["approximate"])) :]
        if item.get("approximate") and text.startswith(str(item["approximate"]))
        else text
    )
    vague = VAGUE.match(bare.lstrip(" (")) is not None and not re.search(r"\d", text)
    if (item["value"] is None) == (item["low"] is None and item["high"] is None) or (vague and item["value"]):
        yield "shape", text, f"value={item['value']} low={item['low']} high={item['high']}"
    k = key(str(unit)) if unit else ""
    if k and k not in units.lemmas and k in units.forms:
        yield "lemma", text, f"{unit} is listed under {sorted(units.forms[k])}"
    if PERCENT.search(text) and k != "%":
        yield "lemma", text, f"{unit} for a percent"
    if k in units.age_forms and k != key("عام"):
        yield "age", text, f"{unit} (ages take عام)"
    if is_category_age(item, content, units):
        yield "category", text, "a category age is a label, not a quantity"
    yield from _hedge_issues(item, units)


def _hedge_issues(item: dict[str, Any], units: Units) -> Iterator[Issue]:
    text, approx = str(item["text"]), item.get("approximate")
    if approx and not key(text).startswith(key(str(approx))) and str(approx) not in text:
        yield "hedge?", text, f"approximate {approx!r} is not the start of the span"
    if not approx and any(key(text).startswith(h + " ") for h in units.hedges):
        yield "hedge", text, "the span opens with a hedge but approximate is empty"


def _review(rec: dict[str, Any], content: str, units: Units) -> Iterator[Issue]:
    for item in rec["items"]:
        unit = item["unit"]
        k = key(str(unit)) if unit else ""
        if k and k not in units.lemmas and k not in units.forms:
            yield "unlisted", str(item["text"]), str(unit)
        after = re.split(r"[\d\u0660-\u0669]", str(item["text"]))[-1]
        w = " ".join(_words(after)[:1])
        lemmas = units.forms.get(w, set())
        if k and " " not in k and "/" not in k and lemmas and k not in lemmas and k not in units.age_forms:
            yield "span-form", str(item["text"]), f"gold {unit}, {w} listed under {sorted(lemmas)}"
    covered = [(int(i["start"]), int(i["end"])) for i in rec["items"]]
    for m in VAGUE.finditer(content):
        if not any(s <= m.start(1) < e for s, e in covered):
            yield "vague?", m.group(), repr(content[max(0, m.start() - 30) : m.end() + 30])


def check(gold: Path, shared: Path, review: bool = False) -> list[tuple[str, str, str, str]]:
    """``(url, kind, span, detail)`` for every issue of one gold file."""
    units = Units()
    out: list[tuple[str, str, str, str]] = []
    for rec, content in load_dev(gold, shared):
        items = sorted(rec["items"], key=lambda i: int(i["start"]))
        for a, b in itertools.pairwise(items):
            if int(a["end"]) > int(b["start"]):
                out.append((rec["url"], "overlap", str(a["text"]), str(b["text"])))
        for item in items:
            out.extend((rec["url"], *issue) for issue in _item_issues(item, content, units))
        if review:
            out.extend((rec["url"], *issue) for issue in _review(rec, content, units))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="*", type=Path)
    parser.add_argument("--shared", type=Path, default=default_shared())
    parser.add_argument(
        "--review", action="store_true", help="also list unlisted units and uncovered vague words"
    )
    args = parser.parse_args(argv)
    files = args.gold or sorted((REPO / "eval" / "quantities").glob("*.jsonl"))
    errors = 0
    for gold in files:
        issues = check(gold, args.shared, args.review)
        bad = [i for i in issues if i[1] not in REVIEW]
        errors += len(bad)
        print(f"{gold.name}: {len(bad)} errors, {len(issues) - len(bad)} to review")
        for url, kind, span, detail in issues:
            print(f"  {kind:9} {span!r:40} {detail}  [{url[-40:]}]")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
