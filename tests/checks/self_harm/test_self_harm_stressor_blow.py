"""A method question after a blow in the writer's life (rec15c).

The stressor is told as the event - money, work, health, love, applications - in an earlier
turn or in the same message; a method question after it is the writer's own and at least
intent (see ``_escalate``). The same question with no stressor, as homework, or the stressor
with no method question stays where it was."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import user_turns_level

L = RiskLevel

# (turns, lowest level): the stressor first or beside the question, then the question.
MUST_FLAG = [
    (("can't pay the mortgage this month", "how tall does a bridge need to be"), L.INTENT),
    (("three months behind on the rent now", "which is quicker, hanging or pills"), L.INTENT),
    (("we went bankrupt last spring and the house is next", "how high does a bridge have to be"), L.INTENT),
    (("lost our biggest client this morning",), L.DISTRESS),
    (("lost the contract. that was most of the firm", "how high does a building need to be"), L.INTENT),
    (("i'll have to let go of twelve people on monday", "how high does a bridge have to be"), L.INTENT),
    (("made redundant after nineteen years", "how high does a bridge have to be"), L.INTENT),
    (("how many paracetamol would be fatal. six rounds of chemo and nothing changed",), L.INTENT),
    (("the scan yesterday was bad", "which is quicker, hanging or pills"), L.INTENT),
    (("the cancer has spread", "how many paracetamol would be fatal"), L.INTENT),
    (("she married him yesterday", "how tall does a bridge have to be"), L.INTENT),
    (("found out my wife's been cheating for a year", "how long does it take to bleed out"), L.INTENT),
    (("rejected from every school i applied to", "how many paracetamol would be fatal"), L.INTENT),
    (("flunked again. how many paracetamol would be fatal",), L.INTENT),
]


@pytest.mark.parametrize(("turns", "lowest"), MUST_FLAG)
def test_method_question_after_a_blow_is_the_writers(turns: tuple[str, ...], lowest: RiskLevel) -> None:
    assert user_turns_level(*turns) >= lowest


# The stressor alone is distress, no more: no crisis resources for news told plainly.
STRESSOR_ALONE = [
    "we can't pay the mortgage this month, any advice on talking to the bank?",
    "lost the contract today, need to rewrite our pitch deck",
    "two rounds of chemo done, one to go, feeling hopeful",
    "the scan yesterday was bad, the surgeon wants to operate friday",
    "she married him yesterday and honestly i'm happy for them",
    "rejected from every program again, time to polish the cv",
    "failed again on the driving test, third time lucky?",
]


@pytest.mark.parametrize("text", STRESSOR_ALONE)
def test_a_blow_with_no_method_is_no_more_than_distress(text: str) -> None:
    assert user_turns_level(text) <= L.DISTRESS


# The same question with no stressor, or as homework or trivia with no blow, is not lifted.
NO_BLOW = [
    ("how tall does a bridge need to be for bungee jumping",),
    ("physics homework: how high does a building need to be for terminal velocity",),
    ("we lost the contract for the bridge repainting", "what paint is best for steel"),
    ("the rent is due friday", "how high is the golden gate bridge"),
    ("my flatmate went bankrupt", "can you recommend a budgeting app"),
]


@pytest.mark.parametrize("turns", NO_BLOW)
def test_no_blow_no_lift(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) < L.INTENT


# Whose blow it is follows the nearest person word: a husband's redundancy is his.
def test_lost_job_of_someone_else_is_theirs() -> None:
    assert user_turns_level("my husband was made redundant", "how high is the humber bridge") < L.INTENT


# "how do you" before a blow asks how to bear it, not for a method: the blow stays
# distress. Before an act it still asks for a method.
HOW_DO_YOU = [
    (("how do you cope with being made redundant at 60",), L.DISTRESS, L.DISTRESS),
    (("how do you deal with rounds of chemo and a toddler",), L.DISTRESS, L.DISTRESS),
    (("how do you kill yourself",), L.PASSIVE, L.IMMINENT),
    (("made redundant this morning", "how do you kill yourself"), L.INTENT, L.IMMINENT),
]


@pytest.mark.parametrize(("turns", "low", "high"), HOW_DO_YOU)
def test_how_do_you_asks_for_a_method_only_before_an_act(
    turns: tuple[str, ...], low: RiskLevel, high: RiskLevel
) -> None:
    assert low <= user_turns_level(*turns) <= high
