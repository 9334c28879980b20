"""A plan announced with a colon and its means right after it: "the plan: pills on sunday
night", "my plan - rope, the garage, friday".

The phrase rules read "my plan is pills" (en.intent.plan_means), but a colon or a dash ends
the clause and phrases never reach past a clause's end. This module reads the one form the
phrases cannot: "the|my|our plan" ending its clause at a colon or a dash, and a means word
(class ``plan_colon_means``) among the first words of the next clause. Medicine words that
care plans name ("meds", "medication") are not in the class ("my plan: meds at 8").
"""

from __future__ import annotations

from safeguard._levels import RiskLevel
from safeguard._normalize import Tokens
from safeguard.checks.self_harm._data import Cue, CueSet
from safeguard.checks.self_harm._reading import Signal

CUE_ID = "context.plan_colon"
_CUE = Cue(CUE_ID, "risk", RiskLevel.INTENT, "self", False, "und")
_OWNERS = frozenset({"the", "my", "our"})  # "his plan: pills" is someone else's
_MARKS = (":", "-", "\u2013", "\u2014")
_REACH = 3  # "the plan: pills", "the plan: sunday, pills": the means opens the clause


def colon_plan(text: str, tokens: Tokens, cues: CueSet) -> Signal | None:
    """The first colon plan with its means in the message, as an intent signal."""
    keys = tokens.keys
    plan = cues.words("plan_colon_word")
    if plan.isdisjoint(tokens.key_set) or not any(mark in text for mark in _MARKS):
        return None  # most messages: no plan word or no colon
    means = cues.words("plan_colon_means")
    for i, key in enumerate(keys):
        if key in plan and _announced(text, tokens, i) and _means_follows(tokens, i, means):
            return Signal(_CUE, tokens.starts[i - 1], tokens.ends[i], RiskLevel.INTENT, "self")
    return None


def _announced(text: str, tokens: Tokens, i: int) -> bool:
    """``plan`` at ``i`` follows "the|my|our" in its clause and ends it at a colon or dash."""
    keys, clauses = tokens.keys, tokens.clauses
    if i == 0 or i + 1 >= len(keys) or keys[i - 1] not in _OWNERS:
        return False
    if clauses[i - 1] != clauses[i] or clauses[i + 1] == clauses[i]:
        return False
    between = text[tokens.ends[i] : tokens.starts[i + 1]]
    return any(mark in between for mark in _MARKS)


def _means_follows(tokens: Tokens, i: int, means: frozenset[str]) -> bool:
    """A means word among the first ``_REACH`` words of the clause after ``plan``."""
    clause = tokens.clauses[i + 1]
    stop = min(len(tokens.keys), i + 1 + _REACH)
    return any(tokens.keys[j] in means and tokens.clauses[j] == clause for j in range(i + 1, stop))
