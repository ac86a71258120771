"""Original, fictional article texts for ingestion tests (no real article text)."""

from __future__ import annotations

from rasd.ingest import IngestFailure
from rasd.models import Document

ARTICLE = (
    "بلدية النخيل تفتتح حديقة جديدة\n"
    "أعلنت بلدية مدينة النخيل الخيالية اليوم عن افتتاح حديقة جديدة للأطفال في حي الزيتون.\n"
    "وقال رئيس البلدية إن الحديقة تضم ملاعب ومسارات للدراجات وأشجارا من الصنوبر والسدر.\n"
)
ARTICLE_2 = "أكد مدير مكتبة الواحة الخيالية أن المكتبة ستفتح أبوابها مساء كل خميس لطلاب المدارس."


def docs(items: list[Document | IngestFailure]) -> list[Document]:
    return [i for i in items if isinstance(i, Document)]


def failures(items: list[Document | IngestFailure]) -> list[IngestFailure]:
    return [i for i in items if isinstance(i, IngestFailure)]
