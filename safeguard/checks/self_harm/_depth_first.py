"""The depth-first walk of a token trie: what ``Matcher.find`` runs.

``Matcher.scan`` reads each walk through the trie's token automaton (see
:mod:`._automaton`); this is the plain walk it mirrors, kept for callers that want
every occurrence (duplicates included) and as the reference the automaton is tested
against. From every start word that passes the prefilter, (node, position) states are
pushed and popped; the work per start is bounded by the trie's depth and the fixed gap
width, so nothing can backtrack explosively on hostile input.
"""

from __future__ import annotations

from collections.abc import Sequence

from safeguard.checks.self_harm._phrases import GAP_WIDTH
from safeguard.checks.self_harm._trie import Hit, _Node, _Trie


def find_hits(trie: _Trie, keys: list[str], clauses: list[int], barriers: frozenset[str]) -> list[Hit]:
    """Every phrase occurrence of ``trie`` in the tokens ``keys`` / ``clauses`` (overlaps
    included; duplicates possible). A gap never skips a word of ``barriers``."""
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
            _steps(padded, padded_clauses, first, [(number, first + 1)], hits, barriers)
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
        _steps(padded, padded_clauses, first, stack, hits, barriers)
    return hits


def walk(
    keys: Sequence[str],
    clauses: Sequence[int],
    first: int,
    stack: list[tuple[_Node, int]],
    hits: list[Hit],
    barriers: frozenset[str],
) -> None:
    """Depth-first over (node, position) states from ``stack`` (a walk from token
    ``first``), over ``keys`` / ``clauses`` as given (unpadded)."""
    pad = GAP_WIDTH + 1
    _steps([*keys, *[""] * pad], [*clauses, *[-1] * pad], first, stack, hits, barriers)


def _steps(
    keys: list[str],
    clauses: list[int],
    first: int,
    stack: list[tuple[_Node, int]],
    hits: list[Hit],
    barriers: frozenset[str],
) -> None:
    """Depth-first over (node, position) states, over keys padded with sentinels.

    One flat loop because it is the hot path (the gap step is inlined for the same
    reason). The padding (``GAP_WIDTH + 1`` empty words in clause -1) spares it bound
    checks: an empty word has no edge and no clause. Without a visited set a state
    can be reached twice through different gap widths; that is bounded by the phrase
    length, and the caller merges duplicate hits. A gap skips 0..GAP_WIDTH words of
    the clause, never a barrier.
    """
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
