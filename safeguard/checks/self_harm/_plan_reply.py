"""A plan told in answer to the assistant's question without a "yes" first: "i've been
thinking about death" ... "are these thoughts about ending your life?" ... "yes" ... "have
you thought about acting on them?" ... "more than thought. i know when and how".

``_turns`` reads an answer's plan words (``_answer_plan``) only after an opening "yes".
An answer may give the plan instead of the yes; after the writer has already said they
think of suicide (their own firm level ``ideation`` or above in an earlier turn), plan
words answering a question about risk say what a yes would. Before that, the same words
answer something else ("how's the trip?" ... "i know when and how, just not where"),
unless the question itself named suicide or self-harm (rec18: "are you planning to end your
life?" ... "i have a plan. don't worry about it"): then the plan words answer it as a yes
would, while an answer opening with "no" ("no. i have a plan for the weekend") does not.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._data import Cue
from safeguard.checks.self_harm._reading import Reading, Signal

T = TypeVar("T")

_CUE = Cue("context.plan_reply", "risk", RiskLevel.NONE, "self", False, "und")
# An answer to "are you planning to end your life?" that gives the plan instead of a yes is
# short ("i have a plan. don't worry about it"); a long turn after a long assistant reply
# is the writer's own account (vera_mh: therapy, faith and family, "what happens if i
# don't change"), read on its own and after their earlier turns.
_SHORT_ANSWER = 160


def plan_reply(
    asked: RiskLevel,
    reading: Reading,
    before: Iterable[T],
    level_of: Callable[[T], RiskLevel],
    length: int,
    named: bool = False,
) -> Signal | None:
    """A signal over the answer (``length`` characters) at its plan level, when a question
    about risk (``asked``) is answered with plan words and no "yes" after the writer's own
    ideation in a turn ``before`` (``level_of``: a turn's firm level), or after a question
    that ``named`` suicide or self-harm at ideation or above, in a short answer that does
    not open with "no"."""
    if reading.affirm is not None or reading.answer_plan < RiskLevel.INTENT or asked == RiskLevel.NONE:
        return None  # nearly every turn: the earlier turns are not read
    if named and asked >= RiskLevel.IDEATION and length <= _SHORT_ANSWER and not reading.denies:
        # The question was about ending one's life; plan words answer that question.
        return Signal(_CUE, 0, length, reading.answer_plan, "self")
    if max(map(level_of, before), default=RiskLevel.NONE) < RiskLevel.IDEATION:
        return None
    return Signal(_CUE, 0, length, reading.answer_plan, "self")
