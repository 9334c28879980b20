"""Goodbyes with an everyday reason: "saying goodbye to everyone this week" ... "moving
back to Lagos", "this is my last message before I delete the app", "got my affairs in
order" ... "turning 50! will, pension, the lot".

Farewell and preparation phrases (a cue of a family in class ``farewell_cue`` whose own
words hold a farewell word of class ``farewell_span``: "goodbye", "last", "final",
"affairs", "away", "letter"; or "gone", class ``gone_span``) are intent when nothing
explains them. Per message
(:func:`farewell_facts`) two facts are kept: the spans of such phrases, and whether the
message names an everyday reason for a goodbye (class ``farewell_reason``: a move, a
job, an app or account, a trip, retiring, a will with a pension, a lesson, basic
training; another app switched to, :func:`_switched`; or a return named: "see you
tomorrow"; for "when i'm gone" only its own narrow class ``gone_reason``, in the same
message: a keepsake, a bequest, a sitter). Per conversation
(:func:`everyday_farewells`), when every risk the writer states at ``passive`` or above
is such a phrase, each phrase in a turn that names a reason, or whose next turn does, is
read as nothing. Any wish, method, means, time or other plan anywhere keeps them all, and
so does a reason doubted ("people think i'm decluttering. i'm not really"): "i've given
my things away. i won't need them where i'm going" names no reason, and "i'm moving
abroad. i've got the pills" states means.
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from safeguard._levels import RiskLevel
from safeguard._normalize import normalize, tokenize
from safeguard.checks.self_harm._data import CueSet
from safeguard.checks.self_harm._explained import Span, drop_explained
from safeguard.checks.self_harm._plans import believed
from safeguard.checks.self_harm._reading import ReadTurn, Signal
from safeguard.checks.self_harm._sentences import family

_FAREWELLS = operator.attrgetter("farewells")
_REASON = operator.attrgetter("reason")
# A time, means or method of the writer's at any level keeps every farewell ("goodbye goes
# in the envelope for Friday").
_KEEP = frozenset({"timing", "means", "method"})
_BOUND_REACH = 3  # "see you tomorrow", "see you on friday", "see ya next week"
_LOST_REACH = 3  # "lost my job", "got laid off from the company"


def farewell_facts(
    text: str, keys: Sequence[str], present: AbstractSet[str], cues: CueSet, signals: Sequence[Signal]
) -> tuple[bool, frozenset[Span]]:
    """Whether the message names an everyday reason, and its farewell phrases' spans
    (``present``: the distinct keys, for the set tests)."""
    general = _reasons(keys, present, cues) or _bounded(keys, present, cues) or _switched(keys, present, cues)
    # "a 'when i'm gone' binder", "updating my will"
    gone = not cues.words("gone_reason").isdisjoint(present) or _will(keys, present, cues)
    if (general or gone) and _doubted(keys, present, cues):
        general = gone = False
    if not signals:
        return general or gone, frozenset()
    spans = frozenset((s.start, s.end) for s in signals if _farewell(s, text, cues, general, gone))
    return general or gone, spans


def _will(keys: Sequence[str], present: AbstractSet[str], cues: CueSet) -> bool:
    """The last will named as a noun: a word of class ``gone_will`` right after one of
    ``gone_will_lead`` and not before "to" ("updating my will for when i'm gone"; not "lost
    the will to live", nor "when i'm gone my kids will cope")."""
    will = cues.words("gone_will")
    if will.isdisjoint(present):
        return False  # one set test: most messages name no will
    lead = cues.words("gone_will_lead")
    return any(
        key in will and i > 0 and keys[i - 1] in lead and (i + 1 == len(keys) or keys[i + 1] != "to")
        for i, key in enumerate(keys)
    )


def _reasons(keys: Sequence[str], present: AbstractSet[str], cues: CueSet) -> bool:
    """A reason word (class ``farewell_reason``) not named as lost: "moving to leeds" is a
    reason for a goodbye; in "lost my job. this is goodbye" or "my visa was denied" the job
    and the visa are what went wrong, not where the writer is going (a loss word, class
    ``farewell_reason_lost``, within ``_LOST_REACH`` words before it)."""
    reasons = cues.words("farewell_reason")
    if reasons.isdisjoint(present):
        return False  # one set test: most messages name no reason
    lost = cues.words("farewell_reason_lost")
    return any(
        key in reasons and lost.isdisjoint(keys[max(0, i - _LOST_REACH) : i]) for i, key in enumerate(keys)
    )


def _bounded(keys: Sequence[str], present: AbstractSet[str], cues: CueSet) -> bool:
    """The goodbye names its return: a lead word (class ``farewell_bound_lead``: "see")
    followed within ``_BOUND_REACH`` words by a day ("see you tomorrow", "see you on
    monday"); not made final ("for good tonight", class ``farewell_unbound``) nor in a
    message with a negation ("i won't be here for the weekend")."""
    bound = cues.words("farewell_bound")
    if bound.isdisjoint(present) or not cues.words("negation").isdisjoint(present):
        return False  # one set test each: most messages stop here
    lead, final = cues.words("farewell_bound_lead"), cues.words("farewell_unbound")
    for i, key in enumerate(keys):
        if key not in bound:
            continue
        window = keys[max(0, i - _BOUND_REACH) : i]
        if not lead.isdisjoint(window) and final.isdisjoint(window):
            return True
    return False


def _switched(keys: Sequence[str], present: AbstractSet[str], cues: CueSet) -> bool:
    """Another app or tool switched to: a word of class ``farewell_switch`` right before
    "to" ("switching to a different journaling tool"), never "switching off"."""
    switch = cues.words("farewell_switch")
    if switch.isdisjoint(present):
        return False  # one set test: most messages stop here
    return any(a in switch and b == "to" for a, b in itertools.pairwise(keys))


def _doubted(keys: Sequence[str], present: AbstractSet[str], cues: CueSet) -> bool:
    """The reason is doubted: "i'm not really", "they assume it's my heart"."""
    if not cues.words("reason_doubt").isdisjoint(present):
        return True
    if not cues.words("reason_belief").isdisjoint(present):
        reasons = cues.words("farewell_reason")
        if any(key in reasons and believed(keys, i, cues) for i, key in enumerate(keys)):
            return True  # "my wife thinks i'm decluttering": the cover as others believe it
    if "not" not in present:  # most messages never reach the pairs below
        return False
    tail = cues.words("doubt_tail")
    return any(a == "not" and b in tail for a, b in itertools.pairwise(keys))


def _farewell(sig: Signal, text: str, cues: CueSet, general: bool, gone: bool) -> bool:
    """A farewell phrase of the writer's that an everyday reason may explain (few per
    message: each span read once): a goodbye, a letter, a last ... by a general reason
    (``general``: a move, a trip, an app; here or in the next turn); one whose only farewell
    word is "gone" ("when i'm gone") only by a reason of its own narrow kind in this message
    (``gone``: a keepsake, a bequest, a sitter), which explains nothing else ("goodbye
    letters to my family for when i'm gone. the binder has my passwords" keeps its letters),
    or, told with no reason in its message, by any reason of the next turn."""
    if sig.subject != "self" or sig.negated or not RiskLevel.PASSIVE <= sig.level <= RiskLevel.INTENT:
        return False  # imminent: the phrase was raised by a time or a now ("... tonight")
    if family(sig.cue.id) not in cues.words("farewell_cue"):
        return False
    words = tokenize(normalize(text[sig.start : sig.end])).keys
    if not cues.words("suicide").isdisjoint(words) or not cues.words("die").isdisjoint(words):
        return False  # "my suicide note"
    if not cues.words("farewell_span").isdisjoint(words):
        # explained by a general reason here or in the next turn, never by a keepsake alone
        return general or not gone
    # "after i'm gone" is the suicidal letter's phrase as often as the will's: the general
    # reasons (a trip, a move, insurance) sit beside it in both, so only its own explain it
    # here. Told with no reason at all, the writer's next turn may name one ("a note for
    # when i'm gone" ... "for the dog sitter, i'm away 10 days"; "gone where?" ... "to
    # college lol"): the answer to what it meant, no cover told beside it.
    return (gone or not general) and not cues.words("gone_span").isdisjoint(words)


def everyday_farewells(turns: Sequence[ReadTurn]) -> None:
    """Read as nothing the farewell phrases of turns that name an everyday reason (or
    whose next turn does), when the writer states no other risk."""
    if any(t.reading.farewells for t in turns) and _farewells_only(turns):
        drop_explained(turns, _FAREWELLS, _REASON)


def _farewells_only(turns: Sequence[ReadTurn]) -> bool:
    """Every risk the writer states at passive or above is a farewell phrase."""
    for turn in turns:
        for s in turn.signals:
            if s.subject != "self" or s.negated:
                continue
            other = s.level >= RiskLevel.PASSIVE and (s.start, s.end) not in turn.reading.farewells
            if other or s.cue.kind in _KEEP:
                return False
    return True
