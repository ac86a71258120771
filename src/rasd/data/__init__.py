"""Lexicons, patterns and gazetteers shipped with rasd (data files, not literals in code)."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml


def _path(name: str) -> Any:
    return resources.files(__package__).joinpath(name)


def read_text(name: str) -> str:
    """Raw text of the data file ``name`` (a path relative to ``rasd/data``)."""
    return str(_path(name).read_text(encoding="utf-8"))


@lru_cache(maxsize=64)
def read_lines(name: str) -> tuple[str, ...]:
    """Non-empty lines of a data file, stripped, with ``#`` comment lines dropped."""
    out = []
    for line in read_text(name).splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return tuple(out)


@lru_cache(maxsize=64)
def read_yaml(name: str) -> Any:
    """Parsed YAML data file (cached; treat the result as read-only)."""
    return yaml.safe_load(read_text(name))


@lru_cache(maxsize=64)
def read_json(name: str) -> Any:
    return json.loads(read_text(name))
