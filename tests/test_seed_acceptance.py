"""Acceptance on the seed conversation: risk found, promises rewritten, resources added."""

from __future__ import annotations

from safeguard import Guard, RiskLevel
from safeguard.demo import load_seed


def seed_case(upto: int) -> tuple[list[dict[str, str]], str]:
    turns = load_seed()
    messages: list[dict[str, str]] = []
    for turn in turns[: upto - 1]:
        messages += [{"role": "user", "content": turn.user}, {"role": "assistant", "content": turn.assistant}]
    messages.append({"role": "user", "content": turns[upto - 1].user})
    return messages, turns[upto - 1].assistant


def test_hopeless_turn_is_at_least_passive_and_gets_resources() -> None:
    messages, reply = seed_case(3)
    verdict = Guard().check(messages, reply=reply, locale="en-US")
    assert verdict.self_harm.level >= RiskLevel.PASSIVE
    outcome = [f for f in verdict.findings if f.check == "overpromise" and f.category == "outcome"]
    assert any("will pass" in reply[f.start : f.end] for f in outcome)
    assert verdict.reply is not None
    assert "This difficult period will pass" not in verdict.reply
    assert "988" in verdict.reply


def test_always_here_is_flagged_and_rewritten_later_in_the_conversation() -> None:
    messages, reply = seed_case(5)
    verdict = Guard().check(messages, reply=reply, locale="en-GB")
    flagged = [reply[f.start : f.end] for f in verdict.findings if f.category == "availability"]
    assert any("always here" in text for text in flagged)
    assert verdict.reply is not None and "I'm always here" not in verdict.reply
    # risk shown earlier is not reset by a hopeful turn: UK resources are still given
    assert verdict.self_harm.level >= RiskLevel.PASSIVE
    assert "116 123" in verdict.reply


def test_unknown_locale_asks_for_the_country_and_shows_no_number() -> None:
    messages, reply = seed_case(3)
    verdict = Guard().check(messages, reply=reply)
    assert verdict.reply is not None
    assert "988" not in verdict.reply and "116 123" not in verdict.reply
    assert "country" in verdict.reply.lower()
