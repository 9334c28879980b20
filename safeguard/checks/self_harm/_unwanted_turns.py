"""Unwanted thoughts named and disowned across turns: a pass over a conversation's turns.

``_unwanted`` reads one message that both names the condition ("intrusive", "OCD") and
disowns the wish. Writers often split the two: "I have OCD and my newest theme is 'what
if I'm secretly suicidal'" ... "do I want to die? no. I don't want to die, I want this to
stop"; "I get a flash of cutting my neck" ... "I've never wanted to hurt myself" ...
"going to look into ERP". Per message (:func:`thought_facts`) three facts are kept: the
message names the condition (or recoils from the thought: "it made me feel sick", see
_recoil), disowns the wish (a denied risk phrase of the writer's own,
"no|zero desire|urge|wish", "not wishes", "i don't want them"; "i hate them", "they
horrify me": see _disowning), or speaks of acting (a time, a now, an urge not denied).
Per conversation (:func:`unwanted_across`), when some turn names the condition, some
turn disowns the wish and no turn speaks of acting or says intent, the writer's thoughts
at ``passive`` or ``ideation`` in the turns up to the last disowning one are distress:
a wish said after the disowning stands ("... honestly sometimes i do want to die").
A plain wish to be dead stands too where the disowning is only of harm ("ERP homework. i
don't want to hurt myself. i just wish i was dead"): a wish is no intrusive image of an
act; only a wish denied ("i don't want to die", "no desire", "they horrify me") lowers it.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from typing import NamedTuple

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._data import CueSet
from safeguard.checks.self_harm._disowning import disowns_thoughts
from safeguard.checks.self_harm._matcher import Hit
from safeguard.checks.self_harm._reading import ReadTurn, Signal, make_signal
from safeguard.checks.self_harm._recoil import recoils

_ACTING = frozenset({"now", "timing"})  # hit kinds that speak of acting
_THEY_ARE = frozenset({"theyre"})  # "they're not wishes" (keys drop the apostrophe)
_ARE = frozenset({"are", "were"})  # "the thoughts are not urges"


class ThoughtFacts(NamedTuple):
    """What one message says about unwanted thoughts (see the module docstring)."""

    names: bool
    disowns: bool
    acts: bool
    # The wish itself denied ("i don't want to die", "no desire", "they horrify me"), not
    # only harm ("i don't want to hurt myself"): a plain wish to be dead is lowered only then.
    denies_wish: bool = False


NO_FACTS = ThoughtFacts(False, False, False, False)


def thought_facts(
    keys: Sequence[str],
    present: AbstractSet[str],
    hits: Sequence[Hit],
    cues: CueSet,
    signals: Sequence[Signal],
) -> ThoughtFacts:
    """The message's facts: one pass over its keys, hits and signals (most messages: a
    few set tests in C against ``present``, the distinct keys)."""
    words = cues.words
    # a recoil: "made me feel sick"
    names = not words("unwanted_thought").isdisjoint(present) or recoils(keys, present, cues)
    shaped = disowns_thoughts(keys, present, cues)  # "they disgust me" may stand alone in its turn
    if not names and not signals and words("urge_word").isdisjoint(present):
        # "they disgust me", "now i know they're not wishes": a disowning alone in its turn
        alone = shaped or _not_wishes(keys, present, cues)
        return ThoughtFacts(False, True, False, True) if alone else NO_FACTS
    wish_denied = shaped or any(map(denied_wish, signals))
    wish_denied = wish_denied or _no_wish(keys, present, cues)
    disowns = wish_denied or any(_denied_own(s) for s in signals)
    acts = any(cues.cues[h.payload].kind in _ACTING for h in hits) or _urge(keys, present, cues)
    return ThoughtFacts(names, disowns, acts, wish_denied)


def denied_wish(sig: Signal) -> bool:
    """A wish to be dead of the writer's own, denied ("i don't want to die")."""
    return sig.subject == "self" and sig.negated and sig.cue.level == RiskLevel.PASSIVE


def plain_wish(sig: Signal) -> bool:
    """A wish to be dead of the writer's own, said plainly (not denied, not a means)."""
    plain = sig.subject == "self" and not sig.negated and sig.cue.kind == "risk"
    return plain and sig.cue.level == RiskLevel.PASSIVE


def _denied_own(sig: Signal) -> bool:
    return sig.subject == "self" and sig.negated and sig.cue.level >= RiskLevel.PASSIVE


def _no_wish(keys: Sequence[str], present: AbstractSet[str], cues: CueSet) -> bool:
    """A wish denied ("no desire", "zero urge", "they're not wishes") or the thoughts
    unwanted ("i don't want them", "don't want these thoughts")."""
    wish, want, them = cues.words("wish_word"), cues.words("want"), cues.words("thought_object")
    if wish.isdisjoint(present) and (want.isdisjoint(present) or them.isdisjoint(present)):
        return False  # set tests in C: most messages never reach the word pairs below
    none = cues.words("none_word") | cues.words("negation")
    if any(a in none and b in wish for a, b in itertools.pairwise(keys)):
        return True
    return any(a in none and b in want and c in them for a, b, c in _triples(keys))


def _not_wishes(keys: Sequence[str], present: AbstractSet[str], cues: CueSet) -> bool:
    """The thoughts said not to be wishes ("they're not wishes", "the thoughts aren't
    urges"), in a turn naming no plan ("they're not wishes, they're plans"). Narrower than
    ``_no_wish``, which reads a turn with signals: alone in its turn "no desire" is as
    often a loss of all wanting ("no desire to do anything anymore") as a disowning."""
    wish = cues.words("wish_word")
    if wish.isdisjoint(present) or not cues.words("plan_word").isdisjoint(present):
        return False  # set tests in C: most turns stop here
    subject, negation = cues.words("thought_subject") | _THEY_ARE, cues.words("negation")
    for i in range(2, len(keys)):
        if keys[i] not in wish or keys[i - 1] not in negation:
            continue
        if keys[i - 2] in subject or (i >= 3 and keys[i - 2] in _ARE and keys[i - 3] in subject):
            return True  # "they're not wishes", "the thoughts are not urges"
    return False


def _triples(keys: Sequence[str]) -> zip[tuple[str, str, str]]:
    return zip(keys, keys[1:], keys[2:], strict=False)


def _urge(keys: Sequence[str], present: AbstractSet[str], cues: CueSet) -> bool:
    """An urge word not after a word of none ("the urges are stronger", not "no urge")."""
    none, urge = cues.words("none_word"), cues.words("urge_word")
    if urge.isdisjoint(present):
        return False
    return any(key in urge and (i == 0 or keys[i - 1] not in none) for i, key in enumerate(keys))


def unwanted_across(turns: Sequence[ReadTurn]) -> None:
    """Lower the writer's thoughts (passive, ideation) to distress in the turns up to the
    last that disowns the wish, when the conversation names the condition and disowns the
    wish, and no turn speaks of acting or says intent."""
    facts = [ThoughtFacts(*t.reading.thought) for t in turns]
    if not any(f.names for f in facts) or any(f.acts for f in facts):
        return
    last = max((i for i, f in enumerate(facts) if f.disowns), default=-1)
    if last < 0 or any(_intent(s) for t in turns for s in t.signals):
        return
    wished = not any(f.denies_wish for f in facts)  # only harm disowned: a plain wish stands
    for turn in turns[: last + 1]:
        turn.signals = [
            _lowered(s) if _thought(s) and not (wished and plain_wish(s)) else s for s in turn.signals
        ]


def _intent(sig: Signal) -> bool:
    return sig.subject == "self" and not sig.negated and sig.level >= RiskLevel.INTENT


def _thought(sig: Signal) -> bool:
    own = sig.subject == "self" and not sig.negated and sig.cue.kind in ("risk", "method")
    return own and RiskLevel.PASSIVE <= sig.level <= RiskLevel.IDEATION


def _lowered(sig: Signal) -> Signal:
    """``sig`` at distress, marked negated (the conversation rules do not lift it)."""
    return make_signal((sig.cue, sig.start, sig.end, RiskLevel.DISTRESS, "self", False, True, sig.frame))
