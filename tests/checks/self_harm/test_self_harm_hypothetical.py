"""An act phrase under a condition ("if i took the tablets ...", "what if i took all my
meds") is a thought of the act, not the act; a question about what it would do after the
writer's distress is method-seeking (intent). An "if" meaning "whether" and a condition in
a clause of its own leave the act as it is."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import conversation, rules, user_turns_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "if i took the tablets on thursday night would anyone find me before then",
        "what if i took all my meds",
        "just like. what if i wasn't here. or what if i took all my meds. i dont do it",
        "suppose i swallowed them all, would anyone care",
        "if i took all my pills would anyone care",
        "if i ever took the whole bottle would they notice",
    ],
)
def test_an_act_under_a_condition_is_not_an_act(text: str) -> None:
    assert L.PASSIVE <= user_turns_level(text) < L.IMMINENT


@pytest.mark.parametrize(
    "turns",
    [
        (
            "my dog died this morning. he was the only one who loved me",
            "I'm so sorry.",
            "if i took a whole bottle of sleeping pills would it be painless",
        ),
        ("i lost my job and my wife left", "That's a lot.", "if i took all my meds would it be enough"),
    ],
)
def test_asking_what_the_act_would_do_after_distress_is_intent(turns: tuple[str, ...]) -> None:
    state = rules().assess(conversation(*turns))
    assert state.level == L.INTENT
    assert state.method_seeking


@pytest.mark.parametrize(
    "text",
    [
        "i took all my pills",
        "idk if i took too many pills",
        "not sure if i took too many of my meds, i feel dizzy",
        "i want to die. i took all my meds",
    ],
)
def test_an_act_said_as_done_stays_imminent(text: str) -> None:
    assert user_turns_level(text) == L.IMMINENT
