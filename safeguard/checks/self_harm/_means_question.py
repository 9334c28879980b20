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
# The question about harm put in the lethal word's own sentence (it ends with "?" or opens
# with a question word) with a word of harm beside the means ("been a hell of a month.
# what's the max paracetamol before it's too much"), and not about a daily dose ("how many
# mg is the max per day") or a calming medicine's use ("xanax before a flight? i get
# anxious"): beside the writer's own distress, more than everyday stress, it is
# theirs (see ``_escalate._harm_after_distress``). Not a means named in a story of the past
# with a question elsewhere ("i survived an overdose in 2019 ... how do i write one?").
ASKED_ID = "context.means_question_asked"
_ASKED = Cue(ASKED_ID, "method", RiskLevel.NONE, "self", False, "und")
_SENTENCE_END = ".!?\n"


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
    used = not cues.words("dose_indication").isdisjoint(tokens.key_set)  # "before a flight"
    if cue is _HARM and not used and _asked_here(text, tokens, cues, i):
        cue = _ASKED
    return Signal(cue, tokens.starts[i], tokens.ends[i], RiskLevel.NONE, "self")


def _asked_here(text: str, tokens: Tokens, cues: CueSet, i: int) -> bool:
    """The sentence of token ``i`` is a question (it ends with "?" or opens with a question
    word) with a word of harm other than token ``i`` (or token ``i`` one by itself:
    "lethal", "painless") and no daily dose in it."""
    starts, ends, keys = tokens.starts, tokens.ends, tokens.keys
    low = max(text.rfind(mark, 0, starts[i]) for mark in _SENTENCE_END) + 1
    highs = [at for at in (text.find(mark, ends[i]) for mark in _SENTENCE_END) if at >= 0]
    high = min(highs, default=len(text))
    inside = [j for j in range(len(keys)) if low <= starts[j] and ends[j] <= high]
    if not inside:
        return False
    opens = cues.words("how") | cues.words("question_open")
    if text[high : high + 1] != "?" and keys[inside[0]] not in opens:
        return False
    harms, daily = cues.words("means_harm_ask"), cues.words("dose_daily")
    words = [keys[j] for j in inside]
    itself = keys[i] in cues.words("harm_adjective")  # "a gas that's lethal?"
    return (itself or any(keys[j] in harms for j in inside if j != i)) and daily.isdisjoint(words)


def _question(text: str, tokens: Tokens, cues: CueSet) -> bool:
    """A question mark, a question word anywhere ("so how does a person get ..."), or a
    verb opening a clause ("im 22. can i order ...", "is it true ...")."""
    keys = tokens.keys
    if "?" in text or not cues.words("how").isdisjoint(tokens.key_set):
        return True
    opens = cues.words("question_open")
    clauses = tokens.clauses
    return any(key in opens and (i == 0 or clauses[i] != clauses[i - 1]) for i, key in enumerate(keys))
