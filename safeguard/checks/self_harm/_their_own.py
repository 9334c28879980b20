"""Phrases read as the writer's by their wording that name another person as the actor.

Many risk phrases drop their subject ("plan to end it", "been stockpiling pills") and
are read as the writer's own. When an English phrase holds no word of the writer's and
follows another person's pronoun in its sentence ("my best mate told me he's got a plan
to end it"), it reports someone else: a third-person report, not the writer's risk. A
word of the writer's between the pronoun and the phrase ("she said i've got a plan to
end it") keeps it the writer's. A phrase naming another person's things is left alone:
they are often the ones the writer addresses ("a letter ... i want they know it's not
their fault"). Only English cues are read ("he pensado en matarme" is the Spanish "i have").
"""

from __future__ import annotations

from safeguard.checks.self_harm._reading import Signal
from safeguard.checks.self_harm._sentences import Place, Sentences

_LEAD = 3  # tokens between the pronoun and the phrase ("he's got a | plan to end it")


def their_own(msg: Sentences, sig: Signal, at: Place) -> bool:
    """``sig`` (fixed to the writer by its cue) names another person as its actor."""
    if sig.subject != "self" or sig.cue.subject != "self" or not sig.cue.id.startswith("en."):
        return False
    if msg.any_word("self_subj", at.first, at.last + 1):
        return False  # "she's got my pills"
    if msg.any_word("other_possessive", at.first, at.last + 1):
        return False  # "i want they know it's not their fault": they are the ones told
    return _after_pronoun(msg, at)


def _after_pronoun(msg: Sentences, at: Place) -> bool:
    """Another person's pronoun within ``_LEAD`` tokens before the phrase in its sentence,
    with no word of the writer's after it."""
    low = max(at.low, at.first - _LEAD)
    for i in range(at.first - 1, low - 1, -1):
        if msg.keys[i] in msg.cues.words("self_subj"):
            return False
        if msg.keys[i] in msg.cues.words("other_pronoun"):
            return True
    return False
