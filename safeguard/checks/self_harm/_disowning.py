"""More ways a writer disowns their intrusive thoughts (read by _unwanted, _unwanted_turns).

Beside "i don't want to" and "no desire", people with harm OCD disown the thoughts by
what the thoughts do to them or what they would never do with them: "i hate them",
"they horrify me", "these thoughts disgust me", "i'd never act on them", "i'm not at
risk", "it doesn't mean i want to", "terrified i'll do it without meaning to", "it has
no pull on me". Only the shapes below count, each a few adjacent words, so "i hate my
life" or "it scares me how much i want to" disown nothing, nor a shape after a
conditional ("intrusive would mean i hate them. i'm agreeing with them"). Like the other
disowning words, these matter only where the message or the conversation also names the
condition ("intrusive", "OCD") and no turn speaks of acting (an urge, a time, "i'm
scared i'll act on them").
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from safeguard.checks.self_harm._data import CueSet

_WINDOW = 4  # "doesn't mean i want to", "don't mean i'm suicidal"
_HEDGE = 2  # "would mean | i hate them"


def disowns_thoughts(keys: Sequence[str], present: AbstractSet[str], cues: CueSet) -> bool:
    """The keys hold one of the disowning shapes of the module docstring (``present``: the
    distinct keys, for the set tests)."""
    words = cues.words
    dislike = words("dislike_verb")
    if dislike.isdisjoint(present) and words("disown_key").isdisjoint(present):
        return False  # two set tests in C: almost every message stops here
    them = words("thought_object")
    for i, key in enumerate(keys):
        before = keys[i - 1] if i else ""
        after = keys[i + 1] if i + 1 < len(keys) else ""
        if key in dislike and _dislikes(before, after, them, cues) and not _hedged(keys, i - 1, cues):
            return True  # "i hate them", "they horrify me"
        if key == "act" and before == "never" and after == "on":
            return True  # "i'd never act on them"
        if key == "risk" and before == "at" and _own_not(keys, i - 2, cues):
            return True  # "i'm not at risk" (not "they think i'm not at risk but ...": see _own_not)
        if key == "mean" and before in words("negation") and _means_no_wish(keys, i, cues):
            return True  # "it doesn't mean i want to"
        if key in words("pull_word") and before in words("none_word"):
            return True  # "the thought has no pull on me"
        if key == "meaning" and before == "without" and after == "to":
            return True  # "scared i'll do something without meaning to": a lost control feared
    return False


def _own_not(keys: Sequence[str], i: int, cues: CueSet) -> bool:
    """Token ``i`` is a negation said by the writer as the first words of their clause ("i'm
    not", "i am not"), not reported ("my mum thinks i'm not at risk")."""
    if i < 1 or keys[i] not in cues.words("negation"):
        return False
    start = i - 1 if keys[i - 1] in cues.words("self_subj") else i - 2
    return start >= 0 and keys[start] in cues.words("self_subj") and not _reported(keys, start, cues)


def _reported(keys: Sequence[str], start: int, cues: CueSet) -> bool:
    return start > 0 and keys[start - 1] in cues.words("say_verb") | {"think", "thinks", "thought"}


def _hedged(keys: Sequence[str], start: int, cues: CueSet) -> bool:
    """A conditional or a wish just before the shape ("intrusive would mean i hate them",
    "i wish they horrified me"): the writer says what the thoughts are not."""
    return not cues.words("disown_hedge").isdisjoint(keys[max(0, start - _HEDGE) : start])


def _dislikes(before: str, after: str, them: frozenset[str], cues: CueSet) -> bool:
    return _hates(before, after, them, cues) or _horrifies(before, after, cues)


def _hates(before: str, after: str, them: frozenset[str], cues: CueSet) -> bool:
    """"i hate them", "i hate these thoughts": the writer's dislike of the thoughts."""
    return before in cues.words("self_subj") and after in them


def _horrifies(before: str, after: str, cues: CueSet) -> bool:
    """"they horrify me", "the thoughts disgust me": the thoughts' effect on the writer."""
    return before in cues.words("thought_subject") and after == "me"


def _means_no_wish(keys: Sequence[str], i: int, cues: CueSet) -> bool:
    """After "doesn't mean": the writer and a wish or "suicidal" within a few words."""
    ahead = keys[i + 1 : i + 1 + _WINDOW]
    wish = cues.words("want") | cues.words("suicidal")
    return bool(ahead) and ahead[0] in cues.words("self_subj") and not wish.isdisjoint(ahead)
