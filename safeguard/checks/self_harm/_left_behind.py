"""Risk named as over without a date: a counted stretch without it, or a former self.

Survivors count time rather than date it ("day 900 without self harm", "400 days without
sh", "a full year without self harming", "clean from self-harm 400 days") and name the
person they were ("my younger suicidal self", "the pills i took during my suicidal
period"). These are the past like "600 days free from self-injury" (see _survived, which
calls these tests and keeps its guards: a recent marker, a next time or a negation in the
message still win).

- ``counted_without``: "without" after a counted stretch of time — a number or "a
  full|whole|entire" before a word of time ("400 days without"), or "day 900 without" —
  with no word of trying, wanting or doubt before it in the sentence ("i can't go a day
  without cutting", "how do i go a full month without self harm" are now).
- ``opening_abstinence``: a word of abstinence opening its sentence, with a word of time
  after the cue in it ("clean from self-harm 400 days", "free from sh since march").
- ``former_self``: a word of the past right before the cue and the writer's self or a
  stretch of life right after it ("my younger suicidal self"), or a stretch of life after
  the cue led by "during" or "after" ("during my suicidal period"); not "my suicidal
  phase" alone, nor "since my suicidal phase began" (both may be now).
"""

from __future__ import annotations

from collections.abc import Sequence

from safeguard.checks.self_harm._sentences import Place, Sentences

_FULL = "abstinent_full"  # "a full year", "a whole month"
_TIME = "abstinent_time"  # day(s), week(s) ... and "since"
_DOUBT = "abstinent_doubt"  # how, try, want, can't ... before "without": the stretch is a goal
_FORMER = "former_word"  # younger, old, former, teenage
_STRETCH = "life_stretch"  # period, phase, era, self ...
_STRETCH_LEAD = "stretch_lead"  # during, after (not "since": "since my suicidal phase began")
_LINKS = 2  # "during my suicidal period": the lead, "my", the cue


def _number(key: str) -> bool:
    return key.isdigit()


def counted_without(msg: Sentences, i: int, low: int) -> bool:
    """Token ``i`` is "without" after a counted stretch of time, and nothing before it in
    its sentence makes the stretch a goal or a struggle (see the module)."""
    keys, words = msg.keys, msg.cues.words
    if keys[i] not in words("abstinent_without") or i - 2 < low:
        return False
    time, before = keys[i - 1], keys[i - 2]
    counted = (time in words(_TIME) and (_number(before) or before in words(_FULL))) or (
        _number(time) and before in ("day", "dai")  # "day 900 without"
    )
    return counted and not (msg.any_word(_DOUBT, low, i) or msg.any_word("negation", low, i))


def opening_abstinence(msg: Sentences, i: int, at: Place) -> bool:
    """Token ``i`` opens the sentence with a word of abstinence, and a word of time follows
    the cue in the sentence ("clean from self-harm 400 days")."""
    keys, words = msg.keys, msg.cues.words
    return i == at.low and keys[i] in words("abstinent_word") and msg.any_word(_TIME, at.last + 1, at.high)


def former_self(msg: Sentences, at: Place) -> bool:
    """The cue is told of a former self or a stretch of life left behind (see the module)."""
    keys, words = msg.keys, msg.cues.words
    after = at.last + 1
    if after >= at.high or keys[after] not in words(_STRETCH):
        return False
    before = _preceding(keys, at.first, at.low)
    if before and keys[before[0]] in words(_FORMER):
        return True  # "my younger suicidal self", "my old self harm days"
    links = words("survived_link")
    for k in before[:_LINKS]:
        if keys[k] in words(_STRETCH_LEAD):
            return True  # "during my suicidal period"
        if keys[k] not in links:
            return False
    return False


def _preceding(keys: Sequence[str], first: int, low: int) -> list[int]:
    """Up to ``_LINKS`` token indexes before ``first`` in the sentence, nearest first."""
    return list(range(first - 1, max(low, first - 1 - _LINKS) - 1, -1))
