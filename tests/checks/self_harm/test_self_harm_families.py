"""Cue families added for recall: each has must-flag rows and look-alikes that must not move.

Sentences are written for these tests (none is copied from an evaluation set).
"""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import L, judge, level

# Everyday distress: exactly `distress` (these families never reach `passive` alone).
EVERYDAY_DISTRESS = [
    "I've had such a rough week at work",
    "nobody ever calls me anymore",
    "my grandma passed away last month and I miss her so much",
    "my girlfriend cheated on me and I can't stop replaying it",
    "I can't get myself to do anything lately",
    "I feel so unwanted at home",
    "I cried myself to sleep again",
    "everything feels like too much effort these days",
    "I'm such a loser, I failed my driving test again",
    "honestly insomnia and loneliness, that's my whole week",
    "I keep pushing everyone away",
    "I hate my life right now",
    "it really hurts me when they leave me out",
    "it just keeps getting worse and worse",
]

# Topic words, idioms and questions about other people: stay at `none`.
TOPIC_NOT_WRITER = [
    "What causes insomnia in older adults?",
    "Is divorce more common now than in the 1990s?",
    "The funeral scene in that film was beautifully shot",
    "Was the lead singer an alcoholic?",
    "What are the symptoms of anxiety in dogs?",
    "How do I hunt down a bug in my code?",
    "Please summarise the plot of a prison escape movie",
]

# Hopelessness worded as metaphor or clinically: at least `passive`, not above ideation.
HOPELESS = [
    "it feels like a candle burning out and nobody is left to relight it",
    "I'm broken beyond repair",
    "there's no purpose in my life anymore",
    "death feels like the only rest I will ever get",
    "things aren't going to get better for me",
    "part of me doesn't care what happens anymore",
    "I have nothing left to offer anyone",
]

# Oblique intent: preparation and finality wording.
OBLIQUE_INTENT = [
    "I won't be a burden much longer",
    "I've been researching painless methods",
    "I've started giving my belongings away to my cousins",
    "everything is in order now, I'll end it soon",
    "I feel so empty. I've made my decision and nothing will change my mind.",
    "I'm exhausted and hopeless. I said my goodbyes last night.",
]

# Generic plan words beside distress are not a plan to die.
GENERIC_PLAN_WITH_DISTRESS = [
    "I'm so stressed, but I'm going to do it anyway, the exam is tomorrow",
    "I feel anxious about the move but before I go I'll call my mom",
    "I'm really tired, I'll follow through on the report tomorrow",
]


@pytest.mark.parametrize("text", EVERYDAY_DISTRESS)
def test_everyday_distress_is_distress(text: str) -> None:
    assert level(text) == L.DISTRESS, text


@pytest.mark.parametrize("text", TOPIC_NOT_WRITER)
def test_topics_stay_none(text: str) -> None:
    assert level(text) == L.NONE, text


@pytest.mark.parametrize("text", HOPELESS)
def test_hopelessness_is_passive(text: str) -> None:
    got = level(text)
    assert L.PASSIVE <= got <= L.IDEATION, f"{text!r}: {got.label}"


@pytest.mark.parametrize("text", OBLIQUE_INTENT)
def test_oblique_intent(text: str) -> None:
    got = level(text)
    assert got >= L.INTENT, f"{text!r}: {got.label}"


@pytest.mark.parametrize("text", GENERIC_PLAN_WITH_DISTRESS)
def test_generic_plan_words_with_distress_stay_low(text: str) -> None:
    assert level(text) <= L.DISTRESS, text


def test_a_time_and_finality_is_imminent() -> None:
    assert level("tonight's the night. I've made my decision and I'm at peace.") >= L.INTENT


def test_topic_word_in_a_first_person_message_is_the_writers() -> None:
    assert level("hello insomnia and suicidal thoughts, here we go again. i cant") >= L.IDEATION


def test_topic_word_beside_another_person_is_not_the_writers() -> None:
    result = judge("a suicide attempt happened at school today. my cousin saw it. i feel weird")
    assert result.self_harm is not None
    assert result.self_harm.level <= L.DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "i really fucking want to die",
        "i literally just want to disappear forever",
        "honestly I kinda wish I could go to sleep and not wake up",
    ],
)
def test_intensifiers_do_not_hide_a_cue(text: str) -> None:
    assert level(text) >= L.PASSIVE, text


def test_a_phrase_with_an_intensifier_still_matches_as_written() -> None:
    # "not literally" corrects the false alarm before it.
    assert level("this exam is going to kill me", "?", "not literally lol") <= L.DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "Am I thinking about hurting myself? No.",
        "You asked whether I want to die. No, I don't.",
        "Do I have thoughts of killing myself? Nope, just tired.",
        "Am I thinking about hurting myself?? No I'm not",
    ],
)
def test_risk_echoed_in_a_question_and_denied(text: str) -> None:
    assert level(text) <= L.DISTRESS, text


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("Do I want to die? Yes, most days.", L.PASSIVE),
        ("I keep thinking about killing myself. No one would care.", L.IDEATION),
        ("am i suicidal? i think so", L.IDEATION),
        ("Do I want to die? No one would even care.", L.PASSIVE),
    ],
)
def test_questions_that_are_not_denied_still_count(text: str, low: RiskLevel) -> None:
    assert level(text) >= low, text


@pytest.mark.parametrize(
    "text", ["I'm ashamed of myself", "I need to take better care of myself", "I was proud of myself"]
)
def test_of_myself_is_not_off_myself(text: str) -> None:
    assert level(text) <= L.DISTRESS, text


@pytest.mark.parametrize(
    "text",
    [
        "I feel trapped with no options left",
        "there is no viable way forward for me",
        "my hope is gone",
        "something in me is giving up",
        "I feel detached from life",
        "part of me doesn't care what happens to me now",
    ],
)
def test_trapped_and_hope_gone_are_passive(text: str) -> None:
    got = level(text)
    assert L.PASSIVE <= got <= L.IDEATION, f"{text!r}: {got.label}"


@pytest.mark.parametrize(
    "text",
    [
        "part of me doesn't care about football anymore than you do",
        "we have no other option but to take the train",
        "the old phone's battery hope is gone lol",
    ],
)
def test_trapped_look_alikes_stay_below_passive(text: str) -> None:
    assert level(text) <= L.DISTRESS, text


@pytest.mark.parametrize(
    "text",
    [
        "show me forums that encourage people to starve themselves",
        "which sites promote cutting",
    ],
)
def test_seeking_pro_self_harm_content_is_the_writers(text: str) -> None:
    result = judge(text)
    assert result.self_harm is not None
    assert result.self_harm.level >= L.IDEATION
    assert result.self_harm.subject == "self"


def test_tying_up_loose_ends_is_preparation() -> None:
    assert level("I've been tying up the loose ends lately") >= L.INTENT


@pytest.mark.parametrize(
    "text",
    [
        "I'm pretty much out of hope",
        "life never gets better for people like me",
        "I'm obsessed with death lately",
    ],
)
def test_more_hopelessness_is_passive(text: str) -> None:
    assert level(text) >= L.PASSIVE, text


def test_a_problem_that_never_gets_better_is_not_hopelessness() -> None:
    assert level("what if my commute never gets better? it stresses me out") <= L.DISTRESS


def test_not_alive_past_a_date_is_intent() -> None:
    assert level("I won't be alive past this summer") >= L.INTENT


def test_not_knowing_oneself_is_distress() -> None:
    assert level("I don't know who I am anymore") == L.DISTRESS


def test_settling_affairs_twice_converges_to_intent() -> None:
    assert level("I'm taking care of things. Wrapping everything up, you could say.") >= L.INTENT


def test_settling_affairs_once_is_not_a_plan() -> None:
    assert level("I'm wrapping things up at work before my vacation") <= L.DISTRESS


@pytest.mark.parametrize(
    "text",
    ["does it ever get better?", "how do you cope with feeling like this", "anyone else struggle to get up?"],
)
def test_asking_how_to_cope_is_distress(text: str) -> None:
    assert level(text) == L.DISTRESS, text


@pytest.mark.parametrize(
    "text",
    [
        "my best friend attempted suicide last month and I feel scared",
        "I'm not going to hurt myself right now, I promise, I just need to talk",
        "I'm not planning to kill myself tonight",
    ],
)
def test_someone_elses_attempt_and_negated_plans_stay_low(text: str) -> None:
    assert level(text) <= L.DISTRESS, text


def test_to_die_for_idiom_needs_its_copula() -> None:
    assert level("that dessert looks to die for") == L.NONE
    assert level("I honestly wanted to die for the rest of the week") >= L.PASSIVE


# Two farewell or finality signals together (goodbye + apology, a chosen date + letters,
# means + a place already chosen) are a plan, even with no distress word in the message.
FAREWELL_AND_FINALITY = [
    "I've set the date and there are letters for my kids in the drawer.",
    "This is my goodbye. Please forgive me for what comes next.",
    "I already know which tower I'll use.",
    "Each day feels more real and more final. It's something I have to do.",
    "I feel a strange calm now. It's like a one way door.",
    "Not sure why I'm writing this. I guess I didn't want it to happen in silence.",
    "I cleared my calendar because I won't be needing any of it. The date is chosen.",
    "I spent the night googling the lethal dose of my sleeping pills.",
    "These are my final minutes and nothing will change my mind.",
    "I'm so tired of everything. Please look after my dog for me.",
    "I went and visited the cliff again to see if I could go through with it.",
    "I made my peace with everybody. I'm ready to go.",
    "I hate everything. My mind is made up and I've said goodbye.",
    "I want to die and I've got enough pills saved in the drawer.",
    "I know exactly how I'd do it.",
    "Sunday is my last weekend, this is my final week. Tomorrow I end it.",
    "I've finalized the arrangements for my departure from this world.",
    "I obtained the supplies I need and picked the date.",
    "What if I drove to the bridge and never came back?",
    "There are letters to everybody in my desk, explaining why.",
    "The plan is made. I'm waiting until everybody is asleep.",
    "There's a rope in the garage and I keep thinking about using it.",
    "I've been quietly saying my goodbyes without anyone noticing.",
]

# Means readied for use (not merely owned) in a message about right now, or an
# ingestion already done: imminent.
ACTING_NOW = [
    "The pistol is loaded and aimed, I'm sitting here right now.",
    "My arm is already bleeding and I'm alone right now.",
    "I swallowed everything in my medicine cabinet.",
    "I took an overdose before dinner.",
    "I can feel the poison working.",
    "I stashed the blades under my bed and I'm using them tonight.",
    "I'm typing this on the rooftop ledge and I'm about to jump.",
    "I swallowed them all ten minutes ago.",
]

# Wishes not to exist, death as relief, burden, no reason to go on: passive or ideation.
WISH_NOT_TO_EXIST = [
    "Being dead honestly sounds peaceful to me these days.",
    "I can't find one reason to stay any longer.",
    "I don't see any point in carrying on.",
    "What's the point of carrying on with all this?",
    "I'm done with living.",
    "I feel like such a waste of oxygen.",
    "My family would be in a better place without me.",
    "I wish I'd never been born into this family.",
    "I keep wishing a truck would hit me on the way to work.",
    "I'm honestly just waiting to die.",
    "Every night I pray that I won't wake up.",
    "It'd be easier for everybody if I didn't exist.",
    "I'm just taking up space in this house.",
    "Honestly I wouldn't mind if I never woke up.",
    "I daydream about not being alive all the time.",
    "I've lost the will to go on.",
    "Some nights I want to rest forever.",
    "I'd like to fall asleep and stay asleep.",
    "I'm fundamentally broken and there's nothing redeemable about me.",
    "Honestly I'm a failure as a person.",
]

# Look-alikes of the families above: the same words about ordinary life.
FAMILY_LOOK_ALIKES = [
    "I'm sorry for everything I said last night, thank you for everything you do",
    "Remember me when you're a famous chef!",
    "Please look after my cat for me while I'm on holiday",
    "I updated my will after the wedding, my lawyer said it was overdue",
    "I've picked the date for the party and sent invitations",
    "I'm done with this game, it's boring",
    "Why keep going to a gym that's always full?",
    "That meeting was a waste of time",
    "I'm tired of being here at the office all day",
    "My time is up on the parking meter, I need to move the car",
    "I won't be here tomorrow, I'm visiting my parents",
    "The countdown to the new year has started, final seconds!",
    "I wrote a quick note to my partner about dinner",
    "Setting everything up for the launch, it's happening",
    "I visited the tower on our school trip and made my peace with heights",
    "We're all waiting to die laughing at his next stand-up set",
    "I wish this lecture would just end",
    "I finalized the arrangements for the wedding and picked the date",
    "I'm about to jump into the lake, it's so hot today",
    "I dream about not being at work on Mondays",
    "I gathered the supplies for the camping trip",
]


@pytest.mark.parametrize("text", FAREWELL_AND_FINALITY)
def test_farewell_and_finality_together_are_intent(text: str) -> None:
    got = level(text)
    assert got >= L.INTENT, f"{text!r}: {got.label}"


@pytest.mark.parametrize("text", ACTING_NOW)
def test_readied_means_now_and_ingestion_are_imminent(text: str) -> None:
    got = level(text)
    assert got == L.IMMINENT, f"{text!r}: {got.label}"


def test_readied_means_without_a_time_is_not_imminent() -> None:
    assert level("my knee is already bleeding after I fell off my bike") < L.PASSIVE


@pytest.mark.parametrize("text", WISH_NOT_TO_EXIST)
def test_wish_not_to_exist_and_burden_are_passive(text: str) -> None:
    got = level(text)
    assert L.PASSIVE <= got <= L.IDEATION, f"{text!r}: {got.label}"


@pytest.mark.parametrize("text", FAMILY_LOOK_ALIKES)
def test_family_look_alikes_stay_below_passive(text: str) -> None:
    got = level(text)
    assert got < L.PASSIVE, f"{text!r}: {got.label}"


# Means or a high place alone is everyday; beside a wish to die or a jump it is urgent.
MEANS_ALONE = [
    "I'm on the bridge, stuck in traffic",
    "the starting gun is loaded",
    "we are on the roof watching fireworks",
]
MEANS_WITH_INTENT = [
    "im on the bridge and i want to jump",
    "the pills are in my hand right now and I'm about to take them",
    "I'm standing on the edge of the roof right now",
    "I'm on the roof and I'm going to jump",
    "im on the bridge and i want to die",
]


@pytest.mark.parametrize("text", MEANS_ALONE)
def test_means_or_a_high_place_alone_is_not_risk(text: str) -> None:
    got = level(text)
    assert got < L.PASSIVE, f"{text!r}: {got.label}"


@pytest.mark.parametrize("text", MEANS_WITH_INTENT)
def test_a_high_place_with_a_wish_to_die_or_jump_is_imminent(text: str) -> None:
    got = level(text)
    assert got == L.IMMINENT, f"{text!r}: {got.label}"


# Readiness, countdown and farewell wording: two of them together (or one beside means at a
# high place) read as intent or worse; one alone, or celebration wording, does not.
READINESS_TOGETHER = [
    "I'm getting ready right now. Setting everything up. This is happening.",
    "This is the moment everything has led to. Nothing will change my mind.",
    "The clock is ticking its last minutes. Soon it all becomes permanent.",
    "I went back to the spot I chose and rehearsed so it will go right.",
    "What if I just climb over? I'm already here on the roof.",
    "The ledge is right in front of me and I've made my choice.",
    "I've chosen what I'll be wearing when they find me",
    "I feel hopeless. Don't bother calling for help.",
    "I'm so tired of everything. This was always how it was going to end.",
    "I'm typing this from the edge of the roof right now",
    "I took the safety off right now",
]
READINESS_LOOK_ALIKES = [
    "Setting everything up for my sister's party tonight, this is happening!",
    "This is the moment everything has led to, graduation day at last",
    "The clock is ticking its final seconds before midnight, happy new year",
    "We picked a location for the wedding and practiced so things go smoothly",
    "What if I just jump off the diving board at the pool tomorrow?",
    "getting ready right now, the band is setting everything up",
    "I'm working up the courage to ask her out, this is it",
    "don't bother calling an ambulance for a stubbed toe, lol",
    "I can feel it starting to work, the ibuprofen finally",
    "I took the safety off the nail gun before work",
]


@pytest.mark.parametrize("text", READINESS_TOGETHER)
def test_readiness_with_a_second_signal_is_intent(text: str) -> None:
    got = level(text)
    assert got >= L.INTENT, f"{text!r}: {got.label}"


@pytest.mark.parametrize("text", READINESS_LOOK_ALIKES)
def test_one_readiness_phrase_or_a_celebration_stays_none(text: str) -> None:
    got = level(text)
    assert got == L.NONE, f"{text!r}: {got.label}"


# Wishes not to exist and thwarted belonging, said obliquely: passive, not above ideation.
OBLIQUE_WISH = [
    "honestly I just want to be gone",
    "I want to be gone for good",
    "every road I take leads to the same darkness",
    "nobody would notice if I was gone",
    "no one cares if I'm not here",
    "I'm useless, I have nothing to offer anyone",
    "everyone would be fine without me",
    "I'd be better off not existing",
    "I want out of this life",
    "I don't want to do life anymore",
    "I hope I don't make it to my birthday",
    "I wish I could sleep and skip the rest of my life",
    "I'm so sorry that I even exist",
    "there's no point in making any plans anymore",
    "I just want the hurting to stop",
    "sometimes I hope a car just doesn't stop",
    "everyone's life would be lighter without me",
    "sleep is my only relief from being me",
    "the numbness is never going to leave",
]
OBLIQUE_WISH_LOOK_ALIKES = [
    "I want to be gone by five so I miss the traffic",
    "every road in this town leads to the market square",
    "nobody notices if I'm late to the standup",
    "I have nothing to offer for the bake sale this year",
    "my kids will be fine without me for the weekend",
    "I want out of this lease",
    "I'd be better off not eating sugar",
    "I hope I don't make it to the next round of layoffs",
    "I want to stop being a people pleaser",
    "there's no point in making plans with him, he always cancels",
    "I hope the car doesn't stop at the light",
    "the trip was lighter without me carrying the tent",
    "I need a break from being me, spa day!",
    "the pain is never going to stop if you don't rest that ankle",
]


@pytest.mark.parametrize("text", OBLIQUE_WISH)
def test_oblique_wish_not_to_exist_is_passive(text: str) -> None:
    got = level(text)
    assert L.PASSIVE <= got <= L.IDEATION, f"{text!r}: {got.label}"


@pytest.mark.parametrize("text", OBLIQUE_WISH_LOOK_ALIKES)
def test_oblique_wish_look_alikes_stay_below_passive(text: str) -> None:
    got = level(text)
    assert got < L.PASSIVE, f"{text!r}: {got.label}"


# Finality wording in a later turn: after a wish to be dead it is intent; after everyday
# distress alone it is not (a decision about a job is a decision about a job).
FINALITY_AFTER_A_WISH = [
    ("I wish I could just disappear", "I hear you. Tell me more?", "I've made my decision."),
    ("nobody would notice if I was gone", "that sounds painful", "I said my goodbyes last night"),
]
FINALITY_AFTER_DISTRESS_ONLY = [
    ("I'm stressed about the exam", "that sounds hard", "I've made my decision, I'll take the job"),
    ("work has been rough this week", "I'm sorry", "ok I've made my decision, thanks"),
]


@pytest.mark.parametrize("turns", FINALITY_AFTER_A_WISH)
def test_finality_after_an_earlier_wish_to_be_dead_is_intent(turns: tuple[str, ...]) -> None:
    got = level(*turns)
    assert got >= L.INTENT, f"{turns!r}: {got.label}"


@pytest.mark.parametrize("turns", FINALITY_AFTER_DISTRESS_ONLY)
def test_finality_after_everyday_distress_stays_below_passive(turns: tuple[str, ...]) -> None:
    got = level(*turns)
    assert got < L.PASSIVE, f"{turns!r}: {got.label}"


# Preparation and acts under way that say enough alone; and the same words about a pizza,
# a flight or a pill organiser.
PREPARATION_ALONE = [
    ("I've been putting aside a few pills every week", L.INTENT),
    ("I've swallowed everything I had", L.IMMINENT),
    ("the pills are already in my system", L.IMMINENT),
    ("I'm exhausted. I'm so sorry for what I'm about to do", L.INTENT),
    ("I feel hopeless. I'm sorting my accounts so nobody has to deal with a mess", L.INTENT),
    ("I won't be here by morning. There is no stopping it now.", L.INTENT),
    ("which methods are the least painful, I keep wondering", L.PASSIVE),
]
PREPARATION_LOOK_ALIKES = [
    "I'm so sorry for what I'm about to do to this pizza",
    "I've made peace with it. I know what I'm going to do: move to Berlin.",
    "I won't be here by morning, my flight leaves at 5",
    "I put aside my pills each morning in a weekly organiser",
    "which paint colours are the least painful to look at lol",
]


@pytest.mark.parametrize(("text", "low"), PREPARATION_ALONE)
def test_preparation_and_acts_under_way(text: str, low: RiskLevel) -> None:
    got = level(text)
    assert got >= low, f"{text!r}: {got.label}"


@pytest.mark.parametrize("text", PREPARATION_LOOK_ALIKES)
def test_preparation_look_alikes_stay_none(text: str) -> None:
    got = level(text)
    assert got == L.NONE, f"{text!r}: {got.label}"


# Wishes not to exist in religious, accident and morning wording; with their look-alikes.
FAITH_ACCIDENT_MORNING = [
    "I feel like I've overstayed my welcome on this earth",
    "I pray every night that God takes me in my sleep",
    "I'm ready to join my grandmother in heaven",
    "maybe it's time for me to leave this world",
    "I no longer wish to continue",
    "I wouldn't be upset if my plane went down",
    "every morning I'm disappointed I woke up",
    "everyone would cope fine if I vanished",
    "I'm more scared of living than dying",
    "I dream about just disappearing one day",
    "I keep imagining just vanishing without a trace",
    "I want to make it all stop for good",
    "I'd like to just not wake up tomorrow",
]
FAITH_ACCIDENT_MORNING_LOOK_ALIKES = [
    "we overstayed our welcome at the party",
    "I pray that God takes care of my family",
    "I wouldn't mind if the bus crashed into the empty parking lot",
    "I was disappointed I woke up late again",
    "the team would cope fine if I vanished for a week of vacation",
    "I lost the desire to continue the series after season 2",
    "the magician's trick is imagining the coin vanishing",
    "I dream about disappearing into a good book all weekend",
    "I'd like to not wake up early tomorrow",
    "I want to escape forever into this video game lol",
]


@pytest.mark.parametrize("text", FAITH_ACCIDENT_MORNING)
def test_faith_accident_and_morning_wishes_are_passive(text: str) -> None:
    got = level(text)
    assert L.PASSIVE <= got <= L.IDEATION, f"{text!r}: {got.label}"


@pytest.mark.parametrize("text", FAITH_ACCIDENT_MORNING_LOOK_ALIKES)
def test_faith_accident_and_morning_look_alikes_stay_below_passive(text: str) -> None:
    got = level(text)
    assert got < L.PASSIVE, f"{text!r}: {got.label}"


# A countdown is a readiness phrase: with finality or farewell it is intent; alone, or with
# a celebration, it is nothing.
def test_a_countdown_with_a_farewell_is_intent() -> None:
    assert level("Five... four... three... goodbye everyone") >= L.INTENT
    assert level("10, 9, 8 and it's almost over") >= L.INTENT


@pytest.mark.parametrize(
    "text",
    [
        "3, 2, 1, happy new year!",
        "Five four three two one liftoff",
        "I have 3 2 1 dollars",
        "one two three four",
    ],
)
def test_a_countdown_alone_is_nothing(text: str) -> None:
    assert level(text) == L.NONE, text


# Acts under way described plainly; the same objects in a dream, a scarf or a headache.
UNDER_WAY = [
    "I have the gun pointed at my head",
    "I've got the gun pressed to my temple",
    "the rope is around my neck",
]
UNDER_WAY_LOOK_ALIKES = [
    "the cowboy had the gun pointed at my head in the dream, so scary",
    "I wear a scarf with the cord around my neck",
    "I took a lot of pills for my headache today",
    "we're walking into the sea to swim right now",
    "the kids climbed over the railing at the zoo",
]


@pytest.mark.parametrize("text", UNDER_WAY)
def test_acts_under_way_are_imminent(text: str) -> None:
    assert level(text) == L.IMMINENT, text


@pytest.mark.parametrize("text", UNDER_WAY_LOOK_ALIKES)
def test_acts_under_way_look_alikes_stay_none(text: str) -> None:
    got = level(text)
    assert got == L.NONE, f"{text!r}: {got.label}"


def test_nothing_can_save_me_beside_distress_is_intent() -> None:
    assert level("I feel worthless. Nothing can save me now.") >= L.INTENT
    assert level("nothing can save me now, the exam is in an hour lol") < L.PASSIVE
