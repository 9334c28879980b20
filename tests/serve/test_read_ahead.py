"""``read_ahead``: a request's turns are read on the event loop one at a time, never deciding anything."""

from __future__ import annotations

import asyncio

import pytest

from safeguard._convert import from_messages
from safeguard._guard import Guard
from safeguard._policy_load import parse_policy
from safeguard.checks.self_harm import SelfHarmCheck
from safeguard.serve._read_ahead import read_ahead
from safeguard.serve._routes import find

CHAT = find("/v1/chat/completions")
assert CHAT is not None


def _body(turns: int) -> dict[str, object]:
    messages = []
    for i in range(turns):
        messages += [
            {"role": "user", "content": f"turn {i}: work was long"},
            {"role": "assistant", "content": "ok"},
        ]
    return {"model": "m", "messages": messages}


def test_other_tasks_run_between_turns() -> None:
    guard = Guard()
    ticks: list[int] = []

    async def run() -> None:
        async def ticker() -> None:
            while True:
                ticks.append(1)
                await asyncio.sleep(0)

        task = asyncio.ensure_future(ticker())
        await asyncio.sleep(0)
        before = len(ticks)
        await read_ahead(guard, CHAT, _body(8))
        during = len(ticks) - before
        task.cancel()
        assert during >= 7  # the loop came back at least once between every two turns

    asyncio.run(run())


def test_it_fills_the_per_text_cache_the_check_then_hits() -> None:
    guard = Guard()
    self_harm = next(b.check for b in guard.engine.checks if isinstance(b.check, SelfHarmCheck))
    body = _body(3)
    asyncio.run(read_ahead(guard, CHAT, body))
    read = self_harm._read  # type: ignore[attr-defined]
    hits_before = read.cache_info().hits
    guard.check_input(from_messages(body["messages"]))  # type: ignore[arg-type]
    assert read.cache_info().hits - hits_before >= 3  # every user turn came from the cache


@pytest.mark.parametrize("body", [{"messages": 5}, {}, {"messages": [{"role": 3}]}])
def test_unreadable_bodies_are_skipped_quietly(body: dict[str, object]) -> None:
    asyncio.run(read_ahead(Guard(), CHAT, body))  # must not raise


def test_a_crashing_check_is_left_to_the_real_check(fake_registry: None) -> None:
    policy = parse_policy("name: t\nchecks:\n  - type: crashing\n")
    guard = Guard(policy)
    asyncio.run(read_ahead(guard, CHAT, _body(2)))  # swallowed here
    verdict = guard.check_input(from_messages(_body(2)["messages"]))  # type: ignore[arg-type]
    assert [f.check for f in verdict.failures] == ["crashing"]  # reported by the real check


def test_output_checks_read_the_request_ahead_of_the_reply() -> None:
    from safeguard.checks.safe_messaging import SafeMessagingCheck

    guard = Guard()
    safe = next(b.check for b in guard.engine.checks if isinstance(b.check, SafeMessagingCheck))
    body = _body(3)
    body["messages"] = [*body["messages"], {"role": "user", "content": "help me write my goodbye note"}]  # type: ignore[list-item]
    asyncio.run(read_ahead(guard, CHAT, body))
    note = safe._note_request  # type: ignore[attr-defined]
    misses_before = note.cache_info().misses
    conversation = from_messages(body["messages"])  # type: ignore[arg-type]
    safe.check_output(conversation, "I can help you with that.")
    assert note.cache_info().misses == misses_before  # every user turn was read ahead
    assert note.cache_info().currsize >= 4  # one entry per distinct user turn
