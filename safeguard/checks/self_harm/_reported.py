"""Reported speech without quotes: "mi amiga me dijo que quiere morirse".

Spanish and Portuguese drop the subject ("meu filho disse que quer morrer"), and French
fuses it into the complementizer ("ma sœur m'a dit qu'elle voulait mourir" reads "quelle"):
the nearest person word before the cue is then the writer's object pronoun ("me", "m'")
and the cue reads as the writer's. In such a clause the speaker is the subject of the
verb of saying, so the cue is theirs when:

- a complementizer (class ``complementizer``: "que", "q", "qu'elle", "dass") comes before
  the cue in its sentence, with no word of the writer's, first-person verb (class
  ``self_verb``: "quiero", "quero"), clause break or contrast between them ("dijo que
  terminamos y ya no quiero vivir" is the writer's);
- a verb of saying (``say_verb``) comes shortly before the complementizer;
- the nearest person word before that verb is another person ("mi amiga", "meu filho"),
  not the writer speaking ("le dije a mi amiga que quiero morir" has no one before
  "dije", and a first-person "yo" / "eu" / "je" / "ich" makes the words the writer's).

Used by the pass of :mod:`._discourse`; English writes its pronouns ("she said she wants
to die") and defines no complementizer, so it is untouched.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from safeguard.checks.self_harm._data import CueSet
from safeguard.checks.self_harm._people import mask
from safeguard.checks.self_harm._reading import Signal
from safeguard.checks.self_harm._sentences import Place, Sentences

_OTHER = mask("other_subj", possessive=True)
_TO_COMPLEMENTIZER = 8  # tokens between the complementizer and the cue ("que a veces ...")
_TO_VERB = 12  # tokens between the verb of saying and the complementizer
_TO_SPEAKER = 8  # tokens between the speaker and the verb ("meu melhor amigo mandou ... dizendo")


def reported_clause(msg: Sentences, sig: Signal, at: Place) -> bool:
    """``sig`` sits in a "que"-clause of another person's verb of saying."""
    if sig.cue.subject == "self" or not msg.any_word("complementizer", at.low, at.first):
        return False  # the cue names the writer itself, or no complementizer before it
    if msg.any_word("self_subj", at.first, at.last + 1) or msg.any_word("self_verb", at.first, at.last + 1):
        return False  # "dijo que quiero morirme": the writer's own words
    that = _complementizer(msg, at)
    if that < 0:
        return False
    verb = _say_verb(msg, that, at.low)
    return verb >= 0 and _other_speaker(msg, verb, at.low)


def _complementizer(msg: Sentences, at: Place) -> int:
    """The nearest complementizer before the cue with nothing of the writer's between."""
    keys, words = msg.keys, msg.cues.words
    stops = words("scope_break") | words("contrast") | words("self_subj") | words("self_verb")
    for i in range(at.first - 1, max(at.low, at.first - _TO_COMPLEMENTIZER) - 1, -1):
        if keys[i] in words("complementizer"):
            return i
        if keys[i] in stops:
            return -1
    return -1


def _say_verb(msg: Sentences, that: int, low: int) -> int:
    """A verb of saying shortly before the complementizer (-1: none)."""
    says = msg.cues.words("say_verb")
    for i in range(that - 1, max(low, that - _TO_VERB) - 1, -1):
        if msg.keys[i] in says:
            return i
    return -1


def _other_speaker(msg: Sentences, verb: int, low: int) -> bool:
    """The nearest person word before the verb is another person, not the writer speaking."""
    return speaker_of(msg.keys, msg.cues, msg.people.tag, verb, max(low, verb - _TO_SPEAKER)) == "other"


def speaker_of(
    keys: Sequence[str], cues: CueSet, tag: Callable[[int], int], verb: int, low: int
) -> str | None:
    """Who speaks the verb of saying at ``verb``: the nearest person word before it, back to
    ``low`` — ``"self"`` for the writer's (class ``self_speaker``), ``"other"`` for another
    person's, None when no person word stands there (a dropped subject)."""
    speakers = cues.words("self_speaker")
    for i in range(verb - 1, low - 1, -1):
        if keys[i] in speakers:
            return "self"
        if tag(i) & _OTHER:
            return "other"
    return None
