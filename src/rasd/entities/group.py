"""Cross-document grouping of mentions into entities, and the analyst corrections on top.

Every mention gets a *node*, the unit that corrections refer to:

* ``k:P:<key>`` / ``k:N:<key>`` — persons / other names by exact key (``P`` and ``N`` never merge,
  so a person and a place with one spelling stay apart);
* ``d:<document>:<key>`` — a one-token person name that in-document resolution could not tie to a
  full name (``كيم`` alone): it never merges across documents (a shared surname is not identity).

Nodes are then joined automatically: a name known to the gazetteer joins ``g:<entry>`` (variants,
Latin names, nisba adjectives, and for multi-token names the skeleton and typo-tolerant keys); names
of two or more tokens join when :func:`rasd.entities.keys.names_compatible` says they are spelling
variants (``كيم جونج أون`` = ``كيم جونغ أون`` but not ``كيم جونج جيو``). Corrections (``merge``,
``split``, ``rename``, keyed by nodes, not ids) are applied afterwards, in the order they were made.

Entity ids are a hash of the group's anchor node (the gazetteer entry, else the longest and then
alphabetically first name key), so they do not depend on the order documents arrive in.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from rasd.entities.gazetteer import Gazetteer, load_gazetteer
from rasd.entities.keys import clitic_split, exact_key, name_skeletons, names_compatible
from rasd.entities.resolve import is_role_only
from rasd.models import Document, EntityMention
from rasd.text.normalize import norm_key, normalize

log = logging.getLogger(__name__)


@dataclass(slots=True)
class EntityRecord:
    """One entity across documents (the export shape plus what ``show`` needs)."""

    id: str
    name: str
    type: str
    variants: dict[str, int] = field(default_factory=dict)
    documents: list[str] = field(default_factory=list)
    role: str | None = None
    role_of: str | None = None
    keys: list[str] = field(default_factory=list)
    """The nodes of the entity (what corrections refer to)."""
    gazetteer: str | None = None
    adjectives: dict[str, int] = field(default_factory=dict)
    """Nisba adjectives (الكوري الشمالي) that refer to this place."""
    mentions: dict[str, list[list[Any]]] = field(default_factory=dict)
    """Per document: ``[start, end, text]`` of every mention."""

    def export(self) -> dict[str, Any]:
        """The export shape: ``{id, name, type, variants, documents, role}``."""
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "variants": sorted(self.variants),
            "documents": list(self.documents),
            "role": self.role,
        }

    def to_dict(self) -> dict[str, Any]:
        """Everything, for :meth:`rasd.store.Store.save_entities`."""
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "role": self.role,
            "role_of": self.role_of,
            "variants": dict(self.variants),
            "documents": list(self.documents),
            "keys": list(self.keys),
            "gazetteer": self.gazetteer,
            "adjectives": dict(self.adjectives),
            "mentions": {k: [list(x) for x in v] for k, v in self.mentions.items()},
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> EntityRecord:
        variants = d.get("variants") or {}
        if isinstance(variants, list):
            variants = dict.fromkeys(variants, 1)
        return cls(
            id=str(d["id"]),
            name=str(d["name"]),
            type=str(d["type"]),
            variants={str(k): int(v) for k, v in variants.items()},
            documents=[str(x) for x in d.get("documents") or []],
            role=d.get("role"),
            role_of=d.get("role_of"),
            keys=[str(x) for x in d.get("keys") or []],
            gazetteer=d.get("gazetteer"),
            adjectives={str(k): int(v) for k, v in (d.get("adjectives") or {}).items()},
            mentions={str(k): [list(x) for x in v] for k, v in (d.get("mentions") or {}).items()},
        )


def entity_id(anchor: str) -> str:
    return "ent_" + hashlib.sha1(anchor.encode("utf-8")).hexdigest()[:12]


def mention_node(m: EntityMention, doc_id: str, gaz: Gazetteer) -> str:
    """The node of a mention (see module doc)."""
    key = m.key or exact_key(m.text, gaz.known, article=m.type != "PERS")
    if not key:  # no letters or digits at all: an entity of its own in its document
        return f"d:{doc_id}:{m.start}"
    if m.type == "PERS":
        return f"k:P:{key}" if " " in key else f"d:{doc_id}:{key}"
    return f"k:N:{key}"


def display_form(text: str, gaz: Gazetteer) -> str:
    """A mention's text without an attached conjunction/preposition (``وروسيا`` → ``روسيا``)."""
    words = text.split()
    if not words:
        return text
    first = norm_key(words[0])
    plen, _rest = clitic_split(first, gaz.known, tuple(norm_key(w) for w in words[1:]))
    if plen == 0:
        return text
    start = normalize(words[0]).to_original(min(plen, len(first)), len(first))[0]
    return text[text.index(words[0]) + start :]


class _Groups:
    """A partition of nodes that supports union (automatic, merge) and removal (split)."""

    def __init__(self, nodes: Iterable[str]) -> None:
        self.of: dict[str, int] = {}
        self.members: dict[int, set[str]] = {}
        for n in sorted(set(nodes)):
            self.add(n)

    def add(self, node: str) -> None:
        if node not in self.of:
            gid = len(self.of) + len(self.members) + 1
            while gid in self.members:
                gid += 1
            self.of[node] = gid
            self.members[gid] = {node}

    def union(self, a: str, b: str) -> None:
        self.add(a)
        self.add(b)
        ga, gb = self.of[a], self.of[b]
        if ga == gb:
            return
        if len(self.members[ga]) < len(self.members[gb]):
            ga, gb = gb, ga
        for n in self.members.pop(gb):
            self.of[n] = ga
            self.members[ga].add(n)

    def split(self, nodes: Iterable[str]) -> None:
        moved = sorted(n for n in set(nodes) if n in self.of)
        if not moved:
            return
        gid = max(self.members) + 1
        for n in moved:
            old = self.of[n]
            self.members[old].discard(n)
            if not self.members[old]:
                del self.members[old]
            self.of[n] = gid
        self.members[gid] = set(moved)


def _auto_group(nodes: set[str], gaz: Gazetteer) -> _Groups:
    groups = _Groups(nodes)
    buckets: dict[tuple[str, str], list[tuple[str, tuple[str, ...]]]] = defaultdict(list)
    for node in sorted(nodes):
        if not node.startswith("k:"):
            continue
        _, cls, key = node.split(":", 2)
        hit = gaz.lookup_key(key, fuzzy=" " in key or len(key) >= 5) if cls == "N" else None
        if hit is not None:
            groups.union(node, f"g:{hit.entry}")
        elif " " in key:
            tokens = tuple(key.split())
            for skel in set(name_skeletons(tokens)):
                buckets[(cls, skel)].append((node, tokens))
    for members in buckets.values():
        for i, (a, ta) in enumerate(members):
            for b, tb in members[i + 1 :]:
                if groups.of[a] != groups.of[b] and names_compatible(ta, tb):
                    groups.union(a, b)
    return groups


def _payload(c: dict[str, Any]) -> dict[str, Any]:
    import json

    p = c.get("payload")
    if isinstance(p, str):
        p = json.loads(p)
    return p if isinstance(p, dict) else {}


def apply_corrections(groups: _Groups, corrections: Sequence[dict[str, Any]]) -> dict[int, str]:
    """Apply corrections in order; returns names set by ``rename``/``merge`` per group id."""
    renames: list[tuple[set[str], str]] = []
    for c in sorted(corrections, key=lambda c: int(c.get("id") or 0)):
        p = _payload(c)
        keys = [str(k) for k in p.get("keys", [])]
        op = c.get("op")
        if op == "merge":
            present = [k for k in keys if k in groups.of]
            for k in present[1:]:
                groups.union(present[0], k)
        elif op == "split":
            groups.split(keys)
        elif op != "rename":
            log.warning("unknown entity correction %r (id %s) ignored", op, c.get("id"))
            continue
        if op in {"merge", "rename"} and p.get("name"):
            renames.append((set(keys), str(p["name"])))
    names: dict[int, str] = {}
    for wanted, name in renames:
        overlap = Counter(groups.of[k] for k in wanted if k in groups.of)
        if overlap:
            best = max(sorted(overlap), key=lambda g: overlap[g])
            names[best] = name
    return names


def _anchor(nodes: set[str]) -> str:
    gaz_nodes = sorted(n for n in nodes if n.startswith("g:"))
    if gaz_nodes:
        return gaz_nodes[0]
    keyed = [n for n in nodes if n.startswith("k:")]
    if keyed:
        return min(keyed, key=lambda n: (-n.count(" "), n))
    return min(nodes)


@dataclass(slots=True)
class _Ref:
    doc: str
    mention: EntityMention
    node: str


def group_documents(
    docs: Sequence[Document], corrections: Sequence[dict[str, Any]] = (), gaz: Gazetteer | None = None
) -> list[EntityRecord]:
    """Group the (already resolved) mentions of ``docs`` into entities, apply ``corrections`` and set
    ``EntityMention.entity_id`` on every mention. Returns the entities sorted by id."""
    gaz = gaz or load_gazetteer()
    refs = [_Ref(d.id, m, mention_node(m, d.id, gaz)) for d in docs for m in d.entities]
    groups = _auto_group({r.node for r in refs}, gaz)
    names = apply_corrections(groups, corrections)
    by_group: dict[int, list[_Ref]] = defaultdict(list)
    for r in refs:
        by_group[groups.of[r.node]].append(r)
    records = [
        _record(gid, groups.members[gid], members, names.get(gid), gaz) for gid, members in by_group.items()
    ]
    return sorted(records, key=lambda r: r.id)


def _best_name(variants: Counter[str], gaz: Gazetteer) -> str:
    """The most frequent of the fullest variants (most name tokens)."""
    if not variants:
        return ""
    return min(variants, key=lambda v: (-len(exact_key(v, gaz.known).split()), -variants[v], v))


def _record(gid: int, nodes: set[str], refs: list[_Ref], name: str | None, gaz: Gazetteer) -> EntityRecord:
    anchor = _anchor(nodes)
    eid = entity_id(anchor)
    entry = gaz.entries.get(anchor[2:]) if anchor.startswith("g:") else None
    variants: Counter[str] = Counter()
    adjectives: Counter[str] = Counter()
    types: Counter[str] = Counter()
    roles: Counter[tuple[str, str | None]] = Counter()
    mentions: dict[str, list[list[Any]]] = defaultdict(list)
    for r in refs:
        m = r.mention
        m.entity_id = eid
        mentions[r.doc].append([m.start, m.end, m.text])
        if m.role:
            roles[(m.role, m.role_of)] += 1
        if is_role_only(m):
            continue
        types[m.type] += 1
        if m.link is not None and not m.metonym:
            adjectives[display_form(m.text, gaz)] += 1
        else:
            variants[display_form(m.text, gaz)] += 1
    role = min(roles, key=lambda k: (-roles[k], k[0], k[1] or "")) if roles else None
    typ = entry.type if entry else (min(types, key=lambda t: (-types[t], t)) if types else "MISC")
    return EntityRecord(
        id=eid,
        name=name or (entry.name if entry else _best_name(variants or adjectives, gaz)),
        type=typ,
        variants=dict(sorted(variants.items(), key=lambda kv: (-kv[1], kv[0]))),
        documents=sorted(mentions),
        role=role[0] if role else None,
        role_of=role[1] if role else None,
        keys=sorted(nodes),
        gazetteer=entry.id if entry else None,
        adjectives=dict(sorted(adjectives.items(), key=lambda kv: (-kv[1], kv[0]))),
        mentions={d: sorted(v) for d, v in sorted(mentions.items())},
    )
