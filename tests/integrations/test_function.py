"""guarded(guard): any function from messages to text."""

from __future__ import annotations

from typing import Any

import pytest

import safeguard
from safeguard._guard import Guard
from safeguard.integrations import guarded
from tests.integrations.conftest import fake_policy
from tests.integrations.fakes import HONEST, PROMISE


def test_sync_function(fake_guard: Guard) -> None:
    seen: list[Any] = []

    @guarded(fake_guard)
    def model(messages: list[dict[str, str]]) -> str:
        seen.append(messages)
        return f"Got <EMAIL_ADDRESS_1>. {PROMISE}."

    out = model([{"role": "user", "content": "I am ann@mail.com"}])
    assert out == f"Got ann@mail.com. {HONEST}."
    assert seen[0][0]["content"] == "I am <EMAIL_ADDRESS_1>"


async def test_async_function(fake_guard: Guard) -> None:
    @guarded(fake_guard)
    async def model(messages: list[dict[str, str]], temperature: float = 0) -> str:
        return f"{PROMISE}."

    assert await model([{"role": "user", "content": "hi"}], temperature=0.2) == f"{HONEST}."


def test_blocked_function_is_not_called(fake_checks: None) -> None:
    rules = [{"id": "b", "when": {"check": "self_harm", "min_level": "ideation"}, "action": "block"}]
    calls: list[int] = []

    def model(messages: list[dict[str, str]]) -> str:
        calls.append(1)
        return "x"

    soft = guarded(Guard(fake_policy(rules=rules)))(model)
    assert "findahelpline" in soft([{"role": "user", "content": "I want to die"}])
    hard = guarded(Guard(fake_policy(rules=rules, fail="closed")))(model)
    with pytest.raises(safeguard.Blocked):
        hard([{"role": "user", "content": "I want to die"}])
    assert calls == []


def test_generator_streams_the_same_text(fake_guard: Guard) -> None:
    text = f"Hello there. {PROMISE} for you. Bye"

    @guarded(fake_guard)
    def words(messages: list[dict[str, str]]) -> Any:
        yield from (text[i : i + 3] for i in range(0, len(text), 3))

    @guarded(fake_guard)
    def whole(messages: list[dict[str, str]]) -> str:
        return text

    user = [{"role": "user", "content": "hi"}]
    pieces = list(words(user))
    assert pieces[0] == "Hello there."  # released as soon as the sentence ended
    assert "".join(pieces) == whole(user) == f"Hello there. {HONEST} for you. Bye"


async def test_async_generator(fake_guard: Guard) -> None:
    @guarded(fake_guard)
    async def words(messages: list[dict[str, str]]) -> Any:
        for piece in (f"{PROMISE[:5]}", f"{PROMISE[5:]}.", " Ok"):
            yield piece

    out = [p async for p in words([{"role": "user", "content": "hi"}])]
    assert "".join(out) == f"{HONEST}. Ok"
