"""A phrase fixed to the writer that follows another person's pronoun reports them."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level


@pytest.mark.parametrize(
    "text",
    [
        "my best mate told me he's got a plan to end it, should i call someone",
        "my flatmate says she's got a plan to end it. what do i do",
        "someone in our class group chat said they're going to 'do it tonight' and then left the chat",
    ],
)
def test_another_persons_plan_is_not_the_writers(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "she said i've got a plan to end it",
        "he hit me. plan to end it tonight",
        "shes got my pills and i have a plan to end it",
        "how to write a letter to my parents. i want they know is not their fault. "
        "i finish it tonight and go",
        "he pensado en matarme, te lo digo en serio",
    ],
)
def test_the_writers_own_stays_flagged(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "my neighbour is 80 and he's been saving up his sleeping pills, should i tell his gp",
        "she's been stashing her tablets in a sock drawer, her carer found them",
    ],
)
def test_another_persons_own_things_are_theirs(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "he died in may. i've been saving up his pills",
        "he's been saving up her pills",  # not his own: whose act is unclear
        "they've been saving up their pills and so have i",
    ],
)
def test_anothers_things_in_the_writers_act_stay(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE
