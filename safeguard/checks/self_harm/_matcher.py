"""Phrase matching: every phrase of the data files in two token tries (see _trie).

Phrase syntax is in :mod:`._phrases`. ``Matcher.find`` walks the trie depth first
(:mod:`._depth_first`) from every start token that passes the prefilter;
``Matcher.scan`` starts the same walks but runs each through the trie's token
automaton (:mod:`._automaton`), one cached transition per token, and gives each
distinct hit once. The work per start
token is bounded by the trie's depth and the small, fixed gap width, so a message
costs time linear in its length: nothing can backtrack explosively on hostile input.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
from collections.abc import Sequence
from typing import TypeVar

from safeguard._tokens import Token, Tokens
from safeguard.checks.self_harm._automaton import Automaton
from safeguard.checks.self_harm._depth_first import find_hits, walk
from safeguard.checks.self_harm._phrases import GAP_WIDTH, PhraseError, Step, compile_phrase
from safeguard.checks.self_harm._trie import Hit, _Node, _Start, _Trie

__all__ = ["GAP_WIDTH", "Hit", "Matcher", "PhraseError", "Step", "compile_phrase"]

_FEW_DROPS = 8
_T = TypeVar("_T")


def _without(keys: list[_T], clauses: list[int], drops: list[int]) -> tuple[list[_T], list[int]]:
    """The columns without the tokens at ``drops`` (ascending). Usually one or two are
    deleted from a copy; many (hostile text) are filtered out in one linear pass, since
    each deletion moves the rest of the list."""
    if len(drops) <= _FEW_DROPS:
        kept_keys, kept_clauses = list(keys), list(clauses)
        for drop in reversed(drops):
            del kept_keys[drop], kept_clauses[drop]
        return kept_keys, kept_clauses
    mask = [True] * len(keys)
    for drop in drops:
        mask[drop] = False
    return list(itertools.compress(keys, mask)), list(itertools.compress(clauses, mask))


def _kept(count: int, drops: list[int]) -> list[int]:
    """The indexes ``0 .. count - 1`` without ``drops`` (ascending)."""
    if len(drops) <= _FEW_DROPS:
        kept = list(range(count))
        for drop in reversed(drops):
            del kept[drop]
        return kept
    dropped = set(drops)
    return [i for i in range(count) if i not in dropped]


def _columns(tokens: Sequence[Token]) -> tuple[list[str], list[int]]:
    """Keys and clause numbers of ``tokens`` (the column store has them already)."""
    if isinstance(tokens, Tokens):
        return tokens.keys, tokens.clauses
    return [token.key for token in tokens], [token.clause for token in tokens]


def _shifted(found: list[Hit], drops: list[int]) -> list[Hit]:
    """Hits found in the text without its fillers, at their indexes in the full text."""
    if not found:
        return []
    # Filtered index f is original index f + (fillers deleted at or before it).
    shifts = [drop - k for k, drop in enumerate(drops)]
    at = functools.partial(bisect.bisect_right, shifts)
    return [_HIT((h.payload, h.first + at(h.first), h.last + at(h.last))) for h in found]


_BY_POSITION = operator.itemgetter(1, 2, 0)  # Hit is (payload, first, last)
# Builds a Hit in C: a NamedTuple's own constructor is a Python function.
_HIT = functools.partial(tuple.__new__, Hit)


def _passes(start: _Start | None, padded: list[str], first: int) -> bool:
    """The start word at ``first`` passes the walk prefilter (see ``_scan_starts``)."""
    if start is None:
        return False
    window = padded[first + 1 : first + 1 + GAP_WIDTH + 1]
    return start.always or not start.follow.isdisjoint(window)


def _walk_from(
    automaton: Automaton, symbols: list[int], first: int, hits: list[Hit], index: Sequence[int]
) -> None:
    """One walk from ``first``: a cached transition per token until no thread lives
    (hits at ``index``: the token indexes of the text as given)."""
    state = automaton.start(symbols[first])
    at = first
    while True:
        while state.quiet:  # nothing to report: read on
            at += 1
            state = state.next.get(symbols[at]) or automaton.advance(state, symbols[at])
        if state.found:
            hits += [_HIT((payload, index[first], index[at])) for payload in state.found]
        if not state.live:
            return
        at += 1
        state = state.next.get(symbols[at]) or automaton.advance(state, symbols[at])


class Matcher:
    """All phrases of a cue set in token tries.

    Intensifiers ("really", "fucking", "literally") may be skipped in the text: "i
    really fucking want to die" also reads as "i want to die". Phrases without a filler
    word live in the main trie and match the text with its fillers left out; the few
    phrases that contain one ("not literally", "just kidding") live in a second trie that
    matches the text as written, and only runs when the text has a filler.
    """

    def __init__(self, barriers: frozenset[str] = frozenset(), fillers: frozenset[str] = frozenset()) -> None:
        self._main = _Trie()
        self._literal = _Trie()
        self._barriers = barriers
        self._fillers = fillers

    def add(self, steps: Sequence[Step], payload: int) -> None:
        """Insert one compiled phrase variant that reports ``payload`` when matched."""
        fillers = self._fillers
        if any(step.words & fillers for step in steps):
            self._literal.add(steps, payload)
        # A phrase that needs a filler word ("not literally") can only match the text as
        # written; one whose filler is an alternative ("yes|kinda") also goes in the main
        # trie, so text without fillers never needs the second trie.
        if not any(step.words and step.words <= fillers for step in steps):
            self._main.add(steps, payload)

    def prepare(self) -> None:
        """Build what matching reads (each trie's start-word index and automaton, the
        filler trie's reach) now, once every phrase is added: at load time rather than
        in the first message read (about 0.25 s for the shipped phrases). Adding a phrase
        afterwards drops them again; they are then rebuilt on first use."""
        for trie in (self._main, self._literal):
            trie.starts()
            trie.automaton(self._barriers)
        self._literal.reach()

    def clear_cache(self) -> None:
        """Drop the automata's cached states and transitions (``scan`` stays correct; it
        only has to work them out again): for benchmarks of text never seen before."""
        for trie in (self._main, self._literal):
            trie.automaton(self._barriers).forget()

    def find(self, tokens: Sequence[Token]) -> list[Hit]:
        """Every phrase occurrence in ``tokens`` (overlaps included; duplicates possible)."""
        keys, clauses = _columns(tokens)
        drops = list(itertools.compress(itertools.count(), map(self._fillers.__contains__, keys)))
        if not drops:
            return find_hits(self._main, keys, clauses, self._barriers)
        hits = find_hits(self._literal, keys, clauses, self._barriers)
        found = find_hits(self._main, *_without(keys, clauses, drops), self._barriers)
        return hits + _shifted(found, drops)

    def scan(self, tokens: Sequence[Token]) -> list[Hit]:
        """The distinct hits of ``find``, sorted by first token, last token and payload.

        The same start words and prefilter, but each walk runs through the trie's token
        automaton (see _automaton): one cached transition per token read.
        """
        keys, clauses = _columns(tokens)
        if self._fillers.isdisjoint(keys):
            return self._scan(self._main, keys, clauses)  # distinct and in order already
        drops = list(itertools.compress(itertools.count(), map(self._fillers.__contains__, keys)))
        hits = self._near_fillers(keys, clauses, drops)
        # The main trie reads the text without its fillers; its hits are placed at their
        # indexes in the full text as they are built (``kept`` grows with the index, so
        # they stay distinct and in order).
        found = self._scan(self._main, *_without(keys, clauses, drops), _kept(len(keys), drops))
        return sorted(set(hits + found), key=_BY_POSITION) if hits else found

    def _near_fillers(self, keys: list[str], clauses: list[int], drops: list[int]) -> list[Hit]:
        """The filler trie's hits that hold a filler word: it reads only the tokens around
        the fillers. Its other hits (a phrase with "yes|kinda" matching "yes") hold no
        filler, so the main trie finds them too, in the text without fillers."""
        reach = self._literal.reach()
        low, high = max(0, drops[0] - reach + 1), drops[-1] + reach
        found = self._scan(self._literal, keys[low:high], clauses[low:high])
        return [_HIT((h.payload, h.first + low, h.last + low)) for h in found] if low else found

    def _scan(
        self, trie: _Trie, keys: list[str], clauses: list[int], index: Sequence[int] | None = None
    ) -> list[Hit]:
        """Hits in order of first token, then last token and payload (at ``index[i]`` for
        token ``i`` when given)."""
        starts = trie.starts()
        number = trie.root.number
        if number is None and starts.keys().isdisjoint(keys):
            return []
        automaton = trie.automaton(self._barriers)
        symbols = automaton.encode(keys, clauses)
        index = range(len(keys)) if index is None else index
        padded = [*keys, *[""] * (GAP_WIDTH + 1)]
        hits: list[Hit] = []
        if number is not None and not "".join(keys).isalpha():
            # A number starts a walk whatever follows it ("#num pills"); walked here unless
            # the loop below walks it as a start word anyway.
            for first in [i for i, key in enumerate(keys) if key.isdigit()]:
                if not _passes(starts.get(keys[first]), padded, first):
                    _walk_from(automaton, symbols, first, hits, index)
            if hits:
                hits = self._scan_starts(automaton, symbols, keys, starts, padded, hits, index)
                return sorted(hits, key=_BY_POSITION)
        return self._scan_starts(automaton, symbols, keys, starts, padded, hits, index)

    @staticmethod
    def _scan_starts(
        automaton: Automaton,
        symbols: list[int],
        keys: list[str],
        starts: dict[str, _Start],
        padded: list[str],
        hits: list[Hit],
        index: Sequence[int],
    ) -> list[Hit]:
        """Walk from every start word that passes the prefilter of ``find`` (see _depth_first): some child's
        next step within the next 1 + GAP_WIDTH words (tested one by one, as there)."""
        first_states, start_state, advance, hit = automaton.starts, automaton.start, automaton.advance, _HIT
        for first, start in enumerate(map(starts.get, keys)):
            if start is None:
                continue
            if not start.always:
                follow = start.follow
                if (
                    padded[first + 1] not in follow
                    and padded[first + 2] not in follow
                    and padded[first + 3] not in follow
                ):
                    continue
            # The walk (_walk_from, inlined: this loop is the hot path). Most steps complete
            # nothing and only read the next token (the inner loop: fewest operations).
            symbol = symbols[first]
            state = first_states.get(symbol) or start_state(symbol)
            at = first
            while True:
                while state.quiet:
                    at += 1
                    state = state.next.get(symbols[at]) or advance(state, symbols[at])
                if state.found:
                    hits += [hit((payload, index[first], index[at])) for payload in state.found]
                if not state.live:
                    break
                at += 1
                state = state.next.get(symbols[at]) or advance(state, symbols[at])
        return hits

    def _walk(
        self,
        keys: Sequence[str],
        clauses: Sequence[int],
        first: int,
        stack: list[tuple[_Node, int]],
        hits: list[Hit],
    ) -> None:
        """Depth-first over (node, position) states from the first token's children (the
        reference the tests hold ``find`` and ``scan`` to)."""
        walk(keys, clauses, first, stack, hits, self._barriers)
