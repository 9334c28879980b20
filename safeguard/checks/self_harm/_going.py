"""An act announced after a wish: "i want to die. i'm going to take the pills", "i'm going to
jump", "i'm about to do it"; with a time of now right after it ("... take the pills now",
"... jump tonight") the act is imminent. The tablets named in the message and "them all"
taken now ("the pills aren't for exposure homework. i'm taking them all tonight") are raised
without a wish (see ``_whole_supply``).

Walking into water told bare ("walking into the sea. bye.", "going into the river now")
opens its clause and names no outing; it is raised after the writer's distress (its id
ends ``_after_distress``, see _prepared) or, with a goodbye in its message, without one.

Said alone, "going to take the pills" or "about to do it" is everyday (a prescription, a
task). Per message this module reads the writer's own announcements (cue kind ``going``)
at level none; ``_prepared`` raises them to their cue's level once the writer's own wish
has been said in that turn or an earlier one. An announcement followed within a few words
of its clause by a word of class ``act_now`` ("now", "tonight") carries an imminent cue.
"""

from __future__ import annotations

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._context import MessageContext
from safeguard.checks.self_harm._data import Cue, marked
from safeguard.checks.self_harm._matcher import Hit
from safeguard.checks.self_harm._negation import negated
from safeguard.checks.self_harm._reading import Signal

_KIND = "going"
_NOW_WINDOW = 3  # "take them all now", "jump off it tonight"
_SUPPLY = "_now_supply"  # the id suffix of an announcement of the named supply, now
_ALL = "al"  # "all" as a key (keys fold doubled letters)
_THEM = frozenset({"them", "it"})
_WATER = ".into_water_after_distress"  # the id suffix of walking into water, told bare
_BYE = "_bye"  # the id suffix of walking into water beside a goodbye


def goings(ctx: MessageContext) -> list[Signal]:
    """The message's own act announcements, at level none (raised in ``_prepared``)."""
    found = []
    others = ctx.cues.words("other_subj")
    for hit in ctx.of_kind(_KIND):
        low = ctx.clause_span(ctx.clauses[hit.first])[0]  # "they aren't. i'm taking ...": not theirs
        if _someone_else(ctx.keys[max(0, low, hit.first - 2) : hit.first], others):
            continue  # "she's going to", "my brother's going to": not the writer's
        if negated(ctx, hit):
            continue
        cue = ctx.cues.cues[hit.payload]
        if cue.id.endswith(_WATER):
            if not _into_water(ctx, hit, low):
                continue  # a swim, a trip, a thought of it
            if ctx.mentions("water_bye"):
                cue = _bye(cue)  # "walking into the sea. bye.": raised without distress
        elif _now_after(ctx, hit):
            cue = _supply(cue) if _whole_supply(ctx, hit) else _soon(cue)
        found.append(ctx.own_signal(hit, cue))
    return found


def _whole_supply(ctx: MessageContext, hit: Hit) -> bool:
    """The tablets named in the message and the announcement taking "them all" ("the pills
    aren't for exposure homework. i'm taking them all tonight"): the supply, with a time
    of now, is the act announced whether or not a wish was said. Not "going to take my
    pills tonight" (a dose: no "all" and no pronoun) nor "take them all" with no tablets
    named ("the boxes? taking them all tonight")."""
    span = ctx.keys[hit.first : hit.last + 1]
    if _ALL not in span or _THEM.isdisjoint(span):
        return False
    return not ctx.cues.words("pills").isdisjoint(ctx.key_set)


def supply(sig: Signal) -> bool:
    """An announcement of taking the named supply now (see ``_whole_supply``), or of
    walking into water with a goodbye (see ``_into_water``): raised without a wish."""
    return sig.cue.id.endswith(_SUPPLY) or sig.cue.id.endswith(_BYE)


def _into_water(ctx: MessageContext, hit: Hit, low: int) -> bool:
    """Walking into water told as the act (cue ``_WATER``): the clause's opening words
    after nothing but ``water_lead`` words ("walking into the sea", "i'm just going into
    the river"), not a thought or a story ("i keep picturing walking into the sea"), in a
    message naming no outing (``water_leisure``: "for a swim", "the rafting trip") and no
    thought of it (``water_thought``: "its just a daydream", "i wouldnt tho")."""
    lead = ctx.cues.words("water_lead")
    if any(k not in lead for k in ctx.keys[low : hit.first]):
        return False
    return not ctx.mentions("water_leisure") and not ctx.mentions("water_thought")


def _bye(cue: Cue) -> Cue:
    """``cue`` (walking into water) with a goodbye in its message: raised without a wish."""
    return marked(cue, _BYE)


def _someone_else(before: list[str], others: frozenset[str]) -> bool:
    """A person word just before the announcement, possessive "s" included ("brothers")."""
    return any(k in others or (k.endswith("s") and k[:-1] in others) for k in before)


def _now_after(ctx: MessageContext, hit: Hit) -> bool:
    """A word of class ``act_now`` within a few words after the hit, in its clause."""
    now, clause = ctx.cues.words("act_now"), ctx.clauses[hit.last]
    high = min(len(ctx.keys), hit.last + 1 + _NOW_WINDOW)
    return any(ctx.keys[i] in now and ctx.clauses[i] == clause for i in range(hit.last + 1, high))


def _supply(cue: Cue) -> Cue:
    """``cue`` said of the named supply with a time of now: imminent, raised without a wish."""
    return marked(cue, _SUPPLY, RiskLevel.IMMINENT)


def _soon(cue: Cue) -> Cue:
    """``cue`` said with a time of now: the same announcement at imminent."""
    return marked(cue, "_now", RiskLevel.IMMINENT)
