"""Fixtures of the stories tests: an in-memory store with the story API, document builders."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import pytest

from rasd.errors import NotFoundError
from rasd.models import Document, Story, document_id


class FakeStore:
    """In-memory stand-in for the story half of rasd.store.Store."""

    def __init__(self) -> None:
        self.state: dict[str, Any] = {}
        self.stories: dict[str, Story] = {}
        self.merged: dict[str, str] = {}
        self.merges: list[dict[str, Any]] = []
        self.history: list[Any] = []
        self.links: dict[str, Any] = {}
        self.docs: dict[str, Document] = {}

    def save_stories(self, stories: list[Story]) -> None:
        for s in stories:
            self.stories[s.id] = copy.deepcopy(s)

    def load_stories(self, include_merged: bool = False) -> list[Story]:
        return [s for k, s in sorted(self.stories.items()) if include_merged or k not in self.merged]

    def get_story(self, ref: str) -> Story:
        if ref not in self.stories:
            raise NotFoundError(f"no story {ref!r}")
        while ref in self.merged:
            ref = self.merged[ref]
        return self.stories[ref]

    def record_story_merge(self, old_id: str, new_id: str, reason: str) -> None:
        self.merged[old_id] = new_id
        self.merges.append({"old_id": old_id, "new_id": new_id, "reason": reason})

    def story_merges(self) -> list[dict[str, Any]]:
        return list(self.merges)

    def record_assignments(self, assignments: list[Any]) -> None:
        self.history.extend(assignments)

    def assignments(self, doc_id: str | None = None) -> list[Any]:
        return [a for a in self.history if doc_id is None or a.doc_id == doc_id]

    def update_links(self, links: list[Any]) -> None:
        for link in links:
            self.links[link.doc_id] = link

    def get_state(self, key: str) -> Any:
        return copy.deepcopy(self.state.get(key))

    def set_state(self, key: str, value: Any) -> None:
        self.state[key] = copy.deepcopy(value)

    def iter_documents(self) -> Iterator[Document]:
        yield from self.docs.values()


def make_doc(
    text: str,
    *,
    title: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    published: str | None = None,
) -> Document:
    doc = Document(id=document_id(text, url, outlet), raw_text=text, text=text)
    doc.title, doc.outlet, doc.url, doc.published = title, outlet, url, published
    return doc


@pytest.fixture
def store() -> FakeStore:
    return FakeStore()
