from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from rasd.ingest import IngestFailure, IngestOptions, iter_inputs
from tests.conftest import shared_path
from tests.ingest.helpers import ARTICLE, ARTICLE_2, docs, failures


def _zip(path: Path, members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", method) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def test_members_nested_folders_and_skips(tmp_path: Path) -> None:
    records = json.dumps([{"content": ARTICLE_2}], ensure_ascii=False).encode()
    path = _zip(
        tmp_path / "a.zip",
        {
            "z/deep/b.txt": ARTICLE.encode("cp1256"),
            "a.json": records,
            "__MACOSX/._a.json": b"junk",
            ".hidden.txt": b"x",
            "photo.jpg": b"\xff\xd8\xff",
        },
    )
    items = list(iter_inputs([str(path)]))
    assert [d.source_path for d in docs(items)] == [f"{path}!a.json#0", f"{path}!z/deep/b.txt"]
    assert docs(items)[1].encoding == "cp1256"
    assert not failures(items)


def test_nested_zip(tmp_path: Path) -> None:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as zf:
        zf.writestr("in.txt", ARTICLE)
    path = _zip(tmp_path / "outer.zip", {"inner.zip": inner.getvalue()})
    [doc] = docs(list(iter_inputs([str(path)])))
    assert doc.source_path == f"{path}!inner.zip!in.txt"


def test_zip_bomb_guard(tmp_path: Path) -> None:
    path = _zip(tmp_path / "bomb.zip", {"big.txt": b"a" * 200_000, "ok.txt": ARTICLE.encode()})
    items = list(iter_inputs([str(path)], IngestOptions(max_bytes=50_000)))
    [bad] = failures(items)
    assert bad.source == f"{path}!big.txt" and "over the 48.8 kB limit" in bad.message
    assert len(docs(items)) == 1


@pytest.mark.parametrize("method", [zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED])
def test_truncated_zip_keeps_members_before_the_damage(tmp_path: Path, method: int) -> None:
    path = _zip(tmp_path / "t.zip", {"1.txt": ARTICLE.encode(), "2.txt": ARTICLE_2.encode() * 30}, method)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 3 // 4])
    items = list(iter_inputs([str(path)]))
    assert [d.raw_text for d in docs(items)] == [ARTICLE]
    [bad] = failures(items)
    assert bad.source == str(path) and "truncated or corrupt zip" in bad.message
    assert "1 member(s) recovered" in bad.message


def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "fake.zip"
    path.write_bytes(b"this is not an archive at all")
    [item] = list(iter_inputs([str(path)]))
    assert isinstance(item, IngestFailure) and "truncated or corrupt zip" in item.message


def test_saudinewsnet_zip_loads_every_record() -> None:
    path = shared_path("data", "saudinewsnet", "2015-07-21.zip")
    with zipfile.ZipFile(path) as zf:
        [name] = zf.namelist()
        records = json.loads(zf.read(name))
    items = list(iter_inputs([str(path)]))
    assert len(items) == len(records)
    loaded = docs(items)
    empty = sum(1 for r in records if not r["content"].strip())
    assert len(loaded) == len(records) - empty
    assert all(f.message.startswith("record has no text") for f in failures(items))
    first = loaded[0]
    assert first.outlet == records[0]["source"] and first.url == records[0]["url"]
    assert first.source_path == f"{path}!{name}#0"
    assert first.retrieved == records[0]["date_extracted"]


def test_corrupt_member_inside_a_sound_archive(tmp_path: Path) -> None:
    path = _zip(tmp_path / "c.zip", {"1.txt": ARTICLE.encode() * 20, "2.txt": ARTICLE_2.encode() * 20})
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("1.txt")
    middle = info.header_offset + 30 + len(info.filename) + info.compress_size // 2
    data[middle : middle + 8] = b"\xff" * 8
    path.write_bytes(bytes(data))
    items = list(iter_inputs([str(path)]))
    [bad] = failures(items)
    assert bad.source == f"{path}!1.txt" and "corrupt archive member" in bad.message
    assert [d.raw_text for d in docs(items)] == [ARTICLE_2 * 20]
