"""Overpromise patterns: a tiny token-sequence language read from YAML data files.

A pattern is a space-separated list of slots over normalised tokens (see ``_tokens``):

- ``will|shall|@others`` one token from the alternatives (``@name`` pulls in a word list);
  a trailing ``?`` makes the slot optional;
- ``~N`` a gap of at most N ordinary words (never punctuation or a gap-stop word);
- ``!why|how`` the next token is not one of these (zero width);
- ``$`` the end of a clause (punctuation or the end of the sentence); ``a|$`` is either.

Every gap is bounded and a pattern is tried only where its first slot (the anchor)
occurs, so matching costs O(tokens x small constant): no regex ever sees the reply.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from safeguard.checks.overpromise._tokens import PUNCT

Kind = Literal["availability", "outcome", "capability", "confidentiality", "dependence"]
KINDS: tuple[Kind, ...] = ("availability", "outcome", "capability", "confidentiality", "dependence")
Context = Literal["goodbye", "asked_human"]


@dataclass(frozen=True, slots=True)
class Slot:
    """One position of a pattern."""

    op: Literal["word", "gap", "not", "end"]
    words: frozenset[str] = frozenset()
    optional: bool = False
    size: int = 0
    end_ok: bool = False


@dataclass(frozen=True, slots=True)
class Gates:
    """When a raw match is discarded (see ``_gates``)."""

    negatable: bool = True
    hedgeable: bool = False
    skip_question: bool = True
    skip_conditional: bool = False
    skip_reported: bool = False
    skip_quoted: bool = True
    requires: str | None = None
    unless: str | None = None
    context: Context | None = None


@dataclass(frozen=True, slots=True)
class Pattern:
    """A compiled pattern with its kind, replacement group and gates."""

    id: str
    kind: Kind
    group: str
    slots: tuple[Slot, ...]
    score: float
    gates: Gates
    gap_stop: frozenset[str] = field(default=frozenset())
    required: tuple[frozenset[str], ...] = ()

    @property
    def anchors(self) -> frozenset[str]:
        """Words that can start a match."""
        return self.slots[0].words


def _alternatives(spec: str, lists: Mapping[str, frozenset[str]], where: str) -> frozenset[str]:
    words: set[str] = set()
    for alt in spec.split("|"):
        if alt.startswith("@"):
            if alt[1:] not in lists:
                raise ValueError(f"{where}: unknown word list {alt!r}")
            words |= lists[alt[1:]]
        elif alt:
            words.add(alt.lower())
    if not words:
        raise ValueError(f"{where}: empty slot in {spec!r}")
    return frozenset(words)


def compile_slots(
    source: str, lists: Mapping[str, frozenset[str]], where: str
) -> tuple[Slot, ...]:
    """Compile a pattern string into slots; raise ``ValueError`` naming ``where`` if invalid."""
    slots: list[Slot] = []
    for part in source.split():
        if part.startswith("~") and part[1:].isdigit() and 0 < int(part[1:]) <= 8:
            slots.append(Slot("gap", size=int(part[1:])))
        elif part == "$":
            slots.append(Slot("end"))
        elif part.startswith("!"):
            slots.append(Slot("not", _alternatives(part[1:], lists, where)))
        else:
            optional = part.endswith("?") and len(part) > 1
            spec = part[:-1] if optional else part
            end_ok = "$" in spec.split("|")
            spec = "|".join(a for a in spec.split("|") if a != "$")
            words = _alternatives(spec, lists, where) if spec or not end_ok else frozenset()
            slots.append(Slot("word", words, optional=optional, end_ok=end_ok))
    first = slots[0] if slots else None
    if first is None or first.op != "word" or first.optional:
        raise ValueError(f"{where}: a pattern must start with a required word slot")
    return tuple(slots)


def _gap_ok(word: str, stop: frozenset[str]) -> bool:
    return word not in PUNCT and word not in stop


def match_at(
    pattern: Pattern, words: Sequence[str], start: int, stop: frozenset[str]
) -> int | None:
    """End index (exclusive) of a match of ``pattern`` starting at ``start``, else ``None``.

    ``stop`` is ignored when the pattern was built with the global gap-stop words merged
    into its own (``_data.build`` does this once, instead of on every call).
    """
    return _match(pattern.slots, 0, words, start, pattern.gap_stop or stop)


def required_words(slots: tuple[Slot, ...]) -> tuple[frozenset[str], ...]:
    """Word sets a sentence must intersect for a match to be possible (a cheap prefilter)."""
    return tuple(s.words for s in slots[1:] if s.op == "word" and not s.optional and not s.end_ok)


def _match(
    slots: tuple[Slot, ...], k: int, words: Sequence[str], i: int, stop: frozenset[str]
) -> int | None:
    if k == len(slots):
        return i
    slot = slots[k]
    n = len(words)
    if slot.op == "word":
        if i < n and words[i] in slot.words:
            found = _match(slots, k + 1, words, i + 1, stop)
            if found is not None:
                return found
        elif slot.end_ok and (i >= n or words[i] in PUNCT):
            return _match(slots, k + 1, words, i, stop)
        return _match(slots, k + 1, words, i, stop) if slot.optional else None
    if slot.op == "gap":
        for j in range(slot.size + 1):
            if j and (i + j > n or not _gap_ok(words[i + j - 1], stop)):
                return None
            found = _match(slots, k + 1, words, i + j, stop)
            if found is not None:
                return found
        return None
    if slot.op == "not":
        blocked = i < n and words[i] in slot.words
        return None if blocked else _match(slots, k + 1, words, i, stop)
    at_end = i >= n or words[i] in PUNCT
    return _match(slots, k + 1, words, i, stop) if at_end else None
