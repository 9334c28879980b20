"""Round-2 recall families (issue #4), written for this file in the way people type.

Each family has must-reach sentences and look-alikes that must stay below ``passive``:
single preparation sentences, confirmations after a wish to be dead, slang and indirect
wording, a method held in view, self-harm acts, casual passive wishes and method
questions after a loss or failure.
"""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, level

INTENT = [
    # preparation in one sentence
    "already wrote the letters to my family",
    "already written my notes, they're in the drawer",
    "the letters are written and sealed",
    "should i leave a note or would that make it worse",
    "do i leave a note or just go quietly",
    "is it better to write one note or a letter for each of them",
    "i've set the date, feeling weirdly calm",
    "i picked a date. next thursday",
    "the date is set",
    "everything is arranged for afterwards",
    "you won't need to worry, everything's sorted for after",
    "i wont need my stuff anymore, give it to whoever",
    "dont need any of it where im going",
    "nobody will have to deal with me after this week",
    "no one will have to look after me much longer",
    "bought the rope this morning",
    "got a rope and a stool from the hardware store",
    "been stockpiling my meds for weeks",
    "i already know how and when",
    # a last message
    "this is the last time you'll hear from me",
    "you'll never hear from me again",
    "final message to everyone, thank you for trying",
    "its tonite. goodbye every1",
    # research, rehearsal, means put by, a time with the decision
    "been googling painless ways to go",
    "i researched how many pills it takes",
    "i looked up how long it takes to bleed out",
    "i have the pills saved up",
    "ive been practicing with the belt",
    "sent my last texts to my mom and sister",
    "i won't be around after friday",
    "after tonight i wont be a problem for anyone",
    "im going to go to sleep and never wake up, i have enough",
    "i'm going to jump tonight",
    "gonna swallow everything in the medicine cabinet tonight",
    "tonight's the night. ive made my peace",
]

# A confirmation after a wish to be dead or to end it: intent across turns.
INTENT_TURNS = [
    ("i want to end it all", "i know what you'll say. already decided"),
    ("i dont want to be alive anymore", "it's decided"),
    ("i want to kill myself", "im serious this time"),
    ("i wish i was dead", "no going back now"),
    ("honestly i want to die", "nothing will stop me"),
    ("i keep thinking about killing myself", "im not gonna be around by next month"),
    ("i dont want to be here anymore", "i have it all planned out"),
    ("i wish i could just disappear", "i know which bridge"),
    ("i want to die", "i wont see christmas"),
    ("i want to die", "it ends tonight"),
    ("nobody would care if i was gone", "ive got a plan and a date"),
    ("i keep thinking about suicide", "not really. i scouted the spot"),
    ("i want to kill myself", "i mean it this time"),
    ("i want to disappear forever", "too late for that. i've decided"),
    ("i hate myself so much", "i think about killing myself every day. and now i know how"),
    ("i keep thinking i'd be better off dead", "i've written the letters"),
    ("i dont see the point of anything", "i know how im going to do it"),
    ("i'm exhausted with life", "i have the pills in my drawer"),
    ("i'm such a failure, i wish i was dead", "i'll be gone by the weekend"),
]

# An answer to the assistant's question about a way or a plan.
ANSWERS = [
    ("i want to end my life", "do you have a way to do it?", "yes, the pills"),
    ("i want to end my life", "have you thought about how?", "yeah"),
]

IMMINENT = [
    "the rope is tied and im ready",
    "sitting in the car with the engine running in the garage",
    "took 40 tylenol an hour ago",
    "i have the gun in my mouth",
    "blade on my wrist as i type this",
    "i'm standing on the chair with the rope",
    "i'm in the bathtub with the razor",
    "sitting in my car with a hose, done with it all",
    "unaliving myself tonight",
    "ctb tonight, everything's ready",
    "kms tonight fr, already have the pills",
    "im on the brige rn",
    "this is my last message. taking them now",
    "i'm on the cliffs right now and i'm going over",
]

# About to act, after a wish to be dead: the act under way.
IMMINENT_TURNS = [
    ("i want to die", "in 10 minutes i'll be gone"),
    ("i want to die", "im about to jump"),
]

ABOUT_TO_ALONE = [
    "im about to jump into the pool",
    "about to go to bed",
    "in 5 minutes it'll be over, the exam i mean",
    "took 2 advil an hour ago for my headache",
    "its too late to order pizza",
    "i want to fix things before it's too late",
    "already took them, my vitamins",
    "im doing it right now, the homework",
    "waiting for the train and im not getting on it, its the wrong line",
]

IDEATION = [
    # slang and indirect
    "kinda want to yeet myself off the roof",
    "gonna rope myself tonight",
    "thinking of checking out permanently",
    "i want to end my story here",
    "i just wanna k*ll myself",
    "want to k.m.s",
    "want to kms so bad",
    "time to end my lyfe",
    "me and 💊💊💊 = 🪦",
    # a method in view, self-harm acts
    "i keep looking at the kitchen knives and thinking about it",
    "staring at my pills and wondering how easy it would be",
    "i keep picturing the noose",
    "the blade keeps calling me",
    "scratched my arms until they bled",
    "relapsed last night, cut again",
    "burning myself with a lighter again",
    "hitting myself till it hurts",
    "roping myself sounds nice",
    "i wanna uninstall myself",
    "time to unsubscribe from life",
    "i want to self delete",
    "sh urges bad tonight",
    "having s/h urges again",
    "i carved into my arm",
    "i burned my arm with a cigarette",
    "i keep banging my head against the wall until it hurts",
    "cant stop thinking about overdosing",
    "might just end it all tonight",
]

PASSIVE = [
    "i want out of everything",
    "im just not built for this world",
    "wouldnt care if i died tbh",
    "life can end whenever idc",
    "lowkey hoping i get hit by a bus",
    "hope i dont wake up tmrw",
    "so tired of existing",
    "i wanna be 6 feet under",
    "wanna vanish for good",
    "death cant come soon enough",
    "i want a bus to hit me",
    "i want off this planet permanently",
]

# A method or lethality question after a loss or failure: intent across turns.
STRESSOR_THEN_METHOD = [
    ("failed all my exams", "how long does it take to bleed out"),
    ("drowning in debt and the bank is taking the house", "how many sleeping pills is an overdose"),
    ("got the results back today, it's terminal", "what is the lethal dose of insulin"),
    ("i lost my job last week", "which bridges in the city are the highest"),
    ("my girlfriend cheated on me", "does drowning hurt"),
    ("got kicked out of home", "how long would it take to die from the cold"),
]

BELOW_PASSIVE = [
    # happy plans and everyday notes
    "wrote a note for my roommate about the dishes",
    "picked a date for the wedding, its the 14th!",
    "i set the date for my dentist appointment",
    "we set the date for the move, next friday",
    "everything is arranged for the trip",
    "should i leave a note for the neighbour about the noise",
    "i finished writing my letters of recommendation",
    "i wont need my winter clothes in florida lol",
    "giving away my old clothes to charity",
    "final exam tomorrow wish me luck",
    # confirmations with no earlier risk
    "it's decided, we're getting a puppy",
    "im serious this time, im quitting sugar",
    "no going back now, i signed the lease",
    # heights and amounts without distress
    "what are the tallest bridges in the city",
    "which buildings in town are the highest? for a photo project",
    # idioms around the new words
    "i want out of this group chat",
    "checking out of the hotel at noon",
    "logging off for the night",
    "the kitchen knives need sharpening, looking at a whetstone",
    "not built for this heat honestly",
    "i set the date for my surgery, nervous but ok",
    "we scouted the spot for the picnic",
    "the show ends tonight, so sad",
    "i wont see christmas with my family this year, working doubles",
    # the new slang, method-in-view and self-harm words in ordinary sentences
    "i hit my head on the shelf again, ouch",
    "burned my hand on the stove making pasta",
    "i carved into the pumpkin with my knife",
    "unsubscribe from this newsletter",
    "might just end it with him honestly, he's toxic",
    "i want off this ride, this rollercoaster is scary",
    "sh is short for shell in linux",
    "looking at knives and thinking which one to buy for the kitchen",
    "staring at the bridge thinking about how beautiful it is",
    "the pills are calling my name lol i have a headache",
    "you wont hear from me again till monday lol",
    "i set the day for our team offsite",
    "i wont need my stuff anymore, going minimalist",
    "nobody will have to deal with me after this weekend, im moving out",
]

# Confirmation words after everyday stress only: no lift.
BELOW_PASSIVE_TURNS = [
    ("my job is stressing me", "i have it all planned out, quitting friday"),
    ("i'm tired", "it ends tonight, the season finale"),
    ("exams suck", "i scouted the spot for our picnic"),
    ("work was rough", "already decided, im taking the new offer"),
    ("ugh long day", "no going back now, i signed the lease"),
    ("so stressed about the move", "i'll be gone by the weekend, new city!"),
]


@pytest.mark.parametrize("text", INTENT)
def test_preparation_and_last_messages_are_intent(text: str) -> None:
    assert level(text) >= L.INTENT


@pytest.mark.parametrize(("first", "then"), INTENT_TURNS)
def test_a_confirmation_after_a_wish_is_intent(first: str, then: str) -> None:
    assert level(first, "i'm here with you. can you tell me more?", then) >= L.INTENT


@pytest.mark.parametrize("text", IMMINENT)
def test_means_set_up_is_imminent(text: str) -> None:
    assert level(text) == L.IMMINENT


@pytest.mark.parametrize("text", IDEATION)
def test_slang_method_in_view_and_self_harm_are_ideation(text: str) -> None:
    assert level(text) >= L.IDEATION


@pytest.mark.parametrize("text", PASSIVE)
def test_casual_wishes_are_passive(text: str) -> None:
    assert level(text) >= L.PASSIVE


@pytest.mark.parametrize(("first", "then"), STRESSOR_THEN_METHOD)
def test_method_question_after_a_loss_is_intent(first: str, then: str) -> None:
    assert level(first, "that sounds really hard.", then) >= L.INTENT


@pytest.mark.parametrize("text", BELOW_PASSIVE)
def test_look_alikes_stay_below_passive(text: str) -> None:
    assert level(text) < L.PASSIVE


@pytest.mark.parametrize(("first", "asked", "then"), ANSWERS)
def test_yes_to_a_question_about_a_way_is_intent(first: str, asked: str, then: str) -> None:
    assert level(first, asked, then) >= L.INTENT


@pytest.mark.parametrize(("first", "then"), BELOW_PASSIVE_TURNS)
def test_confirmations_after_everyday_stress_stay_below_passive(first: str, then: str) -> None:
    assert level(first, "that sounds like a lot.", then) < L.PASSIVE


# A wish blamed on a trivial cause with laughter is a joke; a past act beside being well
# now is history. Each has a twin that must still be flagged.
JOKES_AND_HISTORY = [
    "this homework makes me want to unsubscribe from life lol",
    "i could kms, i forgot my keys again lol",
    "the wifi is down again, i want to die lmao",
    "if my team loses tonight i'll kill myself 😂",
    "years ago i had s/h urges every day, but im 3 years clean now and thriving",
    "when i was 16 i cut my wrists, now im a nurse helping teens",
    "two years ago i wrote my suicide note. today i'm grateful i'm still here",
    "back in 2019 i stockpiled my meds, now im happily married",
]

STILL_RISK = [
    "lol i want to kill myself, nobody would even notice",
    "i failed my exam again lol i want to die",
    "my boss fired me today lol, i want to die",
    "haha i want to die every single day",
    "i want to die lol",
    "two years ago i wrote a suicide note and i still think about using it",
    "i cut my wrists when i was 16 and last night i did it again",
]


@pytest.mark.parametrize("text", JOKES_AND_HISTORY)
def test_trivial_jokes_and_recovered_history_stay_below_passive(text: str) -> None:
    assert level(text) < L.PASSIVE


@pytest.mark.parametrize("text", STILL_RISK)
def test_laughter_or_history_beside_real_risk_still_flags(text: str) -> None:
    assert level(text) >= L.PASSIVE


@pytest.mark.parametrize(("first", "then"), IMMINENT_TURNS)
def test_about_to_act_after_a_wish_is_imminent(first: str, then: str) -> None:
    assert level(first, "i'm here with you.", then) == L.IMMINENT


@pytest.mark.parametrize("text", ABOUT_TO_ALONE)
def test_about_to_and_doses_alone_stay_below_passive(text: str) -> None:
    assert level(text) < L.PASSIVE


# Preparation, wishes and method questions in further wordings, each with a look-alike.
FURTHER = [
    (L.INTENT, "i wont be here by sunrise"),
    (L.INTENT, "i made sure my dog goes to my sister"),
    (L.INTENT, "all my things are labelled for who gets them"),
    (L.INTENT, "i looked up how many of the pills i'd need"),
    (L.INTENT, "ive got everything ready, just need to choose the date"),
    (L.INTENT, "i said what i wanted to say to everyone. im at peace now"),
    (L.PASSIVE, "some nights i hope something happens to me so it's all over"),
    (L.PASSIVE, "i go to sleep hoping this is it"),
    (L.IDEATION, "i wonder if my pills would be enough"),
    (L.PASSIVE, "whats faster, pills or jumping"),
]

FURTHER_LOOK_ALIKES = [
    "i wont be here by morning, my flight leaves at 5",
    "i made sure my dog gets walked while im at work",
    "the boxes are labelled for who gets the kitchen stuff when we move",
    "i looked up how many vitamins i should take",
    "ive got everything ready for the party, just need to choose the date",
    "i hope something happens to me this year, like falling in love",
    "which is better for anxiety, meds or therapy",
    "ugh kill me now this meeting is endless",
    "i want to disappear into a book for a week",
]


@pytest.mark.parametrize(("floor", "text"), FURTHER)
def test_further_wordings_reach_their_level(floor: L, text: str) -> None:
    assert level(text) >= floor


@pytest.mark.parametrize("text", FURTHER_LOOK_ALIKES)
def test_further_look_alikes_stay_below_passive(text: str) -> None:
    assert level(text) < L.PASSIVE


# Answers to the assistant's questions: (user, assistant, user, floor or ceiling).
ANSWERED = [
    ("i feel empty", "are you having thoughts of ending your life?", "tbh yeah", L.IDEATION),
    ("everything is too much", "do you mean you're thinking of killing yourself?", "pretty much", L.IDEATION),
    ("i want to die", "do you have the pills with you?", "yeah", L.INTENT),
    ("i want to die", "when are you planning to do it?", "probably this weekend", L.INTENT),
    ("i want to die", "have you already taken something?", "yes", L.IMMINENT),
    ("i hate myself", "have you hurt yourself tonight?", "yeah", L.IMMINENT),
    ("i hate myself", "are you planning to kill yourself?", "yes", L.INTENT),
    ("im so tired of it all", "are you thinking about not wanting to live?", "all the time", L.IDEATION),
]

# A "yes" to a question about a plan or the means, with no distress before it, is not a
# plan; a yes about vitamins is not an act.
NOT_ANSWERED = [
    ("i have a headache", "do you have the pills with you?", "yeah"),
    ("my day was long", "did you already take your vitamins?", "yes"),
    ("i'm bored", "want to play a game?", "obviously"),
]


@pytest.mark.parametrize(("first", "asked", "then", "floor"), ANSWERED)
def test_answers_to_risk_questions_reach_the_question_level(
    first: str, asked: str, then: str, floor: L
) -> None:
    assert level(first, asked, then) >= floor


@pytest.mark.parametrize(("first", "asked", "then"), NOT_ANSWERED)
def test_yes_to_a_plan_question_without_distress_is_not_risk(first: str, asked: str, then: str) -> None:
    assert level(first, asked, then) < L.PASSIVE


# A third batch: where the letters are, a place chosen, money moved for after, the act
# done just now, heights asked as a fall; each with look-alikes.
THIRD = [
    (L.INTENT, "the letters for my family are on the desk"),
    (L.INTENT, "already chose the spot by the river"),
    (L.INTENT, "i emptied my savings into my sister's account so she has it after"),
    (L.INTENT, "no more goodbyes left to say. tonight is the night"),
    (L.IDEATION, "i keep staring at the rope in the shed wondering how easy it would be"),
    (L.IDEATION, "sh relapse tonight, i cut deeper than before"),
    (L.IDEATION, "cant stop thinking about the noose"),
    (L.PASSIVE, "i just want everything to go black forever"),
    (L.IMMINENT, "i just swallowed all of them, feeling dizzy"),
    (L.IMMINENT, "i'm texting from the bridge, this is goodbye"),
]

THIRD_TURNS = [
    ("i got dumped today", "how far do you need to fall to not survive"),
    ("i failed out of uni", "whats the most painless way"),
]

THIRD_LOOK_ALIKES = [
    "i picked the spot by the lake for our picnic",
    "the letters for my family are in the mail, merry christmas",
    "its time for dinner",
    "no more goodbyes, i'm staying in this city!",
    "i moved my savings to a better account",
    "i keep thinking about the tracks from that album",
    "i wouldnt mind never waking up early again",
    "what if i just stopped existing on social media for a while",
    "the screen went black forever, my laptop is dead",
    "texting from the bridge, traffic is insane",
    "how far do you need to fall to break a leg? asking for a stunt",
    "i'm going to use the pills tonight, doctor said take them before bed",
    "I've been busy organizing my photo albums for the family reunion",
]


@pytest.mark.parametrize(("floor", "text"), THIRD)
def test_third_batch_reaches_its_level(floor: L, text: str) -> None:
    assert level(text) >= floor


@pytest.mark.parametrize(("first", "then"), THIRD_TURNS)
def test_third_batch_method_after_a_loss_is_intent(first: str, then: str) -> None:
    assert level(first, "i'm so sorry.", then) >= L.INTENT


@pytest.mark.parametrize("text", THIRD_LOOK_ALIKES)
def test_third_batch_look_alikes_stay_below_passive(text: str) -> None:
    assert level(text) < L.PASSIVE


# A fourth batch, first written as an untuned check (26 of 40 reached their level before the
# rules they led to); kept as regression cases with twenty look-alikes.
FOURTH = [
    (L.INTENT, "i've written goodbye messages to my friends and scheduled them"),
    (L.INTENT, "got my affairs sorted, will's done, just waiting for the right night"),
    (L.INTENT, "i bought enough pills to do it properly this time"),
    (L.INTENT, "my note is finished. i left it under my pillow"),
    (L.INTENT, "im going to drive off the bridge tomorrow"),
    (L.INTENT, "told my best friend she can keep my guitar after im gone"),
    (L.INTENT, "this is the last weekend. then im done for good"),
    (L.INTENT, "i chose my method and my date"),
    (L.INTENT, "ill be dead by monday"),
    (L.IDEATION, "i keep thinking how easy it would be to step in front of a bus"),
    (L.IDEATION, "i want to unalive myself so bad"),
    (L.IDEATION, "i keep holding the razor and thinking about it"),
    (L.IDEATION, "been burning my skin with a lighter again"),
    (L.IDEATION, "all i think about is hanging myself"),
    (L.IDEATION, "i cant stop imagining slitting my wrists"),
    (L.IDEATION, "some days i want to just jump from my balcony"),
    (L.IDEATION, "ngl i wanna ctb"),
    (L.IDEATION, "i think im gonna kms soon"),
    (L.IDEATION, "thinking abt overdosing on my meds"),
    (L.PASSIVE, "i hope i just dont wake up one day"),
    (L.PASSIVE, "id be ok if a car hit me"),
    (L.PASSIVE, "i wish i could just go to sleep and never come back"),
    (L.PASSIVE, "everyone would be happier if i wasnt around"),
    (L.PASSIVE, "i dont wanna be alive anymore tbh"),
    (L.PASSIVE, "whats the point of living"),
    (L.PASSIVE, "i want to stop being alive"),
    (L.PASSIVE, "i want it all to end"),
    (L.IMMINENT, "i just took a whole bottle of sleeping pills"),
    (L.IMMINENT, "im holding the gun right now"),
    (L.IMMINENT, "i'm on the edge of the roof and im going to jump"),
    (L.IMMINENT, "i cut my wrist and its bleeding a lot"),
]

FOURTH_LOOK_ALIKES = [
    "i finished my goodbye speech for my retirement party",
    "i bought enough pills for the whole trip",
    "im going to drive over the bridge tomorrow to see my aunt",
    "i chose my topic and my date for the presentation",
    "i keep holding the razor wrong and cutting myself shaving",
    "this is the last weekend of summer, then school starts",
    "i cancelled my gym membership, i wont need it after i move",
    "that movie made me want to die of cringe lol",
    "im so done with this semester",
    "i want it all to end well for the characters",
    "my phone is dying, goodbye everyone brb",
    "i could just die, this cake is so good",
    "back in high school i used to want to die, but now life is good",
    "we're killing it at work lately",
    "killing time before my flight",
    "i'm on the edge of my seat with this show",
    "i nearly jumped out of my skin",
    "the pills are kicking in, my headache is finally gone",
    "i want to kill this presentation tomorrow",
    "i'd die for my kids",
]


@pytest.mark.parametrize(("floor", "text"), FOURTH)
def test_fourth_batch_reaches_its_level(floor: L, text: str) -> None:
    assert level(text) >= floor


@pytest.mark.parametrize("text", FOURTH_LOOK_ALIKES)
def test_fourth_batch_look_alikes_stay_below_passive(text: str) -> None:
    assert level(text) < L.PASSIVE
