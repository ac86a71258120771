"""Analyst corrections: the library side of ``rasd entities list|show|merge|split|rename``.

Each correction is stored (``Store.add_correction(op, payload)``) keyed by the entity's *nodes*
(name keys, see :mod:`rasd.entities.group`), not by entity ids that could change, and is applied on
every later :class:`~rasd.entities.stage.EntityStage` run, so it survives re-runs and new ingests.
After recording it, the entities are rebuilt from the stored documents and saved.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.entities.gazetteer import load_gazetteer
from rasd.entities.group import EntityRecord
from rasd.entities.keys import exact_key
from rasd.entities.stage import EntityStage, EntityStore
from rasd.errors import NotFoundError, RasdError
from rasd.models import Document
from rasd.pipeline.stage import CollectionContext


class CorrectionError(RasdError):
    """An entity correction cannot be made (too few entities, a variant not in the entity...)."""


def _records(store: EntityStore) -> list[EntityRecord]:
    return [EntityRecord.from_dict(d) for d in store.load_entities()]


def _matches(rec: EntityRecord, ref: str) -> bool:
    gaz = load_gazetteer()
    key = exact_key(ref, gaz.known)
    return any(exact_key(n, gaz.known) == key for n in [rec.name, *rec.variants])


def find_entity(store: EntityStore, ref: str) -> EntityRecord:
    """The entity whose id is ``ref`` (or starts with it), else the one named ``ref`` or having it as
    a variant. Raises :class:`NotFoundError` or :class:`CorrectionError` (ambiguous)."""
    records = _records(store)
    ref = ref.strip()
    by_id = [r for r in records if r.id == ref] or [r for r in records if ref and r.id.startswith(ref)]
    if len(by_id) == 1:
        return by_id[0]
    by_name = [r for r in records if ref and _matches(r, ref)]
    if len(by_name) == 1:
        return by_name[0]
    if len(by_id) > 1 or len(by_name) > 1:
        ids = ", ".join(r.id for r in (by_id or by_name)[:5])
        raise CorrectionError(f"entity reference {ref!r} is ambiguous ({ids}); use an id")
    raise NotFoundError(f"no entity {ref!r}")


def list_entities(
    store: EntityStore, type: str | None = None, query: str | None = None
) -> list[EntityRecord]:
    """Entities, optionally of one ``type`` (PERS/LOC/ORG/MISC) and whose name or a variant
    contains ``query`` (compared on normalisation keys). Most mentioned first."""
    records = _records(store)
    if type:
        records = [r for r in records if r.type == type.upper()]
    if query:
        q = exact_key(query)
        records = [r for r in records if any(q in exact_key(n) for n in [r.name, *r.variants])]
    return sorted(records, key=lambda r: (-sum(len(v) for v in r.mentions.values()), r.name, r.id))


def show_entity(store: EntityStore, ref: str) -> EntityRecord:
    """One entity with its variants, role and mentions per document."""
    return find_entity(store, ref)


def rebuild(store: EntityStore) -> list[EntityRecord]:
    """Re-run the entity stage over every stored document (corrections applied) and save the
    entities and the documents whose mention entity ids changed."""
    docs = [d for d in store.iter_documents() if d.status != "failed"]
    before = {d.id: _ids(d) for d in docs}
    stage = EntityStage(load_gazetteer())
    stage.run(docs, CollectionContext(store=store))
    changed = [d for d in docs if _ids(d) != before[d.id]]
    if changed:
        store.save_documents(changed)
    return stage.records


def _ids(doc: Document) -> list[tuple[int, int, str | None]]:
    return [(m.start, m.end, m.entity_id) for m in doc.entities]


def _after(store: EntityStore, keys: Sequence[str]) -> EntityRecord:
    records = rebuild(store)
    wanted = set(keys)
    best = max(records, key=lambda r: (len(wanted & set(r.keys)), -len(r.keys)), default=None)
    if best is None or not wanted & set(best.keys):
        raise NotFoundError("the corrected entity has no mentions left")
    return best


def merge_entities(store: EntityStore, ids: Sequence[str], name: str | None = None) -> EntityRecord:
    """Merge two or more entities into one (optionally named ``name``)."""
    records = {r.id: r for r in (find_entity(store, ref) for ref in ids)}
    if len(records) < 2:
        raise CorrectionError("merge needs at least two different entities")
    keys = sorted({k for r in records.values() for k in r.keys})
    payload: dict[str, object] = {"keys": keys}
    if name:
        payload["name"] = name.strip()
    store.add_correction("merge", payload)
    return _after(store, keys)


def split_entity(store: EntityStore, ref: str, variants: Sequence[str]) -> EntityRecord:
    """Move the given variants (and their mentions) of an entity to a new entity."""
    rec = find_entity(store, ref)
    gaz = load_gazetteer()
    wanted = {exact_key(v, gaz.known, article=a) for v in variants if v.strip() for a in (True, False)}
    moved = sorted(k for k in rec.keys if not k.startswith("g:") and k.split(":", 2)[2] in wanted)
    if not moved:
        raise CorrectionError(f"none of {', '.join(variants)} is a variant of entity {rec.id}")
    if len(moved) == len([k for k in rec.keys if not k.startswith("g:")]):
        raise CorrectionError("a split must leave at least one variant in the entity")
    store.add_correction("split", {"keys": moved})
    return _after(store, moved)


def rename_entity(store: EntityStore, ref: str, name: str) -> EntityRecord:
    """Give an entity a new canonical name."""
    if not name.strip():
        raise CorrectionError("the new name is empty")
    rec = find_entity(store, ref)
    store.add_correction("rename", {"keys": list(rec.keys), "name": name.strip()})
    return _after(store, rec.keys)
