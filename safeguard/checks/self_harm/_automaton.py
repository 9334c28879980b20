"""The walk from one start token, as a lazily built automaton (one dict lookup per token).

``_depth_first._steps`` walks the trie depth first from a start token, pushing and
popping (node, position) states; in Python each pop costs a fraction of a
microsecond and a message with risk cues pops about one per token. Here the same
walk reads the tokens after the start left to right. A *thread* is one partial
match, ``(node, skipped)``: ``skipped`` is how many words the node's gap (``*``)
has skipped so far (0: at the node itself). All threads of a walk have read the
same tokens, so the set of live threads is the walk's whole *state*, and the
state after the next token depends only on that set and the token's *symbol*:

- its word as an id: every word a phrase steps on, and every barrier, has its
  own; any other word one of two (a number or not), since it can only be skipped;
- plus one bit: the token opens a new clause (a gap never crosses a clause).

Each (state, symbol) transition is worked out once and cached, so a step of a walk
is a dict lookup. States hold the threads of one walk only (never of several
walks at once), so they are few and recur from message to message: the cache
stays small and is warm for text never seen before. It is cleared when it passes
a bound, and a transition worked out afresh costs time bounded by the trie's
size, so hostile text cannot make matching more than linear.

A state also lists the payloads of its threads at the end of a phrase: a hit from
the walk's first token to the token just read. A walk reports each distinct hit
once (the depth-first walk may report one twice, through two gap widths).
"""

from __future__ import annotations

import itertools
import operator
from typing import TYPE_CHECKING, NamedTuple

from safeguard.checks.self_harm._phrases import GAP_WIDTH

if TYPE_CHECKING:
    from safeguard.checks.self_harm._trie import _Node

OTHER = 0  # a word no phrase steps on (ids are even: bit 0 is the clause break)
NUMBER = 2  # a number no phrase names
END = OTHER | 1  # past the last token: an unknown word in a new clause ends every thread
_MAX_STATES = 20_000
_MAX_TRANSITIONS = 100_000  # about 15 MB at most (about 150 bytes a transition)
_MAX_UNKNOWN = 65_536

Thread = tuple[int, int]  # (node, skipped)


class _Flat(NamedTuple):
    """The trie as lists indexed by node number (node 0 is the root)."""

    edges: list[dict[str, tuple[int, ...]]]
    number: list[int]  # -1: no number step
    gap: list[int]  # -1: no gap
    ends: list[tuple[int, ...]]


def _flatten(root: _Node) -> _Flat:
    """Number the trie's nodes breadth first and copy their steps into lists."""
    order: list[_Node] = [root]
    ids: dict[int, int] = {id(root): 0}
    for node in order:  # grows while iterated: a breadth-first walk
        for child in [c for cs in node.edges.values() for c in cs] + [node.number, node.gap]:
            if child is not None and id(child) not in ids:
                ids[id(child)] = len(order)
                order.append(child)

    def num(node: _Node | None) -> int:
        return -1 if node is None else ids[id(node)]

    return _Flat(
        edges=[{w: tuple(ids[id(c)] for c in cs) for w, cs in n.edges.items()} for n in order],
        number=[num(n.number) for n in order],
        gap=[num(n.gap) for n in order],
        ends=[tuple(n.ends) for n in order],
    )


class State:
    """A walk's live threads, the hits they complete, and the transitions found so far."""

    __slots__ = ("found", "live", "next", "nodes", "quiet", "threads")

    def __init__(self, threads: frozenset[Thread], found: tuple[int, ...], nodes: tuple[int, ...]) -> None:
        self.threads = threads
        self.found = found
        self.live = bool(threads)
        # Live and completing nothing: most steps of a walk, which then only read the next token.
        self.quiet = self.live and not found
        self.next: dict[int, State] = {}
        self.nodes = nodes  # the nodes whose words the next token may step on


class _Symbols(dict[str, int]):
    """Word -> symbol id. Phrase words are entered up front; another word is classed once
    (number or not) and remembered, up to a bound: hostile text cannot grow it for ever."""

    def __init__(self, vocabulary: dict[str, int]) -> None:
        super().__init__(vocabulary)
        self._vocabulary = vocabulary

    def __missing__(self, word: str) -> int:
        if len(self) >= len(self._vocabulary) + _MAX_UNKNOWN:
            self.clear()
            self.update(self._vocabulary)
        out = self[word] = NUMBER if word.isdigit() else OTHER
        return out


class Automaton:
    """One trie's walks: a start state per first word, cached transitions after it."""

    def __init__(self, root: _Node, barriers: frozenset[str]) -> None:
        self._flat = _flatten(root)
        words = sorted({w for edges in self._flat.edges for w in edges} | barriers)
        self._words: list[str | None] = [None, None, *words]  # symbol id // 2 -> word
        self.symbols = _Symbols({w: 2 * i for i, w in enumerate(self._words) if w is not None})
        self._barriers = barriers
        self.starts: dict[int, State] = {}  # first token's symbol -> state (see start)
        self._states: dict[frozenset[Thread], State] = {}
        self._transitions = 0

    def encode(self, keys: list[str], clauses: list[int]) -> list[int]:
        """Each token's symbol (its word's id, plus 1 when it opens a clause), then ``END``
        once per token a gap could still skip, so walks need no bound checks."""
        symbols = list(map(self.symbols.__getitem__, keys))
        if clauses and clauses[-1] != clauses[0]:  # clause numbers only grow
            for index in itertools.compress(itertools.count(1), map(operator.ne, clauses[1:], clauses)):
                symbols[index] |= 1
        symbols.append(END)
        return symbols

    def start(self, symbol: int) -> State:
        """The state after a walk's first token: the threads that token starts."""
        state = self.starts.get(symbol)
        if state is None:  # the clause bit makes no difference to a walk's first token
            threads: set[Thread] = set()
            self._land(0, symbol, threads)
            state = self.starts[symbol] = self._state(frozenset(threads))
        return state

    def advance(self, state: State, symbol: int) -> State:
        """The transition from ``state`` on ``symbol``, worked out once and cached.

        A word none of the state's nodes steps on, and no barrier, does what any other
        such word does (it can only be skipped): its transition is the unknown word's,
        worked out once per state, not once per word (most first-time transitions are
        such words, so this path is kept short).
        """
        if len(self._states) >= _MAX_STATES or self._transitions >= _MAX_TRANSITIONS:
            self.forget()
        self._transitions += 1
        word = self._words[symbol >> 1]
        if word is not None and word not in self._barriers:
            edges = self._flat.edges
            for node in state.nodes:
                if word in edges[node]:
                    break
            else:
                anonymous = (NUMBER if word.isdigit() else OTHER) | (symbol & 1)
                target = state.next.get(anonymous)
                if target is None:
                    target = state.next[anonymous] = self._state(
                        frozenset(self._step(state.threads, anonymous))
                    )
                state.next[symbol] = target
                return target
        target = state.next[symbol] = self._state(frozenset(self._step(state.threads, symbol)))
        return target

    def _state(self, threads: frozenset[Thread]) -> State:
        state = self._states.get(threads)
        if state is None:
            ends = self._flat.ends
            found = {payload for node, skipped in threads if not skipped for payload in ends[node]}
            gaps = self._flat.gap
            nodes = {node for node, _ in threads} | {gaps[node] for node, skipped in threads if not skipped}
            nodes.discard(-1)
            state = self._states[threads] = State(threads, tuple(sorted(found)), tuple(nodes))
        return state

    def forget(self) -> None:
        """Drop every cached state and transition (the bound was reached). States already
        handed out keep working: they only lose the shortcut of shared transitions."""
        self.starts = {}
        self._states = {}
        self._transitions = 0

    def _step(self, threads: frozenset[Thread], symbol: int) -> set[Thread]:
        """Every thread one token on (mirrors ``_depth_first._steps``).

        A node steps on a word or a number; its gap skips up to ``GAP_WIDTH`` words of
        the same clause, never a barrier, trying the gap's own steps at each word (the
        word it would skip included).
        """
        word = self._words[symbol >> 1]
        same_clause = not symbol & 1
        barrier = word in self._barriers
        gaps = self._flat.gap
        out: set[Thread] = set()
        for node, skipped in threads:
            gap = node if skipped else gaps[node]
            if not skipped:
                self._land(node, symbol, out)
            if gap < 0 or not same_clause:
                continue
            self._land(gap, symbol, out)
            if not barrier and skipped < GAP_WIDTH:
                out.add((gap, skipped + 1))
        return out

    def _land(self, node: int, symbol: int, out: set[Thread]) -> None:
        """The threads ``node`` reaches by stepping on a token with ``symbol``."""
        word = self._words[symbol >> 1]
        if word is not None:
            children = self._flat.edges[node].get(word)
            if children is not None:
                out.update([(child, 0) for child in children])
        number = self._flat.number[node]
        if number >= 0 and (symbol >> 1 == NUMBER >> 1 or (word is not None and word.isdigit())):
            out.add((number, 0))
