"""A token trie: every phrase of the data files compiled into one structure.

Phrase syntax (one phrase is a space-separated list of steps):

- ``word``: a literal word, normalised like user text;
- ``a|b|c``: any of these single words;
- ``@name``: any word of the word class ``name``;
- ``#num``: a number token;
- ``*``: skip zero to two words of the same clause (never a negation or "but");
- a ``?`` suffix makes a step optional (``really?``).

Matching walks the trie from every token. The work per start token is bounded
by the trie's depth and the small, fixed gap width, so a message costs time
linear in its length: nothing can backtrack explosively on hostile input.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from safeguard._normalize import phrase_keys
from safeguard._tokens import Token, Tokens

GAP_WIDTH = 2  # the walk's window tests are written out for this width (see _find, _steps)
_MAX_OPTIONAL = 5
_FEW_DROPS = 8


@dataclass(frozen=True, slots=True)
class Step:
    """One compiled position of a phrase: a literal, a word set, a number or a gap."""

    kind: str
    words: frozenset[str] = frozenset()


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


class PhraseError(ValueError):
    """A phrase in a data file cannot be compiled (unknown class, bad syntax)."""


def _word_step(word: str, classes: Mapping[str, frozenset[str]]) -> list[Step]:
    """Compile one non-optional step of the phrase syntax."""
    if word == "*":
        return [Step("gap")]
    if word == "#num":
        return [Step("num")]
    if "|" in word or word.startswith("@"):
        keys: set[str] = set()
        for alt in word.split("|"):
            keys |= _alternative(alt, classes)
        return [Step("set", frozenset(keys))]
    return [Step("lit", frozenset({key})) for key in phrase_keys(word)]


def _alternative(alt: str, classes: Mapping[str, frozenset[str]]) -> set[str]:
    """One alternative of ``a|@class|b``: a word class or a single word."""
    if alt.startswith("@"):
        if alt[1:] not in classes:
            raise PhraseError(f"unknown word class {alt!r}")
        return set(classes[alt[1:]])
    keys = phrase_keys(alt)
    if len(keys) != 1:
        raise PhraseError(f"alternative {alt!r} must be exactly one word (write a separate phrase)")
    return set(keys)


def compile_phrase(phrase: str, classes: Mapping[str, frozenset[str]]) -> list[list[Step]]:
    """Every variant of ``phrase`` (optional steps expanded) as a list of steps."""
    words = phrase.split()
    optional = [w.endswith("?") and len(w) > 1 for w in words]
    if sum(optional) > _MAX_OPTIONAL:
        raise PhraseError(f"too many optional steps in {phrase!r}")
    parts = [_word_step(w[:-1] if opt else w, classes) for w, opt in zip(words, optional, strict=True)]
    variants: list[list[Step]] = []
    choices = [(True, False) if opt else (True,) for opt in optional]
    for keep in itertools.product(*choices):
        steps = _merge_gaps([s for part, k in zip(parts, keep, strict=True) if k for s in part])
        if steps and steps[0].kind != "gap" and steps[-1].kind != "gap":
            variants.append(steps)
    if not variants:
        raise PhraseError(f"phrase {phrase!r} has no words")
    return variants


def _merge_gaps(steps: list[Step]) -> list[Step]:
    """``* *`` (from an optional step between two gaps) is one gap."""
    out: list[Step] = []
    for step in steps:
        if not (step.kind == "gap" and out and out[-1].kind == "gap"):
            out.append(step)
    return out


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

    def add(self, steps: Sequence[Step], payload: int) -> None:
        self._starts = None
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


def _without(keys: list[str], clauses: list[int], drops: list[int]) -> tuple[list[str], list[int]]:
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

    def find(self, tokens: Sequence[Token]) -> list[Hit]:
        """Every phrase occurrence in ``tokens`` (overlaps included; duplicates possible)."""
        if isinstance(tokens, Tokens):
            keys, clauses = tokens.keys, tokens.clauses
        else:
            keys = [token.key for token in tokens]
            clauses = [token.clause for token in tokens]
        drops = list(itertools.compress(itertools.count(), map(self._fillers.__contains__, keys)))
        if not drops:
            return self._find(self._main, keys, clauses)
        hits = self._find(self._literal, keys, clauses)
        found = self._find(self._main, *_without(keys, clauses, drops))
        if found:
            # Filtered index f is original index f + (fillers deleted at or before it).
            shifts = [drop - k for k, drop in enumerate(drops)]
            at = functools.partial(bisect.bisect_right, shifts)
            hits += [Hit(h.payload, h.first + at(h.first), h.last + at(h.last)) for h in found]
        return hits

    def _find(self, trie: _Trie, keys: list[str], clauses: list[int]) -> list[Hit]:
        hits: list[Hit] = []
        starts = trie.starts()
        if trie.root.number is None and starts.keys().isdisjoint(keys):
            return hits  # the small filler trie usually has no start word in the text
        # Sentinels past the end (an empty word in no clause) spare the walk its bound checks.
        pad = GAP_WIDTH + 1
        padded, padded_clauses = [*keys, *[""] * pad], [*clauses, *[-1] * pad]
        number = trie.root.number
        if number is not None and not "".join(keys).isalpha():
            for first in [i for i, key in enumerate(keys) if key.isdigit()]:
                self._steps(padded, padded_clauses, first, [(number, first + 1)], hits)
        for first, start in enumerate(map(starts.get, keys)):
            if start is None:
                continue
            # The literal prefilter: most start words ("i", "my", "to") are followed by
            # nothing any phrase could step on and skip the walk; otherwise only the
            # children whose next step can match are walked. The window is the next
            # 1 + GAP_WIDTH (= 3) words, tested one by one: cheaper than a slice and a set
            # operation for three words.
            after, second, third = padded[first + 1], padded[first + 2], padded[first + 3]
            follow = start.follow
            if not start.always and after not in follow and second not in follow and third not in follow:
                continue
            if start.only is not None:
                stack = [(start.only, first + 1)]
            else:
                stack = [
                    (p.node, first + 1)
                    for p in start.paths
                    if p.always or after in p.follow or second in p.follow or third in p.follow
                ]
            self._steps(padded, padded_clauses, first, stack, hits)
        return hits

    def _steps(
        self,
        keys: list[str],
        clauses: list[int],
        first: int,
        stack: list[tuple[_Node, int]],
        hits: list[Hit],
    ) -> None:
        """Depth-first over (node, position) states, over keys padded with sentinels.

        One flat loop because it is the hot path (the gap step is inlined for the same
        reason). The padding (``GAP_WIDTH + 1`` empty words in clause -1) spares it bound
        checks: an empty word has no edge and no clause. Without a visited set a state
        can be reached twice through different gap widths; that is bounded by the phrase
        length, and the caller merges duplicate hits. A gap skips 0..GAP_WIDTH words of
        the clause, never a barrier.
        """
        barriers = self._barriers
        push = stack.append
        pop = stack.pop
        while stack:
            node, pos = pop()
            if node.ends:
                for payload in node.ends:
                    hits.append(Hit(payload, first, pos - 1))
            key = keys[pos]
            children = node.edges.get(key)
            if children is not None:
                for child in children:
                    push((child, pos + 1))
            if node.number is not None and key.isdigit():
                push((node.number, pos + 1))
            gap = node.gap
            if gap is None:
                continue
            edges = gap.edges
            # Most gaps lead nowhere: the window's 1 + GAP_WIDTH (= 3) words tested first.
            if (
                gap.number is None
                and key not in edges
                and keys[pos + 1] not in edges
                and keys[pos + 2] not in edges
            ):
                continue
            clause = clauses[pos - 1]
            for j in range(pos, pos + GAP_WIDTH + 1):
                if clauses[j] != clause:
                    break
                skipped = keys[j]
                following = edges.get(skipped)
                if following is not None:
                    for child in following:
                        push((child, j + 1))
                if gap.number is not None and skipped.isdigit():
                    push((gap.number, j + 1))
                if skipped in barriers:
                    break

    def _walk(
        self,
        keys: Sequence[str],
        clauses: Sequence[int],
        first: int,
        stack: list[tuple[_Node, int]],
        hits: list[Hit],
    ) -> None:
        """Depth-first over (node, position) states from the first token's children."""
        pad = GAP_WIDTH + 1
        self._steps([*keys, *[""] * pad], [*clauses, *[-1] * pad], first, stack, hits)
