from __future__ import annotations

import json
import zipfile

import pytest

from rasd.meta.language import LanguageStage, detect_language
from rasd.models import Document
from rasd.pipeline.stage import DocumentStage
from tests.conftest import shared_path

# Original sentences written for these tests.
SENTENCES = {
    "en": "The mayor of the imaginary town said on Tuesday that the new bridge would open in the spring.",
    "fr": "Le maire de la ville imaginaire a annoncé mardi que le nouveau pont sera ouvert au printemps.",
    "es": "El alcalde de la ciudad imaginaria dijo el martes que el nuevo puente se abrirá en primavera.",
    "de": "Der Bürgermeister der Stadt sagte am Dienstag, dass die neue Brücke im Frühjahr öffnet.",
    "it": "Il sindaco della città immaginaria ha detto martedì che il nuovo ponte sarà aperto in primavera.",
    "fa": "شهردار این شهر خیالی روز سه‌شنبه گفت که پل جدید در بهار آینده باز خواهد شد و برای مردم مهم است.",
    "ur": "خیالی شہر کے میئر نے منگل کو کہا کہ نیا پل اگلی بہار میں کھول دیا جائے گا اور یہ اہم ہے۔",
    "ar": "قال رئيس بلدية المدينة الخيالية يوم الثلاثاء إن الجسر الجديد سيفتتح في الربيع المقبل أمام السكان.",
    "ru": "Мэр вымышленного города сказал во вторник, что новый мост откроется весной.",
}


@pytest.mark.parametrize(("code", "text"), sorted(SENTENCES.items()))
def test_original_sentences(code: str, text: str) -> None:
    assert detect_language(text) == code


@pytest.mark.parametrize("text", ["", "   ", "مرحبا", "OK", "12345 67890", "؟!"])
def test_too_little_text_is_und(text: str) -> None:
    assert detect_language(text) == "und"


def test_arabic_article_with_stray_code_and_english_ui() -> None:
    text = (
        SENTENCES["ar"]
        + "\n.vote-area ul { padding: 0; margin: 0; box-shadow: none; }"
        + "\n.box { background: linear-gradient(top, #fff, #eee); color: #333 }"
        + "\nShare this article\nExit mobile version\n"
        + "وأضاف أن البلدية ستزرع ألف شجرة في الحديقة التي تقع على أطراف المدينة."
    )
    assert detect_language(text) == "ar"


def test_persian_written_with_arabic_kaf_and_yeh_still_persian() -> None:
    text = SENTENCES["fa"].replace("ک", "ك").replace("ی", "ي")
    assert detect_language(text) == "fa"


def test_saudinewsnet_articles_are_arabic() -> None:
    path = shared_path("data", "saudinewsnet", "2015-07-22.zip")
    with zipfile.ZipFile(path) as zf:
        records = json.loads(zf.read(zf.namelist()[0]))
    texts = [r["content"] for r in records[:600] if len(r["content"].split()) >= 20]
    labels = [detect_language(t) for t in texts]
    share = labels.count("ar") / len(labels)
    assert share >= 0.99, share


def test_stage_sets_language() -> None:
    stage = LanguageStage()
    assert isinstance(stage, DocumentStage)
    assert (stage.name, stage.version, stage.arabic_only) == ("language", "1", False)
    assert stage.requires == {"raw"} and stage.provides == {"language"}
    doc = stage(Document(id="x", raw_text=SENTENCES["fr"]))
    assert doc.language == "fr"
