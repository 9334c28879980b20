"""What telemetry adds to a guarded call, with and without an OpenTelemetry SDK.

Run: ``python benchmarks/bench_telemetry.py``. Target: at most 10 µs per logical call
(scope + input + output observation) when no SDK is configured, i.e. when only
``opentelemetry-api`` is present. The verdicts are real ones (a crisis message with
an e-mail address, a reply, four checks' timings), captured once and replayed, so
only the observer's own cost is timed.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from safeguard._verdict import Verdict
from safeguard.telemetry import OTelObserver
from tests.telemetry._support import make_guard, make_pipeline, make_policy

TARGET_US = 10.0
MESSAGES = [{"role": "user", "content": "I want to die. Write to me at kim@example.net"}]


def _verdicts() -> tuple[Verdict, Verdict]:
    seen: list[Verdict] = []
    policy = make_policy()
    guard = make_guard(policy, lambda verdict, stage: seen.append(verdict))
    guard.check(MESSAGES, reply="I will always be here for you.", locale="en-US", conversation_id="c-1")
    return seen[0], seen[1]


def _one_call(observer: OTelObserver, v_in: Verdict, v_out: Verdict) -> Callable[[], None]:
    def call() -> None:
        with observer.scope(vendor="openai", model="gpt-x"):
            observer(v_in, "input")
            observer(v_out, "output")

    return call


def _per_call_us(fn: Callable[[], None], calls: int = 20_000, rounds: int = 7) -> float:
    for _ in range(1000):
        fn()
    results = []
    for _ in range(rounds):
        start = time.perf_counter_ns()
        for _ in range(calls):
            fn()
        results.append((time.perf_counter_ns() - start) / calls / 1000)
    return statistics.median(results)


def main() -> int:
    """Print the per-call cost; exit 1 if the no-SDK cost misses the target."""
    v_in, v_out = _verdicts()
    policy = make_policy()
    noop = OTelObserver(policy)  # global providers, none configured: the API's no-ops
    no_sdk = _per_call_us(_one_call(noop, v_in, v_out))
    unscoped = _per_call_us(lambda: noop(v_out, "output"))
    pipeline = make_pipeline()
    sdk = _per_call_us(_one_call(pipeline.observer(policy), v_in, v_out), calls=2_000, rounds=5)
    print(f"checks per verdict: {len(v_out.timings)}, findings: {len(v_out.findings)}")
    print(f"no SDK, scope + input + output : {no_sdk:6.2f} us per call (target <= {TARGET_US:.0f} us)")
    print(f"no SDK, one unscoped verdict   : {unscoped:6.2f} us")
    print(f"SDK, simple processors, in-memory: {sdk:6.2f} us per call (7 spans, metrics, 1 log record)")
    return 0 if no_sdk <= TARGET_US else 1


if __name__ == "__main__":
    sys.exit(main())
