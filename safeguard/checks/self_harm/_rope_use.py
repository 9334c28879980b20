"""A rope with its everyday use told in the conversation: "bought the rope today. 60m
dynamic. first outdoor lead climb on sunday", "bought a rope today" ... "what's it for?" ...
"tree surgery course lol. climbing rope, harness, the whole kit".

A rope bought, got or held is means, and a purchase of one reads as preparation (intent):
"bought a rope today" alone stays so. The phrase idiom ``en.context.idiom_rope_use``
cancels it only when the use follows the rope at once ("a rope for the tree swing"); the
use is as often told a sentence later or in the answer to "what's it for?".

Per message (:func:`rope_facts`) two facts are kept: whether it names an activity a rope
is for (class ``rope_activity``: climbing, camping, a hammock, a swing, sailing; not a
tree, a beam or a knot, which are hanging's too) and no word of telling or pretending
(class ``rope_cover``: "told the guy at the hardware store it was for a swing" is a cover
story), and the spans of its rope phrases (a
cue of a family in class ``rope_cue`` whose own words name a rope: "bought a rope", "got
the rope", "rope in hand", and the question read on the rope's word after it: "got the
rope ... what's a bowline again?"), in a message naming nothing of hanging (class
``rope_hanging``: not "bought a rope to hang myself from the swing", "got a rope and a
stool", "which knot holds my weight", "how long to lose consciousness"). Per conversation
(:func:`everyday_ropes`), when every risk the writer states is a rope phrase, each rope
phrase in a turn that names such a use, or whose next turn does, is read as nothing. Any
other risk at distress or above, a time, a method, a place or other means keeps them all
("bought a rope for climbing. nobody would miss me").
"""

from __future__ import annotations

import operator
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from safeguard._levels import RiskLevel
from safeguard._normalize import normalize, tokenize
from safeguard.checks.self_harm._data import CueSet
from safeguard.checks.self_harm._explained import Span, explain_away
from safeguard.checks.self_harm._reading import ReadTurn, Signal
from safeguard.checks.self_harm._sentences import family

_ROPES = operator.attrgetter("ropes")
_USE = operator.attrgetter("rope_use")
_KEEP = frozenset({"timing", "means", "method", "location"})
_ROPE_WORDS = frozenset({"rope", "ropes"})
_DENIED = 3  # "not for climbing", "it isn't for the boat": a negation this near denies the use


def rope_facts(
    text: str, keys: Sequence[str], present: AbstractSet[str], cues: CueSet, signals: Sequence[Signal]
) -> tuple[bool, frozenset[Span]]:
    """Whether the message names a rope's everyday use, and its rope phrases' spans
    (``present``: the message's distinct keys)."""
    # A use told to someone else is a cover story, not a reason ("told the guy at the
    # hardware store it was for a swing"): no use is read beside a word of telling.
    use = _use_named(keys, present, cues) and cues.words("rope_cover").isdisjoint(present)
    if not signals or _ROPE_WORDS.isdisjoint(present):
        return use, frozenset()  # nearly every message: no rope named
    if not cues.words("rope_hanging").isdisjoint(present):
        return use, frozenset()  # "a rope to hang myself from the swing": the rope is hanging's
    return use, frozenset((s.start, s.end) for s in signals if _rope_phrase(s, text, cues))


def _use_named(keys: Sequence[str], present: AbstractSet[str], cues: CueSet) -> bool:
    """An activity a rope is for named and not denied: "bought rope. not for climbing" names
    none (the rope is the writer's means), "not for climbing, for the tent" names one."""
    activity = cues.words("rope_activity")
    if activity.isdisjoint(present):
        return False  # nearly every message
    negation = cues.words("negation")
    if negation.isdisjoint(present):
        return True
    return any(
        key in activity and negation.isdisjoint(keys[max(0, i - _DENIED) : i]) for i, key in enumerate(keys)
    )


def _rope_phrase(sig: Signal, text: str, cues: CueSet) -> bool:
    """A phrase of the writer's own that gets, owns or holds a rope."""
    if sig.subject != "self" or sig.negated or family(sig.cue.id) not in cues.words("rope_cue"):
        return False
    return not _ROPE_WORDS.isdisjoint(tokenize(normalize(text[sig.start : sig.end])).keys)


def everyday_ropes(turns: Sequence[ReadTurn]) -> None:
    """Read as nothing the writer's rope phrases of turns that name a rope's everyday use
    (or whose next turn does), when the writer states no other risk."""
    explain_away(turns, _ROPES, _USE, RiskLevel.DISTRESS, _KEEP)
