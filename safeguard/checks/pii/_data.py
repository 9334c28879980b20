"""Load the PII data files shipped in ``safeguard/data/pii`` (read once, cached)."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

_PACKAGE = "safeguard"


def _read_text(name: str) -> str:
    return resources.files(_PACKAGE).joinpath("data", "pii", name).read_text(encoding="utf-8")


@cache
def load_yaml(name: str) -> dict[str, Any]:
    """A YAML mapping from ``safeguard/data/pii``."""
    data = yaml.safe_load(_read_text(name))
    if not isinstance(data, dict):
        raise TypeError(f"safeguard/data/pii/{name}: expected a mapping at the top level")
    return data


@cache
def load_words(name: str) -> frozenset[str]:
    """A one-word-per-line list (lower case) from ``safeguard/data/pii``."""
    return frozenset(line.strip() for line in _read_text(name).splitlines() if line.strip())
