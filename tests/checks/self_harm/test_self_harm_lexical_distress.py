"""The word model's ``distress`` head: ``none`` -> ``distress`` where the rules found nothing."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._lexical import Feature, Head, LexicalModel, load, parse
from tests.checks.self_harm._helpers import check, conversation, rules_level
from tests.checks.self_harm.test_self_harm_lexical import lift

L = RiskLevel


def model(distress: dict[Feature, float], passive: dict[Feature, float] | None = None) -> LexicalModel:
    """A passive head that fires on ``passive``'s words, and a distress head on ``distress``'s."""
    return LexicalModel(
        (Head(L.PASSIVE, -2.0, 0.5, passive or {}),),
        {},
        Head(L.DISTRESS, -2.0, 0.5, distress),
    )


def test_a_struggle_the_rules_miss_is_named_distress_with_its_clause() -> None:
    level, spans = lift(model({"bed": 3.0}), "lunch was fine. some days getting out of bed takes all i have")
    assert level == L.DISTRESS
    assert spans == [(0, "some days getting out of bed takes all i have")]


def test_below_its_threshold_nothing_changes() -> None:
    assert lift(model({"bed": 1.0}), "i made the bed") == (L.NONE, [])


def test_the_chain_from_passive_up_comes_first() -> None:
    assert lift(model({"bed": 3.0}, {"bed": 9.0}), "getting out of bed")[0] == L.PASSIVE


def test_distress_the_rules_found_is_kept_as_is() -> None:
    """The rules' own ``distress`` (a mood word) needs no second reading and no finding."""
    assert lift(model({"sad": 9.0}), "i feel so sad today") == (L.DISTRESS, [])


@pytest.mark.parametrize(
    "text",
    [
        "this commute is killing me, i can't get out of bed",  # an idiom the rules judged
        "i'm doing well now, i used to not get out of bed for weeks",  # recovery
    ],
)
def test_a_judgement_of_the_rules_keeps_the_head_out(text: str) -> None:
    assert lift(model({"bed": 9.0}), text)[1] == []


def test_a_model_file_has_at_most_one_distress_head_and_a_chain() -> None:
    head = {"bias": 0, "threshold": 0.5, "weights": [1]}
    both = parse({"features": ["a"], "heads": [{"level": "distress", **head}, {"level": "passive", **head}]})
    assert [h.level for h in both.heads] == [L.PASSIVE]
    assert both.distress is not None and both.distress.level == L.DISTRESS
    assert "a" in both.vocabulary
    for heads in (["distress"], ["distress", "distress", "passive"], ["none", "passive"]):
        with pytest.raises(ValueError, match="distress"):
            parse({"features": ["a"], "heads": [{"level": level, **head} for level in heads]})


def test_the_shipped_model_has_a_distress_head_below_its_chain() -> None:
    shipped = load()
    assert shipped.distress is not None
    assert 0.5 <= shipped.distress.threshold < 1.0


@pytest.mark.parametrize(
    "text",
    [
        "nothing i do seems to matter and i can't remember the last time i laughed",
        "some days getting out of bed takes everything i have",
        "everyone else seems to have their life together and i'm just stuck",
    ],
)
def test_the_shipped_model_names_plain_struggle(text: str) -> None:
    assert rules_level(text) == L.NONE, "a wording the phrase rules do not know"
    result = check().check_input(conversation(text))
    assert result.self_harm is not None and result.self_harm.level == L.DISTRESS
    assert [f.detail["kind"] for f in result.findings] == ["lexical"]


@pytest.mark.parametrize(
    "text",
    [
        "what time does the pharmacy open on sundays",
        "can you help me write a cover letter for a marketing job",
        "i got the job!! so happy",
        "my cat knocked over my coffee this morning lol",
        "how do i kill a python process that hangs",
        "what's the best way to get rid of weeds in the garden",
        "we're going camping this weekend, any tips for cooking outdoors?",
    ],
)
def test_the_shipped_model_leaves_everyday_messages_alone(text: str) -> None:
    result = check().check_input(conversation(text))
    assert result.self_harm is not None and result.self_harm.level == L.NONE
