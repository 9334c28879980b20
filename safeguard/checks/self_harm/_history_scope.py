"""A history marker's reach: "months ago" dates the risk in its clause unless cut off.

"i got better months ago but tonight i want to die": the clause holds a history marker
("months ago"), yet a contrast word ("but") or a word of now ("tonight", "now") between it
and the risk phrase starts a new time. The wish is the writer's present one, so the
history cap (at most passive, distress beside a recovery phrase) must not apply. A marker
after the risk ("i wanted to die months ago") or with nothing between still dates it.
"""

from __future__ import annotations

from safeguard.checks.self_harm._context import SMALL, MessageContext
from safeguard.checks.self_harm._matcher import Hit

# How far before the risk phrase a cut is looked for: keeps each question O(1), so a
# long hostile clause costs no more than a short one.
_REACH = 12


def dates_hit(ctx: MessageContext, hit: Hit) -> bool:
    """A history marker in ``hit``'s clause dates it: one after the hit, or one before
    it with no contrast word or word of now between (see the module)."""
    if not ctx.in_clause("history", hit):
        return False
    markers = ctx.of_kind("history")
    if len(markers) > SMALL:
        return True  # hostile text: keep the plain clause test
    clauses, keys, clause = ctx.clauses, ctx.keys, ctx.clauses[hit.first]
    # Not the scope breaks ("and", "when"): "from when i was 15 and suicidal" is dated.
    cuts = ctx.cues.words("contrast") | ctx.cues.words("present_word")
    low = max(0, hit.first - _REACH)
    for m in markers:
        if clauses[m.first] != clause:
            continue
        if m.first >= hit.first or m.last < low:
            return True  # after the hit, or too far before to judge: it dates
        if cuts.isdisjoint(keys[m.last + 1 : hit.first]):
            return True
    return False
