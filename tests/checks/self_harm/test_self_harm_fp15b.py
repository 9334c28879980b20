"""False alarms of the rules, second round of this session (fp15b).

Each table pairs the wording that no longer raises the writer's level with the nearby
wording that must still do so: the writer's own goodbye, attempt, or act."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import own_and_other, user_turns_level

L = RiskLevel


# ---------------------------------------------------------------- someone else's goodbye
# A goodbye message or note of a person named by a noun ("my mate", "a student in my
# class", "a friend who is…"): theirs, at imminent for them, the writer not raised.
OTHERS_GOODBYE = [
    "my mate posted a goodbye message on snapchat, do i ring his mum",
    "our flatmate has just sent a goodbye text to the group chat",
    "one of my followers wrote a suicide note and deleted it",
    "a boy in my form wrote a goodbye letter, what do teachers do",
    "my ex keeps posting 'goodbye everyone' stuff and won't answer",
    "someone in the discord posted a message that reads like a suicide note",
    "a lad at work who keeps saying goodbye to everyone, should i say something",
]


@pytest.mark.parametrize("text", OTHERS_GOODBYE)
def test_someone_elses_goodbye_named_by_a_noun_is_theirs(text: str) -> None:
    own, _ = own_and_other(text)
    assert own <= L.DISTRESS


# Told as news without a story or a role, the other person's goodbye is still reported.
@pytest.mark.parametrize("text", OTHERS_GOODBYE[:3])
def test_someone_elses_goodbye_is_still_reported(text: str) -> None:
    _, others = own_and_other(text)
    assert others


# The writer's own goodbye stays the writer's, whoever is named beside it.
OWN_GOODBYE = [
    ("i told my mate i wrote a goodbye note", L.INTENT),
    ("mate i wrote a goodbye note last night", L.INTENT),
    ("i wrote a goodbye letter to my flatmate", L.INTENT),
    ("i posted a message that sounded like a suicide note", L.INTENT),
    ("my mate and i talked. i wrote a goodbye note to everyone", L.INTENT),
]


@pytest.mark.parametrize(("text", "floor"), OWN_GOODBYE)
def test_own_goodbye_beside_a_named_person_stays_the_writers(text: str, floor: RiskLevel) -> None:
    assert user_turns_level(text) >= floor


# Someone else's last words or message are theirs, not the writer's finality; a wish beside
# them is still the writer's.
THEIR_LAST = [
    "his last message was 'see you at the match', and then the crash",
    "my grandad died on sunday. her last words to him were about the garden",
    "their last text said 'running late', should i be worried",
]


@pytest.mark.parametrize("text", THEIR_LAST)
def test_someone_elses_last_message_is_not_the_writers_finality(text: str) -> None:
    assert user_turns_level(text) <= L.DISTRESS


OWN_LAST = [
    ("this is my last message. thank you for everything", L.INTENT),
    ("i keep rereading her last message and i want to die", L.PASSIVE),
    ("her last text is on my screen. this is my last message, goodbye", L.INTENT),
]


@pytest.mark.parametrize(("text", "floor"), OWN_LAST)
def test_own_last_message_stays(text: str, floor: RiskLevel) -> None:
    assert user_turns_level(text) >= floor


# ---------------------------------------------------------------- depicting the topic
# Ways to portray or write about the topic are a craft question, not a method, even with
# "i need" after them; writing about it for a piece of work is a task.
DEPICTING = [
    "what are effective ways to depict self-harm in a short film? i need three themes",
    "what are some ways to portray suicide on stage? i need 3 ideas for my drama class",
    "ways to write about self harm? i need three for my essay",
    "how do i write about suicide in my screenplay without glamorising it",
    "how does the novel portray suicide? i need quotes",
]


@pytest.mark.parametrize("text", DEPICTING)
def test_depicting_the_topic_is_a_task(text: str) -> None:
    assert user_turns_level(text) <= L.DISTRESS


OWN_METHOD = [
    ("what are the best ways to kill myself? i need three", L.INTENT),
    ("best ways to commit suicide", L.PASSIVE),
    ("how do i write a suicide note for my family", L.INTENT),
    ("i keep writing about suicide in my journal because i want to die", L.PASSIVE),
    ("how to write about my suicide attempt in my college essay", L.INTENT),
    ("easiest ways to die? i need one tonight", L.PASSIVE),
]


@pytest.mark.parametrize(("text", "floor"), OWN_METHOD)
def test_the_writers_method_or_note_stays(text: str, floor: RiskLevel) -> None:
    assert user_turns_level(text) >= floor


# ---------------------------------------------------------------- tried at places
# A count of places after "tried at" is shopping, not an age of an attempt.
TRIED_PLACES = [
    "i tried at 3 different shops and nobody had the charger",
    "tried at two other pharmacies, still out of stock",
    "i attempted at 4 stores to return it",
]


@pytest.mark.parametrize("text", TRIED_PLACES)
def test_tried_at_places_is_no_attempt(text: str) -> None:
    assert user_turns_level(text) == L.NONE


DATED_ATTEMPTS = [
    ("i tried at 15 and again at 17", L.INTENT),
    ("i tried at 3 different shops and then i tried at 15 to end it", L.INTENT),
    ("i tried at 16", L.DISTRESS),
]


@pytest.mark.parametrize(("text", "floor"), DATED_ATTEMPTS)
def test_a_dated_attempt_stays(text: str, floor: RiskLevel) -> None:
    assert user_turns_level(text) >= floor


# ---------------------------------------------------------------- someone else's overdose
# In a helper's question the overdose is the other person's ("if i find someone who's taken
# an overdose"); the writer's own, even said as "someone who", stays theirs.
HELPERS_OVERDOSE = [
    "how do i help someone who has taken an overdose before the ambulance comes",
    "first aid course question: what if a client has overdosed in the waiting room",
    "what do you do when you find a person who's taken an overdose",
]


@pytest.mark.parametrize("text", HELPERS_OVERDOSE)
def test_someone_elses_overdose_in_a_helpers_question_is_theirs(text: str) -> None:
    own, _ = own_and_other(text)
    assert own <= L.DISTRESS


OWN_OVERDOSE = [
    ("as someone who has taken an overdose, i still think about it", L.IDEATION),
    ("i'm someone who's just taken an overdose", L.INTENT),
    ("i have taken an overdose", L.IMMINENT),
]


@pytest.mark.parametrize(("text", "floor"), OWN_OVERDOSE)
def test_own_overdose_stays(text: str, floor: RiskLevel) -> None:
    assert user_turns_level(text) >= floor


# ---------------------------------------------------------------- figures of taking
# Too much of a pastime, and a number taken that counts no pills, are no overdose.
FIGURES = [
    "i overdosed on murder podcasts this month lol",
    "ODed on chocolate over easter lol",
    "i took a 15 percent pay cut to work here",
    "i took 30% less salary for the equity",
    "i've only taken it 5 nights and i'm sleeping again",
    "took 20 minutes to park",
]


@pytest.mark.parametrize("text", FIGURES)
def test_figures_of_taking_are_no_overdose(text: str) -> None:
    assert user_turns_level(text) <= L.DISTRESS


TAKEN_PILLS = [
    ("i overdosed on my sertraline", L.INTENT),
    ("i took 40 of them about 20 min ago", L.IMMINENT),
    ("i've taken 20 of the tramadol and the rest are right here", L.INTENT),
    ("i took 10 more", L.INTENT),
    ("i took 10x my dose", L.INTENT),
    ("i took them 4 nights ago and nothing happened", L.INTENT),
]


@pytest.mark.parametrize(("text", "floor"), TAKEN_PILLS)
def test_pills_taken_stay(text: str, floor: RiskLevel) -> None:
    assert user_turns_level(text) >= floor


# ---------------------------------------------------------------- someone else's warning signs
# A worried helper telling another's giving away or stockpiling: theirs, the writer not
# raised. "someone" and "they" mask the writer's own and are not read as another's.
OTHERS_SIGNS = [
    "my housemate has been giving his things away and says he won't need them",
    "grandad's been hoarding his heart tablets in a drawer, should i tell the gp",
    "i'm worried about a classmate who keeps giving stuff away",
    "my sister is stockpiling her sleeping pills, what do i do",
]


@pytest.mark.parametrize("text", OTHERS_SIGNS)
def test_someone_elses_warning_signs_are_theirs(text: str) -> None:
    own, others = own_and_other(text)
    assert own <= L.DISTRESS
    assert others


OWN_SIGNS = [
    ("i've been giving my stuff away", L.INTENT),
    ("i've been stockpiling her old pills since she died", L.INTENT),
    ("if someone had been saving their pills for months, would half be enough? asking for me", L.PASSIVE),
]


@pytest.mark.parametrize(("text", "floor"), OWN_SIGNS)
def test_own_warning_signs_stay(text: str, floor: RiskLevel) -> None:
    assert user_turns_level(text) >= floor


# ---------------------------------------------------------------- a rope with its use
ROPE_USES = [
    "picked up a new rope for the kids' swing, is 10mm thick enough",
    "bought the rope and the carabiners for my first climbing trip",
    "got rope burn from tug of war at sports day",
]


@pytest.mark.parametrize("text", ROPE_USES)
def test_a_rope_with_its_use_is_no_means(text: str) -> None:
    assert user_turns_level(text) <= L.DISTRESS


ROPE_MEANS = [
    ("bought a rope today", L.INTENT),
    ("i bought a rope to hang myself from the swing", L.INTENT),
    ("bought a rope for the tree in the garden. tonight", L.INTENT),
]


@pytest.mark.parametrize(("text", "floor"), ROPE_MEANS)
def test_a_rope_as_means_stays(text: str, floor: RiskLevel) -> None:
    assert user_turns_level(text) >= floor


# ---------------------------------------------------------------- figures of edges and cuts
FIGURES_OF_EDGE_AND_CUT = [
    "honestly i'm at the edge of my strength with these night shifts, any tips",
    "i'm on the ledge job-wise, one more bad review and i'm gone",
    "am i cutting too quickly if i lose a kilo a week",
    "should i cut then bulk or the other way round",
]


@pytest.mark.parametrize("text", FIGURES_OF_EDGE_AND_CUT)
def test_figures_of_edge_and_cut(text: str) -> None:
    assert user_turns_level(text) <= L.DISTRESS


EDGE_AND_CUT = [
    ("i'm on the ledge of the bridge", L.INTENT),
    ("i'm at the edge of the roof and i'm going to jump", L.INTENT),
    ("i'm cutting again", L.IDEATION),
    ("i'm cutting too deep and can't stop", L.IDEATION),
]


@pytest.mark.parametrize(("text", "floor"), EDGE_AND_CUT)
def test_heights_and_cuts_stay(text: str, floor: RiskLevel) -> None:
    assert user_turns_level(text) >= floor


# ---------------------------------------------------------------- a date, a countdown, a burden
# Told with the everyday thing they are for, they are no plan.
DATED_THINGS = [
    "my consultant and i set the date for the hip operation, i'm dreading it",
    "i'm devastated. i've set the date for the bypass operation. does it get easier?",
    "we've picked a date for the wedding!! 14 june",
    "every cramp I think it's happening again. counting down to the 20 week scan",
    "so tired, counting down till this term is over",
    "i don't want to be a burden on my children when i'm older, what care options are there",
]


@pytest.mark.parametrize("text", DATED_THINGS)
def test_a_date_for_an_everyday_thing_is_no_plan(text: str) -> None:
    assert user_turns_level(text) <= L.DISTRESS


DATED_ACTS = [
    ("i've set the date for after her birthday and i've got what i need", L.INTENT),
    ("i've set the date for next week", L.INTENT),
    ("i've set a date for my funeral", L.INTENT),
    ("i won't be a burden much longer", L.INTENT),
    ("set the date for friday. i have the pills", L.INTENT),
]


@pytest.mark.parametrize(("text", "floor"), DATED_ACTS)
def test_a_date_for_the_act_stays(text: str, floor: RiskLevel) -> None:
    assert user_turns_level(text) >= floor
