"""A thought of harm the writer recoils from: another way of naming it unwanted.

Beside naming the condition ("intrusive", "OCD"), people describe an unwanted thought of
harm by what it does to their body: "a flash of slicing my hand open. i don't want to. it
made me feel sick", "the thought of a blade makes me feel faint", "it's horrifying". Read
by ``_unwanted`` and ``_unwanted_turns`` as naming the thought unwanted; like the named
condition it lowers nothing alone: the message (or the conversation) must also disown the
wish, and no turn may speak of acting (an urge, a time, a now). Only the shapes below,
each a few adjacent words, count: "i feel sick" (an illness) or "sick of everything" (a
weariness) do not, nor "it makes me feel calm".
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from safeguard.checks.self_harm._data import CueSet


def recoils(keys: Sequence[str], present: AbstractSet[str], cues: CueSet) -> bool:
    """The keys hold "makes|made me (feel) sick|faint|nauseous" or "it's|that's
    horrifying|sickening" (classes ``recoil_state``, ``recoil_word``; ``present``: the
    distinct keys, for the set tests)."""
    words = cues.words
    state, horrid = words("recoil_state"), words("recoil_word")
    if state.isdisjoint(present) and horrid.isdisjoint(present):
        return False  # two set tests in C: almost every message stops here
    for i, key in enumerate(keys):
        if key in state and _made_me(keys, i, cues):
            return True  # "it made me feel sick"
        if key in horrid and _it_is(keys, i, cues):
            return True  # "it's horrifying"
    return False


def _made_me(keys: Sequence[str], i: int, cues: CueSet) -> bool:
    """Before token ``i``: "makes me" or "makes me feel" (not "i feel sick")."""
    j = i - 1 if i >= 1 and keys[i - 1] in cues.words("recoil_feel") else i
    return j >= 2 and keys[j - 1] == "me" and keys[j - 2] in cues.words("recoil_make")


def _it_is(keys: Sequence[str], i: int, cues: CueSet) -> bool:
    """Before token ``i``: "it's", "that's", "they're", "it is so" (the thought described)."""
    link = cues.words("recoil_link")
    j = i - 1 if i >= 1 and keys[i - 1] in ("so", "really", "just") else i
    return j >= 1 and keys[j - 1] in link
