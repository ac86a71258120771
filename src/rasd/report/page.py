"""The whole page: head (CSP, inline CSS), stories overview, one section per story, footer."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from importlib import resources
from typing import Any

from rasd.models import Document, Story
from rasd.report import chart, sections
from rasd.report.highlight import article_body
from rasd.report.links import Linker
from rasd.report.safe import bdi, esc, url_markup

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"


def css() -> str:
    return resources.files("rasd.report").joinpath("report.css").read_text(encoding="utf-8")


def story_anchor(story: Story) -> str:
    return "s-" + "".join(c if c.isalnum() or c in "-_" else "_" for c in story.id)


def overview(stories: Sequence[Story]) -> str:
    rows = []
    for s in stories:
        outlets = "، ".join(bdi(o) for o in s.outlets) or "—"
        rows.append(
            f'<tr><th scope="row"><a href="#{story_anchor(s)}">{bdi(s.title or s.id)}</a></th>'
            f'<td class="n" data-label="الوثائق">{len(s.documents)}</td>'
            f'<td class="n" data-label="مصادر مستقلة">{esc(s.independent_sources)}</td>'
            f'<td data-label="المنافذ">{outlets}</td>'
            f'<td data-label="أول ظهور"><time>{esc(s.first_seen or "—")}</time></td>'
            f'<td data-label="آخر ظهور"><time>{esc(s.last_seen or "—")}</time></td></tr>'
        )
    if not rows:
        return (
            '<section class="overview"><h2>القصص</h2>'
            '<p class="empty">لا توجد قصص في قاعدة البيانات.</p></section>'
        )
    return (
        '<section class="overview"><h2>القصص</h2><div class="scroll"><table class="stories"><thead><tr>'
        '<th scope="col">القصة</th><th scope="col">الوثائق</th><th scope="col">مصادر مستقلة</th>'
        '<th scope="col">المنافذ</th><th scope="col">أول ظهور</th><th scope="col">آخر ظهور</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div></section>"
    )


def article(doc: Document, docs_by_id: Mapping[str, Document]) -> str:
    meta = [bdi(doc.outlet or "منفذ غير معروف", "outlet")]
    if doc.published:
        meta.append(f"<time>{esc(doc.published)}</time>")
    if doc.url:
        meta.append(url_markup(doc.url))
    dup = ""
    if doc.duplicate_of:
        orig = docs_by_id.get(doc.duplicate_of)
        target = (
            f'<a href="#doc-{esc(orig.id)}">{bdi(orig.title or orig.outlet or orig.id)}</a>'
            if orig
            else bdi(doc.duplicate_of)
        )
        kind = f" ({bdi(doc.duplicate_kind)})" if doc.duplicate_kind else ""
        dup = f'<p class="dup">نسخة مكررة أو منقولة{kind} من: {target}</p>'
    return (
        f'<article class="doc" id="doc-{esc(doc.id)}"><header><h4>{bdi(doc.title or "بلا عنوان")}</h4>'
        f'<p class="meta">{" · ".join(meta)}</p>{dup}</header>'
        f'<div class="body">{article_body(doc)}</div></article>'
    )


def story_section(
    story: Story, docs_by_id: Mapping[str, Document], entities: Sequence[Mapping[str, Any]], link: Linker
) -> str:
    a: Mapping[str, Any] = story.analysis if isinstance(story.analysis, Mapping) else {}
    claims = sections.items(a.get("claims"))
    statements = [c for c in claims if c.get("kind") != "numeric"]
    mine = set(story.documents)
    ents = [e for e in entities if mine.intersection(map(str, e.get("documents") or []))]
    docs = [docs_by_id[d] for d in story.documents if d in docs_by_id]
    arts = "".join(article(d, docs_by_id) for d in docs) or sections.empty("لا توجد وثائق محفوظة لهذه القصة.")
    facts = (
        f'<p class="facts"><span>{len(story.documents)} وثيقة</span>'
        f"<span>{esc(story.independent_sources)} مصدر مستقل</span>"
        f"<span><time>{esc(story.first_seen or '—')}</time> ← "
        f"<time>{esc(story.last_seen or '—')}</time></span></p>"
    )
    return (
        f'<section class="story" id="{story_anchor(story)}"><h2>{bdi(story.title or story.id)}</h2>{facts}'
        + sections.briefing(a, link)
        + sections.matrix(statements, link)
        + sections.contradictions(claims, link)
        + chart.numbers(claims, link)
        + sections.evolution(statements, link)
        + sections.timeline(a, link)
        + sections.entities(ents)
        + sections.section("المقالات", _annotation_key() + arts, "articles")
        + "</section>"
    )


def _annotation_key() -> str:
    return (
        '<p class="note key-line"><span class="ent ent-PERS">شخص</span> '
        '<span class="ent ent-LOC">مكان</span> '
        '<span class="ent ent-ORG">منظمة</span> <span class="ent ent-MISC">أخرى</span> '
        '<span class="st-sp">المتكلم</span> <span class="st-cue">فعل القول</span> '
        '<span class="st-c">مضمون التصريح</span> <span class="qty">رقم</span></p>'
    )


def page(
    stories: Sequence[Story],
    docs_by_id: Mapping[str, Document],
    entities: Sequence[Mapping[str, Any]],
    generated: str | None = None,
    version: str = "",
) -> str:
    link = Linker(docs_by_id)
    when = generated or datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    nav = "".join(f'<li><a href="#{story_anchor(s)}">{bdi(s.title or s.id)}</a></li>' for s in stories)
    body = "".join(story_section(s, docs_by_id, entities, link) for s in stories)
    return (
        '<!DOCTYPE html>\n<html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{esc(CSP)}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="referrer" content="no-referrer"><title>رصد — تقرير القصص</title>'
        f"<style>{css()}</style></head><body>"
        '<header class="top"><h1>رصد <small>تقرير مقارنة المصادر</small></h1>'
        f'<nav aria-label="القصص"><ol>{nav}</ol></nav></header><main>'
        f"{overview(stories)}{body}</main>"
        f'<footer><p>أُنشئ في <time dir="ltr">{esc(when)}</time> بواسطة rasd '
        f'<span dir="ltr">{esc(version)}</span> — كل عنصر يحيل إلى الجملة التي استُخرج منها.</p></footer>'
        "</body></html>\n"
    )
