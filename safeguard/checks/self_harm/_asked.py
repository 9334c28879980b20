"""Questions someone else asked the writer: a pass over one message's signals.

A worried parent or friend reports another person's question in the writer's own
sentence: "my son asked me how much Tylenol is too much", "my friend asked me last week
how much paracetamol it would take". The method or act words are the asker's, not the
writer's: the signal is someone else's (the conversation rules still lift a method
question after the writer's own distress). The asker is the person word nearest before
the verb of asking (class ``echo_verb``); "i asked my doctor how much ..." and a
question answered yes ("my therapist asked if i'd thought about how many pills it would
take. honestly yes") stay the writer's.
"""

from __future__ import annotations

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._people import mask
from safeguard.checks.self_harm._reading import Signal
from safeguard.checks.self_harm._sentences import Place, Sentences

_OTHER = mask("other_subj", possessive=True)
_WINDOW = 8  # tokens between the verb of asking and the question, and the asker and it


def asked_by_others(msg: Sentences, signals: tuple[Signal, ...]) -> tuple[Signal, ...]:
    """``signals`` with questions another person asked the writer made theirs."""
    if not msg.mentions("echo_verb") or msg.mentions("answer_yes"):
        return signals
    return tuple(s.lifted(s.level, subject="other") if _asked(msg, s) else s for s in signals)


def _asked(msg: Sentences, sig: Signal) -> bool:
    if sig.subject != "self" or sig.negated or sig.kind not in ("risk", "method"):
        return False
    if sig.level < RiskLevel.PASSIVE and sig.kind == "risk":
        return False
    at = msg.place(sig)
    keys, says = msg.keys, msg.cues.words("echo_verb")
    verb = next(
        (i for i in range(at.first - 1, max(at.low, at.first - _WINDOW) - 1, -1) if keys[i] in says), -1
    )
    return verb >= 0 and _asker_is_other(msg, at, verb)


def _asker_is_other(msg: Sentences, at: Place, verb: int) -> bool:
    """The person word nearest before the verb is another person ("my son asked")."""
    speakers = msg.cues.words("self_speaker")
    for i in range(verb - 1, max(at.low, verb - _WINDOW) - 1, -1):
        if msg.keys[i] in speakers:
            return False
        if msg.people.tag(i) & _OTHER:
            return True
    return False
