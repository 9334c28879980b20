"""False alarms of the rules read at the top rungs (fp16), each table beside the nearby
wording that must still raise the writer's level."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


# ------------------------------------------------------- "when i'm gone" with a keepsake
# Estate and keepsake planning told with "when i'm gone": a binder, recipes, a bequest to a
# museum, a note for the sitter. Only these narrow reasons explain "gone", in its message.
GONE_KEEPSAKE = [
    "I'm putting together a when I'm gone binder for my son with the bank details",
    "I'm 82 and I'd like my old camera collection to go to the museum after I'm gone",
    "making a little book of my recipes for the grandkids to have after I'm gone",
    "who should be the executor of my estate for when I'm gone? my eldest or a solicitor?",
    "writing a note for the cat sitter for when i'm gone next week",
]


@pytest.mark.parametrize("text", GONE_KEEPSAKE)
def test_when_im_gone_with_a_keepsake_is_no_plan(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


GONE_STILL_RISK = [
    # a general reason (a trip, a move, insurance) does not explain "gone"
    "i put my insurance papers together for when i'm gone",
    "help me write a letter to my wife for after i'm gone. i want her to move on",
    "packing for my final trip so nobody has loose ends after i'm gone",
    "off to a festival on friday. after i'm gone they'll manage",
    # a keepsake beside a wish, means or a time keeps the plan
    "the recipes are in a binder. i just want to die, when i'm gone they'll be fine",
    "my bank details are in the binder for after i'm gone. i've got the pills saved up",
    "sorted the recipes scrapbook for the kids. when i'm gone tonight they will have it",
    "the binder is ready for when i'm gone. i can't do this anymore",
]


@pytest.mark.parametrize("text", GONE_STILL_RISK)
def test_when_im_gone_without_its_own_reason_stays_a_plan(text: str) -> None:
    assert rules_level(text) >= L.INTENT


# ------------------------------------------------------------- a tie ended, with its time
# "ending it with him tonight": the relationship, in the tenses and with the time that the
# older idiom ("end it with him") did not cover.
TIE_ENDED = [
    "I'm ending it with him tonight. 4 years. how do i say it kindly?",
    "i'm ending it with my girlfriend tomorrow, we want different things",
    "im ending things with her on friday, wish me luck",
    "ended it with my fiance last week and i feel lighter",
]


@pytest.mark.parametrize("text", TIE_ENDED)
def test_ending_it_with_a_partner_is_no_plan(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


TIE_AND_OWN_RISK = [
    ("he cheated. i'm ending it with him tonight and then i'm ending it all", L.INTENT),
    ("i'm ending it with him tonight. then i'm going to take all my pills", L.INTENT),
    ("im ending it with her tonight, i cant do this anymore", L.PASSIVE),
    ("he left me. i'm ending it tonight", L.IMMINENT),
    # the tie ended is a bound: beside the writer's means it explains nothing
    ("i'm ending it with him tonight. i've got the pills ready", L.IMMINENT),
]


@pytest.mark.parametrize(("text", "least"), TIE_AND_OWN_RISK)
def test_the_writers_own_ending_beside_a_tie_ended_still_flags(text: str, least: RiskLevel) -> None:
    assert rules_level(text) >= least


# ------------------------------------------------------------ the writer's own day's dose
# An act told with a prescriber's instruction in its sentence ("as prescribed", "as
# directed") and no distress of the writer's: the day's medication (see _own_dose).
OWN_ROUTINE_DOSE = [
    "I took all my meds this morning as prescribed",
    "took all my tablets with breakfast as prescribed, now what time is the bus",
    "flu all week, took every cold tablet in the house (as directed), still can't taste anything",
    # the prescriber named ("like the doctor said"; session 19)
    "i have taken all my pills today like the doctor said",
    "took all my tablets as my gp told me, feeling a bit better",
]


@pytest.mark.parametrize("text", OWN_ROUTINE_DOSE)
def test_the_writers_routine_dose_is_no_act(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


OWN_DOSE_STILL_AN_ACT = [
    "took all my pills at once, not as prescribed",
    "i took all my pills. i want to die",
    "i'm so done with everything. took all my pills as prescribed lol",
    "took all my pills like i always do. then i swallowed the whole bottle",
    "i took all my pills like i always said i would",
    # "like i always do" of the writer's own act may be a habit of overdosing (and see
    # test_self_harm_others_time: the writer's own act keeps its rules there)
    "i took all my pills like i always do",
    "took all my pills as usual",
    "took all my pills",
    # a wish or hopelessness beside the instruction (not only a distress word; session 19)
    "everything is hopeless. took all my pills as prescribed",
    "i want to die. took all my pills like the doctor said",
    "i have taken all my pills. the doctor said i would be fine",
]


@pytest.mark.parametrize("text", OWN_DOSE_STILL_AN_ACT)
def test_the_writers_act_without_a_plain_routine_stays_imminent(text: str) -> None:
    assert rules_level(text) >= L.IMMINENT


# ------------------------------------------------------- a question after an everyday rope
# A rope with its activity named, then a question (a knot, s'mores): the question read on
# the rope's word is the rope's (rope_cue "meansquestion"); a question of passing out,
# dying or holding a body's weight makes it hanging's (rope_hanging).
ROPE_QUESTION_EVERYDAY = [
    "got the rope in hand at the climbing gym, between routes. what's a bowline again?",
    "i've got the rope, the pegs and the tent. camping tonight. how do you make s'mores on a stove",
    "i've got the rope for the sailing course on saturday. which knot do i learn first?",
]


@pytest.mark.parametrize("text", ROPE_QUESTION_EVERYDAY)
def test_a_question_after_an_everyday_rope_is_no_means_question(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


ROPE_QUESTION_RISK = [
    ("got the rope in hand for camping. how long does it take to lose consciousness?", L.INTENT),
    ("got the rope, the pegs and the tent for camping. how long till you lose consciousness?", L.INTENT),
    ("i've got the rope. camping soon. which knot holds my weight?", L.INTENT),
    ("i've got the rope. which knot is strongest?", L.INTENT),
    ("i've got the rope for the hammock. nobody would miss me. what knot?", L.PASSIVE),
]


@pytest.mark.parametrize(("text", "least"), ROPE_QUESTION_RISK)
def test_a_rope_question_of_the_body_or_with_no_activity_still_flags(text: str, least: RiskLevel) -> None:
    assert rules_level(text) >= least


# ------------------------------------------------------- going to a place, by whom it says
# "went to the bridge" has no fixed subject (en.means.went_to): the words before it say
# whose going it is; with none it stays the writer's.
PLACE_GONE_TO_BY_OTHERS = [
    "my dad went to the bridge and never came back",
    "my uncle drove to the cliff one night in 1998 and never came back. i think of him at christmas",
]


@pytest.mark.parametrize("text", PLACE_GONE_TO_BY_OTHERS)
def test_someone_elses_going_to_a_place_is_not_the_writers(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


PLACE_GONE_TO_BY_THE_WRITER = [
    ("What if I drove to the bridge and never came back?", L.INTENT),
    ("went to the bridge again tonight", L.INTENT),
    ("my mum thinks i'm at school but i walked to the bridge and never came back home", L.INTENT),
]


@pytest.mark.parametrize(("text", "least"), PLACE_GONE_TO_BY_THE_WRITER)
def test_the_writers_going_to_a_place_still_flags(text: str, least: RiskLevel) -> None:
    assert rules_level(text) >= least
