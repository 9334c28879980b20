"""The engine with fake checks: rules, actions, fail modes, budgets, timings."""

from __future__ import annotations

import pytest

from safeguard._convert import from_messages
from safeguard._engine import Engine
from safeguard._errors import CheckError
from safeguard._levels import RiskLevel
from safeguard._policy_load import parse_policy

POLICY = """
name: test
checks:
  - type: fake_risk
    options: {word: hopeless, level: passive}
  - type: fake_promise
rules:
  - id: crisis
    when: {check: fake_risk, min_level: passive}
    action: augment
  - id: honest
    when: {check: fake_promise, where: output}
    action: rewrite
  - id: page
    when: {check: fake_risk, min_level: imminent}
    action: escalate
"""

pytestmark = pytest.mark.usefixtures("fake_registry")


def engine(text: str = POLICY) -> Engine:
    return Engine.from_policy(parse_policy(text))


def convo(*users: str, locale: str | None = "en-US"):  # type: ignore[no-untyped-def]
    return from_messages([{"role": "user", "content": u} for u in users], locale=locale)


def test_nothing_found_means_allow_and_unchanged_reply() -> None:
    verdict = engine().check(convo("hello"), "Nice to meet you, always.")
    assert verdict.self_harm.level is RiskLevel.NONE
    assert [a.type for a in verdict.actions] == ["rewrite"]
    assert verdict.reply == "Nice to meet you, right now."


def test_rewrite_keeps_everything_else_byte_identical() -> None:
    reply = "First sentence stays.  I am always here!\nLast line stays."
    verdict = engine().check(convo("hi"), reply)
    assert verdict.reply == "First sentence stays.  I am right now here!\nLast line stays."


def test_risk_adds_verified_resources_for_the_locale() -> None:
    verdict = engine().check(convo("i feel hopeless"), "That sounds heavy.")
    assert verdict.self_harm.level is RiskLevel.PASSIVE
    assert "augment" in verdict.action_types()
    assert verdict.reply is not None
    assert verdict.reply.startswith("That sounds heavy.")
    assert "988" in verdict.reply


def test_unknown_locale_never_guesses_a_number() -> None:
    verdict = engine().check(convo("i feel hopeless", locale=None), "That sounds heavy.")
    assert verdict.reply is not None
    assert "988" not in verdict.reply
    assert "country" in verdict.reply.lower()


def test_input_only_check_has_no_reply_but_records_the_decision() -> None:
    verdict = engine().check(convo("i feel hopeless"))
    assert verdict.reply is None
    assert "augment" in verdict.action_types()
    assert verdict.findings[0].to_dict() == {
        "check": "fake_risk",
        "category": "passive",
        "where": "input",
        "message": 0,
        "start": 7,
        "end": 15,
        "score": 0.9,
    }


def test_level_rules_follow_the_state_not_single_messages() -> None:
    text = POLICY.replace("level: passive}", "level: imminent}")
    verdict = engine(text).check(convo("hopeless", "what time is it?"), "It is noon.")
    assert {"augment", "escalate"} <= verdict.action_types()


def test_crash_fail_open_is_reported_without_text() -> None:
    text = "name: t\nchecks:\n  - type: crashing\n    fail: open\n"
    verdict = engine(text).check(convo("hello"), "hi")
    assert verdict.reply == "hi"
    assert [(f.check, f.kind, f.reason) for f in verdict.failures] == [("crashing", "error", "RuntimeError")]
    assert "secret" not in repr(verdict.failures)


def test_crash_fail_closed_raises_check_error() -> None:
    text = "name: t\nchecks:\n  - type: crashing\n    fail: closed\n"
    with pytest.raises(CheckError) as caught:
        engine(text).check(convo("hello"))
    assert caught.value.check == "crashing"


def test_budget_overrun_is_reported_and_the_result_kept() -> None:
    text = POLICY.replace("  - type: fake_promise\n", "  - type: fake_promise\n    budget_ms: 0.000001\n")
    verdict = engine(text).check(convo("hi"), "always")
    assert verdict.reply == "right now"
    # reported once per stage that overran (input, then output)
    assert [(f.check, f.kind) for f in verdict.failures] == [("fake_promise", "budget")] * 2


def test_timings_cover_every_check_and_stage() -> None:
    verdict = engine().check(convo("hi"), "ok")
    seen = [(t.check, t.stage) for t in verdict.timings]
    assert seen == [
        ("fake_risk", "input"),
        ("fake_promise", "input"),
        ("fake_risk", "output"),
        ("fake_promise", "output"),
    ]
    assert all(t.end_ns >= t.start_ns for t in verdict.timings)


def test_verdict_is_frozen() -> None:
    verdict = engine().check(convo("hi"))
    with pytest.raises(AttributeError):
        verdict.reply = "x"  # type: ignore[misc]


def test_check_ids_let_two_checks_of_one_type_coexist() -> None:
    text = """
name: t
checks:
  - {type: fake_risk, id: sad, options: {word: sad, level: distress}}
  - {type: fake_risk, id: hopeless, options: {word: hopeless, level: passive}}
rules:
  - {id: r, when: {check: hopeless}, action: escalate}
"""
    verdict = engine(text).check(convo("sad and hopeless"))
    assert sorted(f.check for f in verdict.findings) == ["hopeless", "sad"]
    assert verdict.self_harm.level is RiskLevel.PASSIVE
    assert [a.check for a in verdict.actions] == ["hopeless"]


def test_replies_without_findings_reuse_the_input_decisions_and_match_a_fresh_decide() -> None:
    from safeguard._rules import decide

    eng = engine()
    at_risk, calm = convo("i feel hopeless"), convo("hello")
    risky_prior, calm_prior = eng.check_input(at_risk), eng.check_input(calm)
    for prior, conversation in ((risky_prior, at_risk), (calm_prior, calm), (risky_prior, at_risk)):
        verdict = eng.check_output(conversation, "That sounds heavy.", prior)
        expected = decide(eng.policy.rules, prior.findings, prior.self_harm)
        assert [a.rule for a in verdict.actions] == [d.rule.id for d in expected]
    # the person at risk still gets the crisis text; the calm one an unchanged reply
    assert "988" in (eng.check_output(at_risk, "That sounds heavy.", risky_prior).reply or "")
    assert eng.check_output(calm, "That sounds heavy.", calm_prior).reply == "That sounds heavy."
    # a reply with its own findings is decided afresh, with the input's findings too
    promised = eng.check_output(at_risk, "I am always here.", risky_prior)
    assert {"augment", "rewrite"} <= set(promised.action_types())


def test_the_decision_cache_is_bounded_and_never_confuses_verdicts() -> None:
    eng = engine()
    for i in range(600):
        conversation = convo("i feel hopeless" if i % 2 else f"hello {i}")
        verdict = eng.check_output(conversation, "Okay.", eng.check_input(conversation))
        assert ("augment" in verdict.action_types()) == bool(i % 2)
    assert len(eng._decisions) <= 256


def test_the_decision_cache_keeps_no_conversation_alive() -> None:
    import gc

    from safeguard._conversation import Conversation

    eng = engine()
    for i in range(20):
        conversation = convo(f"i feel hopeless, day {i}")
        eng.check_output(conversation, "Okay.", eng.check_input(conversation))
    assert len(eng._decisions) >= 1  # the cache was used
    seen: set[int] = set()
    todo: list[object] = [eng._decisions]
    while todo:  # everything the cache keeps alive, however deep
        obj = todo.pop()
        if id(obj) in seen or isinstance(obj, type):
            continue
        seen.add(id(obj))
        assert not isinstance(obj, Conversation)
        todo.extend(gc.get_referents(obj))
