from __future__ import annotations

import http.server
import io
import socket
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

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


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        routes = {
            "/page": ("text/html; charset=utf-8", HTML.encode()),
            "/feed": ("application/rss+xml", RSS.encode()),
            "/plain": ("text/plain", PARAS[2].encode("cp1256")),
        }
        if self.path not in routes:
            self.send_error(404, "Not Found")
            return
        ctype, body = routes[self.path]
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture()
def local_server() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_urls_from_a_local_server(local_server: str) -> None:
    urls = [f"{local_server}/page", f"{local_server}/feed", f"{local_server}/plain", f"{local_server}/gone"]
    items = list(iter_inputs(urls, IngestOptions(timeout=5.0)))
    page, entry1, entry3, plain = docs(items)
    assert page.url == urls[0] and page.title == "حديقة جديدة في النخيل" and page.source_path == urls[0]
    assert entry1.url == "https://alwaha.example/1" and entry3.source_path == f"{urls[1]}#2"
    assert plain.raw_text == PARAS[2] and plain.encoding == "cp1256" and plain.url == urls[2]
    gone = [f for f in failures(items) if f.source == urls[3]]
    assert gone and gone[0].message == f"cannot fetch URL: {urls[3]}: HTTP 404 Not Found"


def test_url_response_over_limit(local_server: str) -> None:
    [item] = list(iter_inputs([f"{local_server}/page"], IngestOptions(max_bytes=100)))
    assert isinstance(item, IngestFailure) and "over the 100 bytes limit" in item.message


def test_dash_reads_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = io.TextIOWrapper(io.BytesIO(HTML.encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stream)
    [doc] = list(iter_inputs(["-"]))
    assert doc.source_path == "-" and doc.title == "حديقة جديدة في النخيل"
