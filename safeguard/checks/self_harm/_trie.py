"""The token trie every phrase variant is inserted into, and its per-first-word index.

Word-set steps give each of their words an edge to one shared child, so a walk
reads one dict per token. ``_Start`` is what a first word leads to plus the words
its next step can match: a walk whose next 1 + ``GAP_WIDTH`` words hold none of
them cannot match and is never started.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from safeguard.checks.self_harm._automaton import Automaton
from safeguard.checks.self_harm._phrases import GAP_WIDTH, Step


@dataclass(slots=True)
class _Node:
    """A trie node. ``edges`` is what matching reads: one dict lookup per token, because
    every word of a word set gets its own edge to the set's shared child node."""

    edges: dict[str, list[_Node]] = field(default_factory=dict)
    literal: dict[str, _Node] = field(default_factory=dict)
    sets: dict[frozenset[str], _Node] = field(default_factory=dict)
    number: _Node | None = None
    gap: _Node | None = None
    ends: list[int] = field(default_factory=list)


class Hit(NamedTuple):
    """Phrase ``payload`` matched tokens ``[first, last]`` (inclusive).

    A named tuple: the matcher makes one per phrase occurrence on the hot path.
    """

    payload: int
    first: int
    last: int


@dataclass(frozen=True, slots=True)
class _Path:
    """One child of a first word, with the words its next step can match."""

    node: _Node
    always: bool  # ends here or steps on a number: always walk
    follow: frozenset[str]  # words it can step on within the next 1 + GAP_WIDTH tokens


@dataclass(frozen=True, slots=True)
class _Start:
    """What a first word leads to: its children and a cheap reason to skip them."""

    paths: tuple[_Path, ...]
    always: bool
    follow: frozenset[str]  # union of the paths' follow sets
    only: _Node | None  # the one child, when there is just one (no per-path test needed)


def _path(child: _Node) -> _Path:
    follow = set(child.edges)
    always = bool(child.ends) or child.number is not None
    if child.gap is not None:
        follow.update(child.gap.edges)
        always = always or child.gap.number is not None
    return _Path(child, always, frozenset(follow))


def _start(children: Sequence[_Node]) -> _Start:
    paths = tuple(_path(child) for child in children)
    follow = frozenset().union(*(p.follow for p in paths))
    only = paths[0].node if len(paths) == 1 else None
    return _Start(paths, any(p.always for p in paths), follow, only)


class _Trie:
    """One token trie plus its per-first-word index (built lazily, dropped on insert)."""

    def __init__(self) -> None:
        self.root = _Node()
        self._starts: dict[str, _Start] | None = None
        self._automaton: Automaton | None = None
        self._reach: int | None = None

    def add(self, steps: Sequence[Step], payload: int) -> None:
        self._starts = None
        self._automaton = None
        self._reach = None
        node = self.root
        for step in steps:
            node = _child(node, step)
        if payload not in node.ends:
            node.ends.append(payload)

    def starts(self) -> dict[str, _Start]:
        """Per first word: its trie children and the words their next step can match."""
        if self._starts is None:
            self._starts = {word: _start(children) for word, children in self.root.edges.items()}
        return self._starts

    def reach(self) -> int:
        """The most tokens one hit can span (a gap counts ``GAP_WIDTH``)."""
        if self._reach is None:
            self._reach = _reach(self.root)
        return self._reach

    def automaton(self, barriers: frozenset[str]) -> Automaton:
        """The trie's walks as a token automaton (see _automaton), compiled on first use."""
        if self._automaton is None:
            self._automaton = Automaton(self.root, barriers)
        return self._automaton


def _reach(root: _Node) -> int:
    """Tokens on the longest path from ``root`` to a phrase end (children first, no recursion)."""
    order: list[_Node] = [root]
    for node in order:  # breadth first: every node after its parent (the trie is a tree)
        order += _children(node)
    reach: dict[int, int] = {}
    for node in reversed(order):
        steps = [(GAP_WIDTH if child is node.gap else 1) + reach[id(child)] for child in _children(node)]
        reach[id(node)] = max(steps, default=0)
    return reach[id(root)]


def _children(node: _Node) -> list[_Node]:
    """Each child once (a word set's child is reachable from each of its words)."""
    children = [*node.literal.values(), *node.sets.values()]
    return children + [child for child in (node.number, node.gap) if child is not None]


def _child(node: _Node, step: Step) -> _Node:
    if step.kind == "lit":
        return _word_child(node, node.literal, next(iter(step.words)), step.words)
    if step.kind == "set":
        return _word_child(node, node.sets, step.words, step.words)
    if step.kind == "num":
        node.number = node.number or _Node()
        return node.number
    node.gap = node.gap or _Node()
    return node.gap


def _word_child(node: _Node, table: dict[Any, _Node], key: object, words: frozenset[str]) -> _Node:
    """The child for a literal or a word set, created once and reachable from each word."""
    child = table.get(key)
    if child is None:
        child = table[key] = _Node()
        for word in words:
            node.edges.setdefault(word, []).append(child)
    return child
