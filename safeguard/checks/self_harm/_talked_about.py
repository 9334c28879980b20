"""Another person's talk about a wish or an act: "my mum has been talking about being a
burden", "someone in my server posts about wanting to die", "a student in my class wrote
an essay about wanting to disappear".

A phrase after "about" (class ``about_word``) has no subject of its own: it is the subject
of the verb of talking before it (``say_verb`` or ``talk_verb``: "talking", "posts",
"wrote an essay"). When the nearest person word before that verb is another person ("my
mum", "a student", "he"), not the writer ("i keep talking about wanting to die", "i told
my mum about wanting to die") and not missing ("been posting about wanting to die": the
writer's dropped subject), the phrase reports them. A word of the writer's in the phrase
("talking about how i want to die") or between the verb and the phrase keeps it the
writer's. Only English cues are read. Used by the pass of :mod:`._discourse`.

The same reading works the other way in :mod:`._subject`: a person named between the verb
and "about" is who was told, not whose wish it is ("i told my mum about wanting to die" is
the writer's wish; "he told me about wanting to die" is his), see :func:`teller`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from safeguard.checks.self_harm._data import CueSet
from safeguard.checks.self_harm._people import mask
from safeguard.checks.self_harm._reading import Signal
from safeguard.checks.self_harm._reported import speaker_of
from safeguard.checks.self_harm._sentences import Place, Sentences

_OTHER = mask("other_subj", possessive=True)
_TO_VERB = 4  # tokens between the verb and "about" ("wrote an essay | about")
_TO_SPEAKER = 6  # tokens between the speaker and the verb ("a student in my class | wrote")


def talked_about(msg: Sentences, sig: Signal, at: Place) -> bool:
    """``sig`` is the object of another person's talk ("she keeps talking about ...")."""
    if not sig.cue.id.startswith("en.") or at.first <= at.low:
        return False
    keys, words = msg.keys, msg.cues.words
    if keys[at.first - 1] not in words("about_word"):
        return False  # almost every signal
    if msg.any_word("self_subj", at.first, at.last + 1):
        return False  # "talking about how i want to die"
    verb = _talk_verb(msg, at.first - 1, at.low)
    return verb >= 0 and _other_speaker(msg, verb, at.low)


def teller(keys: Sequence[str], cues: CueSet, tag: Callable[[int], int], first: int, low: int) -> str | None:
    """Who tells of the phrase at ``first`` right after "about": ``"self"`` for the writer
    or a dropped subject ("i told my mum about wanting to die", "told my gp about ..."),
    ``"other"`` for another speaker ("he told me about wanting to die"), None when no verb
    of telling stands shortly before "about" (the caller's nearest-person rule decides)."""
    if first <= low or keys[first - 1] not in cues.words("about_word"):
        return None  # almost every phrase
    talks = cues.words("say_verb") | cues.words("talk_verb")
    about = first - 1
    verb = next((i for i in range(about - 1, max(low, about - _TO_VERB) - 1, -1) if keys[i] in talks), -1)
    if verb < 0:
        return None
    # the writer's word or none (a dropped subject) is the writer
    found = speaker_of(keys, cues, tag, verb, max(low, verb - _TO_SPEAKER))
    return "other" if found == "other" else "self"


def _talk_verb(msg: Sentences, about: int, low: int) -> int:
    """A verb of talking shortly before "about" with no word of the writer's between."""
    words = msg.cues.words
    talks = words("say_verb") | words("talk_verb")
    for i in range(about - 1, max(low, about - _TO_VERB) - 1, -1):
        if msg.keys[i] in talks:
            return i
        if msg.keys[i] in words("self_subj"):
            return -1  # "she asked me about ...", "talking to me about ..."
    return -1


def _other_speaker(msg: Sentences, verb: int, low: int) -> bool:
    """The nearest person word before the verb is another person's ("a student in my
    class wrote": "my" owns the class, not the verb), not the writer's."""
    return speaker_of(msg.keys, msg.cues, msg.people.tag, verb, max(low, verb - _TO_SPEAKER)) == "other"
