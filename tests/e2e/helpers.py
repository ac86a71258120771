"""Helpers of the end-to-end tests: the CLI in-process and as a real process, fictional articles.

Every article here is original fiction written for these tests (invented towns, people and events).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from rasd.cli.app import app
from rasd.models import Document
from rasd.store import Store

REPO = Path(__file__).resolve().parents[2]
WIDE = "400"
"""Terminal width for rich tables so that ids and reasons are never wrapped across lines."""


def require_ner_model() -> None:
    """Skip (fail on CI) when the shipped NER model is absent: every document would fail in 'ner'."""
    from rasd.ner.tagger import default_model_path

    path = default_model_path()
    if not path.is_file():
        reason = f"shipped NER model not found at {path}: every document would fail in stage 'ner'"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)


# -- the CLI ---------------------------------------------------------------------------------------


def cli(args: Sequence[str], cwd: Path | None = None) -> Result:
    """Run ``rasd ARGS`` in-process (typer's CliRunner) with a wide terminal."""
    runner = CliRunner()
    old = Path.cwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        return runner.invoke(app, list(args), env={"COLUMNS": WIDE})
    finally:
        os.chdir(old)


@dataclass(frozen=True)
class Proc:
    rc: int
    stdout: str
    stderr: str


def rasd_env() -> dict[str, str]:
    env = dict(os.environ)
    env["COLUMNS"] = WIDE
    env.pop("RASD_DB", None)
    return env


def rasd_command() -> list[str]:
    """The installed console script when present, else ``python -m rasd.cli``."""
    script = Path(sys.executable).with_name("rasd")
    return [str(script)] if script.exists() else [sys.executable, "-m", "rasd.cli"]


def run_rasd(args: Sequence[str], cwd: Path, timeout: float = 120.0, module: bool = False) -> Proc:
    """Run rasd as a real process (``main()`` with its error handling) and capture its output."""
    cmd = [sys.executable, "-m", "rasd.cli"] if module else rasd_command()
    done = subprocess.run(
        [*cmd, *args],
        cwd=cwd,
        env=rasd_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    return Proc(done.returncode, done.stdout, done.stderr)


def no_traceback(*outputs: str) -> None:
    for out in outputs:
        assert "Traceback" not in out, out[-2000:]


# -- stored documents ---------------------------------------------------------------------------


def stored(db: str) -> list[Document]:
    with Store.open(db) as store:
        return list(store.iter_documents())


def by_source(docs: Sequence[Document]) -> dict[str, Document]:
    return {Path(d.source_path or d.id).name: d for d in docs}


# -- fictional Arabic articles ---------------------------------------------------------------------

TOWNS = (
    "بلدة الياسمين",
    "مدينة الصفصاف",
    "قرية وادي اللوز",
    "مدينة تل الرمان",
    "بلدة عين الزيتون",
    "مدينة رأس الغيم",
    "قرية سهل البنفسج",
)
PROJECTS = (
    "مكتبة عامة",
    "حديقة للأطفال",
    "مستشفى ميداني",
    "جسر للمشاة",
    "محطة لتحلية المياه",
    "سوق للمزارعين",
    "مدرسة للفنون",
    "ملعب رياضي",
)
PEOPLE = (
    "سلمى البرتقالي",
    "فارس النخلاوي",
    "هند الغيمي",
    "كمال الرمادي",
    "ليلى الصفصافي",
    "نادر القمري",
)
ROLES = ("رئيس البلدية", "مديرة المشروع", "المتحدث باسم المجلس المحلي", "وزير الإعمار الخيالي")
MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر")
NUMBERS = ("ثلاثة", "خمسة", "سبعة", "تسعة", "أحد عشر", "ثلاثة عشر")


def fictional_article(i: int) -> str:
    """An original, clearly fictional Arabic news article; different ``i`` give different texts."""
    town = TOWNS[i % len(TOWNS)]
    project = PROJECTS[(i // len(TOWNS)) % len(PROJECTS)]
    person = PEOPLE[(i * 5) % len(PEOPLE)]
    role = ROLES[(i * 3) % len(ROLES)]
    month = MONTHS[i % len(MONTHS)]
    n = NUMBERS[(i * 7) % len(NUMBERS)]
    cost = 120 + 17 * i
    return (
        f"افتتاح {project} في {town} بتكلفة {cost} ألف دينار\n\n"
        f"افتتحت السلطات المحلية في {town} الخيالية يوم الأحد {1 + i % 27} {month} 2031 {project} "
        f"بتكلفة بلغت {cost} ألف دينار، في حفل حضره مئات السكان.\n\n"
        f'وقال {role} {person} إن "المشروع سيخدم أكثر من {n} آلاف مواطن في المنطقة"، مضيفا أن '
        f"أعمال البناء استغرقت {n} أشهر فقط.\n\n"
        f"وأكدت جمعية السكان في {town} أن المشروع رقم {i} كان مطلبا قديما، وطالبت بتوسيعه ليشمل "
        "الأحياء الشرقية التي ما زالت تفتقر إلى الخدمات الأساسية.\n\n"
        f"وأشار تقرير صادر عن المجلس المحلي إلى أن نسبة إنجاز المرحلة الثانية بلغت {(i * 13) % 90 + 5} "
        "في المئة، على أن تكتمل قبل نهاية العام المقبل.\n"
    )


GOOD_A = (
    "مهرجان الكتاب الخيالي يفتتح أبوابه في مدينة الصفصاف\n\n"
    "افتتح مهرجان الكتاب السنوي في مدينة الصفصاف الخيالية صباح الخميس بمشاركة أربعين دار نشر "
    "من بلدان متخيلة، وسط إقبال واسع من الطلاب والعائلات.\n\n"
    'وقالت مديرة المهرجان سلمى البرتقالي إن "الدورة الحالية هي الأكبر منذ تأسيس المهرجان"، '
    "مشيرة إلى أن عدد العناوين المعروضة تجاوز عشرة آلاف عنوان.\n\n"
    "ويستمر المهرجان أسبوعا كاملا، وتتخلله ندوات عن أدب الأطفال وورش للكتابة الإبداعية.\n"
)

GOOD_B = (
    "أمطار غزيرة تغلق طرقا جبلية في إقليم الغيم الخيالي\n\n"
    "أغلقت السلطات في إقليم الغيم الخيالي ثلاث طرق جبلية مساء الإثنين بعد أمطار غزيرة تسببت في "
    "انهيارات صخرية صغيرة، دون تسجيل إصابات.\n\n"
    "وأعلن المتحدث باسم الدفاع المدني كمال الرمادي أن فرق الطوارئ تعمل على فتح الطرق خلال يومين، "
    "داعيا السائقين إلى تجنب السفر ليلا.\n\n"
    "وتوقعت هيئة الأرصاد المحلية استمرار الأمطار حتى نهاية الأسبوع مع انخفاض ملحوظ في درجات الحرارة.\n"
)

ENGLISH = (
    "Fictional town council opens a new reading room\n\n"
    "The council of the imaginary town of Brightwater opened a reading room on Monday. "
    "The mayor said the room would stay open late on weekdays and that volunteers would run "
    "weekend reading clubs for children. Residents welcomed the project.\n"
)


def write_corpus(folder: Path, n: int, start: int = 0) -> list[Path]:
    """Write ``n`` fictional articles as ``folder/doc_NNNN.txt``."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + n):
        p = folder / f"doc_{i:04d}.txt"
        p.write_text(fictional_article(i), encoding="utf-8")
        paths.append(p)
    return paths
