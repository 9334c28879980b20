"""Risk said by its shape rather than its usual verbs: self-harm through its tools, marks and
hiding them (ideation), an act under way said by where the body or the means is (imminent),
flat wishes not to go on (passive), a suicide clause waited out (intent); and the same words
said of a hunt, a feast, someone else or an ordinary day, which are not."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level, user_turns_level

L = RiskLevel


@pytest.mark.parametrize(
    ("text", "least"),
    [
        ("i burned myself with an iron on purpose last night", L.IDEATION),
        ("i punched the wall on purpose again, knuckles are a mess", L.IDEATION),
        ("what's a believable excuse for the cuts on my arm", L.IDEATION),
        ("my mum saw the burns on my thigh and i lied", L.IDEATION),
        ("took the blade out of my sharpener after school", L.IDEATION),
        ("ive been scratching with a safety pin under the desk", L.IDEATION),
        ("went deeper than before, to the fat layer", L.IDEATION),
        ("new beans on my arm from last night", L.IDEATION),
        ("i made small cuts on my wrist again", L.IDEATION),
        ("i'm on the wrong side of the railing", L.IMMINENT),
        ("sitting with one leg over the balcony", L.IMMINENT),
        ("my dad's pistol is in my lap", L.IMMINENT),
        ("the blade is against my wrist", L.IMMINENT),
        ("i took the lot. all of them", L.IMMINENT),
        ("i ate all the tablets in the cabinet", L.IMMINENT),
        ("drank the weedkiller from the garage", L.IMMINENT),
        ("nobody'd miss me much", L.PASSIVE),
        ("i don't see what i'm for anymore", L.PASSIVE),
        ("life is done with me", L.PASSIVE),
        ("i wouldn't mind if my years were cut short", L.PASSIVE),
        ("the only thing that would help this is not waking up", L.PASSIVE),
        ("my wife would be better off with the insurance money", L.PASSIVE),
        ("i'm just waiting out the suicide clause on the policy", L.INTENT),
    ],
)
def test_risk_said_by_its_shape(text: str, least: RiskLevel) -> None:
    assert rules_level(text) >= least


@pytest.mark.parametrize(
    "text",
    [
        # the gun's care after a comma, another clause the idiom phrase cannot reach, is
        # read across the message (_everyday_scene)
        "gun's in my lap, cleaning it for duck season",
        "the rifle is in my lap for duck season",
        "we took the lot to the tip on saturday",
        "i swallowed the lot of the cookies, whole tray gone",
        "drank a whole bottle of wine watching films",
        "my little brother has been scratching his arm with a compass, what do i do",
        "i burned my hand on the stove making dinner",
        "how do i hide acne on my face for photos",
        "i got paper cuts on my hands at work",
        "hit muscle at the gym today",
        "she punched the wall in the film on purpose",
        "is the balcony rail at my new flat high enough for a toddler",
        "nobody'd miss the old printer at work",
        "i'm waiting out the exclusion period on my dental cover",
        "my cat is asleep in my lap",
    ],
)
def test_same_words_without_risk(text: str) -> None:
    assert rules_level(text) < L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "did a dry run with the rope on sunday. next time i won't stop",
        "i'm so tired of this. i've been saving my quetiapine for weeks",
        "everything is hopeless. i'm not planning on being around much longer",
        "i feel so empty. i've written all the letters now",
    ],
)
def test_preparation_said_flatly_is_intent(text: str) -> None:
    assert rules_level(text) >= L.INTENT


@pytest.mark.parametrize(
    "text",
    [
        "did a test run with the new tent in the garden",
        "saving my adderall for exam week is that bad",
        "i'm not planning on being around much longer, moving to leeds in may",
        "i've written all the letters for the wedding invites",
    ],
)
def test_preparation_words_alone_stay_below_passive(text: str) -> None:
    assert rules_level(text) < L.PASSIVE


@pytest.mark.parametrize(
    ("text", "least"),
    [
        ("honestly i'd like to resign from life", L.PASSIVE),
        ("i'm a glitch. someone should just uninstall me", L.PASSIVE),
        ("why should i have to keep waking up", L.PASSIVE),
        ("i wouldn't mind if it was my last birthday", L.PASSIVE),
        ("i've had enough of being alive", L.PASSIVE),
        ("i should just die and save everyone the trouble", L.PASSIVE),
        ("sleep for a month or never wake up at all", L.PASSIVE),
        ("i'm leaving this world tomorrow", L.INTENT),
    ],
)
def test_wishes_said_flatly(text: str, least: RiskLevel) -> None:
    assert rules_level(text) >= least


@pytest.mark.parametrize(
    "text",
    [
        "how do i uninstall the app from my phone",
        "i wouldn't mind if this was my last exam",
        "i've had enough of being the one who always drives",
        "bye forever, fringe. growing it out",
        "writing my own obituary for a death education class",
        "i'm leaving this job tomorrow, finally",
    ],
)
def test_flat_wish_look_alikes_stay_below_passive(text: str) -> None:
    assert rules_level(text) < L.PASSIVE


@pytest.mark.parametrize(
    "turns",
    [
        ("i got kicked out of the army last month", "how long does it take for fumes to work"),
        ("i'm being deported in a fortnight. how many tablets of paracetamol is dangerous",),
        ("my boss let me go today", "do people who jump off bridges feel it"),
        ("they took my kids yesterday", "would a belt hold on a door"),
        ("another rejection this week. does an overdose feel like falling asleep",),
        ("lost my scholarship. what's the tallest point on campus",),
        ("lost my pension. which road has the fastest lorries at night",),
    ],
)
def test_method_question_after_a_loss_is_intent(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) >= L.INTENT


@pytest.mark.parametrize(
    ("turns", "most"),
    [
        # The losses alone are distress, never a wish.
        (("i'm being deported next month and i have nobody there",), L.DISTRESS),
        (("another rejection email, third this week",), L.DISTRESS),
        (("my manager let me go on friday",), L.DISTRESS),
        # The questions alone are nothing.
        (("how long does it take for paint fumes to clear from a bedroom",), L.NONE),
        (("would a rope hold a hammock between two trees",), L.NONE),
        (("what's the highest point in town for sunset photos",), L.NONE),
        (("which trains are the fastest in europe",), L.NONE),
    ],
)
def test_losses_and_questions_alone(turns: tuple[str, ...], most: RiskLevel) -> None:
    assert user_turns_level(*turns) <= most


@pytest.mark.parametrize(
    ("text", "least"),
    [
        ("everyone'd be better off, honestly", L.PASSIVE),
        ("most nights i hope my sleep is permanent", L.PASSIVE),
        ("my family would be better with no me around", L.PASSIVE),
        ("my heart skips at night. if it stops it stops", L.PASSIVE),
        ("i can't cope anymore. i've got a plan and a date now", L.INTENT),
        ("downed a whole packet of my nan's codeine", L.IMMINENT),
        ("just overdosed on my sleeping tablets", L.IMMINENT),
        ("injected far too much insulin on purpose", L.IMMINENT),
        ("the rope is already in my hand", L.IMMINENT),
    ],
)
def test_wishes_plans_and_acts_said_plainly(text: str, least: RiskLevel) -> None:
    assert rules_level(text) >= least


@pytest.mark.parametrize(
    "text",
    [
        "my toddler took the whole packet of stickers off the shelf",
        "the pen is already in my hand, let's write this essay",
        "i have a plan and a timeline for the renovation",
        "everyone's better off with a good night's sleep",
    ],
)
def test_plain_look_alikes_stay_below_passive(text: str) -> None:
    assert rules_level(text) < L.PASSIVE


@pytest.mark.parametrize(
    ("turns", "least"),
    [
        (("i'm done being alive",), L.PASSIVE),
        (("the notes for my family are already sealed",), L.INTENT),
        (("nothing matters anymore. i've a date marked on the calendar",), L.INTENT),
        (("i'm so hopeless. driving to the coast tonight and never driving home",), L.INTENT),
    ],
)
def test_done_letters_and_dates(turns: tuple[str, ...], least: RiskLevel) -> None:
    assert user_turns_level(*turns) >= least


@pytest.mark.parametrize(
    "text",
    [
        "i've got the date marked on the calendar for the dentist",
        "not driving home tonight, staying at my sister's",
        "i'm done being the only one who cooks",
        "i wish it had worked the first time, the cake collapsed",
    ],
)
def test_done_letters_and_dates_look_alikes(text: str) -> None:
    assert rules_level(text) < L.PASSIVE
