"""An async app's event loop keeps running while a second opinion waits on the network."""

from __future__ import annotations

import asyncio
import threading

import safeguard
from safeguard import Conversation, Guard, RiskLevel, SecondOpinionSettings, SelfHarmState
from safeguard.testing import ScriptedModel, openai_client

HEAVY = [{"role": "user", "content": "everything is so heavy lately"}]


def _judge_waiting_for(released: threading.Event, seen: list[str | None]):  # type: ignore[no-untyped-def]
    def judge(conversation: Conversation, state: SelfHarmState) -> RiskLevel:
        seen.append(conversation.locale)
        # only a task on the app's event loop can release it: a blocked loop never does
        assert released.wait(timeout=10)
        return RiskLevel.IDEATION

    return judge


async def _release_soon(released: threading.Event) -> None:
    await asyncio.sleep(0.05)
    released.set()


async def test_the_async_client_waits_off_the_loop() -> None:
    released, seen = threading.Event(), []
    settings = SecondOpinionSettings(_judge_waiting_for(released, seen), timeout_s=10, fail="closed")
    model = ScriptedModel(["That sounds heavy. What has today been like?"])
    client = Guard(second_opinion=settings).wrap(openai_client(model, asynchronous=True))
    with safeguard.context(locale="en-GB"):
        reply, _ = await asyncio.gather(
            client.chat.completions.create(model="m", messages=HEAVY), _release_soon(released)
        )
    text = reply.choices[0].message.content
    assert "That sounds heavy." in text
    assert "116 123" in text  # the judge's ideation: UK resources, from the request's context
    assert seen == ["en-GB"]


async def test_acheck_waits_off_the_loop() -> None:
    released, seen = threading.Event(), []
    guard = Guard(second_opinion=SecondOpinionSettings(_judge_waiting_for(released, seen), timeout_s=10))
    verdict, _ = await asyncio.gather(guard.acheck(HEAVY, locale="en-US"), _release_soon(released))
    assert verdict.self_harm.level == RiskLevel.IDEATION
    assert seen == ["en-US"]


async def test_a_guarded_async_function_waits_off_the_loop() -> None:
    from safeguard.integrations import guarded

    released, seen = threading.Event(), []
    guard = Guard(second_opinion=SecondOpinionSettings(_judge_waiting_for(released, seen), timeout_s=10))

    @guarded(guard)
    async def reply(messages: list[dict[str, str]]) -> str:
        return "That sounds heavy. What has today been like?"

    text, _ = await asyncio.gather(reply(HEAVY), _release_soon(released))
    assert "That sounds heavy. What has today been like?" in text
    assert len(text) > len("That sounds heavy. What has today been like?") + 40  # ideation: help added
    assert seen == [None]
