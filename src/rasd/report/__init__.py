"""The self-contained HTML report: stories, cited briefings, stance matrices, numbers, articles.

``render_report(stories, docs_by_id, entities)`` is pure (returns the HTML);
``write_report(store, out, story_ids)`` loads everything from a :class:`rasd.store.Store` and
writes the file atomically. The page loads nothing: inline CSS, inline SVG, no script, and a
Content-Security-Policy that forbids any other resource. All article text is escaped.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from rasd.errors import NotFoundError, RasdError
from rasd.models import Document, Story
from rasd.report.page import page

log = logging.getLogger(__name__)

__all__ = ["ReportError", "render_report", "write_report"]


class ReportError(RasdError):
    """The report cannot be written (bad output path, unknown story)."""


def render_report(
    stories: Sequence[Story],
    docs_by_id: Mapping[str, Document],
    entities: Sequence[Mapping[str, Any]],
    *,
    generated: str | None = None,
) -> str:
    """The report as one HTML string. ``generated`` fixes the footer time (default: now, UTC)."""
    from rasd import __version__

    return page(stories, docs_by_id, entities, generated=generated, version=__version__)


def _select(all_stories: Sequence[Story], story_ids: Sequence[str] | None) -> list[Story]:
    if story_ids is None:
        return list(all_stories)
    out: list[Story] = []
    for ref in story_ids:
        found = [s for s in all_stories if s.id == ref] or [s for s in all_stories if s.id.startswith(ref)]
        if len(found) != 1:
            what = "no story" if not found else "several stories"
            raise NotFoundError(f"{what} matching {ref!r}")
        if found[0] not in out:
            out.append(found[0])
    return out


def write_report(store: Any, out: Path, story_ids: Sequence[str] | None = None) -> Path:
    """Render the stories of ``store`` (all active ones, or ``story_ids``) into ``out`` atomically."""
    out = Path(out)
    stories = _select(store.load_stories(), story_ids)
    wanted = sorted({d for s in stories for d in s.documents})
    docs: dict[str, Document] = {}
    if wanted:
        docs = {d.id: d for d in store.iter_documents(ids=wanted)}
    docs.update({d.id: d for d in _originals(store, docs)})
    html_text = render_report(stories, docs, store.load_entities())
    return _atomic_write(out, html_text)


def _originals(store: Any, docs: Mapping[str, Document]) -> list[Document]:
    """Documents that copies point to but that are not loaded yet (for the duplicate-of links)."""
    missing = sorted({d.duplicate_of for d in docs.values() if d.duplicate_of and d.duplicate_of not in docs})
    return list(store.iter_documents(ids=missing)) if missing else []


def _atomic_write(out: Path, text: str) -> Path:
    parent = out.parent if str(out.parent) else Path(".")
    if not parent.is_dir():
        raise ReportError(f"cannot write report {out}: directory {parent} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
            os.chmod(tmp, 0o644)
            os.replace(tmp, out)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise ReportError(f"cannot write report {out}: {exc.strerror or exc}") from None
    log.info("report written to %s (%d bytes)", out, len(text.encode("utf-8")))
    return out
