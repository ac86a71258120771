from __future__ import annotations

import socket
from pathlib import Path

from rasd.ingest import IngestFailure, IngestOptions, iter_inputs
from rasd.ingest.reader import iter_stdin, sniff
from rasd.ingest.web import strip_html
from tests.ingest.helpers import docs, failures

PARAS = [
    "أعلنت بلدية مدينة النخيل الخيالية صباح اليوم عن افتتاح حديقة كبيرة للأطفال في حي الزيتون بعد عامين.",
    "وقال رئيس البلدية في مؤتمر صحفي إن الحديقة تضم ملاعب ومسارات للدراجات ومكتبة صغيرة مفتوحة للجميع.",
    "وأضاف أن البلدية ستزرع ألف شجرة من الصنوبر والسدر على أطراف الحديقة خلال الأشهر المقبلة.",
]
HTML = f"""<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8">
<title>حديقة جديدة في النخيل | صحيفة الواحة</title>
<meta property="og:site_name" content="صحيفة الواحة">
<meta property="article:published_time" content="2023-03-12T08:00:00+03:00">
<meta name="author" content="سلمى الخيالية">
</head><body><nav><a href="/">الرئيسية</a> <a href="/x">أخبار</a></nav>
<article><h1>حديقة جديدة في النخيل</h1>{"".join(f"<p>{p}</p>" for p in PARAS)}</article>
<footer>جميع الحقوق محفوظة</footer></body></html>"""

RSS = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>صحيفة الواحة</title><link>https://alwaha.example/</link>
<item><title>حديقة جديدة</title><link>https://alwaha.example/1</link>
<pubDate>Sun, 12 Mar 2023 08:00:00 GMT</pubDate>
<description>&lt;p&gt;{PARAS[0]}&lt;/p&gt;&lt;p&gt;{PARAS[1]}&lt;/p&gt;</description></item>
<item><title>فارغ</title><link>https://alwaha.example/2</link><description></description></item>
<item><title>مكتبة</title><link>https://alwaha.example/3</link><description>{PARAS[2]}</description></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>نشرة النخيل</title>
<entry><title>خبر</title><link href="https://nakheel.example/a"/><updated>2023-03-12T08:00:00Z</updated>
<content type="html">&lt;div&gt;{PARAS[1]}&lt;/div&gt;</content></entry></feed>"""


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    [doc] = list(iter_inputs([str(path)]))
    assert PARAS[1] in doc.raw_text and "الرئيسية" not in doc.raw_text
    assert doc.title == "حديقة جديدة في النخيل"
    assert doc.outlet == "صحيفة الواحة"
    assert doc.published is not None and doc.published.startswith("2023-03-12")
    assert doc.meta["outlet"].source == "input" and doc.meta["author"].value == "سلمى الخيالية"
    assert doc.encoding == "utf-8" and doc.raw_hash is not None


def test_html_in_windows_1256(tmp_path: Path) -> None:
    path = tmp_path / "page.htm"
    path.write_bytes(HTML.replace('charset="utf-8"', 'charset="windows-1256"').encode("cp1256"))
    [doc] = list(iter_inputs([str(path)]))
    assert PARAS[0] in doc.raw_text and doc.encoding == "windows-1256"


def test_malformed_or_empty_html(tmp_path: Path) -> None:
    for name, text in [
        ("e.html", "<html><body></body></html>"),
        ("m.html", "<<<>>> <div <p"),
        ("s.html", " "),
    ]:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        [item] = list(iter_inputs([str(path)]))
        assert isinstance(item, IngestFailure), name
        assert "HTML" in item.message or "empty input" in item.message


def test_rss_one_document_per_entry(tmp_path: Path) -> None:
    path = tmp_path / "feed.rss"
    path.write_text(RSS, encoding="utf-8")
    items = list(iter_inputs([str(path)]))
    first, third = docs(items)
    assert first.raw_text == PARAS[0] + "\n" + PARAS[1]
    assert first.title == "حديقة جديدة" and first.url == "https://alwaha.example/1"
    assert first.outlet == "صحيفة الواحة" and first.published == "Sun, 12 Mar 2023 08:00:00 GMT"
    assert first.source_path == f"{path}#0" and third.source_path == f"{path}#2"
    [empty] = failures(items)
    assert empty.source == f"{path}#1" and "empty input" in empty.message


def test_atom_sniffed_from_xml(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(ATOM, encoding="utf-8")
    [doc] = list(iter_inputs([str(path)]))
    assert doc.raw_text == PARAS[1] and doc.url == "https://nakheel.example/a"
    assert doc.outlet == "نشرة النخيل"


def test_malformed_feed(tmp_path: Path) -> None:
    path = tmp_path / "bad.rss"
    path.write_text('<?xml version="1.0"?><rss><channel><title>x</title><item><title>', encoding="utf-8")
    items = list(iter_inputs([str(path)]))
    assert not docs(items)
    assert any("malformed feed" in f.message and f.source == str(path) for f in failures(items))
    path.write_text("just some words, not xml", encoding="utf-8")
    [item] = list(iter_inputs([str(path)]))
    assert isinstance(item, IngestFailure)


def test_stdin_sniffs_html_and_feed() -> None:
    [doc] = list(iter_stdin(IngestOptions(), lambda: HTML.encode()))
    assert doc.title == "حديقة جديدة في النخيل" and doc.source_path == "-"
    assert len(docs(list(iter_stdin(IngestOptions(), lambda: RSS.encode())))) == 2
    assert sniff(b'{"a": 1}\n{"a": 2}\n') == "jsonl" and sniff(b" [1]") == "json"
    assert sniff(b"<html><p>x</p></html>") == "html" and sniff("نص عادي".encode()) == "text"


def _refused_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])  # closed when the block ends: nothing listens there


def test_url_while_offline_is_a_failure() -> None:
    url = f"http://127.0.0.1:{_refused_port()}/article"
    [item] = list(iter_inputs([url], IngestOptions(timeout=2.0)))
    assert isinstance(item, IngestFailure)
    assert item.source == url and item.message.startswith(f"cannot fetch URL: {url}: ")
    assert "\n" not in item.message


def test_strip_html_keeps_lines() -> None:
    assert strip_html("<p>سطر&nbsp;أول</p><script>x()</script><p>سطر <b>ثان</b></p>") == "سطر أول\nسطر ثان"
