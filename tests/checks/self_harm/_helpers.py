"""Shared helpers for the self-harm tests: build conversations, judge them once per check."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping

from safeguard._conversation import Conversation, Message
from safeguard._findings import CheckResult
from safeguard._levels import RiskLevel
from safeguard._tokens import Token
from safeguard.checks.self_harm import SelfHarmCheck, SelfHarmOptions
from safeguard.checks.self_harm._matcher import Matcher, compile_phrase


@functools.cache
def check() -> SelfHarmCheck:
    """One default check for the whole test session (phrase data compiled once)."""
    return SelfHarmCheck()


@functools.cache
def rules() -> SelfHarmCheck:
    """One check with the phrase rules alone (no word model): the tests of one context
    rule, not of the word model's opinion."""
    return SelfHarmCheck(SelfHarmOptions(lexical=False))


def user_turns_level(*turns: str) -> RiskLevel:
    """The rules' level of a conversation of user turns only (no assistant turn between)."""
    return rules().assess(Conversation(tuple(Message("user", t) for t in turns))).level


def own_and_other(text: str) -> tuple[RiskLevel, list[RiskLevel]]:
    """The rules' level of the writer for one message, and the levels of its findings about
    someone else."""
    result = rules().check_input(Conversation((Message("user", text),)))
    assert result.self_harm is not None
    others = [RiskLevel.parse(f.category) for f in result.findings if f.detail.get("subject") == "other"]
    return result.self_harm.level, others


def rules_level(*turns: str) -> RiskLevel:
    """The rules' level of alternating user / assistant turns (no word model)."""
    result = rules().check_input(conversation(*turns))
    assert result.self_harm is not None
    return result.self_harm.level


def conversation(*turns: str) -> Conversation:
    """Alternate user / assistant turns, starting with the user."""
    roles = ("user", "assistant")
    return Conversation(tuple(Message(roles[i % 2], t) for i, t in enumerate(turns)))


def judge(*turns: str) -> CheckResult:
    """``check_input`` over alternating turns."""
    return check().check_input(conversation(*turns))


def level(*turns: str) -> RiskLevel:
    """The conversation-level risk of alternating turns."""
    result = judge(*turns)
    assert result.self_harm is not None
    return result.self_harm.level


L = RiskLevel


def phrase_matcher(
    phrases: Iterable[str],
    classes: Mapping[str, frozenset[str]],
    barriers: frozenset[str],
    fillers: frozenset[str],
) -> Matcher:
    """A matcher of ``phrases`` (payload = position in the list), for the matcher tests."""
    matcher = Matcher(barriers, fillers)
    for n, phrase in enumerate(phrases):
        for steps in compile_phrase(phrase, classes):
            matcher.add(steps, n)
    return matcher


def clause_tokens(words: list[tuple[str, bool]]) -> list[Token]:
    """Tokens of ``(key, starts a new clause)`` pairs, one character apart."""
    clause, out = 0, []
    for i, (key, brk) in enumerate(words):
        clause += brk
        out.append(Token(key, i, i + 1, clause))
    return out
