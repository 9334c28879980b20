"""Risk read through other people first (rec15b), each with the same words in a benign life:

- a question about people in general thinking of suicide, then the writer's own "i think
  about it" with a frequency (``_asked_then_own``);
- a check-in that points back ("are you having thoughts like that yourself?") answered yes
  after someone's thoughts of suicide (``en.context.ask_like_that``);
- "ppl" as a person word ("ppl who want to die are weak" is someone else's wish).

Sentences are written for these tests (rules alone, no word model).
"""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level


@pytest.mark.parametrize(
    ("turns", "least"),
    [
        (
            (
                "do people who keep thinking about suicide actually go through with it?"
                " i think about it nightly",
            ),
            L.IDEATION,
        ),
        (
            ("is it normal for ppl to think about killing themselves? cause i think about it constantly",),
            L.IDEATION,
        ),
        (
            ("does anyone who keeps thinking about ending their life get past it? i think about it a lot",),
            L.IDEATION,
        ),
        (
            (
                "my cousin told me she thinks about killing herself",
                "That's a lot to carry. Are you having thoughts like that yourself?",
                "yeah. most days",
            ),
            L.IDEATION,
        ),
        (
            (
                "my best friend keeps saying she wants to die",
                "I'm sorry. Do you ever feel that way yourself?",
                "yes",
            ),
            L.PASSIVE,
        ),
    ],
)
def test_risk_read_through_others_is_the_writers(turns: tuple[str, ...], least: L) -> None:
    assert rules_level(*turns) >= least


@pytest.mark.parametrize(
    "turns",
    [
        # the question about people, then a thought of something else or of someone named
        ("do people who think about quitting their job actually do it? i think about it daily",),
        (
            "my dad keeps thinking about killing himself. do people"
            " like him get better? i think about it all the time",
        ),
        ("do people who think about suicide get help? i don't think about it at all",),
        # the pointing-back check-in after another topic
        (
            "my sister wants to move to canada",
            "That's a big step. Are you having thoughts like that yourself?",
            "yes",
        ),
        (
            "my flatmate thinks about changing jobs a lot",
            "Do you ever feel that way yourself?",
            "yeah sometimes",
        ),
        # "ppl" as someone else
        ("ppl who say they want to die online are just attention seeking",),
        ("ppl at work keep saying they wanna kill themselves over the deadlines lol",),
    ],
)
def test_the_same_words_in_a_benign_life_stay_low(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) <= L.DISTRESS
