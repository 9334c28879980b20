"""Session 15's missed and under-graded risk (rec15), each kind with the same words in a
benign life beside it:

- an attempt dated by age without its subject ("tried at 15 and again at 19");
- "it's done" beside the writer's cut of a lethal site: the act under way;
- marks owned as the writer's doing, a cover story taken back ("i did them on purpose");
- a plain wish to be dead where only harm is disowned (ERP, intrusive thoughts);
- the named tablets taken "all" now, after the means were relabelled ("they aren't");
- the whole supply taken with no object beside a finality phrase ("last message. i've taken
  everything");
- a trip to a place to fall from with no return ("driving to the cliffs. not coming back");

Sentences are written for these tests (rules alone, no word model).
"""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level


@pytest.mark.parametrize(
    ("turns", "least"),
    [
        # an attempt dated by age, no subject, thoughts now
        (("tried at 16 and then again at 20. been thinking about it again this month",), L.INTENT),
        (("attempted at 17. it's back in my head lately",), L.INTENT),
        (("od'd at age 15. the thoughts are back",), L.INTENT),
        # "it's done" beside a cut of a lethal site or depth
        (("it's done. i've cut my wrists",), L.IMMINENT),
        (("i cut deep this time. it is done",), L.IMMINENT),
        # marks owned as the writer's doing
        (("the burns on my wrist are from the kettle. i did them on purpose",), L.IDEATION),
        (
            ("everyone thinks the cuts are from the cat", "I see.", "they weren't. i did them to myself"),
            L.IDEATION,
        ),
        (("the scratches on my arm, they aren't from the cat",), L.IDEATION),
        # a plain wish where only harm is disowned
        (
            ("ERP homework for my intrusive thoughts. i don't want to hurt myself. i just wish i was dead",),
            L.PASSIVE,
        ),
        (
            (
                "harm ocd, flashes of stabbing myself",
                "That sounds frightening.",
                "i don't want to hurt myself. i just wish i was dead",
            ),
            L.PASSIVE,
        ),
        # the named tablets taken "all" now, after a relabelling taken back
        (("my gp thinks the tablets are for my back. they aren't. i'm taking them all tonight",), L.IMMINENT),
        (("i want to die. i'm taking them all tonight",), L.IMMINENT),
        (("i've got my nan's sleeping pills out. going to take all of them in a sec",), L.IMMINENT),
        # the whole supply taken, no object, beside a finality phrase
        (("this is my last message. i've swallowed everything",), L.IMMINENT),
        (("last message. the tablets are kicking in",), L.IMMINENT),
        # a trip to a drop with no return
        (("driving out to the viaduct on sunday. i'm not coming back",), L.INTENT),
        (("next time i'm at the cliffs i'm not coming back from this",), L.INTENT),
    ],
)
def test_missed_risk_is_read(turns: tuple[str, ...], least: L) -> None:
    assert rules_level(*turns) >= least


@pytest.mark.parametrize(
    ("turns", "most"),
    [
        # an age, an attempt at something else, someone else's attempt, the past told as past
        (("tried at 3 different shops and none had it",), L.NONE),
        (("my brother tried at 15 and again at 19",), L.DISTRESS),
        (("attempted at 17. i'm 40 now and doing really well",), L.DISTRESS),
        # "it's done" after a haircut, after a cut told in another turn, or going on
        (("cut my fringe myself. it's done",), L.NONE),
        (("i carved a letter into my arm with a pin", "Can you clean it?", "yeah. it's done"), L.IDEATION),
        (("i cut myself last year. it's done now, i'm better",), L.IDEATION),
        (("i cut again after the meeting. came home and did it. it's done",), L.IDEATION),
        # marks explained, someone else's doing, things that are not the body
        (("the burns on my arm are from the iron. i didn't do them on purpose",), L.NONE),
        (("the burns on my arm are from the iron. my brother did them on purpose",), L.NONE),
        (("the rips in my jeans? i did them on purpose",), L.NONE),
        (("burns on my hand from cooking, they were accidental",), L.NONE),
        (("the cuts on my new jeans, i did them myself",), L.NONE),
        # a person inside a streak phrase is its subject
        (
            ("in my novel i want her to relapse emotionally", "Go on.", "the cuts scene comes later"),
            L.DISTRESS,
        ),
        # a wish denied in the same breath stays an unwanted thought
        (("intrusive thought: 'i wish i was dead'. i don't want to die, it horrifies me",), L.DISTRESS),
        # "take them all" of something else, or a dose
        (("got the boxes for the move, i'm taking them all tonight",), L.NONE),
        (("forgot my morning pills, going to take my pills tonight",), L.NONE),
        (("my vitamins came. i'm taking them all to work tomorrow",), L.NONE),
        # everything taken of a move, a slight, a headache tablet working
        (("moved out today, i've taken everything",), L.NONE),
        (("moved out today, i've taken everything. final goodbye to the old flat",), L.NONE),
        (("packed the car, i've taken everything i own. goodbye london",), L.DISTRESS),
        (("i took everything personally, this is goodbye to that job",), L.NONE),
        (("the painkillers are kicking in, headache's going",), L.NONE),
        # a trip put off, a job, a story
        (("going to the cliffs for a walk, not coming back till late",), L.NONE),
        (("we're hiking the cliffs in wales, not coming back till sunday",), L.NONE),
        (("is the bridge open? i'm not coming back home tonight",), L.NONE),
        (("i love the bridge in town. i'm not coming back to this job though",), L.NONE),
    ],
)
def test_the_same_words_in_a_benign_life_are_not_raised(turns: tuple[str, ...], most: L) -> None:
    assert rules_level(*turns) <= most
