"""A cut under way: the writer's own cut told beside signs of the act happening ("cut my
wrists. blood everywhere", "i cut deep this time ... so much blood", "i cut and its deeper
than ever ... i'm getting light headed", "slit my wrist in the tub").

A cut phrase alone is ideation: it is as often an urge or a habit told. Beside a sign of
an act in progress (kind ``act_sign``: much blood, blood on the floor, faintness, the bath)
in the same message it is an attempt under way, which the scale calls imminent; so is
another person's cut a helper tells of ("my roommate cut herself, there's blood
everywhere": their emergency, subject other). Not when the cut is wanted rather than done
("i want to cut so bad, last time there was blood everywhere": see ``_wanted_now``),
negated, framed (a story, an informational question, the past).

The act told as done ("it's done, i've cut my wrists", cue ``*.context.act_done``) is such a
sign only when it ends its clause ("it's done now, i'm better" goes on, see ``_done_act``)
and the message names a lethal site or depth (class ``cut_site_lethal``: "wrists", "deep"):
"i cut again ... it's done" is self-injury told, not an attempt.
"""

from __future__ import annotations

from collections.abc import Sequence

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._context import MessageContext
from safeguard.checks.self_harm._done_act import ends_clause
from safeguard.checks.self_harm._matcher import Hit
from safeguard.checks.self_harm._negation import negated
from safeguard.checks.self_harm._reading import PAST, Signal
from safeguard.checks.self_harm._wanted_now import wanted

_KIND = "act_sign"
_DONE = ".context.act_done"  # the act told as done ("it's done"): a sign only ending its clause


def under_way(ctx: MessageContext, core: Sequence[Hit], signals: list[Signal]) -> list[Signal]:
    """``signals`` (one per hit of ``core``, in order) with real people's cuts lifted to
    imminent when a sign of the act in progress shares the message."""
    signs = ctx.of_kind(_KIND)
    if not signs or ctx.cues.words("cut_act").isdisjoint(ctx.key_set):
        return signals  # nearly every message: no sign of an act, or no cut
    if all(negated(ctx, h) or not _told_done(ctx, h) for h in signs):
        return signals
    return [_lifted(ctx, hit, sig) for hit, sig in zip(core, signals, strict=True)]


def _lifted(ctx: MessageContext, hit: Hit, sig: Signal) -> Signal:
    if sig.negated or sig.frame == PAST or sig.kind != "risk":
        return sig
    if sig.subject != "self" and (sig.subject != "other" or sig.frame):
        return sig  # another's cut only as a helper tells it: not a story, not a question
    if sig.level < RiskLevel.IDEATION or sig.level >= RiskLevel.IMMINENT:
        return sig
    if ctx.cues.words("cut_act").isdisjoint(ctx.keys[hit.first : hit.last + 1]) or wanted(ctx, hit):
        return sig
    return sig.lifted(RiskLevel.IMMINENT)


def _told_done(ctx: MessageContext, hit: Hit) -> bool:
    """A sign other than the act told as done, or that act ending its clause beside a
    lethal site or depth ("it's done, i've cut my wrists"; not "i cut again ... it's done")."""
    if not ctx.cues.cues[hit.payload].id.endswith(_DONE):
        return True
    return ends_clause(ctx, hit) and not ctx.cues.words("cut_site_lethal").isdisjoint(ctx.key_set)
