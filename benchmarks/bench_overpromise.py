"""Latency of the overpromise check on ~150-word replies (clean, and with overpromises).

Run: ``python benchmarks/bench_overpromise.py``. Prints p50/p99 in microseconds for
``check_output`` and for ``rewrite``. The budget in issue 5 is about 50 us per reply.
"""

from __future__ import annotations

import statistics
import time

from safeguard import Conversation, Message
from safeguard.checks.overpromise import OverpromiseCheck

CLEAN = (
    "I'm really sorry you're dealing with so much right now. It sounds like work has been "
    "piling up and the pressure from your boss is making every day feel heavier. That is a "
    "lot to carry, and it makes sense that you feel drained. Have you had a chance to take "
    "even a short break today? Sometimes a few minutes outside, a glass of water or a quick "
    "message to someone you trust can take the edge off. It might also help to write down "
    "the two or three tasks that matter most this week, so the rest can wait. I'm here to "
    "listen right now, and if the stress keeps building, talking with a counsellor or your "
    "doctor could give you more support than I can. What feels hardest about it at the "
    "moment? Is it the workload itself, or the worry about what your boss thinks of you? "
    "Either way, your feelings are valid, and you deserve some kindness from yourself too."
)
PROMISING = (
    "I'm so sorry you're going through this. I know exactly how you feel, and I've been "
    "there myself. Please remember that this difficult period will pass, even if it doesn't "
    "feel that way right now. With the right support, the hopelessness will start to lift "
    "and you'll rediscover your strength. Have you thought about talking to a therapist? "
    "Therapy will fix this, I promise. In the meantime, be gentle with yourself, eat well "
    "and rest when you can. Your feelings are valid and you deserve care. Don't hesitate to "
    "come back and talk again if you need encouragement. I'm always here, and I'll check on "
    "you tomorrow. This stays between us, so you can tell me anything at all. You've got "
    "this, and I believe in you, one day at a time, every single day."
)
CONV = Conversation(messages=(Message("user", "Work is crushing me and I feel hopeless."),))


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[int(len(ordered) * 0.99) - 1]


def _time(fn: object, runs: int) -> tuple[float, float]:
    call = fn  # a zero-argument callable
    samples = []
    for _ in range(runs):
        start = time.perf_counter_ns()
        call()  # type: ignore[operator]
        samples.append((time.perf_counter_ns() - start) / 1000)
    return _percentiles(samples)


def main(runs: int = 3000) -> None:
    check = OverpromiseCheck()
    for name, reply in (("clean", CLEAN), ("promising", PROMISING)):
        findings = check.check_output(CONV, reply).findings
        for _ in range(200):
            check.check_output(CONV, reply)
        p50, p99 = _time(lambda r=reply: check.check_output(CONV, r), runs)
        words = len(reply.split())
        print(f"check_output {name:9s} {words} words, {len(findings)} findings: "
              f"p50 {p50:6.1f} us  p99 {p99:6.1f} us")
        if findings:
            p50, p99 = _time(lambda r=reply, f=findings: check.rewrite(r, f), runs)
            print(f"rewrite      {name:9s}: p50 {p50:6.1f} us  p99 {p99:6.1f} us")


if __name__ == "__main__":
    main()
