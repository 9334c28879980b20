"""An act said as a condition: a pass over one message's signals.

"if i took the tablets on thursday night would anyone find me", "what if i took all my
meds", "suppose i swallowed them all": the act phrases match ("took the tablets", "took
all my meds"), but nothing has been done. The writer is weighing the act, which the
scale calls thoughts of acting (``ideation``); a question about what the act would do
is method-seeking, which the conversation rules read from the rest of the turn.

An act phrase (cue families of the class ``act_cue``) with a conditional word (class
``hypothetical_lead``: "if", "suppose") shortly before it in its clause is capped at
ideation; a readiness phrase is also marked so the conversation rules do not lift it back
to an act. Asked about what the act would do ("would it be enough", "would that kill me":
a word of the class ``act_effect`` after it in its sentence), it is method-seeking, which
after the writer's distress the conversation rules read as intent.
Not an "if" that means "whether" ("idk if i took too many", "not sure if i took them":
the word before it is of the class ``whether_lead``), and not a condition in a clause of
its own ("if anyone asks, i took them all").
"""

from __future__ import annotations

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._reading import Signal, make_signal
from safeguard.checks.self_harm._sentences import Sentences, family

_LEAD_WINDOW = 4  # tokens between the conditional word and the act ("if i ever took ...")


def hypothetical_acts(msg: Sentences, signals: tuple[Signal, ...]) -> tuple[Signal, ...]:
    """``signals`` with act phrases under a condition capped at ideation: the writer's, or
    another real person's a helper asks about ("if he cut his wrists would he ...")."""
    if not msg.mentions("hypothetical_lead"):
        return signals  # most messages: no "if" at all
    return tuple(_weighed(msg, s) if _conditional(msg, s) else s for s in signals)


def _weighed(msg: Sentences, sig: Signal) -> Signal:
    """``sig`` as a thought of the act: ideation at most. A readiness phrase (kind
    ``plan_ref``) is marked negated: the conversation rules would lift it to its act."""
    level = min(sig.level, RiskLevel.IDEATION)
    at = msg.place(sig)
    asks = sig.method_seeking or msg.any_word("act_effect", at.last + 1, at.high)
    held = sig.kind == "plan_ref"
    return make_signal((sig.cue, sig.start, sig.end, level, sig.subject, asks, held, sig.frame))


def _conditional(msg: Sentences, sig: Signal) -> bool:
    if sig.subject not in ("self", "other") or sig.negated:
        return False  # another real person's act too: "what if my brother took them all"
    if family(sig.cue.id) not in msg.cues.words("act_cue"):
        return False
    at = msg.place(sig)
    clauses, keys, words = msg.tokens.clauses, msg.keys, msg.cues.words
    lead, whether = words("hypothetical_lead"), words("whether_lead")
    for i in range(at.first - 1, max(at.low, at.first - _LEAD_WINDOW) - 1, -1):
        if clauses[i] != clauses[at.first]:
            return False  # "if anyone asks, i took them all"
        if keys[i] in lead:
            return i == 0 or keys[i - 1] not in whether
    return False
