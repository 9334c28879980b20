"""The act told as done with no object ("it's done", "i did it", "i went through with it"):
imminent after the writer's own wish to be dead; alone, after a task or a success, after
self-injury told, or with its clause going on, it is not.

Sentences are written for these tests (rules alone, no word model).
"""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level


@pytest.mark.parametrize(
    "turns",
    [
        ("i don't want to be alive anymore", "I'm here. What's happening?", "it's done"),
        (
            "everyone would be better off without me",
            "I'm listening.",
            "i did it. i actually did it this time",
        ),
        ("i want to kill myself", "Are you safe right now?", "i went through with it. i'm sorry"),
        ("i wish i was dead", "Please talk to me.", "i've done it. feeling sleepy now"),
    ],
)
def test_the_act_done_after_a_wish_is_imminent(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) == L.IMMINENT


@pytest.mark.parametrize(
    "turns",
    [
        ("it's done",),
        ("finished the essay. it's done",),
        ("i did it! passed my driving test",),
        ("i wish i was dead", "I hear you.", "finished the essay. it's done"),
        ("i wish i was dead", "Please call someone.", "i did it. i called the helpline like you said"),
        ("i wish i was dead", "I hear you.", "i don't want to say why i did it"),
        ("i want to die", "I'm here.", "i'm not going to say when it's done"),
    ],
)
def test_the_act_done_alone_or_of_a_task_is_not_imminent(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) < L.IMMINENT


def test_a_done_after_self_injury_told_is_not_imminent() -> None:
    turns = ("i carved a letter into my arm with a pin", "Can you clean it and cover it?", "yeah. it's done")
    assert rules_level(*turns) < L.IMMINENT
