"""A threat on a trivial condition that follows it, with laughter: "lol i'm gonna jump off
a bridge if this printer jams one more time", "i'll kms if the wifi drops again haha".

``_discourse._joke`` reads a condition before the cue ("if the printer jams again i'll
kms lol"); said the other way round, the cue comes first and its condition after. The
cue is read as a joke (capped at distress, like ``_joke``) when a conditional word
follows it within :data:`_AFTER` tokens in its sentence, a trivial cause (class
``trivial_cause``) sits in that condition, the message laughs, and nothing in the message
names a real loss or a lasting state (class ``grave_condition``: "if she leaves me", "if i
fail again, seriously"). Never an act or a method question.
"""

from __future__ import annotations

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._reading import Signal
from safeguard.checks.self_harm._sentences import Place, Sentences

_AFTER = 3  # tokens from the cue to its "if" ("kill myself literally if ...")


def trivial_threat(msg: Sentences, sig: Signal, at: Place) -> bool:
    """The cue is a laughing threat on a trivial condition said after it."""
    if sig.kind != "risk" or sig.level > RiskLevel.INTENT or sig.method_seeking:
        return False
    if not msg.mentions("laughter") or not msg.mentions("trivial_cause"):
        return False  # nearly every message
    stop = min(at.high, at.last + 1 + _AFTER)
    lead = next((i for i in range(at.last + 1, stop) if msg.keys[i] in msg.cues.words("conditional")), -1)
    if lead < 0 or not msg.any_word("trivial_cause", lead, at.high):
        return False
    keys = msg.keys
    return not (
        msg.any_word("grave_condition", 0, at.first)
        or msg.any_word("grave_condition", at.last + 1, len(keys))
    )
