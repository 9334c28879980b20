"""Which hits lie inside or across other hits, in one pass over a message.

Asking, for every hit of one kind, whether some hit of another kind contains or overlaps
it compares every pair: on a long message that repeats both ("i survived an attempt ...
now i have a plan" thousands of times) the cost grows with the square of its length.
``reach`` answers each such question by one index instead.
"""

from __future__ import annotations

from collections.abc import Sequence

from safeguard.checks.self_harm._matcher import Hit


def reach(hits: Sequence[Hit], n: int) -> list[int]:
    """For each token ``i < n``, the furthest last token of the ``hits`` that start at or
    before ``i`` (-1: none start there or earlier).

    ``reach[h.first] >= h.last``: some hit contains ``h``; ``reach[h.last] >= h.first``:
    some hit overlaps ``h``.
    """
    furthest = [-1] * n
    for hit in hits:
        if hit.first < n:
            furthest[hit.first] = max(furthest[hit.first], hit.last)
    for i in range(1, n):
        furthest[i] = max(furthest[i], furthest[i - 1])
    return furthest
