"""Word clusters and the character n-gram model: building, saving, loading."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from rasd.errors import InputError, ModelError
from rasd.ner.charmodel import CharModel, jackknife
from rasd.ner.clusters import ClusterTable, build_clusters, iter_saudinewsnet, word_key

# Original synthetic text: cities and people in interchangeable frames.
CITIES = ["الواحة", "الفضة", "النخيل", "الرمال", "السراب", "الندى"]
PEOPLE = ["سامر", "ليلى", "كريم", "هالة", "نادر", "سلمى"]


def _corpus() -> list[str]:
    out = []
    for i, c in enumerate(CITIES):
        for j, p in enumerate(PEOPLE):
            out.append(f"سافر {p} إلى مدينة {c} أمس . وقال {p} إن {c} جميلة .")
            out.append(f"التقى {PEOPLE[(j + i) % 6]} مع {p} في {CITIES[(i + j) % 6]} .")
    return out


def test_build_save_load(tmp_path: Path) -> None:
    table = build_clusters(_corpus(), vocab_size=100, n_contexts=50, dim=6, ks=(2, 4), min_count=2)
    assert table.ks == (2, 4)
    assert table.get("سامر") is not None and table.get("غيرموجود") is None
    # people share a fine cluster more often with each other than with cities
    ids = {w: table.ids[word_key(w)] for w in PEOPLE + CITIES}
    same = sum(ids[a][1] == ids[b][1] for a in PEOPLE for b in PEOPLE if a < b)
    cross = sum(ids[a][1] == ids[b][1] for a in PEOPLE for b in CITIES)
    assert same / 15 > cross / 36
    path = tmp_path / "c.tsv.gz"
    table.save(path)
    again = ClusterTable.load(path)
    assert again.ks == table.ks and again.ids == table.ids
    table.save(tmp_path / "d.tsv.gz")
    assert path.read_bytes() == (tmp_path / "d.tsv.gz").read_bytes()


def test_bad_tables(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv.gz"
    bad.write_bytes(b"not gzip")
    with pytest.raises(ModelError):
        ClusterTable.load(bad)
    with pytest.raises(ModelError):
        build_clusters(["كلمة كلمة"], ks=(64,))


def test_iter_saudinewsnet(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        list(iter_saudinewsnet(tmp_path))
    with zipfile.ZipFile(tmp_path / "2015-01-01.zip", "w") as zf:
        zf.writestr("a.json", '[{"content": "نص أول"}, {"content": ""}, {"title": "x"}]')
    assert list(iter_saudinewsnet(tmp_path)) == ["نص أول"]
    (tmp_path / "2015-01-02.zip").write_bytes(b"broken")
    with pytest.raises(InputError, match="2015-01-02"):
        list(iter_saudinewsnet(tmp_path))


def test_char_model(tmp_path: Path) -> None:
    pairs = [("فلانوفيتش", "PERS"), ("علانوفيتش", "PERS"), ("كتاب", "O"), ("مدرسه", "O"), ("بيت", "O")]
    model = CharModel.fit(pairs)
    post = model.posterior("ترتانوفيتش")
    assert post[1] > 0.5  # PERS
    assert model.features("ترتانوفيتش")[0] in {"nb=hi", "nb=mid"}
    path = tmp_path / "chars.tsv.gz"
    model.save(path)
    again = CharModel.load(path)
    assert again.posterior("ترتانوفيتش") == pytest.approx(post)
    sents = [(["سامر", "قال"], ["B-PERS", "O"])] * 10
    assert len(jackknife(sents, folds=5)) == 5
