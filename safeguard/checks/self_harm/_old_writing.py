"""A wish quoted from the writer's own old writing: the past however it is worded.

People who read their old journals, diaries or posts again quote what they wrote then in
the words they wrote it: "my old diary says 'i want to die' on every page", "so many 'i
want to disappear' entries", "looking back at my diary from that year. every page says i
want to die". The wish is in the present tense, so the past-tense tests of ``_told_past``
and ``_wish_ended`` missed it, though the message says the writer is well now ("i'm so
glad that girl kept going", "i don't feel that anymore"). Here a phrase of kind
``old_writing`` in the cue's sentence stands in for the past word, or one in the sentence
before when the cue's own sentence says it is the writing (a word of class
``written_word``: "every page says ..."): "reading my old posts. i want to die." is now.

It only says when the words were written; it settles nothing alone. The callers still ask
for recovery or an elliptic "not anymore", no recent marker and no word of a next time,
so "i read my old diary and i still want to die" or "... and it's back" stays risk.
"""

from __future__ import annotations

from safeguard.checks.self_harm._sentences import Place, Sentences


def from_old_writing(msg: Sentences, at: Place) -> bool:
    """The cue at ``at`` sits in a sentence naming the writer's old writing, or right after
    one (see the module)."""
    if not msg.of_kind("old_writing"):  # the cheap test: most messages name none
        return False
    if msg.in_sentences("old_writing", {at.sentence}):
        return True
    before = msg.in_sentences("old_writing", {at.sentence - 1})
    return before and msg.any_word("written_word", at.low, at.high)
