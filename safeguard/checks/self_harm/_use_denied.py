"""Means got with their everyday use denied: "bought rope. not for climbing", "got the
pills, not for sleeping", "picked up blades. they're not for shaving".

A rope, pills or a blade bought is as often an errand as preparation, and the use named
beside it decides ("rope for the boat"). Denying the use says the opposite: the means
are the writer's own. A denial phrase (cue kind ``use_denied``: "not for" an activity, an
ailment or a chore) read right after means got (a verb of class ``means_got`` and a means
word, in its clause or the one before it, within a few words) is a means signal
(``en.means.use_denied``): nothing alone, and beside the writer's distress read as means
at hand are. An everyday use told after the denial ("not for climbing, for the tent",
"not for sleeping, for my back") is a use after all: nothing is read.
"""

from __future__ import annotations

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._context import MessageContext
from safeguard.checks.self_harm._data import Cue
from safeguard.checks.self_harm._matcher import Hit
from safeguard.checks.self_harm._reading import Signal

_KIND = "use_denied"
_MEANS = Cue("en.means.use_denied", "means", RiskLevel.NONE, "self", False, "en")
_BACK = 8  # the means got: within this many words before the denial
_VERB = 3  # ... with its verb this near before the means word
_NEAR = 3  # a negation this near before a use word denies it
_AHEAD = 8  # an everyday use told after the denial: within this many words
_USES = ("denied_use", "rope_activity", "means_ailment")


def use_denied(ctx: MessageContext) -> list[Signal]:
    """The means got before each denied use, as the writer's means."""
    hits = ctx.of_kind(_KIND)
    if not hits:
        return []  # nearly every message
    found = []
    for hit in hits:
        got = _got(ctx, hit)
        if got is not None and not _use_after(ctx, hit):
            start, end = ctx.span(Hit(hit.payload, got, hit.last))
            found.append(Signal(_MEANS, start, end, RiskLevel.NONE, "self"))
    return found


def _got(ctx: MessageContext, hit: Hit) -> int | None:
    """Where the verb that got the means before the denial stands (its clause or the one
    before), or None."""
    keys, clauses = ctx.keys, ctx.clauses
    means = ctx.cues.words("pills") | ctx.cues.words("means_hard") | ctx.cues.words("means_s")
    verbs = ctx.cues.words("means_got")
    lowest = max(0, hit.first - _BACK)
    for i in range(hit.first - 1, lowest - 1, -1):
        if clauses[i] < clauses[hit.first] - 1:
            return None
        if keys[i] in means:
            for j in range(i - 1, max(lowest - 1, i - 1 - _VERB), -1):
                if keys[j] in verbs:
                    return j
    return None


def _use_after(ctx: MessageContext, hit: Hit) -> bool:
    """An everyday use named after the denial and not itself denied."""
    keys = ctx.keys
    uses = frozenset().union(*map(ctx.cues.words, _USES))
    negation = ctx.cues.words("negation")
    for i in range(hit.last + 1, min(len(keys), hit.last + 1 + _AHEAD)):
        if keys[i] in uses and negation.isdisjoint(keys[max(hit.last + 1, i - _NEAR) : i]):
            return True
    return False
