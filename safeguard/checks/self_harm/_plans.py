"""Happy plans: preparation and timing phrases in a message about a trip or an event
("got my affairs in order for the big trip") say nothing when the writer shows no
distress and names no death, harm or means (unless the event is denied: "i'm not
moving"). Used by the pass of :mod:`._discourse`.
"""

from __future__ import annotations

from collections.abc import Sequence

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._data import Cue, CueSet
from safeguard.checks.self_harm._reading import Signal
from safeguard.checks.self_harm._sentences import Place, Sentences, family

_EVENT_NEGATION_WINDOW = 2
_BELIEF_REACH = 4  # "my wife thinks i'm decluttering", "friends think i'm doing a minimalism thing"


def happy_plans(msg: Sentences) -> bool:
    """The message is about a trip or an event, and the event is not denied."""
    if msg.mentions("finality_word"):
        return False  # "a final trip", "never coming back": the trip is the farewell
    if msg.of_kind("last_words"):
        return False  # "off on a trip. sorry for everything, don't cry for me": a last note's words
    events = msg.cues.words("happy_event")
    keys = msg.keys
    if events.isdisjoint(keys):
        return False  # most messages: no event word at all (one C call)
    for i, key in enumerate(keys):
        if key in events and msg.any_word("negation", max(0, i - _EVENT_NEGATION_WINDOW), i):
            return False  # "i'm not moving": a cover story, not a plan
        if key in events and believed(keys, i, msg.cues):
            return False  # "my wife thinks i'm decluttering": the cover as others believe it
    return True


def believed(keys: Sequence[str], at: int, cues: CueSet) -> bool:
    """The word at ``at`` is what someone else believes: a verb of class
    ``reason_belief`` within ``_BELIEF_REACH`` words before it, itself after a word that
    is not the writer ("my wife thinks i'm decluttering"; not "i think i'm moving")."""
    belief = cues.words("reason_belief")
    low = max(1, at - _BELIEF_REACH)
    if belief.isdisjoint(keys[low:at]):
        return False  # nearly always: no belief verb right before
    own = cues.words("self_subj")
    return any(keys[j] in belief and keys[j - 1] not in own for j in range(low, at))


def explained_by_plans(cue: Cue, cues: CueSet) -> bool:
    """Not a risk cue, or a risk cue of a preparation family (affairs, goodbyes)."""
    return cue.kind != "risk" or family(cue.id) in cues.words("preparation_cue")


def preparation(msg: Sentences, sig: Signal, at: Place) -> bool:
    """A readiness, affairs or time phrase without a word of death, harm or means in it."""
    if sig.level >= RiskLevel.IMMINENT and sig.cue.kind == "risk":
        return False
    if not explained_by_plans(sig.cue, msg.cues):
        return False
    return not msg.any_word("death_word", at.first, at.last + 1)
