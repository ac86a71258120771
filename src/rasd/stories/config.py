"""Parameters of dedup and story clustering, read from ``data/stories/config.yaml``."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, TypeVar

from rasd.data import read_yaml
from rasd.errors import ConfigError

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class DedupConfig:
    shingle_size: int = 4
    num_perm: int = 128
    bands: int = 42
    seed: int = 20150721
    near_threshold: float = 0.35
    containment_threshold: float = 0.7
    min_shingles: int = 8
    title_min_words: int = 4

    @property
    def rows(self) -> int:
        return self.num_perm // self.bands


@dataclass(frozen=True, slots=True)
class ClusterConfig:
    idf_prior_docs: float = 100.0
    title_weight: float = 3.0
    body_max_terms: int = 400
    lead_tokens: int = 60
    lead_weight: float = 2.0
    doc_top_terms: int = 40
    centroid_top_terms: int = 80
    query_terms: int = 12
    max_candidates: int = 50
    entity_weight: float = 0.25
    entity_floor: int = 4
    time_scale_days: float = 2.0
    time_floor: float = 0.5
    window_days: float = 4.0
    threshold: float = 0.25
    merge_threshold: float = 0.45
    settle: int = 1
    keywords: int = 8
    main_entities: int = 8


def _build(cls: type[T], values: dict[str, Any], section: str) -> T:
    fields = {f.name: f for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    kwargs: dict[str, Any] = {}
    for key, value in values.items():
        if key not in fields:
            raise ConfigError(f"stories config: unknown key {section}.{key}")
        default: Any = fields[key].default
        try:
            kwargs[key] = type(default)(value)
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"stories config: {section}.{key} must be a number, got {value!r}") from exc
        if kwargs[key] < 0:
            raise ConfigError(f"stories config: {section}.{key} must not be negative")
    return cls(**kwargs)


def load_dedup_config(overrides: dict[str, Any] | None = None) -> DedupConfig:
    raw: Any = read_yaml("stories/config.yaml") or {}
    cfg = _build(DedupConfig, {**dict(raw.get("dedup") or {}), **(overrides or {})}, "dedup")
    if cfg.bands < 1 or cfg.rows < 1:
        raise ConfigError("stories config: dedup.bands must be between 1 and num_perm")
    return cfg


def load_cluster_config(overrides: dict[str, Any] | None = None) -> ClusterConfig:
    raw: Any = read_yaml("stories/config.yaml") or {}
    return _build(ClusterConfig, {**dict(raw.get("cluster") or {}), **(overrides or {})}, "cluster")
