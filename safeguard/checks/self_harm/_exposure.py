"""An exposure exercise: means held on purpose to face a feared thought, a pass over one
message's signals.

In exposure and response prevention (ERP) for harm OCD, a therapist has the person hold
what they fear ("holding a kitchen knife in my lap for ten minutes, no reassurance
allowed", "read 'i could stab myself' while holding a butter knife"). Read phrase by
phrase, means in hand now is a readiness to act; told as the exercise it is, with the
wish disowned ("no urge, just fear"), it is distress about a thought. The pass lowers the
writer's means in hand and thoughts of harm to distress only when the message names the
exercise (class ``exposure_word``: "exposure", "ERP"), disowns the wish (as ``_unwanted``
reads it: "no urge", "i don't want to", "they horrify me") and holds no urge not denied
and no wish. The now of the exercise ("mid-exposure rn") does not block it, as it does an
unwanted thought: the exercise happens now by design.
"""

from __future__ import annotations

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._reading import Signal, make_signal
from safeguard.checks.self_harm._sentences import Sentences
from safeguard.checks.self_harm._unwanted import disowned, urged

_HELD = frozenset({"means", "risk", "method"})  # kinds of signal the exercise explains


def exposure_exercise(msg: Sentences, signals: tuple[Signal, ...]) -> tuple[Signal, ...]:
    """Means in hand and thoughts of harm of the writer's own, told as an exposure
    exercise with the wish disowned, read as distress (see the module docstring)."""
    if not msg.mentions("exposure_word"):
        return signals  # a set test in C: almost every message stops here
    if not disowned(msg, signals) or urged(msg):
        return signals
    if any(_wished(s) for s in signals):
        return signals  # "exposure homework, but honestly i want to die"
    return tuple(_lowered(s) if _exercised(s) else s for s in signals)


def _wished(sig: Signal) -> bool:
    """A wish of the writer's own said plainly (not denied, not a means or a plan)."""
    plain = sig.subject == "self" and not sig.negated
    return plain and sig.kind == "risk" and sig.cue.level == RiskLevel.PASSIVE


def _exercised(sig: Signal) -> bool:
    """Means of the writer's own at any level (means alone may be lifted later by the
    conversation rules, beside distress: marked negated, they are not), or a thought or
    method of harm at passive or above."""
    if sig.subject != "self" or sig.negated or sig.kind not in _HELD:
        return False
    return sig.kind == "means" or sig.level >= RiskLevel.PASSIVE


def _lowered(sig: Signal) -> Signal:
    """``sig`` at distress, marked negated (the conversation rules do not lift it)."""
    return make_signal((sig.cue, sig.start, sig.end, RiskLevel.DISTRESS, "self", False, True, sig.frame))
