"""A bare decision after means in hand: "i'm holding the blade" ... "i'm going to. i can't stop."

A decision said without its object ("i'm going to.", "about to.", "i can't stop.", "now.")
means nothing alone: it answers whatever came before it. After the writer says they hold
or have the means, it is about using them: the act at hand (imminent) when the means are
readied for use (a means cue at level ``imminent``: "holding the blade", "pills lined
up"), a method and a decision (intent) when they are only owned ("i have the pills")
and the writer has shown distress (owned pills and "now." may be a dose on time).

Per message (:func:`bare_decisions`), a phrase of the kind ``resolve`` counts only when
it is its whole clause, but for a few leading words (class ``resolve_lead``: "and",
"yes", "just"): "i'm going to make dinner" and "i'm holding the knife to cut onions,
i'm going to make dinner" have none. Per conversation (:func:`decide_with_means`), each
such signal is raised by the writer's own means in its turn or any turn before.

A bare "i've decided" (a cue of the family ``*.context.decided_bare``) is also raised to
intent by the writer's own wish to be dead in its turn or any turn before (not by
distress: "i'm so lonely. ive decided, im getting a dog"):
the decision is about what they said ("i just want to die" ... "i've decided."). It stays
a ``resolve`` signal, not a plan phrase, so a set time beside it makes no plan ("i've
decided. saturday, 7am. first marathon").

A subjectless "decided." / "made up my mind." / "c'est décidé" (a cue of the family
``*.context.decided_dated``) says less: alone it is the tail of any choice ("decided. pizza
it is"), so it counts only with a day a few words before or after it in its message
(class ``decision_day``: "decided. saturday", "tonight. decided."), and is then raised like
the bare "i've decided" (by the writer's wish or means before it).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._context import MessageContext
from safeguard.checks.self_harm._matcher import Hit
from safeguard.checks.self_harm._reading import Signal

_LEAD = 2  # words that may open the clause before the decision ("and yes i'm going to")
_DECIDED = ".context.decided_bare"  # the bare "i've decided" families (every language)
_DATED = ".context.decided_dated"  # the subjectless "decided." families: only with a day
_DAY_REACH = 6  # words before or after a subjectless decision its day may stand within


class _Turn(Protocol):
    signals: list[Signal]


def bare_decisions(ctx: MessageContext) -> list[Signal]:
    """The message's bare decisions, at level none (raised by :func:`decide_with_means`)."""
    hits = ctx.of_kind("resolve")
    if not hits:
        return []  # most messages
    return [ctx.own_signal(h) for h in hits if _whole_clause(ctx, h) and _dated(ctx, h)]


def _dated(ctx: MessageContext, hit: Hit) -> bool:
    """True unless ``hit`` is a subjectless decision with no day near it ("decided.
    saturday" counts, "decided. pizza it is" does not)."""
    if not ctx.cues.cues[hit.payload].id.endswith(_DATED):
        return True
    days, keys = ctx.cues.words("decision_day"), ctx.keys
    before = keys[max(0, hit.first - _DAY_REACH) : hit.first]
    after = keys[hit.last + 1 : hit.last + 1 + _DAY_REACH]
    return not (days.isdisjoint(before) and days.isdisjoint(after))


def _whole_clause(ctx: MessageContext, hit: Hit) -> bool:
    clauses, keys = ctx.clauses, ctx.keys
    clause = clauses[hit.first]
    if hit.last + 1 < len(keys) and clauses[hit.last + 1] == clause:
        return False  # something follows in the clause: the decision has an object
    lead = ctx.cues.words("resolve_lead")
    for i in range(hit.first - 1, hit.first - 2 - _LEAD, -1):
        if i < 0 or clauses[i] != clause:
            return True
        if keys[i] not in lead:
            return False
    return False


def decide_with_means(turns: Sequence[_Turn]) -> None:
    """Raise each turn's bare decisions by the writer's means in that turn or before it
    (a bare "i've decided" also by their wish to be dead); drop those nothing raises."""
    if not any(s.cue.kind == "resolve" for turn in turns for s in turn.signals):
        return  # most conversations: no bare decision, so nothing to raise or drop
    held, distress, grave = RiskLevel.NONE, False, False
    for turn in turns:
        own = [s for s in turn.signals if s.subject == "self" and not s.negated]
        distress = distress or any(s.kind == "risk" and s.level >= RiskLevel.DISTRESS for s in own)
        grave = grave or any(map(_grave, own))
        held = max(held, _means_level(own, distress))
        if not any(s.kind == "resolve" for s in turn.signals):
            continue
        # Raised, or dropped: a bare decision with no means before it says nothing (and
        # left in, it would read to the word model as something the rules judged).
        raised = (_raised(s, held, grave) for s in turn.signals if s.kind == "resolve")
        decided = [s for s in raised if s is not None]
        turn.signals = [s for s in turn.signals if s.kind != "resolve"] + decided


def _grave(sig: Signal) -> bool:
    """The writer's wish to be dead (passive or above). Not distress, however heavy: "been
    so depressed. i've decided: therapy it is", "i'm so lonely. ive decided, im getting a
    dog" decide about the distress (they read intent when distress counted)."""
    return sig.kind == "risk" and sig.level >= RiskLevel.PASSIVE


def _raised(sig: Signal, held: RiskLevel, grave: bool) -> Signal | None:
    """``sig`` raised by the means held, or (a bare "i've decided") by the writer's
    wish before it; None when nothing raises it."""
    level = held
    if grave and sig.cue.id.endswith((_DECIDED, _DATED)):
        level = max(level, RiskLevel.INTENT)
    return sig.lifted(level) if level else None


def _means_level(own: Sequence[Signal], distress: bool) -> RiskLevel:
    """Imminent for the writer's means readied for use, intent for means owned (after
    their distress)."""
    levels = [s.cue.level for s in own if s.kind == "means"]
    if not levels:
        return RiskLevel.NONE
    if max(levels) >= RiskLevel.IMMINENT:
        return RiskLevel.IMMINENT
    return RiskLevel.INTENT if distress else RiskLevel.NONE
