"""A threat on a trivial condition that follows it: "lol i'm gonna jump off a bridge if
this printer jams one more time", "i'll kms if the wifi drops again haha", "ima kms if this
bus doesn't come"; or that goes before it, said without laughter ("if the boiler cuts out
one more time i'm going to throw myself off the roof": fp18d).

``_discourse._joke`` reads a condition before the cue ("if the printer jams again i'll
kms lol"); said the other way round, the cue comes first and its condition after. The
cue is read as such a threat when a conditional word follows it within :data:`_AFTER`
tokens in its sentence, a trivial cause (class ``trivial_cause``) sits in that condition,
and nothing in the message
names a real loss or a lasting state (class ``grave_condition``: "if she leaves me", "if i
fail again, seriously"). Never an act or a method question, nor beside the writer's
means, a place, preparation or a time phrase of the act's own ("... got the rope ready").
When the message laughs it is a joke (capped at distress, like ``_joke``); without
laughter it is hyperbole capped at passive (:func:`threat_cap`): an intent or a plan word
("gonna", "ima") on a bus or a compiler is no plan, but a wish said without a joke marker
is not taken back either.

Said of a match or a game, the threat often carries plan words and the game's time ("i'm
gonna jump off a bridge if my team loses tonight (joking obvs)"):

- the cue's own level is read, as ``_joke`` does: "tonight" in the condition or "gonna"
  before the act does not make a joke an act (a cue of its own above ``intent``, an act
  under way, is never read here);
- the condition is looked for after the end of the act phrase the cue runs into ("i'm
  gonna jump | off a bridge | if ..."), not only after the cue;
- a joke marker in the message ("joking obvs", "not being serious": cue families of class
  ``joke_family``) laughs as laughter does.
"""

from __future__ import annotations

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._reading import Signal
from safeguard.checks.self_harm._sentences import Place, Sentences, family

_AFTER = 3  # tokens from the cue to its "if" ("kill myself literally if ...")
# Tokens from an "if" before the cue to the cue ("if i have to hear that song one more time
# in the shop i'm going to ..."): _discourse._joke's window for the same order.
_BEFORE = 14
# Kinds of signal that make a threat more than talk, whatever the laughter (as in _joked).
_GRAVE_KINDS = frozenset({"means", "location", "method", "prepare", "timing"})


def threat_cap(msg: Sentences, sig: Signal, at: Place) -> RiskLevel | None:
    """The level a threat on a trivial condition said after the cue is capped at: distress
    when the message laughs, passive when it does not ("ima kms if this bus doesn't come",
    "i'm going to kill myself if this code doesn't compile": hyperbole nearly always, but
    without a joke marker not taken back, so it stays where a wish to be dead is read and
    the crisis resources still show); ``None`` when it is no such threat."""
    if not trivial_threat(msg, sig, at):
        return None
    return RiskLevel.DISTRESS if _laughs(msg) else RiskLevel.PASSIVE


def trivial_threat(msg: Sentences, sig: Signal, at: Place) -> bool:
    """The cue is a threat on a trivial condition said after or before it (laughing or
    not)."""
    if sig.kind != "risk" or sig.cue.level > RiskLevel.INTENT or sig.method_seeking:
        return False
    if not msg.mentions("trivial_cause"):
        return False  # nearly every message
    if any(_grave(other) for other in msg.signals):
        return False  # "lol gonna jump if my team loses. got the rope ready": means beside it
    if not (_condition_after(msg, at) or _condition_before(msg, at)):
        return False
    keys = msg.keys
    return not (
        msg.any_word("grave_condition", 0, at.first)
        or msg.any_word("grave_condition", at.last + 1, len(keys))
    )


def _condition_after(msg: Sentences, at: Place) -> bool:
    """A conditional word within :data:`_AFTER` tokens after the act phrase, and a trivial
    cause after it in the sentence ("gonna jump off a bridge if this printer jams")."""
    end = _act_end(msg, at)
    stop = min(at.high, end + 1 + _AFTER)
    lead = next((i for i in range(end + 1, stop) if msg.keys[i] in msg.cues.words("conditional")), -1)
    return lead >= 0 and msg.any_word("trivial_cause", lead, at.high)


def _condition_before(msg: Sentences, at: Place) -> bool:
    """A conditional word within :data:`_BEFORE` tokens before the cue in its sentence,
    and a trivial cause between them ("if the compressor trips one more time i'm going to
    throw myself off the roof"). ``_discourse._joke`` reads this order when the message
    laughs; said flat it is the same hyperbole, capped here at passive."""
    low = max(at.low, at.first - _BEFORE)
    conditional = msg.cues.words("conditional")
    lead = next((i for i in range(at.first - 1, low - 1, -1) if msg.keys[i] in conditional), -1)
    return lead >= 0 and msg.any_word("trivial_cause", lead, at.first)


def _grave(sig: Signal) -> bool:
    """The writer's means, a place, a method question, preparation or a time for the act."""
    return sig.subject == "self" and not sig.negated and sig.kind in _GRAVE_KINDS


def _laughs(msg: Sentences) -> bool:
    """Laughter, or a joke marker in the message ("joking obvs", "not being serious")."""
    if msg.mentions("laughter"):
        return True
    jokes, table = msg.cues.words("joke_family"), msg.cues.cues
    return any(family(table[h.payload].id) in jokes for h in msg.of_kind("clarify"))


def _act_end(msg: Sentences, at: Place) -> int:
    """The cue's last token, or that of a risk phrase of the writer's that starts inside the
    cue and runs on past it ("i'm gonna jump" runs into "jump off a bridge")."""
    end = at.last
    for other in msg.signals:
        if other.subject != "self" or other.kind != "risk":
            continue
        place = msg.place(other)
        if at.first <= place.first <= at.last and place.sentence == at.sentence:
            end = max(end, place.last)
    return end
