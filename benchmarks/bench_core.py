"""Core costs of the guard with the default policy: import, cold start, per-turn and per-check
latency over a 10-turn conversation, single-core throughput, and memory.

Every figure is measured in this run; import time is set beside a bare interpreter as the
reference. Run: ``python benchmarks/bench_core.py [--quick] [--policy FILE]``.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from typing import Any

from _figures import figure  # beside this file: a script's folder is on sys.path

IMPORT_CODE = """
import json, sys, time
t = time.perf_counter()
import safeguard
ms = (time.perf_counter() - t) * 1000
heavy = sorted(m for m in ("presidio_analyzer", "spacy") if m in sys.modules)
print(json.dumps({"ms": ms, "heavy": heavy}))
"""

COLD_CODE = """
import json, resource, sys, time
t0 = time.perf_counter()
from safeguard import Guard
t1 = time.perf_counter()
guard = Guard(sys.argv[1] if len(sys.argv) > 1 else None)
t2 = time.perf_counter()
guard.check([{"role": "user", "content": "I can't sleep and I feel like a burden to everyone."}],
            reply="I'm always here for you, everything will be okay.")
t3 = time.perf_counter()
rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"import": t1 - t0, "guard": t2 - t1, "first": t3 - t2, "rss_kb": rss_kb}))
"""

MEMORY_CODE = """
import json, sys, tracemalloc
tracemalloc.start()
from safeguard import Guard
guard = Guard(sys.argv[1] or None)
convo = json.loads(sys.argv[2])
for _ in range(20):
    for k in range(len(convo["users"])):
        guard.check(convo["messages"][: 2 * k + 1], reply=convo["assistants"][k])
current, peak = tracemalloc.get_traced_memory()
print(json.dumps({"current": current, "peak": peak}))
"""

# A supportive chat whose distress escalates; replies hold overpromises, PII and hedged help.
USERS = [
    "Hi, I just need to talk to someone tonight.",
    "Work has been awful and I haven't slept properly in weeks.",
    "My manager Sarah Collins emailed me at jo.baker@example.com to say I'm on a final warning.",
    "Honestly everything feels pointless, nothing I do ever goes right.",
    "Sometimes I wish I could just go to sleep and not wake up.",
    "Everyone would be better off without me, I'm just a burden to them.",
    "I keep thinking about killing myself, the thoughts won't stop.",
    "I've been saving up my pills for a while now.",
    "How many of them would it take?",
    "I'm sorry, I don't really know why I'm telling you all this.",
]
ASSISTANTS = [
    "I'm here to listen. What's been going on?",
    "That sounds exhausting. Not sleeping makes everything feel heavier.",
    "A final warning is a lot to take in. How are you feeling about it?",
    "I'm sorry it feels that way. Many people find these feelings ease with support.",
    "Thank you for telling me. I'll always be here for you, no matter what.",
    "You are not a burden. Everything will be okay, I promise.",
    "I'm really glad you told me. I know exactly how you feel.",
    "I'm worried about you. Would you be willing to put the pills somewhere out of reach?",
    "I can't help with that, but I don't want you to be alone with this right now.",
    "Please don't apologise. You can call me anytime and this stays between us.",
]


def conversation() -> dict[str, Any]:
    """Messages interleaved user/assistant, plus the lists, for turn-by-turn checking."""
    messages: list[dict[str, str]] = []
    for user, assistant in zip(USERS, ASSISTANTS, strict=True):
        messages += [{"role": "user", "content": user}, {"role": "assistant", "content": assistant}]
    return {"messages": messages, "users": USERS, "assistants": ASSISTANTS}


def pct(values: list[float], q: float) -> float:
    """Nearest-rank percentile (the same rule as ``safeguard eval``)."""
    ordered = sorted(values)
    return ordered[max(1, math.ceil(q / 100 * len(ordered))) - 1]


def _python(code: str, *args: str) -> dict[str, Any]:
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=False)
    if out.returncode:
        last = (out.stderr.strip().splitlines() or ["no output"])[-1]
        raise SystemExit(f"bench_core: a measuring subprocess failed: {last}")
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def _wall_ms(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
    return (time.perf_counter() - start) * 1000


def bench_import(runs: int) -> None:
    """In-process import time (median), and process wall time against a bare interpreter."""
    results = [_python(IMPORT_CODE) for _ in range(runs)]
    figure(f"import safeguard (median of {runs})", statistics.median(r["ms"] for r in results), "ms", "< 150")
    heavy = sorted({m for r in results for m in r["heavy"]})
    figure(
        "heavy modules after import safeguard",
        ", ".join(heavy) or "none",
        "",
        "none",
        "presidio_analyzer / spacy must load lazily",
    )
    bare = statistics.median(_wall_ms("pass") for _ in range(runs))
    full = statistics.median(_wall_ms("import safeguard") for _ in range(runs))
    figure(
        "process: python -c 'import safeguard'",
        full,
        "ms",
        "",
        f"bare python {bare:.0f} ms, {full / bare:.1f}x",
    )


def bench_cold(runs: int, policy: str | None) -> None:
    """Fresh process: import, first ``Guard()``, first check; peak RSS."""
    results = [_python(COLD_CODE, *([policy] if policy else [])) for _ in range(runs)]
    med = {k: statistics.median(r[k] for r in results) for k in ("import", "guard", "first", "rss_kb")}
    figure(f"cold: import Guard (median of {runs})", med["import"] * 1000, "ms")
    figure("cold: first Guard()", med["guard"] * 1000, "ms")
    figure("cold: first check", med["first"] * 1000, "ms", "", "lazy loads land here")
    figure("cold: import + Guard() + first check", (med["import"] + med["guard"] + med["first"]) * 1000, "ms")
    figure("peak RSS after first check (ru_maxrss)", med["rss_kb"] / 1024, "MiB")


def bench_memory(policy: str | None) -> None:
    """tracemalloc peak over import, ``Guard()`` and 200 checks (Python allocations only)."""
    result = _python(MEMORY_CODE, policy or "", json.dumps(conversation()))
    figure("tracemalloc peak (import + Guard + 200 turns)", result["peak"] / 2**20, "MiB")
    figure("tracemalloc retained after 200 turns", result["current"] / 2**20, "MiB")


def _guard(policy: str | None) -> Any:
    from safeguard import Guard

    return Guard(policy)


def bench_turns(reps: int, policy: str | None) -> None:
    """Per-turn latency (the check of one user turn and its reply, with the history so far)."""
    guard, convo = _guard(policy), conversation()
    turns = len(convo["users"])
    for k in range(turns):  # warm caches and lazy loads before timing
        guard.check(convo["messages"][: 2 * k + 1], reply=convo["assistants"][k])
    per_turn: list[float] = []
    per_check: dict[str, list[float]] = defaultdict(list)
    start = time.perf_counter()
    for _ in range(reps):
        for k in range(turns):
            t = time.perf_counter_ns()
            verdict = guard.check(convo["messages"][: 2 * k + 1], reply=convo["assistants"][k])
            per_turn.append((time.perf_counter_ns() - t) / 1e6)
            for timing in verdict.timings:
                per_check[f"{timing.check} ({timing.stage})"].append((timing.end_ns - timing.start_ns) / 1e6)
    elapsed = time.perf_counter() - start
    figure(f"per turn p50 ({reps}x{turns} turns, 10-turn chat)", pct(per_turn, 50), "ms")
    figure("per turn p99", pct(per_turn, 99), "ms")
    figure("throughput, one core", len(per_turn) / elapsed, "turns/s")
    for name, values in sorted(per_check.items()):
        figure(f"check {name} p50 / p99", f"{pct(values, 50):.3f} / {pct(values, 99):.3f}", "ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--policy", help="policy file (default: the shipped default policy)")
    args = parser.parse_args()
    quick = args.quick or os.environ.get("SAFEGUARD_BENCH_QUICK") == "1"
    runs, reps = (3, 20) if quick else (7, 200)
    print(f"bench_core — python {sys.version.split()[0]}, policy {args.policy or 'default'}")
    bench_import(runs)
    bench_cold(runs, args.policy)
    bench_memory(args.policy)
    bench_turns(reps, args.policy)
    return 0


if __name__ == "__main__":
    sys.exit(main())
