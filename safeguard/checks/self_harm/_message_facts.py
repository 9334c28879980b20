"""What one message says beside its signals: an answer's opening "yes" and what it
carries, being well now, speaking of now, dating the past (fields of ``Reading`` the
conversation rules read).
"""

from __future__ import annotations

from collections.abc import Sequence

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._context import MessageContext as _Context
from safeguard.checks.self_harm._matcher import Hit
from safeguard.checks.self_harm._reading import Signal

AFFIRM_AFTER = 2  # hedge words a "yes" may follow
WELL_LOOKS = 8  # places of one well-now word looked at


def well_now(ctx: _Context, core: Sequence[Hit]) -> bool:
    """A word of being well now ("grateful", "married") outside the risk phrases ("better"
    in "better off dead" is not one)."""
    if not ctx.mentions("well_now"):
        return False
    keys = ctx.keys
    # The few well-now words present, each found by list.index (a C scan), not a loop over
    # every token; a handful of places per word (hostile text repeats one phrase).
    for word in ctx.cues.words("well_now").intersection(keys):
        i = keys.index(word)
        for _ in range(WELL_LOOKS):
            if not any(h.first <= i <= h.last for h in core):
                return True
            try:
                i = keys.index(word, i + 1)
            except ValueError:
                break
    return False


def affirm(ctx: _Context) -> tuple[int, int] | None:
    hedges = ctx.cues.words("hedge")
    for hit in ctx.of_kind("affirm"):
        # A "yes" opening the answer, or after a hedge or two ("idk. maybe", "honestly yes").
        if hit.first <= AFFIRM_AFTER and all(key in hedges for key in ctx.keys[: hit.first]):
            return ctx.span(hit)
    return None


def affirm_level(ctx: _Context) -> RiskLevel:
    """The level an answer's opening words carry beyond a "yes" ("yes. tonight.", not
    "yeah. not tonight or anything"; not a time dated in the past: "yes. since tuesday")."""
    early = [h for h in ctx.of_kind("affirm") if h.first <= AFFIRM_AFTER]
    if not early:
        return RiskLevel.NONE
    stops = ctx.cues.words("negation") | ctx.cues.words("affirm_past")
    opening = [h for h in early if stops.isdisjoint(ctx.keys[: h.first])]
    return max((ctx.cues.cues[h.payload].level for h in opening), default=RiskLevel.NONE)


def speaks_of_now(ctx: _Context) -> bool:
    """A present word, a wish, a word of a decision or the future ("i'll", "going"), a
    condition ("if it were painless i'd have done it long ago": a wish now), or a recent
    marker anywhere in the message."""
    if ctx.anywhere("recent"):
        return True
    return any(map(ctx.mentions, ("present_word", "want", "going", "conditional")))


def dates_the_past(ctx: _Context, signals: Sequence[Signal]) -> bool:
    """A history phrase with a number or a word of dating in it, nothing recent and no risk
    of the writer's own: "it was 8 years ago", "way better, that was 3 years ago" (see
    ``Reading.dated``); not "i'm used to it"."""
    if not ctx.anywhere("history") or ctx.anywhere("recent"):
        return False
    if any(s.subject == "self" and s.level >= RiskLevel.PASSIVE for s in signals):
        return False
    dating, keys = ctx.cues.words("dating_word"), ctx.keys
    spans = (keys[h.first : h.last + 1] for h in ctx.of_kind("history"))
    return any(k.isdigit() or k in dating for span in spans for k in span)
