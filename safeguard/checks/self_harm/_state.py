"""The conversation-level risk state: what the user turns add up to.

- Risk only accumulates: a later harmless question does not lower it.
- Signals split across turns combine: means in one turn and a time in another
  are imminent; a method or place question after any distress is intent.
- A story / friend / school frame does not lower a method question once the
  writer has shown distress: the question counts as their own.
- A clarified false alarm ("lol i meant my phone battery") withdraws the turn
  before it, unless that turn already showed intent (a "jk" never cancels intent).
  A clarification, denial or answer taken back ("jk. unless?", "i lied just then")
  withdraws nothing.
- A "yes" answering the assistant's question about suicide counts as saying it.
- A story or friend later said to be the writer ("the character is me") is theirs.
- Means in one turn and a decision or act in another are a plan (imminent at the edge);
  a method question beside or after means at hand is the writer's own, and so is a
  decision after suicide named as a topic (see _across).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from safeguard._conversation import Conversation
from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._across import ask_with_means, converge_across, decided_after_topic
from safeguard.checks.self_harm._again import relapse
from safeguard.checks.self_harm._checkin import withdraw_denied
from safeguard.checks.self_harm._day_after_wish import day_after_wish
from safeguard.checks.self_harm._edge_use import everyday_edges
from safeguard.checks.self_harm._escalate import escalate
from safeguard.checks.self_harm._everyday_farewell import everyday_farewells
from safeguard.checks.self_harm._funeral_plan import everyday_funerals
from safeguard.checks.self_harm._joked import unjoke
from safeguard.checks.self_harm._occasion import everyday_occasions
from safeguard.checks.self_harm._prepared import prepared
from safeguard.checks.self_harm._reading import PAST, Signal
from safeguard.checks.self_harm._referent import withdraw_answered
from safeguard.checks.self_harm._rejoined import rejoined_across
from safeguard.checks.self_harm._resolve import decide_with_means
from safeguard.checks.self_harm._retracted import restore_retracted
from safeguard.checks.self_harm._rope_use import everyday_ropes
from safeguard.checks.self_harm._streak import streak_relapse
from safeguard.checks.self_harm._taken_back import taken_back
from safeguard.checks.self_harm._turns import Asker, Assessment, Ordinary, Reader, Turn, own, read_turns
from safeguard.checks.self_harm._unmasked import unmask
from safeguard.checks.self_harm._unwanted_turns import unwanted_across

__all__ = ["Asker", "Assessment", "Ordinary", "Reader", "Turn", "assess"]


def _withdraw_false_alarms(turns: Sequence[Turn]) -> None:
    for before, turn in itertools.pairwise(turns):
        corrected = turn.reading.clarify and turn.own_level() <= RiskLevel.DISTRESS
        if corrected and (before.own_level() <= RiskLevel.IDEATION or taken_back(before, turn)):
            before.withdrawn = True


def _never(text: str) -> bool:
    return False


def assess(
    conversation: Conversation,
    reader: Reader,
    ordinary: Ordinary = _never,
    asker: Asker | None = None,
    stressor: Ordinary = _never,
) -> Assessment:
    """Judge the conversation's risk state from its user turns (``ordinary``: whether a
    distress span is only everyday stress, which does not lift a later method question;
    ``asker``: an assistant turn's question, by default from ``reader``'s reading;
    ``stressor``: whether a distress span names a life blow, which lifts an earlier one)."""
    turns = read_turns(conversation, reader, asker)
    unjoke(turns)
    unmask(turns)
    _withdraw_false_alarms(turns)
    withdraw_denied(turns)
    withdraw_answered(turns)
    restore_retracted(turns)
    unwanted_across(turns)
    everyday_farewells(turns)
    everyday_ropes(turns)  # "bought the rope today" ... "first outdoor lead climb"
    everyday_occasions(turns)  # "tonight's the night" ... "proposing!!"
    everyday_edges(turns)  # "im at the edge" ... "of the grand canyon lol"
    everyday_funerals(turns)  # "sorting out my funeral plan" ... "i'm 71. prepaid"
    live_now = [t for t in turns if not t.withdrawn]
    rejoined_across(live_now)  # "my mum died in march" ... "i just want to be with her"
    converge_across(live_now)
    ask_with_means(live_now)
    decided_after_topic(live_now)
    escalate(turns, ordinary, stressor)
    live = [t for t in turns if not t.withdrawn]
    decide_with_means(live)
    day_after_wish(live)  # "ich will sterben. am freitag mach ich's"
    _dated_by_answer(live)
    relapse(live)
    streak_relapse(live)
    prepared(live)
    _settle_past(live)
    level, other_level, method = _levels([s for t in live for s in t.signals])
    subject: str | None = None
    if level >= RiskLevel.PASSIVE:
        subject = "self"
    elif other_level >= RiskLevel.PASSIVE:
        subject, level = "other", max(level, RiskLevel.DISTRESS)
    elif level >= RiskLevel.DISTRESS:
        subject = "self"
    return Assessment(level, subject, method, live)


def _settle_past(turns: Sequence[Turn]) -> None:
    """Past risk is distress when everything the writer said at ``passive`` or above is
    past and either some turn says they are well now ("it's been 7 years since my attempt"
    ... "honestly good, i'm doing the hike tomorrow with my partner") or no turn speaks of
    now at all ("I overdosed in 2009. I'm applying for nursing school ..."; not "a few
    years ago i was suicidal" ... "i'll be honest, i wake up disappointed every day")."""
    grave = [s for t in turns for s in t.signals if own(s) and s.level >= RiskLevel.PASSIVE]
    if not grave or any(s.frame != PAST for s in grave):
        return
    if not any(t.reading.recovered for t in turns) and any(t.reading.present for t in turns):
        return  # without a word of being well, only a past that says nothing of now
    for turn in turns:
        turn.signals = [_settled(s) for s in turn.signals]


def _dated_by_answer(turns: Sequence[Turn]) -> None:
    """A turn that only dates something in the past ("I found my old suicide note" ...
    "it's from 2012", "I want to write about my attempt" ... "it was 8 years ago") makes
    the writer's unframed risk in the turn before it past. The level is kept: only
    ``_settle_past`` lowers it."""
    for before, turn in itertools.pairwise(turns):
        if turn.reading.dated:
            before.signals = [_past(s) for s in before.signals]


def _past(sig: Signal) -> Signal:
    unframed = own(sig) and not sig.frame and sig.level >= RiskLevel.PASSIVE
    return sig._replace(frame=PAST) if unframed else sig


def _settled(sig: Signal) -> Signal:
    return sig.lifted(min(sig.level, RiskLevel.DISTRESS)) if sig.frame == PAST else sig


def _levels(signals: Sequence[Signal]) -> tuple[RiskLevel, RiskLevel, bool]:
    """The writer's own peak level, a real other person's, and whether the writer seeks a
    method (at ``passive`` or above, not negated): one pass over the signals."""
    own = other = RiskLevel.NONE
    method = False
    for sig in signals:
        if sig.subject == "self":
            own = max(own, sig.level)
            method = method or (sig.method_seeking and sig.level >= RiskLevel.PASSIVE and not sig.negated)
        elif _third_person(sig):
            other = max(other, sig.level)
    return own, other, method


def _third_person(sig: Signal) -> bool:
    """A real other person's risk (not a character in a story, not negated)."""
    return sig.subject == "other" and not sig.negated and sig.frame not in ("fiction", "info")
