"""Thoughts of how after the writer's own wish ("i want to die and i keep thinking about
how", "i've looked up ways") are ideation; the same words without a wish, about something
else ("thinking about how unfair it is"), negated or about someone else are not."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel
_ACK = "That sounds really hard. Can you tell me more?"


@pytest.mark.parametrize(
    "turns",
    [
        ("i want to die and i keep thinking about how",),
        ("i wish i wasnt here", _ACK, "ive thought about how. i wouldnt go back there"),
        ("i want to disappear. permanently. i've looked up ways",),
        ("everyone would be better off without me. i think about how i'd do it",),
        ("i want to stop existing. i picture how i'd get there",),
        ("wouldnt mind if i never woke up. i think about making sure of it",),
        ("i don't want to be alive and i think i should do something about that",),
        ("i wish i wasn't here. lately it's more that i could make myself gone",),
        ("i want to be dead", _ACK, "i keep thinking about doing it"),
        ("i want to stop being alive. i wonder how to make it happen",),
        ("nobody would care if i was gone", _ACK, "i think about driving into the barrier on the motorway"),
        ("i'm a burden to everyone. i keep thinking about the bridge near work",),
        ("i wish i wasn't here. i keep picturing getting hit by a train",),
    ],
)
def test_thoughts_of_how_after_a_wish_are_ideation(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) >= L.IDEATION


@pytest.mark.parametrize(
    "turns",
    [
        # No wish: everyday "how" and "ways".
        ("i keep thinking about how to tell my boss i'm quitting",),
        ("i looked up ways to save on rent",),
        ("ive thought about how. the answer is a spreadsheet",),
        ("i keep thinking about how i'd do it differently if i could redo the interview",),
        # A wish, but the how is of something else, or mid-clause.
        ("i want to die. i keep thinking about how unfair it is",),
        ("i wish i wasnt here. thinking about ways to cope with it",),
        ("i wish i was dead. i keep thinking about the train home and the dog",),
        ("i wish i was dead. i think about how to make dinner happen on a budget",),
        # A place or act thought of with no wish anywhere.
        ("i keep thinking about the bridge we crossed on holiday",),
        ("thinking about walking into the sea for a swim this morning",),
        # Negated, or someone else's.
        ("i want to die but i dont think about how",),
        ("i wish i was dead. my sister thought about how to help me",),
    ],
)
def test_how_without_a_wish_or_about_else_stays_below_ideation(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) < L.IDEATION
