"""Means in one turn, a decision or an act in another: the pair one message would make.

Within a message ``_combine`` reads means at hand beside a finality or act phrase as
``imminent`` ("i have my dad's razor. i already started"). People split the two over
turns as often ("i'm in the bathtub. i have my dad's razor" ... "i already started",
"goodbye then" ... "gun's loaded and on the table"), and each alone is no risk to the
rules, so the pair was lost. Here the writer's own means and a readiness phrase (kind
``plan_ref``) in *different* turns are read as a plan with its means. Only the writer's
own, unframed signals count: a negated, past, story or generic-"you" phrase pairs with
nothing.

Two more pairs across turns: a method question in or after the turn naming means at hand
(``ask_with_means``), and the writer's decision after suicide named as a topic
(``decided_after_topic``).
"""

from __future__ import annotations

from collections.abc import Sequence

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._combine import COUNTDOWN
from safeguard.checks.self_harm._discourse import RESOLVE
from safeguard.checks.self_harm._reading import YOU, Signal
from safeguard.checks.self_harm._turns import Turn, firm

_PAIRED = ("means", "plan_ref")


def _counts(sig: Signal) -> bool:
    """The writer's own means or readiness phrase, unframed (a bare decision counts); not
    a countdown, which across turns is a grounding exercise as often ("5-4-3-2-1")."""
    return sig.kind in _PAIRED and firm(sig) and sig.frame in ("", RESOLVE) and sig.cue.id != COUNTDOWN


def converge_across(turns: Sequence[Turn]) -> None:
    """Means at hand in one turn and a readiness phrase in another: a plan with its means
    (``intent``), ``imminent`` when either says the act is under way or at the edge (a
    cue of that level: "i already started", "im on the bridge"). A date later on ("9
    days. i've got the pills") keeps it a plan, as the scale reads means with a time
    that is not now."""
    if "means" not in [s.cue.kind for t in turns for s in t.signals]:
        return  # most conversations: no means named
    means = {i for i, t in enumerate(turns) for s in t.signals if s.kind == "means" and _counts(s)}
    if not means:
        return
    troubled = any(
        s.kind == "risk" and s.level >= RiskLevel.DISTRESS and firm(s) for t in turns for s in t.signals
    )
    if not troubled:
        # a knife named with the onions it chops is a tool in use, not means at hand
        means = {i for i in means if not turns[i].reading.everyday}
        if not means:
            return
    alone = troubled or _readied(turns, means)
    plans = {i for i, t in enumerate(turns) for s in t.signals if _plan(s, alone)}
    if not plans or (len(means) == 1 and means == plans):
        return  # no pair, or only within one message (``_combine`` read it there)

    def paired(i: int, sig: Signal) -> bool:
        return (i in means and sig.kind == "means" and _counts(sig)) or _plan(sig, alone)

    at_edge = any(
        s.cue.level >= RiskLevel.IMMINENT for i in means | plans for s in turns[i].signals if paired(i, s)
    )
    level = RiskLevel.IMMINENT if at_edge else RiskLevel.INTENT
    for i in means | plans:
        turns[i].signals = [s.lifted(max(s.level, level)) if paired(i, s) else s for s in turns[i].signals]


def _readied(turns: Sequence[Turn], means: set[int]) -> bool:
    """Means readied at the edge ("i'm at the bridge", a means cue of level ``imminent``)
    in a turn that names no everyday use: beside them a vague readiness phrase pairs ("i'm
    at the bridge" ... "just wanted to say goodbye"). Without them or the writer's own
    distress it does not: "my pills are on the counter" ... "thanks, goodbye!" is an
    errand, "on the bridge right now, stuck in traffic" ... "goodbye then" a commute."""
    return any(
        s.kind == "means"
        and s.cue.level >= RiskLevel.IMMINENT
        and _counts(s)
        and not turns[i].reading.everyday
        for i in means
        for s in turns[i].signals
    )


def _plan(sig: Signal, alone: bool) -> bool:
    """A readiness phrase that pairs: any where ``alone`` allows, else specific wording (a
    cue with a level: "already started", "tell my wife i loved her") or a bare decision
    ("voy a saltar", "i'm going to do it")."""
    if sig.kind != "plan_ref" or not _counts(sig):
        return False
    return alone or sig.cue.level >= RiskLevel.INTENT or sig.frame == RESOLVE


def ask_with_means(turns: Sequence[Turn]) -> None:
    """A method question in the turn that names the writer's means at hand or any turn
    after it ("i have the rope. what knot holds", "got them lined up" ... "how long til
    they kick in") is the writer's own method-seeking with the means in reach: ``intent``,
    whatever frame the question was put in, with no distress needed; the means readied at
    the edge (a means cue of level ``imminent``: "pills are in my hand", "on the bridge")
    are ``imminent``. A question before the means ("what's the tallest building" ... "on
    top of a car park, great view") is left to the distress rules."""
    if True not in [s.method_seeking for t in turns for s in t.signals]:
        return  # most conversations: no method question
    first = next((i for i, t in enumerate(turns) if any(_at_hand(s) for s in t.signals)), None)
    if first is None or not any(s.method_seeking and not s.negated for t in turns[first:] for s in t.signals):
        return  # no means, or the only method question came before them
    for turn in turns[first:]:
        turn.signals = [_asked_with_means(s) for s in turn.signals]


def _at_hand(sig: Signal) -> bool:
    """The writer's own means, or an act said done ("already took them")."""
    return _counts(sig) and (sig.kind == "means" or sig.cue.level >= RiskLevel.IMMINENT)


def _asked_with_means(sig: Signal) -> Signal:
    if sig.method_seeking and not sig.negated:
        return sig.lifted(max(sig.level, RiskLevel.INTENT), subject="self")._replace(frame="")
    if _at_hand(sig) and sig.kind == "means":
        level = RiskLevel.IMMINENT if sig.cue.level >= RiskLevel.IMMINENT else RiskLevel.INTENT
        return sig.lifted(max(sig.level, level))
    return sig


def decided_after_topic(turns: Sequence[Turn]) -> None:
    """A question that names suicide as a topic ("does life insurance pay out for
    suicide?", "is an overdose painless?") and the writer's own decision in a later turn
    ("i've decided. once the harvest's in i'm going to do it", "yes. it's decided"): the
    decision is about that act, ``intent``. Only a bare decision or specific finality wording
    counts (not "i'm doing it" of an errand), and not after a story, study or
    informational frame ("my essay on suicide" ... "i'm going to do it tonight")."""
    if "topic" not in [s.subject for t in turns for s in t.signals]:
        return  # most conversations: nothing named as a topic
    first = next((i for i, t in enumerate(turns) if any(map(_topic, t.signals))), None)
    if first is None:
        return  # suicide never named as a topic
    for turn in turns[first + 1 :]:
        turn.signals = [_decided(s) for s in turn.signals]


def _topic(sig: Signal) -> bool:
    """Suicide or self-harm named as a topic, in a plain or generic-"you" question."""
    plain = sig.frame in ("", YOU) and not sig.negated
    return plain and sig.subject == "topic" and sig.kind == "risk" and sig.level >= RiskLevel.IDEATION


def _decided(sig: Signal) -> Signal:
    if sig.kind != "plan_ref" or not _counts(sig):
        return sig
    if sig.frame != RESOLVE and sig.cue.level < RiskLevel.INTENT:
        return sig
    return sig.lifted(max(sig.level, sig.cue.level, RiskLevel.INTENT))
