from __future__ import annotations

import json
from pathlib import Path

from rasd.ingest import IngestFailure, IngestOptions, iter_inputs
from rasd.models import document_id
from tests.ingest.helpers import ARTICLE, ARTICLE_2, docs, failures


def _write(tmp_path: Path, name: str, payload: object | str) -> Path:
    path = tmp_path / name
    text = payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return path


def _read(path: Path, **kw: object) -> list[IngestFailure | object]:
    return list(iter_inputs([str(path)], IngestOptions(**kw)))  # type: ignore[arg-type]


def test_saudinewsnet_style_array(tmp_path: Path) -> None:
    record = {
        "source": "alwaha",
        "url": "http://alwaha.example/a/1",
        "date_extracted": "2015-07-21 02:51:32",
        "title": "حديقة جديدة",
        "author": "النخيل: كاتب خيالي",
        "content": ARTICLE,
    }
    path = _write(
        tmp_path, "day.json", [record, dict(record, content=ARTICLE_2, url="http://alwaha.example/a/2")]
    )
    first, second = docs(_read(path))
    assert first.outlet == "alwaha" and first.title == "حديقة جديدة"
    assert first.published == "2015-07-21 02:51:32"  # kept as given; the metadata stage normalises
    assert first.retrieved == "2015-07-21 02:51:32"
    assert first.meta["author"].value == "النخيل: كاتب خيالي" and first.meta["author"].source == "input"
    assert first.meta["url"].source == "input"
    assert first.id == document_id(ARTICLE, "http://alwaha.example/a/1", "alwaha")
    assert (first.source_path, second.source_path) == (f"{path}#0", f"{path}#1")


def test_news_please_and_case_insensitive_fields(tmp_path: Path) -> None:
    record = {
        "Title": "مكتبة الواحة",
        "maintext": ARTICLE_2,
        "date_publish": "2023-03-12 09:00:00",
        "source_domain": "alwaha.example",
        "authors": ["كاتب أول", "كاتب ثان"],
        "URL": "https://alwaha.example/lib",
    }
    [doc] = docs(_read(_write(tmp_path, "np.json", record)))
    assert doc.raw_text == ARTICLE_2 and doc.title == "مكتبة الواحة"
    assert doc.outlet == "alwaha.example" and doc.url == "https://alwaha.example/lib"
    assert doc.published == "2023-03-12 09:00:00"
    assert doc.meta["author"].value == "كاتب أول, كاتب ثان"


def test_object_holding_a_list(tmp_path: Path) -> None:
    path = _write(
        tmp_path, "feed.json", {"status": "ok", "articles": [{"body": ARTICLE}, {"text": ARTICLE_2}]}
    )
    assert [d.raw_text for d in docs(_read(path))] == [ARTICLE, ARTICLE_2]


def test_bad_record_does_not_stop_the_others(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "mixed.json",
        [{"content": ARTICLE}, {"content": "  "}, 42, {"title": "x"}, {"text": ARTICLE_2}],
    )
    items = _read(path)
    assert len(docs(items)) == 2
    bad = failures(items)
    assert [f.source for f in bad] == [f"{path}#1", f"{path}#2", f"{path}#3"]
    assert "no text" in bad[0].message and "not an object" in bad[1].message


def test_jsonl_with_a_malformed_line(tmp_path: Path) -> None:
    lines = [
        json.dumps({"content": ARTICLE}, ensure_ascii=False),
        "{not json",
        "",
        json.dumps({"content": ARTICLE_2}),
    ]
    path = _write(tmp_path, "a.jsonl", "\n".join(lines))
    items = _read(path)
    assert len(docs(items)) == 2
    [bad] = failures(items)
    assert bad.source == f"{path}#2" and bad.message.startswith("malformed JSON line")


def test_json_lines_in_a_json_file(tmp_path: Path) -> None:
    lines = [json.dumps({"content": ARTICLE}), json.dumps({"content": ARTICLE_2})]
    assert len(docs(_read(_write(tmp_path, "a.json", "\n".join(lines))))) == 2


def test_malformed_and_empty_json(tmp_path: Path) -> None:
    for name, text, fragment in [
        ("bad.json", '[{"content": "x",', "malformed JSON"),
        ("scalar.json", "17", "neither an object nor an array"),
        ("none.json", "[]", "no records"),
        ("empty.json", "", "empty input"),
    ]:
        [item] = _read(_write(tmp_path, name, text))
        assert isinstance(item, IngestFailure), name
        assert fragment in item.message, (name, item.message)
        assert "\n" not in item.message
