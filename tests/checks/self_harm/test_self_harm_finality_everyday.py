"""Finality and an act under way told in everyday words (``en.intent.finality_everyday``,
``en.imminent.act_present``): read beside the writer's distress or after a wish to be dead;
alone, or with an everyday reason, they are a move, a picnic or a vaccine."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level, user_turns_level

L = RiskLevel


@pytest.mark.parametrize(
    ("turns", "least"),
    [
        (("so tired of everything. cancelled it all, wont be around to use any of it after",), L.INTENT),
        (("i feel so hopeless. cancelled my phone contract. won't be needing it after.",), L.INTENT),
        (("i'm so tired. one more week of this and then i can rest for good",), L.INTENT),
        (
            ("got the spot picked out, up at the lake. going up there sunday. wanted someone to know",),
            L.INTENT,
        ),
        (("i wish i was dead", "it's in my veins now. all of it. feels warm."), L.IMMINENT),
    ],
)
def test_everyday_finality_is_read(turns: tuple[str, ...], least: RiskLevel) -> None:
    assert user_turns_level(*turns) >= least


@pytest.mark.parametrize(
    "text",
    [
        "cancelled netflix, wont be around to use any of it, moving to spain",
        "got the spot picked out for the picnic on sunday",
        "the vaccine? it's in my veins now lol",

        "i'm moving abroad so i won't be needing it after the 1st",
        "my sister said she won't be around to see it, she's away that week",
        "she's so sad, she won't be needing it after she moves",
    ],
)
def test_everyday_reasons_and_others_stay_below_passive(text: str) -> None:
    assert rules_level(text) < L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "i feel like i shouldnt exist",
        "some mornings i'm disappointed that i woke up",
        "i lie beside him and wish we could both fall asleep for good",
        "i don't want to be anything anymore",
        "sometimes i think is better to die here than going back",
        "the only reason i'm still here is that i don't want my mother to bury a child",
        "after that it won't matter what happens to me",
        "not sure what i'm sticking around for tbh",
        "might as well be six foot under for all the good i am",
        "every night i hope it's the last one",
        "i'm done being a weight on everyone",
        "what's the point of getting up anymore",
        "i want out. out of everything. out of being me",
    ],
)
def test_everyday_wishes_to_be_dead_are_passive(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "the baby will fall asleep for good once the teething stops",
        "what am i sticking around for, the meeting ended an hour ago",
        "it doesnt matter what happens to me in the game",
        "she feels like she shouldnt exist",
        "i'm not disappointed that i woke up",
        "my character thinks its better to die than surrender, in chapter 3 of my story",
        "this is my third coffee tonight, i hope it's the last one",
    ],
)
def test_everyday_wish_look_alikes_stay_below_passive(text: str) -> None:
    assert rules_level(text) < L.PASSIVE


def test_a_wish_to_rest_forever_stays_a_wish() -> None:
    """Resting for good as a wish ("i just want to rest forever") is passive at most;
    "then i can rest for good" after a week to get through is the decision."""
    assert user_turns_level("i am so tired. i just want to rest forever") < L.INTENT


@pytest.mark.parametrize(
    "text",
    [
        "the suicide thoughts r back. not gonna do anything, theyre just loud",
        "been thinking abt sewerslide again. not gonna do it",
    ],
)
def test_thoughts_said_back_are_ideation(text: str) -> None:
    assert rules_level(text) >= L.IDEATION


@pytest.mark.parametrize(
    "text",
    [
        "my friend said her suicidal thoughts are back",
        "we were thinking abt suicide prevention week posters for school",
    ],
)
def test_others_thoughts_and_topics_stay_below_passive(text: str) -> None:
    assert rules_level(text) < L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "cancelled my gym. won't need it after saturday",
        "handed my bike keys to my nephew, i won't be needing them after the 9th",
        "told my flatmate she can keep the lot. not going to need any of it after this weekend",
        "ya no lo voy a necesitar después del viernes, se lo di a mi prima",
        "no voy a necesitar nada después del 20",
        "j'ai donné mes livres à ma soeur, j'en aurai plus besoin après samedi",
        "j'en aurai pas besoin après le 12 de toute façon",
    ],
)
def test_things_not_needed_after_a_day_are_intent(text: str) -> None:
    """fin24: the writer's own things not needed after a day named (en/es/fr
    ``*.intent.finality_dated``) read intent alone."""
    assert rules_level(text) >= L.INTENT


@pytest.mark.parametrize(
    "text",
    [
        "won't need the car after friday, the new one arrives",
        "selling my desk, moving to leeds so i won't need it after the 3rd",
        "he won't need it after sunday, his cast comes off",
        "no voy a necesitar el coche después del viernes, me mudo",
        "je n'aurai plus besoin de la voiture après samedi, je déménage",
        "le 30 je serai plus là, je pars en vacances",
        "i won't be around this weekend, at my mum's",
        "i'm not going to be around to need the car, moving abroad",
        "30 years and out — retiring!",
        "the party's on saturday but i'm not gonna be here for it, flying to rome",
    ],
)
def test_days_told_for_a_thing_a_move_or_another_stay_below_passive(text: str) -> None:
    assert rules_level(text) < L.PASSIVE


@pytest.mark.parametrize(
    ("turns", "least"),
    [
        (("so done with all of this. not gonna be here for it anyway",), L.INTENT),
        (("i can't do this anymore. 40 years and out",), L.INTENT),
        (("nothing matters. after payday that's me finished",), L.INTENT),
        (("j'en peux plus de cette vie. le 30 je serai pu là",), L.INTENT),
    ],
)
def test_finality_variants_beside_distress_are_intent(turns: tuple[str, ...], least: RiskLevel) -> None:
    """fin24: not being there for it, a life counted off, "that's me finished", and fr
    "je serai plus là" with a day (plan_ref: paired, or beside the writer's distress)."""
    assert rules_level(*turns) >= least


@pytest.mark.parametrize(
    "text",
    [
        "made my decision. they're under my bed",
        "i wrote letters for my family. they're in the glovebox. i haven't picked a day",
        # means beside a plan are at hand (imminent) until told put away
        "i have my uncle's rifle. it's in the garage. i have a plan",
    ],
)
def test_a_thing_put_away_beside_a_decision_is_a_plan(text: str) -> None:
    """fin24: something told as put away (``en.intent.kept_away``) pairs with a decision;
    means put away are kept, not at hand: intent, not imminent."""
    assert rules_level(text) == L.INTENT


@pytest.mark.parametrize(
    "turns",
    [
        ("where's the charger? it's in my drawer",),
        ("got a new rope for climbing, it's in the garage",),
        ("bought a knife for the kitchen, it's in the drawer",),
        ("i'm so stressed", "the tax forms? they're in the drawer somewhere"),
    ],
)
def test_things_put_away_alone_stay_below_passive(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) < L.PASSIVE


def test_a_thing_put_away_after_a_thought_is_no_decision() -> None:
    """Where the means are, after a thought of using them, says no decision."""
    turns = ("i keep thinking about overdosing on my meds", "no. they're in the cupboard where mum keeps it")
    assert rules_level(*turns) < L.INTENT
