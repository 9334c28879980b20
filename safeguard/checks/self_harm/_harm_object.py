"""A thought of harm whose object is another person: a pass over one message's signals.

"thoughts of hurting", "thinking about killing" are read as the writer's own risk: said
alone they most often are ("i keep thinking about killing myself", "thoughts about
hurting, not dying"). Followed by another person as the object ("thoughts about hurting
my baby", "my intrusive thoughts are about hurting other people", "i keep getting images
of hurting her"), the harm is to someone else: the writer's fear of their own thoughts
(often harm OCD or a parent's intrusive thoughts), not a risk to themselves. Such a
signal is capped at ``distress``.

Never when the message names the writer as an object too ("thoughts of hurting my kids
and then myself": class ``myself``) or holds another risk phrase of the writer's at
``passive`` or above ("i want to die. i have thoughts of hurting my husband"): then the
writer's risk stands as read.

Gate: a signal whose last word is a verb of harm (class ``harm_verb``); nearly every
message has none.
"""

from __future__ import annotations

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._reading import Signal
from safeguard.checks.self_harm._sentences import Sentences

_REACH = 3  # tokens after the verb where its object is looked for ("hurting | my | baby")


def harm_to_others(msg: Sentences, signals: tuple[Signal, ...]) -> tuple[Signal, ...]:
    """``signals`` with the writer's thoughts of harming another person capped at
    ``distress`` (see the module)."""
    verbs = msg.cues.words("harm_verb")
    keys = msg.keys
    aimed = [s for s in signals if _own(s) and keys[msg.place(s).last] in verbs and _at_other(msg, s)]
    if not aimed:
        return signals  # nearly every message
    if msg.mentions("myself"):
        return signals  # "hurting my kids and then myself"
    if any(_own(s) and s.level >= RiskLevel.PASSIVE and s not in aimed for s in signals):
        return signals
    capped = {id(s) for s in aimed}
    return tuple(s.lifted(min(s.level, RiskLevel.DISTRESS)) if id(s) in capped else s for s in signals)


def _own(sig: Signal) -> bool:
    return sig.subject == "self" and not sig.negated and sig.kind == "risk"


def _at_other(msg: Sentences, sig: Signal) -> bool:
    """Another person is the verb's object: within ``_REACH`` tokens after it, after at
    most determiners (class ``harm_lead``: "my", "the", "other"), a person word (class
    ``harm_victim`` or ``other_subj``), never a reflexive ("killing themselves")."""
    at = msg.place(sig)
    words = msg.cues.words
    lead, victims, others = words("harm_lead"), words("harm_victim"), words("other_subj")
    reflexive = words("harm_reflexive")
    for i in range(at.last + 1, min(at.high, at.last + 1 + _REACH)):
        key = msg.keys[i]
        if key in reflexive:
            return False  # "thinking about killing themselves": suicide, whoever's
        if key in victims or key in others:
            return True
        if key not in lead:
            return False
    return False
