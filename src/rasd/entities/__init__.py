"""Entities across documents: name variants, within-document coreference, roles, corrections.

* :mod:`rasd.entities.keys` — normalised, transliteration-aware name keys;
* :mod:`rasd.entities.gazetteer` — known places/organisations, nisba adjectives, capitals, and
  :func:`gazetteer_mentions` (a matcher that complements NER);
* :mod:`rasd.entities.resolve` — :func:`resolve_document` (coreference, roles, links, metonyms);
* :mod:`rasd.entities.group` — cross-document grouping into :class:`EntityRecord` s;
* :mod:`rasd.entities.stage` — :class:`EntityStage` (collection stage ``entities``);
* :mod:`rasd.entities.corrections` — list/show/merge/split/rename for the CLI.
"""

from __future__ import annotations

from rasd.entities.corrections import (
    CorrectionError,
    find_entity,
    list_entities,
    merge_entities,
    rebuild,
    rename_entity,
    show_entity,
    split_entity,
)
from rasd.entities.gazetteer import gazetteer_mentions, load_gazetteer, merge_mentions
from rasd.entities.group import EntityRecord, group_documents
from rasd.entities.resolve import prepare_document, resolve_document
from rasd.entities.stage import EntityStage, EntityStore

__all__ = [
    "CorrectionError",
    "EntityRecord",
    "EntityStage",
    "EntityStore",
    "find_entity",
    "gazetteer_mentions",
    "group_documents",
    "list_entities",
    "load_gazetteer",
    "merge_entities",
    "merge_mentions",
    "prepare_document",
    "rebuild",
    "rename_entity",
    "resolve_document",
    "show_entity",
    "split_entity",
]
