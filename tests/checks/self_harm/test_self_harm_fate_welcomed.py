"""Passive wishes told as a death welcomed from outside (miss21b): an illness or a failing
treatment wished to finish the writer, a meteor prayed for, a fatal accident or a crash not
minded; and sleep or a coma wished for with no end. Their everyday look-alikes (a cold
wished gone, a meteor shower, a late plane, a food coma, "i could sleep for a week") stay
below passive."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import user_turns_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "honestly i wish the disease would hurry up and take me",
        "some nights i pray the tumor will just finish me",
        "part of me is hoping the transplant fails",
        "i'm hoping the treatment doesn't work this time",
        "it'd be easier on everyone if the cancer just got on with it",
        "every night i'm wishing for an asteroid, just the one, just for me",
        "tbh i wouldn't mind a deadly crash on the way home",
        "i would not mind if i was given a terminal diagnosis",
        "if our flight went down tonight i wouldn't mind",
        "if my train derails tomorrow i would not care",
        "wouldn't mind if it all just stopped tbh",
        "let the sea take me",
        "i just want to shut my eyes and never open them again",
        "i daydream about going into a coma for a few years",
        "i'd love to be in a coma for good",
        "wish i could hibernate and never wake",
        "i want to just not be at all",
    ],
)
def test_death_welcomed_from_outside_or_endless_sleep_is_passive(text: str) -> None:
    assert user_turns_level(text) == L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "i wish this cold would hurry up and clear off",
        "really hoping the treatment works for my back",
        "we're hoping for a meteor shower on saturday night",
        "i wouldn't mind if the flight was delayed, more time in the lounge",
        "wouldn't mind a deadline extension tbh",
        "i wouldn't mind if the train derailed my whole commute plan, i'd work from home",
        "i wouldn't mind if it all went to plan for once",
        "after that roast i'm in a total food coma",
        "my grandad was in a coma for a week after the fall",
        "i could sleep for a week after this deadline",
        "i close my eyes and can't open them again until the alarm",
        "i want to not be tired anymore",
        "i want to disappear into a cabin for the weekend",
    ],
)
def test_everyday_look_alikes_stay_below_passive(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "some days i just want to get deleted",
        "honestly wouldn't mind getting unplugged",
        "i keep wishing something would just turn me off",
        "existing should come with an off button",
        "if living had an exit button i'd have pressed it years ago",
        "living is like a subscription you can't cancel",
        "i'd rather uninstall my existence",
        "i really do not care whether i'm alive",
        "i'm not bothered if i live",
        "i'm not really bothered how long i live",
    ],
)
def test_ending_in_a_machines_words_or_indifference_is_passive(text: str) -> None:
    assert user_turns_level(text) == L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "i want to be deleted from your marketing list",
        "i want my old posts to get deleted",
        "wish someone would turn the telly off",
        "my laptop has an off button that sticks",
        "this app has a cancel button hidden in settings",
        "i'd love to uninstall this game, it eats my evenings",
        "i'm not bothered if i live in a flat or a house",
        "i'm not bothered how long i live in this flat",
    ],
)
def test_machines_and_apps_everyday_stay_below_passive(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE
