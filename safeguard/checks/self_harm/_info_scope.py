"""How far an informational frame reaches: up to where the writer speaks of themselves.

A question for facts ("what's the suicide rate in japan?", "stats on self-harm among teens
for a school project") makes the topic words in it no one's risk, and so does a helper's
question after what they were told ("a student wrote about wanting to kill himself. what's
the protocol?"). It used to do so for the whole message, so a wish the writer told after
it was lowered too ("what's the suicide rate for nurses? thinking about ending it every
shift" read ``none``). The frame now covers its own clause and everything before it, and
what follows it only up to a clause where the writer speaks ("asking because i ...",
"lately i ...", "asking for myself") or to a later sentence that states the writer's own
wish with the subject left out ("stats on overdose. been thinking about ending it"). A
clause after it that names no one stays in it ("how many people die of overdose each
year, for my essay").
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence

from safeguard.checks.self_harm._context import MessageContext
from safeguard.checks.self_harm._matcher import Hit

_SENTENCE_END = re.compile(r"[.!?\n;]")  # one character class: no backtracking


class InfoScope:
    """One message's informational frames, and what tells how far they reach, worked out
    once per message (every hit asks: linear time on hostile text, as the message frame
    was)."""

    def __init__(self, ctx: MessageContext, frames: Sequence[Hit]) -> None:
        self._ctx = ctx
        self.frames = frames
        self._lasts = sorted(f.last for f in frames)
        self._writers: list[int] | None = None  # first-person words before each token
        self._ends: list[int] | None = None  # offsets of sentence ends

    def covers(self, hit: Hit, dropped: bool) -> bool:
        """Some frame reaches ``hit`` (``dropped``: the hit is the writer's with the
        subject left out, "thinking about ending it")."""
        if self._lasts[-1] >= hit.first:
            return True  # a frame in or after the hit
        # the nearest frame before the hit: any earlier one reaches no further
        last, ctx = self._lasts[bisect.bisect_left(self._lasts, hit.first) - 1], self._ctx
        clauses = ctx.clauses
        if clauses[last] == clauses[hit.first]:
            return True
        if dropped and not ctx.asked(hit) and self._sentence(last) != self._sentence(hit.first):
            return False  # a statement of the writer's own in a later sentence
        low = ctx.clause_span(clauses[last])[1]
        high = ctx.clause_span(clauses[hit.first])[1]
        writers = self._first_person()
        return writers[high] == writers[low]

    def _first_person(self) -> list[int]:
        if self._writers is None:
            ctx = self._ctx
            said = (_writer(ctx, i) for i in range(len(ctx.keys)))
            self._writers = [0, *itertools.accumulate(said)]
        return self._writers

    def _sentence(self, i: int) -> int:
        """The number of the sentence token ``i`` is in (ends: ``. ! ? ;`` and new lines)."""
        if self._ends is None:
            self._ends = [m.start() for m in _SENTENCE_END.finditer(self._ctx.text)]
        return bisect.bisect_left(self._ends, self._ctx.span(Hit(0, i, i))[0])


def _writer(ctx: MessageContext, i: int) -> bool:
    """Token ``i`` is the writer speaking of themselves: a first-person word, not the
    owner of another person ("my kid's friends keep typing ...", "mi hermano")."""
    people = ctx.people
    if not people.is_(i, "self_subj"):
        return False
    return i + 1 >= len(ctx.keys) or not people.is_(i + 1, "other_subj", possessive=True)
