"""A past wish answered by an elliptic "not anymore": a pass over one message's signals.

People telling of a wish they no longer have often end it with an ellipsis whose verb is
the wish itself: "after the divorce i wanted to die. not anymore", "i used to wish i'd
die in my sleep. i don't anymore", "i had thoughts about dying in the hotel. i don't
now", "i wrote about wanting to disappear. i don't feel that anymore". The ellipsis
(phrases of kind ``wish_ended``) says nothing alone: "i used to have hope. i don't
anymore" tells a loss, not a recovery. So it counts only where what it takes back is the
writer's own thought or wish told in the past tense, in the sentence just before it or
earlier in its own sentence after "but" ("i wanted to die for years, but not anymore").
Then the message says the writer is well now, as a recovery phrase would, and the
history rules (``_told_past``, ``_state._settle_past``) settle the past wish; a wish in the
present, a recent marker or a word of a next time beside it still wins there.
"""

from __future__ import annotations

from collections.abc import Sequence

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._old_writing import from_old_writing
from safeguard.checks.self_harm._reading import PAST, Signal
from safeguard.checks.self_harm._sentences import Sentences


def wish_ended(msg: Sentences, signals: Sequence[Signal]) -> bool:
    """Some past-tense wish of the writer's own in ``signals`` is taken back by an
    elliptic denial right after it (see the module)."""
    ends = msg.of_kind("wish_ended")
    if not ends:  # the cheap test: most messages have no such phrase
        return False
    for sig in signals:
        if not _past_thought(msg, sig):
            continue
        at = msg.place(sig)
        for hit in ends:
            if hit.first <= at.last:
                continue
            sentence = msg.sentence_at(hit.first)
            if sentence == at.sentence + 1 and hit.first == msg.sentence_range(sentence).start:
                return True  # "i wanted to die. not anymore"
            if _across_present(msg, signals, at.sentence, sentence, hit.first):
                return True  # "in libya i wanted to die. i'm in canada now. i don't feel that anymore"
            # a contrast word joins it to the wish in one sentence ("..., but not anymore")
            if sentence == at.sentence and msg.any_word("contrast", hit.first - 1, hit.first):
                return True  # "i wanted to die for years, but not anymore"
    return False


# At most this many sentences between the past wish and the ellipsis that takes it back.
_GAP = 2


def _across_present(msg: Sentences, signals: Sequence[Signal], wish: int, sentence: int, first: int) -> bool:
    """The ellipsis opens ``sentence``, one or two sentences after the wish's, and what
    lies between is the present told plainly: no past word (which could give the ellipsis
    another thing to take back: "... i used to have hope. i don't anymore") and no signal
    of any level (a distress now: "... my life is a mess now. i don't want this
    anymore"). So "in libya i wanted to die. i'm in canada now. i don't feel that
    anymore" and "did i ever want to die? yes. not anymore" take the wish back."""
    if not wish + 1 < sentence <= wish + 1 + _GAP or first != msg.sentence_range(sentence).start:
        return False
    low, high = msg.sentence_range(wish + 1).start, msg.sentence_range(sentence - 1).stop
    if msg.any_word("past_word", low, high):
        return False
    return not any(low <= msg.place(s).first < high for s in signals)


def _past_thought(msg: Sentences, sig: Signal) -> bool:
    """A thought or wish of the writer's own (not an act), unframed or already read as
    the past, whose sentence has a past word up to the cue ("wanted", "used to", "had")."""
    if sig.subject != "self" or sig.negated or sig.kind != "risk" or sig.frame not in ("", PAST):
        return False
    if not RiskLevel.PASSIVE <= sig.level <= RiskLevel.IDEATION:
        return False
    at = msg.place(sig)
    # "so many 'i want to die' entries" in old journals is a wish of then (_old_writing)
    return msg.any_word("past_word", at.low, at.last + 1) or from_old_writing(msg, at)
