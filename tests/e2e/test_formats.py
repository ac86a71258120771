"""Every input format end to end through the CLI: zip, JSON, JSONL, RSS, HTML, text on stdin."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from typer.testing import CliRunner

from rasd.cli.app import app
from tests.e2e.helpers import WIDE, cli, fictional_article, no_traceback, stored

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>نشرة الوادي الخيالية</title>
<item><title>{title}</title><link>https://feed.example.invalid/1</link>
<pubDate>Tue, 04 Mar 2031 08:00:00 GMT</pubDate><description>{body}</description></item>
</channel></rss>
"""

HTML = """<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{title} | صحيفة الغيم</title></head><body><nav><a href="/">الرئيسية</a> | <a href="/s">رياضة</a></nav>
<article><h1>{title}</h1>{paragraphs}</article><footer>جميع الحقوق محفوظة لصحيفة الغيم الخيالية 2031</footer>
</body></html>
"""


def _parts(i: int) -> tuple[str, list[str]]:
    title, *paras = [p for p in fictional_article(i).split("\n\n") if p.strip()]
    return title.strip(), [p.strip() for p in paras]


def test_every_format(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    with zipfile.ZipFile(folder / "bundle.zip", "w") as z:
        z.writestr("one.txt", fictional_article(10))
        z.writestr("sub/two.txt", fictional_article(11))
    records = [
        {"title": _parts(i)[0], "content": "\n\n".join(_parts(i)[1]), "url": f"https://x.invalid/{i}"}
        for i in (12, 13)
    ]
    (folder / "records.json").write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    (folder / "lines.jsonl").write_text(
        "\n".join(json.dumps(r | {"url": r["url"] + "/l"}, ensure_ascii=False) for r in records),
        encoding="utf-8",
    )
    title, paras = _parts(14)
    (folder / "feed.rss").write_text(RSS.format(title=title, body=" ".join(paras)), encoding="utf-8")
    title, paras = _parts(15)
    page = HTML.format(title=title, paragraphs="".join(f"<p>{p}</p>" for p in paras))
    (folder / "page.html").write_text(page, encoding="utf-8")
    (folder / "cp1256.txt").write_bytes(fictional_article(16).encode("cp1256"))
    db = str(tmp_path / "f.db")
    res = cli(["ingest", str(folder), "--db", db])
    assert res.exit_code == 0, res.output
    no_traceback(res.output)
    stdin = CliRunner().invoke(
        app, ["ingest", "-", "--db", db], input=fictional_article(17), env={"COLUMNS": WIDE}
    )
    assert stdin.exit_code == 0, stdin.output

    docs = stored(db)
    assert len(docs) == 10
    bad = [(d.source_path, d.language, d.error) for d in docs if d.status != "ok" or d.language != "ar"]
    assert not bad
    sources = sorted(Path(d.source_path or "").name for d in docs)
    assert any(s.startswith("bundle.zip!") for s in sources), sources
    html = next(d for d in docs if (d.source_path or "").endswith("page.html"))
    assert "الرئيسية" not in html.text and "جميع الحقوق" not in html.text
    assert html.title and html.title.startswith(title[:20])
    feed = next(d for d in docs if "feed.rss" in (d.source_path or ""))
    assert feed.published and feed.published.startswith("2031-03-04")
    legacy = next(d for d in docs if (d.source_path or "").endswith("cp1256.txt"))
    assert legacy.encoding and "1256" in legacy.encoding
    assert legacy.raw_text.strip() == fictional_article(16).strip()
