"""Thoughts told in the past tense beside being well now: a pass over one message's signals.

People telling of a time they were suicidal often give it no date: "i was suicidal after
my divorce but i'm in a much better place now", "i wanted to die every day back at that
job; therapy worked". The history rules (:mod:`._discourse`) need a history marker or a
year; here a recovery phrase in the message ("much better place now", "therapy worked")
stands in for the date. Not a lone word of class ``well_now``: "i'm totally fine i just
wish i was dead", "they'd be better off" are no recovery. A thought or wish
(passive or ideation) whose sentence is in the past tense up to the cue is marked past,
and the conversation rules settle it at distress when all the writer's risk is past.

Acts are left alone ("i took the pills but i'm fine now" may be an hour old), as is a
cue whose sentence speaks of now ("i was suicidal and still am"), and any message with
a recent marker ("again", "last night") or a word of a next time: a risk now always wins.
"""

from __future__ import annotations

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._old_writing import from_old_writing
from safeguard.checks.self_harm._reading import PAST, Signal
from safeguard.checks.self_harm._sentences import Place, Sentences


def told_past(msg: Sentences, signals: tuple[Signal, ...], ended: bool = False) -> tuple[Signal, ...]:
    """``signals`` with the writer's past-tense thoughts marked past when the message has a
    recovery phrase, or (``ended``) takes a past wish back with "not anymore" (see
    _wish_ended) (see the module)."""
    told = [s for s in signals if _thought(s)]
    if not told or not (ended or msg.of_kind("recovery")) or msg.recent() or msg.mentions("future_word"):
        return signals
    past = {s for s in told if _past_tense(msg, msg.place(s))}
    return tuple(s._replace(frame=PAST) if s in past else s for s in signals)


def _thought(sig: Signal) -> bool:
    """An unframed thought or wish of the writer's own (not an act)."""
    if sig.subject != "self" or sig.negated or sig.frame or sig.kind != "risk":
        return False
    return RiskLevel.PASSIVE <= sig.level <= RiskLevel.IDEATION


def _past_tense(msg: Sentences, at: Place) -> bool:
    """A past word in the cue's sentence up to its end, and no present word in the
    sentence unless it is the writer being well after the cue."""
    if msg.any_word("conditional", at.low, at.high):
        return False  # "if i was gone they'd be happy" is no past
    if not msg.any_word("past_word", at.low, at.last + 1):
        # "my old diary says 'i want to die'": the old words quoted (_old_writing)
        return from_old_writing(msg, at) and not msg.any_word("present_word", at.low, at.high)
    if not msg.any_word("present_word", at.low, at.high):
        return True
    if msg.any_word("well_now", at.last + 1, at.high) or msg.starts_between("recovery", at.last, at.high):
        return True
    return msg.starts_between("wish_ended", at.last, at.high)  # "..., but not anymore"
