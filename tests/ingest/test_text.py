from __future__ import annotations

import codecs
import hashlib
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasd.ingest import IngestFailure, IngestOptions, iter_inputs
from rasd.ingest.decode import clean_text, decode_bytes
from rasd.ingest.reader import iter_file, iter_stdin
from rasd.models import document_id
from tests.ingest.helpers import ARTICLE, ARTICLE_2, docs, failures


def _one(path: Path, options: IngestOptions | None = None) -> list:
    return list(iter_inputs([str(path)], options or IngestOptions()))


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ARTICLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), "utf-8-sig"),
        (ARTICLE.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), "utf-16"),
        (ARTICLE.encode("utf-16-le"), "utf-16-le"),
        (ARTICLE.encode("cp1256"), "cp1256"),
    ],
)
def test_encodings_decode_to_same_text(tmp_path: Path, data: bytes, encoding: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    [doc] = _one(path)
    assert doc.encoding == encoding
    assert doc.raw_text == ARTICLE
    assert doc.raw_hash == hashlib.sha256(data).hexdigest()
    assert doc.id == document_id(ARTICLE)
    assert doc.source_path == str(path)


def test_crlf_and_controls_are_normalised(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    text = "\ufeffسطر\u200f أول\r\nسطر\u200c ثان\rسطر ثالث"
    path.write_bytes(text.encode("utf-8"))
    [doc] = _one(path)
    assert doc.raw_text == "سطر أول\nسطر ثان\nسطر ثالث"
    assert doc.encoding == "utf-8-sig"


def test_options_retrieved_is_recorded(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    [doc] = _one(path, IngestOptions(retrieved="2024-11-28T10:00:00Z"))
    assert doc.retrieved == "2024-11-28T10:00:00Z"


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00" * 20, "binary data"),
        (bytes(range(1, 32)) * 40, "binary data"),
        (b"", "empty input"),
        (b"  \n\t \r\n  ", "empty input"),
        ("   \n\u200f\n".encode(), "empty input"),
    ],
)
def test_bad_text_files_fail_with_one_line(tmp_path: Path, data: bytes, fragment: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    [item] = _one(path)
    assert isinstance(item, IngestFailure)
    assert fragment in item.message
    assert "\n" not in item.message and "Traceback" not in item.message
    assert item.source == str(path)


def test_file_over_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(ARTICLE * 50, encoding="utf-8")
    [item] = _one(path, IngestOptions(max_bytes=1024))
    assert isinstance(item, IngestFailure)
    assert "over the 1 kB limit (--max-bytes)" in item.message


def test_size_message_in_megabytes() -> None:
    from rasd.ingest.options import too_large

    assert too_large(200 * 2**20, 50 * 2**20) == "file is 200.0 MB, over the 50 MB limit (--max-bytes)"


def test_missing_path_and_broken_link(tmp_path: Path) -> None:
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "nowhere.txt")
    items = list(iter_inputs([str(tmp_path / "missing.txt"), str(link)]))
    assert [type(i) for i in items] == [IngestFailure, IngestFailure]
    assert all("no such file" in i.message for i in items)


def test_permission_error_is_a_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(ARTICLE, encoding="utf-8")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)
    [item] = list(iter_file(path, IngestOptions()))
    assert isinstance(item, IngestFailure)
    assert item.message == "cannot read file: Permission denied"


def test_folder_is_recursive_sorted_and_skips_hidden_and_unsupported(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "2.txt").write_text(ARTICLE_2, encoding="utf-8")
    (tmp_path / "1.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / ".secret.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / ".hidden" / "x.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00\x00")
    (tmp_path / "empty.txt").write_bytes(b"")
    items = list(iter_inputs([str(tmp_path)]))
    assert [d.raw_text for d in docs(items)] == [ARTICLE, ARTICLE_2]
    assert [Path(f.source).name for f in failures(items)] == ["empty.txt"]


def test_one_bad_input_does_not_stop_the_batch(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    items = list(iter_inputs([str(tmp_path / "nope.txt"), str(good)]))
    assert isinstance(items[0], IngestFailure) and len(docs(items)) == 1


def test_stdin_sniffs_text_and_json() -> None:
    [doc] = list(iter_stdin(IngestOptions(), lambda: ARTICLE.encode("cp1256")))
    assert doc.raw_text == ARTICLE and doc.source_path == "-" and doc.encoding == "cp1256"
    payload = json.dumps([{"content": ARTICLE_2, "title": "عنوان"}], ensure_ascii=False)
    [rec] = list(iter_stdin(IngestOptions(), lambda: payload.encode()))
    assert rec.title == "عنوان" and rec.source_path == "-#0"


def test_stdin_over_limit() -> None:
    [item] = list(iter_stdin(IngestOptions(max_bytes=10), lambda: ARTICLE.encode()))
    assert isinstance(item, IngestFailure) and "over the 10 bytes limit" in item.message


def test_generator_is_lazy(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    gen = iter_inputs([str(path), str(tmp_path / "missing")])
    first = next(gen)
    assert first.raw_text == ARTICLE  # the missing path has not been touched yet


def test_decode_prefers_utf8_and_rejects_nul() -> None:
    assert decode_bytes("naïve café".encode()) == ("naïve café", "utf-8")
    with pytest.raises(Exception, match="NUL bytes"):
        decode_bytes(b"abc\x00def\x01\x02\x00\x00\x00x")


CONTROL_ALPHABET = "ab سلام\u200f\u200e\u202b\u200b\u200c\ufeff\u00a0\u2009\r\n\u2028\t"


@given(st.text(alphabet=st.sampled_from(CONTROL_ALPHABET), max_size=60))
def test_clean_text_matches_remove_controls(text: str) -> None:
    from rasd.text.normalize import remove_controls

    cleaned = clean_text(text)
    lf = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    assert "\r" not in cleaned
    assert cleaned == remove_controls(cleaned) == remove_controls(lf)


ARABIC_LETTERS = "ابتثجحخدذرسشصضطظعغفقكلمنهويءةى 0123."
ARABIC_WORDS = st.text(alphabet=st.sampled_from(ARABIC_LETTERS), min_size=1, max_size=80)


@given(ARABIC_WORDS.filter(lambda t: any("\u0621" <= c <= "\u064a" for c in t)))
def test_decode_round_trips_arabic(text: str) -> None:
    for codec, expected in (("utf-8", "utf-8"), ("utf-16", "utf-16"), ("cp1256", "cp1256")):
        assert decode_bytes(text.encode(codec)) == (text, expected)
