"""The cheap pre-filter: which pattern recognizers could possibly match a text.

Each gate is a few substring probes and at most one digit count, so a message with no digits,
no ``@`` and no ``x.yz`` never reaches Presidio at all (and never even loads it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from safeguard.checks.pii._data import load_yaml

_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class Gate:
    """What a text must contain before one entity's recognizer is worth running."""

    entity: str
    min_digits: int = 0
    any_of: tuple[str, ...] = ()
    pattern: re.Pattern[str] | None = None
    context_above: float | None = None
    context: tuple[str, ...] = ()

    def admits(self, text: str, digits: int, threshold: float) -> bool:
        """The text passes this gate (``digits`` is its digit count)."""
        if digits < self.min_digits:
            return False
        if self.any_of and not any(probe in text for probe in self.any_of):
            return False
        if self.pattern is not None and self.pattern.search(text) is None:
            return False
        if self.context_above is not None and threshold > self.context_above:
            lowered = text.lower()
            return any(word in lowered for word in self.context)
        return True


def _gate(entity: str, entry: Mapping[str, Any]) -> Gate:
    gate = entry.get("gate", {})
    pattern = gate.get("pattern")
    above = gate.get("context_above")
    return Gate(
        entity=entity,
        min_digits=int(gate.get("min_digits", 0)),
        any_of=tuple(gate.get("any_of", ())),
        pattern=re.compile(pattern, re.IGNORECASE) if pattern else None,
        context_above=float(above) if above is not None else None,
        context=tuple(str(word).lower() for word in entry.get("context", ())),
    )


@cache
def gates() -> Mapping[str, Gate]:
    """The gate of every pattern entity in ``recognizers.yaml``."""
    return {name: _gate(name, entry) for name, entry in load_yaml("recognizers.yaml")["entities"].items()}


def admitted(text: str, entities: Iterable[str], threshold: Callable[[str], float]) -> list[str]:
    """The pattern entities among ``entities`` whose gate ``text`` passes, in order."""
    table = gates()
    wanted = [table[e] for e in entities if e in table]
    if not wanted:
        return []
    needs_digits = any(g.min_digits for g in wanted)
    digits = len(_DIGIT.findall(text)) if needs_digits else 0
    return [g.entity for g in wanted if g.admits(text, digits, threshold(g.entity))]


class Prefilter:
    """``admitted`` for one fixed set of entities and thresholds, looked up once.

    A text without any digit (most chat messages) is only probed by the gates that
    need none (e-mail, URL), with one regex search to find that out.
    """

    def __init__(self, entities: Iterable[str], threshold: Callable[[str], float]) -> None:
        table = gates()
        self._wanted = tuple((table[e], threshold(e)) for e in entities if e in table)
        self._digit_free = tuple(pair for pair in self._wanted if not pair[0].min_digits)

    def admitted(self, text: str) -> list[str]:
        """The pattern entities whose gate ``text`` passes, in order."""
        if _DIGIT.search(text) is None:
            return [g.entity for g, threshold in self._digit_free if g.admits(text, 0, threshold)]
        digits = len(_DIGIT.findall(text))
        return [g.entity for g, threshold in self._wanted if g.admits(text, digits, threshold)]
