"""The word model overruling a ruling of the rules when it is sure (``_lift.Lifter.overrule``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm import SelfHarmCheck, SelfHarmOptions
from safeguard.checks.self_harm._lexical import Feature, Head, LexicalModel, parse
from safeguard.checks.self_harm._lift import Lifter
from safeguard.checks.self_harm._state import assess
from tests.checks.self_harm._helpers import conversation, rules_level
from tests.checks.self_harm.test_self_harm_lexical import default

L = RiskLevel
ROOT = Path(__file__).resolve().parents[3]
RULED = [
    "im not suicidal, i just took the whole strip of vitamins",  # negated risk cue
    "my brother wants to die and took the whole strip",  # someone else's risk
    "in my story the hero wants to kill himself with the whole strip",  # fiction
]


def sure(weights: dict[Feature, float], overrule: float | None = 0.99) -> LexicalModel:
    """A one-head model (bias -2) that overrules a ruling at ``overrule``."""
    return LexicalModel((Head(L.PASSIVE, -2.0, 0.5, weights, overrule),), {})


def cues(model: LexicalModel, text: str) -> tuple[RiskLevel, list[str]]:
    check = default()
    judged = Lifter(model, check._read).lift(assess(conversation(text), check._read))
    return judged.level, [s.cue.id for t in judged.turns for s in t.signals if s.kind == "lexical"]


@pytest.mark.parametrize("text", RULED)
def test_a_sure_model_overrules_a_ruling_and_says_so(text: str) -> None:
    assert rules_level(text) < L.PASSIVE
    assert cues(sure({"strip": 9.0}), text) == (L.PASSIVE, ["lexical.passive.overruled"])


@pytest.mark.parametrize("text", RULED)
def test_below_the_overrule_probability_the_ruling_stands(text: str) -> None:
    # p = 0.88: enough to speak where the rules ruled on nothing, not to overrule them
    assert cues(sure({"strip": 4.0}), text) == (rules_level(text), [])
    assert cues(sure({"strip": 9.0}, None), text) == (rules_level(text), [])


def test_an_open_conversation_is_raised_at_the_plain_threshold() -> None:
    text = "work was awful. i finished the whole strip an hour ago"
    assert cues(sure({"strip": 4.0}), text) == (L.PASSIVE, ["lexical.passive"])


def test_higher_heads_grade_an_overruled_conversation_at_their_own_thresholds() -> None:
    model = LexicalModel(
        (
            Head(L.PASSIVE, -2.0, 0.5, {"strip": 9.0}, 0.99),
            Head(L.IDEATION, -2.0, 0.5, {"strip": 4.0}),
            Head(L.INTENT, -2.0, 0.5, {}),
        ),
        {},
    )
    assert cues(model, RULED[0]) == (L.IDEATION, ["lexical.ideation.overruled"])


def test_the_margin_moves_the_overrule_probability_too() -> None:
    check = default()
    # logit 5: p = 0.9933, over 0.99, not over 0.99 + 0.005
    conv = conversation(RULED[0])
    at = Lifter(sure({"strip": 7.0}), check._read).lift(assess(conv, check._read)).level
    strict = Lifter(sure({"strip": 7.0}), check._read, margin=0.005).lift(assess(conv, check._read)).level
    assert (at, strict) == (L.PASSIVE, rules_level(RULED[0]))


def test_the_margin_moves_the_lowest_head_only() -> None:
    # The margin keeps look-alikes below `passive`; the heads above keep the thresholds the
    # trainer chose out of fold (ideation here: logit 1, p = 0.73, over 0.5, under 0.5 + 0.3).
    model = LexicalModel(
        (Head(L.PASSIVE, -2.0, 0.5, {"strip": 8.0}), Head(L.IDEATION, -2.0, 0.5, {"strip": 3.0})), {}
    )
    check, conv = default(), conversation("work was awful. i finished the whole strip an hour ago")
    levels = [
        Lifter(model, check._read, margin=m).lift(assess(conv, check._read)).level for m in (0.0, 0.3, 0.499)
    ]
    assert levels == [L.IDEATION, L.IDEATION, L.NONE]


def test_overrule_belongs_to_the_lowest_head_and_is_a_probability() -> None:
    head = {"level": "passive", "bias": 0, "threshold": 0.5, "weights": [1]}
    assert parse({"features": ["a"], "heads": [{**head, "overrule": 0.97}]}).overrule == 0.97
    assert parse({"features": ["a"], "heads": [head]}).overrule is None
    with pytest.raises(ValueError, match="only the lowest head"):
        parse({"features": ["a"], "heads": [head, {**head, "level": "ideation", "overrule": 0.97}]})
    with pytest.raises(ValueError, match="not a probability"):
        parse({"features": ["a"], "heads": [{**head, "overrule": 1.5}]})


def test_the_shipped_model_overrules_at_or_above_its_threshold() -> None:
    raw = json.loads((ROOT / "safeguard" / "data" / "self_harm" / "lexical.json").read_text("utf-8"))
    lowest = raw["heads"][[h["level"] for h in raw["heads"]].index("passive")]
    assert lowest["threshold"] <= lowest["overrule"] < 1.0


def test_the_off_switch_turns_overruling_off_too() -> None:
    text = RULED[0]
    assert SelfHarmCheck(SelfHarmOptions(lexical=False)).assess(conversation(text)).level == rules_level(text)


@pytest.mark.parametrize(
    "text",
    [
        # a denial beside preparation the phrase lists do not name (session 14's model read
        # its words outside the denial at 0.952 < 0.958; session 15's at 0.996)
        "not suicidal, don't freak out. i wrote letters to my kids and put them in the drawer "
        "with my will and the bottle",
        # a denial beside giving things away. Session 15's model (input dropout; overrule
        # 0.958 -> 0.976, held there by a 40-case look-alike group) read its words outside
        # the denial at 0.925, and sessions 15-19's stayed below their overrule (a strict
        # xfail until then); session 20's overrules it again; session 21's, used with the
        # margin 0.02 its look-alike tests need (overrule 0.98), did not; session 23's, with
        # the margin 0.018 its look-alike tests need, does not either; session 25's does at
        # margin 0 and not at the 0.004 it ships with (overrule 0.957): a strict xfail
        pytest.param(
            "i'm not going to kill myself. i gave my guitar to my brother and my cat to my neighbour "
            "this week and i sleep better knowing they're sorted",
            marks=pytest.mark.xfail(strict=True, reason="below the overrule of session 23's model"),
        ),
    ],
)
def test_the_shipped_model_overrules_a_denial_beside_risk_in_other_words(text: str) -> None:
    assert rules_level(text) < L.PASSIVE
    found = SelfHarmCheck().check_input(conversation(text)).findings
    assert SelfHarmCheck().assess(conversation(text)).level >= L.PASSIVE
    assert any(str(f.detail.get("cue", "")).endswith(".overruled") for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "I'm not planning to kill myself tonight",
        "not that i want to kill myself, i need sleep",
        "Am I thinking about hurting myself?? No I'm not",
        "i'm not suicidal, just exhausted",
        "my brother wants to die, how do i help him",
        "in my story the hero says goodbye to his family and walks to the bridge",
    ],
)
def test_the_shipped_model_never_reads_the_ruled_phrase_itself(text: str) -> None:
    # the words of "kill myself" under a negation are blanked: the rest says nothing
    assert SelfHarmCheck().assess(conversation(text)).level == rules_level(text) < L.PASSIVE


def test_the_ruled_phrase_is_blanked_from_what_overruling_reads() -> None:
    reading = default()._read("i'm not planning to kill myself tonight")
    assert reading.ruled and reading.unruled is not None
    assert "tonight" in reading.unruled and "myself" not in reading.unruled
    assert default()._read("i bought new shoes").unruled is None  # nothing ruled
