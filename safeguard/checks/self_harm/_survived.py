"""Acts and states the writer names as survived or left behind: a pass over one message's signals.

Survivors rarely date what they survived; they name it as the thing they are free of:
"600 days free from self-injury", "i'm a survivor of a suicide attempt", "in recovery
from self harm", "a suicide attempt survivor". Read phrase by phrase, the act or topic
word is current risk. This pass reads the word that governs it, joined to the cue only by
linking words (class ``survived_link``: "from", "of", "a", "my"): a word of survival
(class ``survived_word``: "survivor of a suicide attempt"), or of abstinence (class
``abstinent_word``) after a length of time or a state ("days free from", "been clean
of"; not "i wish i was free from suicidal thoughts", which is now); or a word of survival
straight after the cue (class ``survivor_after``: "attempt survivor", "self harm scars",
unless a word of a new wound is in its sentence: "fresh self harm scars", "how long do
self harm scars stay pink"). Such a cue is
marked past, and the message counts as one that says the writer is well now, so the
conversation rules (``_state._settle_past``) read it as distress when everything the
writer said at passive or above is past. Its level is kept, not capped here: a relapse told
in a later turn ("i've been clean from self harm for a year" ... "no. i'm doing it after
this") is judged against it, and a current risk beside it keeps it.

Never beside a recent marker ("again", "last night"), a word of a next time ("tonight",
"another"), or with the governing word negated ("i'm not free from self harm"): a relapse
or a risk now always wins.
"""

from __future__ import annotations

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._left_behind import counted_without, former_self, opening_abstinence
from safeguard.checks.self_harm._reading import PAST, Signal
from safeguard.checks.self_harm._sentences import Place, Sentences

_LINKS = 3  # linking words between the word of survival and the cue ("survivor of a suicide ...")
_NEGATED = 3  # tokens before the governing word a negation denies it from ("haven't been clean")


def survived(msg: Sentences, signals: tuple[Signal, ...]) -> tuple[Signal, ...]:
    """``signals`` with the writer's own survived acts marked past (see the module)."""
    if not any(map(msg.mentions, _GATE)):
        return signals  # most messages: no word of survival at all
    gone = {s for s in signals if _own(s) and _governed(msg, msg.place(s))}
    if not gone or msg.recent() or msg.mentions("future_word"):
        return signals  # "600 days free from self-injury but tonight ..."
    return tuple(s._replace(frame=PAST) if s in gone else s for s in signals)


# Classes one of which a message must mention for any cue in it to be read as survived.
_GATE = ("survived_word", "abstinent_word", "survivor_after", "abstinent_without", "life_stretch")


def _own(sig: Signal) -> bool:
    own = sig.subject == "self" and not sig.negated and sig.level >= RiskLevel.PASSIVE
    return own and sig.kind in ("risk", "method", "location")  # "survived a jump from a bridge"


def _governed(msg: Sentences, at: Place) -> bool:
    """A word of survival before the cue, in its sentence, joined to it only by linking
    words; or a word of survival right after it or after its event noun."""
    keys, words = msg.keys, msg.cues.words
    after = at.last + 1
    if after + 1 < at.high and keys[after] in words("event_noun"):
        after += 1  # "suicide attempt survivor": the topic word, its event noun, the survivor
    if after < at.high and keys[after] in words("survivor_after"):
        return not msg.any_word("fresh_word", at.low, at.high)
    if former_self(msg, at) or counted_without(msg, at.first, at.low):
        return True  # "my younger suicidal self"; "250 days without cutting" (the cue's own "without")
    links = words("survived_link")
    for i in range(at.first - 1, max(at.low, at.first - 1 - _LINKS) - 1, -1):
        if _governs(msg, i, at):
            return not msg.any_word("negation", max(at.low, i - _NEGATED), i)
        if keys[i] not in links:
            return False
    return False


def _governs(msg: Sentences, i: int, at: Place) -> bool:
    """Token ``i`` is a word of survival, or of abstinence after a time or a state, or
    opening the sentence before a time; or "without" after a counted time (_left_behind)."""
    keys, words = msg.keys, msg.cues.words
    if keys[i] in words("survived_word"):
        return True
    if keys[i] in words("abstinent_word") and i > at.low and keys[i - 1] in words("abstinent_lead"):
        return True
    return opening_abstinence(msg, i, at) or counted_without(msg, i, at.low)


