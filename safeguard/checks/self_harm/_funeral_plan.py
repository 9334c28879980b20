"""One's own funeral planned as thrift or paperwork, its reason told in the conversation:
"sorting out my funeral plan" ... "how come?" ... "i'm 71. i want it paid for so the kids
don't have to fuss", "arranged my own funeral plan at 67. chose the hymns", "is it weird
that i've planned my own funeral?" ... "i'm a funeral director".

"My funeral" pictured or planned is a warning sign (passive), and stays so alone ("been
thinking about my funeral a lot"). Paying ahead or booking with a provider in the same
words is an idiom of the phrase data; the reason is as often told a sentence later or in
the answer to "what's bringing it up?".

Per message (:func:`funeral_facts`) two facts are kept: whether it names such a reason
(a word of class ``funeral_reason``: prepaid, the undertaker, the hymns, a funeral
director; or an older age told, :func:`_older`: "i'm 82", "at 67", "us over 70s") with
no word of doubt (class ``reason_doubt``: "they assume it's just planning"), and the spans
of the writer's funeral phrases (a cue of a family in class ``funeral_cue`` whose own
words name a funeral). Per conversation (:func:`everyday_funerals`), when every risk the
writer states is such a phrase, each one in a turn that names a reason, or whose next
turn does, is read as nothing. Any other risk at distress or above, a time, a method, a
place or means keeps them all ("i'm 80 and i've planned my funeral. nobody would miss me").
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from safeguard._levels import RiskLevel
from safeguard._normalize import normalize, tokenize
from safeguard.checks.self_harm._data import CueSet
from safeguard.checks.self_harm._explained import Span, drop_explained, states_only
from safeguard.checks.self_harm._reading import ReadTurn, Signal
from safeguard.checks.self_harm._sentences import family

_FUNERALS = operator.attrgetter("funerals")
_REASON = operator.attrgetter("funeral_reason")
_KEEP = frozenset({"timing", "means", "method", "location"})
_FUNERAL_WORDS = frozenset({"funeral", "funerals"})
# the ages at which planning one's funeral is ordinary thrift, as the keys that spell them:
# one C-level set intersection per message instead of a Python walk over its words
_OLDER = frozenset(str(age) for age in range(60, 111))


def funeral_facts(
    text: str, keys: Sequence[str], present: AbstractSet[str], cues: CueSet, signals: Sequence[Signal]
) -> tuple[bool, frozenset[Span]]:
    """Whether the message names a practical reason for planning one's funeral, and its
    funeral phrases' spans (``present``: the message's distinct keys)."""
    reason = not cues.words("funeral_reason").isdisjoint(present) or _older(keys, present, cues)
    reason = reason and cues.words("reason_doubt").isdisjoint(present)
    if not signals or _FUNERAL_WORDS.isdisjoint(present):
        return reason, frozenset()  # nearly every message: no funeral named
    return reason, frozenset((s.start, s.end) for s in signals if _funeral_phrase(s, text, cues))


def _older(keys: Sequence[str], present: AbstractSet[str], cues: CueSet) -> bool:
    """An older age told: a number of ``_OLDER`` right after a word of class
    ``older_lead`` ("i'm 82", "at 67", "over 70s")."""
    ages = _OLDER & present
    if not ages:
        return False  # one pass over the distinct words: most messages name no such number
    leads = cues.words("older_lead")
    return any(a in leads and b in ages for a, b in itertools.pairwise(keys))


def _funeral_phrase(sig: Signal, text: str, cues: CueSet) -> bool:
    """A phrase of the writer's own that pictures or plans their funeral."""
    if sig.subject != "self" or sig.negated or family(sig.cue.id) not in cues.words("funeral_cue"):
        return False
    return not _FUNERAL_WORDS.isdisjoint(tokenize(normalize(text[sig.start : sig.end])).keys)


def everyday_funerals(turns: Sequence[ReadTurn]) -> None:
    """Read as nothing the writer's funeral phrases of turns that name a practical reason
    (or whose next turn does), when the writer states no other risk: the funeral named
    again as a bare topic ("doing my pre-planning with the funeral home", distress) is no
    other risk, and keeps its own level."""
    if not any(t.reading.funerals for t in turns) or not any(t.reading.funeral_reason for t in turns):
        return  # nearly every conversation
    if states_only(turns, _told, RiskLevel.DISTRESS, _KEEP):
        drop_explained(turns, _FUNERALS, _REASON)


def _told(turn: ReadTurn, sig: Signal) -> bool:
    """A funeral phrase of the turn's, or the funeral named as a bare distress topic."""
    if (sig.start, sig.end) in turn.reading.funerals:
        return True
    if sig.level != RiskLevel.DISTRESS or family(sig.cue.id) != "topic":
        return False
    return set(tokenize(normalize(turn.text[sig.start : sig.end])).keys) <= _FUNERAL_WORDS
