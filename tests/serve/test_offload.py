"""Checks that wait on a second opinion do not queue behind each other on the one guard thread."""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor

from safeguard import Conversation, Message, RiskLevel, SelfHarmState
from safeguard.checks.self_harm import second_opinion
from safeguard.serve._offload import off_loop


async def test_waiting_calls_run_side_by_side() -> None:
    # each call waits until all four are running at once: a one-thread pool would break it
    meeting = threading.Barrier(4, timeout=10)
    done = await asyncio.gather(*(off_loop(meeting.wait, waits=True) for _ in range(4)))
    assert sorted(done) == [0, 1, 2, 3]


def test_concurrent_consultations_are_not_queued_into_timeouts() -> None:
    meeting = threading.Barrier(6, timeout=10)

    def judge(conversation: Conversation, state: SelfHarmState) -> RiskLevel:
        meeting.wait()
        return RiskLevel.IDEATION

    conv = Conversation((Message("user", "so tired of everything"),))

    def consult(_: int) -> RiskLevel:
        return second_opinion(judge, conv, SelfHarmState(RiskLevel.DISTRESS), timeout_s=10).level

    with ThreadPoolExecutor(6) as callers:
        assert list(callers.map(consult, range(6))) == [RiskLevel.IDEATION] * 6
