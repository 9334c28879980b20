"""Phrases read as the writer's by their wording that name another person as the actor.

Many risk phrases drop their subject ("plan to end it", "been stockpiling pills") and
are read as the writer's own. When an English phrase holds no word of the writer's and
follows another person's pronoun in its sentence ("my best mate told me he's got a plan
to end it"), it reports someone else: a third-person report, not the writer's risk. A
word of the writer's between the pronoun and the phrase ("she said i've got a plan to
end it") keeps it the writer's. A phrase naming another person's things is left alone:
they are often the ones the writer addresses ("a letter ... i want they know it's not
their fault"), unless its possessive is the pronoun's own ("he's been saving up his
sleeping tablets", "she's stockpiling her meds": classes ``he_words``, ``she_words``).
Only English cues are read ("he pensado en matarme" is the Spanish "i have").
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
    pronoun = _after_pronoun(msg, at)
    if pronoun < 0:
        return False
    if msg.any_word("other_possessive", at.first, at.last + 1):
        # "i want they know it's not their fault": they are the ones told; "he's been saving
        # his pills": his own
        return _agrees(msg, pronoun, at)
    return True


def _after_pronoun(msg: Sentences, at: Place) -> int:
    """Another person's pronoun within ``_LEAD`` tokens before the phrase in its sentence,
    with no word of the writer's after it (-1: none)."""
    low = max(at.low, at.first - _LEAD)
    for i in range(at.first - 1, low - 1, -1):
        if msg.keys[i] in msg.cues.words("self_subj"):
            return -1
        if msg.keys[i] in msg.cues.words("other_pronoun"):
            return i
    return -1


def _agrees(msg: Sentences, pronoun: int, at: Place) -> bool:
    """Every possessive in the phrase is the singular pronoun's own ("he ... his")."""
    words = msg.cues.words
    owners = [words(name) for name in ("he_words", "she_words") if msg.keys[pronoun] in words(name)]
    if not owners:
        return False  # "they ... their"
    possessives = words("other_possessive")
    return all(key in owners[0] for key in msg.keys[at.first : at.last + 1] if key in possessives)
