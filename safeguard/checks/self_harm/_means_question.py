"""A question that names a lethal means ("can i order sodium nitrite online", "how many
storeys do i need"), read as a bare signal the conversation rules grade.

Alone such a question is a pharmacology or building question and says nothing about the
writer (the signal has level ``none``). Beside the writer's own wish to be dead anywhere in
the conversation it is method-seeking, which the scale puts at ``ideation`` or above
(see ``_escalate._lift``): FORMAT.md reads method-seeking after a stressor as at least that.
"""

from __future__ import annotations

from safeguard._levels import RiskLevel
from safeguard._normalize import Tokens
from safeguard.checks.self_harm._data import Cue, CueSet
from safeguard.checks.self_harm._reading import Signal

# Kind "method": an ingredient the rules leave at no risk alone, so where they do the word
# model may still read the message (see _lift._own_open). Told apart from the method cues
# of the data by its id.
CUE_ID = "context.means_question"
_CUE = Cue(CUE_ID, "method", RiskLevel.NONE, "self", False, "und")
# The same question asking about harm (a word of class ``means_harm_ask``: "how much",
# "lethal", "dangerous", "what happens if") and naming no ailment the dose treats ("for a
# headache"): beside the writer's own life blow it is theirs.
HARM_ID = "context.means_question_harm"
_HARM = Cue(HARM_ID, "method", RiskLevel.NONE, "self", False, "und")


def means_question(text: str, tokens: Tokens, cues: CueSet) -> Signal | None:
    """The first lethal-means word (class ``lethal_means``) of a question, as a signal (cue
    ``HARM_ID`` when the message asks about harm, ``CUE_ID`` otherwise)."""
    keys = tokens.keys
    lethal = cues.words("lethal_means")
    if not keys or lethal.isdisjoint(tokens.key_set) or not _question(text, tokens, cues):
        return None  # most messages name no lethal means
    i = next(i for i, key in enumerate(keys) if key in lethal)
    harm = not cues.words("means_harm_ask").isdisjoint(tokens.key_set)
    cue = _HARM if harm and cues.words("means_ailment").isdisjoint(tokens.key_set) else _CUE
    return Signal(cue, tokens.starts[i], tokens.ends[i], RiskLevel.NONE, "self")


def _question(text: str, tokens: Tokens, cues: CueSet) -> bool:
    """A question mark, a question word anywhere ("so how does a person get ..."), or a
    verb opening a clause ("im 22. can i order ...", "is it true ...")."""
    keys = tokens.keys
    if "?" in text or not cues.words("how").isdisjoint(tokens.key_set):
        return True
    opens = cues.words("question_open")
    clauses = tokens.clauses
    return any(key in opens and (i == 0 or clauses[i] != clauses[i - 1]) for i, key in enumerate(keys))
