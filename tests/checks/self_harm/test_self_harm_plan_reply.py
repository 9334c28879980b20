"""A plan given in answer without a "yes" first (_plan_reply): after the writer has said
they think of suicide, plan words answering a question about risk are intent; before that,
or answering nothing, they are not."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel
_SAID = ("i've been thinking about death a lot", "Are these thoughts about ending your own life?", "yes")


@pytest.mark.parametrize(
    "answer",
    [
        "more than thought. i know when and how",
        "i've written the letters",
        "honestly i've chosen how",
        "i know exactly how",
    ],
)
def test_plan_words_answering_after_a_confirmed_wish_are_intent(answer: str) -> None:
    assert rules_level(*_SAID, "Have you thought about acting on them?", answer) >= L.INTENT


@pytest.mark.parametrize(
    "turns",
    [
        # no earlier ideation of the writer's
        ("the trip is next month", "Have you thought about acting on them?", "i know when and how"),
        # a plan question with no confirmed wish before
        ("work's been busy", "Do you have a plan?", "i know exactly how i'll fix the rota"),
        # a no stays a no
        (*_SAID, "Have you thought about acting on them?", "no. i haven't planned anything"),
    ],
)
def test_plan_words_without_a_confirmed_wish_or_a_question_stay_below_intent(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) < L.INTENT
