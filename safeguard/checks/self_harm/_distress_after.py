"""A life blow told after a method question: the question read in its light.

People often ask first and say why afterwards ("how high is the bridge on route 9" ...
"lost my job today, sorry for rambling"). ``_escalate`` reads a method question after the
writer's own distress as theirs; this module says, for each turn, whether a later turn
tells the writer's own life blow (a job lost, a death, a divorce: class ``life_blow``), so
a question asked before it is read the same way. Only a blow or the writer's own wish to
be dead counts: a later "i'm so scared i'll get her dose wrong" or "panic over" explains
the question, it does not own it.
"""

from __future__ import annotations

from collections.abc import Sequence

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._turns import Ordinary, Turn, firm


def distress_after(turns: Sequence[Turn], stressor: Ordinary) -> list[bool]:
    """For each turn from the first that asks for a method, whether a later turn tells the
    writer's own life blow (``stressor`` decides from a distress span's words); the turns
    before it ask nothing and carry the first question's answer. Only called when some turn
    asks for a method, so ordinary conversations pay nothing."""
    # Only a blow after the first question can own one: the turns before it are not read
    # (in most conversations with a method question it is the last turn, so none are).
    first = next((i for i, t in enumerate(turns) if any(s.method_seeking for s in t.signals)), len(turns))
    after = [False] * len(turns)
    later = False
    for i in range(len(turns) - 1, first, -1):  # one pass from the end: linear in the turns
        after[i] = later
        later = later or tells_blow(turns[i], stressor)
    after[: first + 1] = [later] * min(first + 1, len(turns))
    return after


def tells_blow(turn: Turn, stressor: Ordinary) -> bool:
    """A firm distress signal of the writer's own whose words name a life blow, or the
    writer's own wish to be dead or thought of suicide (rec17g: "how much before it stops
    your heart" ... "are you thinking about killing yourself?" "yes"; "how many would kill
    someone" ... "because i want to die"): the wish owns the question as a blow does."""
    return any(
        s.kind == "risk"
        and firm(s)
        and (
            s.level >= RiskLevel.PASSIVE
            or (s.level == RiskLevel.DISTRESS and stressor(turn.text[s.start : s.end]))
        )
        for s in turn.signals
    )
