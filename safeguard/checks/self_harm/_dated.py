"""Acts and topic words dated in the past: a pass over one message's signals.

Survivors name a past attempt or overdose as an event with a date rather than tell it
in the past tense: "a previous suicide attempt (2016)", "my overdose in 2022", "my
past suicide attempt", "a suicide attempt at 17". The history rules (:mod:`._discourse`)
need a past-tense sentence; this pass reads the event itself. An event word (cue
families of the class ``event_cue``) whose own sentence dates it (a year, a history
phrase, or a word such as "previous" just before it) is history: distress when the
message says nothing else of risk, passive otherwise. Never beside a
recent marker ("again", "last week"), a word of a next time ("next", "another"), or a
present word that is not being well now.
"""

from __future__ import annotations

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._reading import PAST, Signal, make_signal
from safeguard.checks.self_harm._sentences import Place, Sentences, family

_BEFORE = 3  # tokens between "previous" / "past" and the event word
_AFTER = 1  # tokens between a topic word and its event noun ("suicide attempt")
_NOUN_BEFORE = 2  # ... or the noun before it ("intento de suicidio")


def dated_events(msg: Sentences, signals: tuple[Signal, ...]) -> tuple[Signal, ...]:
    """``signals`` with the writer's own dated past events capped (see the module)."""
    events = [s for s in signals if _event(msg, s)]
    if not events or msg.recent() or msg.mentions("future_word"):
        return signals  # "my previous attempt failed, next time ..."
    dated = {s for s in events if _self_dated(msg, s) or _dated(msg, msg.place(s))}
    if not dated:
        return signals
    cap = RiskLevel.PASSIVE if _other_risk(signals, dated) else RiskLevel.DISTRESS
    return tuple(_capped(s, cap) if s in dated else s for s in signals)


def _event(msg: Sentences, sig: Signal) -> bool:
    if sig.subject != "self" or sig.negated or sig.kind != "risk" or sig.frame:
        return False
    return sig.level >= RiskLevel.PASSIVE and family(sig.cue.id) in msg.cues.words("event_cue")


def _dated(msg: Sentences, at: Place) -> bool:
    """An event (an attempt, an overdose: not the topic word alone, "my first thought was
    suicide") dated by a year or a history phrase in its sentence, or by "previous" just
    before it; no "if" in the sentence ("if it were painless i'd have done it long ago")
    and no present word ("since 2019 i still ...") unless the writer says they are well
    now ("... (2013), i'm well now")."""
    near = max(at.low, at.first - _NOUN_BEFORE), min(at.high, at.last + _AFTER + 1)
    if not msg.any_word("event_noun", *near):
        return False
    if msg.any_word("conditional", at.low, at.high):
        return False
    if msg.any_word("present_word", at.low, at.high) and not _well_now(msg):
        return False
    if msg.any_year(at.low, at.high) or msg.in_sentences("history", {at.sentence}):
        return True
    return msg.any_word("past_adjective", max(at.low, at.first - _BEFORE), at.last + 1)


def _self_dated(msg: Sentences, sig: Signal) -> bool:
    """A cue whose phrase holds its own date ("i attempted at 17", class ``self_dated_cue``)."""
    return family(sig.cue.id) in msg.cues.words("self_dated_cue")


def _well_now(msg: Sentences) -> bool:
    """A recovery phrase or a word of being well now ("survivor", "thriving")."""
    return bool(msg.of_kind("recovery")) or msg.mentions("well_now")


def _other_risk(signals: tuple[Signal, ...], dated: set[Signal]) -> bool:
    """Another risk phrase of the writer's own in the message (distress alone: the cap is
    distress anyway)."""
    return any(
        s.subject == "self" and not s.negated and s.kind == "risk" and s.level >= RiskLevel.PASSIVE
        for s in signals
        if s not in dated
    )


def _capped(sig: Signal, cap: RiskLevel) -> Signal:
    return make_signal((sig.cue, sig.start, sig.end, min(sig.level, cap), "self", False, False, PAST))
