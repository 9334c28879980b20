"""A literal prefilter: which sentences could match a pattern at all.

Every match of a pattern contains a word of each of its required word slots (and, with
``requires``, a word of one of that phrase list's phrases). The two rarest such groups,
by the ``frequent`` and ``common`` word lists of the data, are the pattern's *keys*. A sentence that holds
no surface form of both keys of some pattern cannot produce a finding, so it skips
tokenising, matching and the gates. Only C-level string operations touch the whole
reply: lower-case, write "n't" as "  t", encode to ASCII (one ``?`` per other
character, so offsets hold), map every non-letter byte to a space, and split each
sentence's bytes at spaces.

The filter may let a sentence through that cannot match (it only costs time); it never
stops one that can. ``surface_pieces`` keeps it in step with the contraction rules.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from safeguard.checks.overpromise._patterns import Pattern
from safeguard.checks.overpromise._tokens import letter_view, surface_pieces

_LETTERS = b"abcdefghijklmnopqrstuvwxyz0123456789"
_TO_SPACE = bytes(b if b in _LETTERS else 0x20 for b in range(256))
# How likely a word is to occur in a sentence, relative to a rare word.
_FREQUENT_COST = 1000
_COMMON_COST = 100

Keys = tuple[frozenset[str], frozenset[str] | None]


@dataclass(frozen=True, slots=True)
class Prefilter:
    """Key pieces, and for each: ``alone`` when it suffices (a pattern with one key group),
    else the union of the second-key pieces it pairs with. "Some pattern has a piece of
    each key present" is then "a present piece is alone or meets a present partner".
    ``keys`` is ``None`` when a key is not plain ASCII (the byte view cannot see it)."""

    keys: frozenset[bytes] | None
    alone: frozenset[bytes]
    partners: Mapping[bytes, frozenset[bytes]]
    firsts: frozenset[bytes]

    def words(self, low: str) -> bytes | None:
        """The reply's letter bytes with every other character a space, once per reply;
        ``None`` when filtering is not possible."""
        if self.keys is None:
            return None
        return letter_view(low).encode("ascii", "replace").translate(_TO_SPACE)

    def may_match(self, letters: bytes | None, start: int, end: int) -> bool:
        """False when ``[start, end)`` cannot hold the keys of any pattern."""
        if letters is None or self.keys is None:
            return True
        present = self.keys.intersection(letters[start:end].split())
        if not present.isdisjoint(self.alone):
            return True
        for piece in self.firsts.intersection(present):
            if not self.partners[piece].isdisjoint(present):
                return True
        return False


Costs = Mapping[str, int]


def word_costs(frequent: Iterable[str], common: Iterable[str]) -> dict[str, int]:
    """Relative frequency of words (any word not listed is rare: cost 1)."""
    costs = dict.fromkeys(common, _COMMON_COST)
    costs.update(dict.fromkeys(frequent, _FREQUENT_COST))
    return costs


def _cost(words: Iterable[str], costs: Costs) -> int:
    return sum(costs.get(w, 1) for w in words)


def rarest(words: Iterable[str], costs: Costs) -> str:
    """The word of a phrase least likely to occur in any sentence."""
    return min(words, key=lambda w: costs.get(w, 1))


def keys_of(
    pattern: Pattern, phrases: Mapping[str, Iterable[tuple[str, ...]]], costs: Costs
) -> Keys:
    """The two cheapest groups of words each of which every match of ``pattern`` contains
    one of (the second is ``None`` when the pattern has a single group)."""
    groups = [pattern.anchors, *pattern.required]
    if pattern.gates.requires is not None:
        listed = list(phrases[pattern.gates.requires])
        if listed and all(listed):
            groups.append(frozenset(rarest(p, costs) for p in listed))
    groups.sort(key=lambda g: _cost(g, costs))
    return groups[0], (groups[1] if len(groups) > 1 else None)


def _pieces(words: Iterable[str]) -> set[str]:
    found: set[str] = set()
    for word in words:
        found |= surface_pieces(word)
    return found


def build_prefilter(keys: Iterable[Keys]) -> Prefilter:
    """A prefilter from pattern keys (see ``keys_of``)."""
    alone: set[str] = set()
    partners: dict[str, set[str]] = {}
    for first, second in keys:
        if second is None:
            alone |= _pieces(first)
            continue
        second_pieces = _pieces(second)
        for piece in _pieces(first):
            partners.setdefault(piece, set()).update(second_pieces)
    every = alone | set(partners) | {p for ps in partners.values() for p in ps}
    if not all(p.isascii() and p.isalnum() for p in every):
        return Prefilter(None, frozenset(), {}, frozenset())
    return Prefilter(
        frozenset(p.encode() for p in every),
        frozenset(p.encode() for p in alone),
        {p.encode(): frozenset(q.encode() for q in qs) for p, qs in partners.items()},
        frozenset(p.encode() for p in partners),
    )
