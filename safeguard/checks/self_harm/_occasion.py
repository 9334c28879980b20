"""A set time explained by an everyday occasion: "tonight's the night" ... "proposing to
my girlfriend!! ring's in my pocket"; "i've been planning this for weeks. i have
everything ready. tonight's the night" ... "oh god sorry. proposing!!".

A set time of the writer's (cue ``en.timing.set``: "tonight's the night", "today is the
day"; or "it" done with its time, ``en.intent.do_it_dated``, ``en.intent.do_it_now``:
"i'm doing it tonight" ... "finally asking her out") and the plan words beside it ("i
have everything ready", kind ``plan_ref``) are read as nothing (dropped from the turn) in
a turn that names an occasion (class ``occasion``: a proposal, a prom, a gig, a premiere,
a task: the taxes, homework), or whose next turn does, when they are all the
risk the writer states at ``passive`` or above: any wish, means, method, place or other
risk anywhere keeps them ("tonight's the night" ... "the concert. then the pills i've
saved up" stays). Not a ring (a wedding ring taken off is a farewell) nor a date ("i've
set a date").
"""

from __future__ import annotations

from collections.abc import Sequence

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._explained import states_only
from safeguard.checks.self_harm._reading import ReadTurn, Signal

# "tonight's the night"; "i'm doing it tonight" (sev22), "i'm doing it now"
_SET_TIMES = frozenset({"en.timing.set", "en.intent.do_it_dated", "en.intent.do_it_now"})
_PLAN_WORDS = "plan_ref"  # "i have everything ready", "i'm going to do it"
_KEEP = frozenset({"means", "method", "location"})  # beside a time they stay risk


def everyday_occasions(turns: Sequence[ReadTurn]) -> None:
    """Read as nothing the set times and plan words of turns that name an occasion (or
    whose next turn does), when the writer states no other risk."""
    if not any(t.reading.occasion for t in turns):
        return  # nearly every conversation: no occasion named
    if not any(_set_time(s) for t in turns for s in t.signals):
        return
    if not states_only(turns, _explained_in, RiskLevel.PASSIVE, _KEEP):
        return
    for i, turn in enumerate(turns):
        named = turn.reading.occasion or (i + 1 < len(turns) and turns[i + 1].reading.occasion)
        if named and any(_set_time(s) for s in turn.signals):
            # Dropped, not lifted to none: a time left at none is raised again later by
            # its kind (beside distress, _escalate), which the occasion explains too.
            turn.signals = [s for s in turn.signals if not _explained(s)]


def _set_time(sig: Signal) -> bool:
    return sig.cue.id in _SET_TIMES and sig.subject == "self" and not sig.negated


def _explained(sig: Signal) -> bool:
    return _set_time(sig) or (sig.cue.kind == _PLAN_WORDS and sig.subject == "self")


def _explained_in(_turn: ReadTurn, sig: Signal) -> bool:
    return _explained(sig)
