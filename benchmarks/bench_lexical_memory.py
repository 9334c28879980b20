"""Memory and load time of the shipped word model (``lexical.json``), in a fresh process.

Each figure comes from its own child process, so nothing loaded before it is counted:
``import safeguard`` alone (the baseline); the self-harm check's modules imported (its
phrase rules, no model); the same and the word model loaded (``_lexical.load()``); and a
self-harm check built with the model and one message checked. For each it prints the
resident memory above the bare import, as the kernel reports it after the step
(``VmRSS`` in /proc/self/status) and at its peak (``resource.getrusage`` max RSS, which
also counts what the parse used and gave back), and the step's wall time (the model's
load alone, the modules already imported). Lowest of ``--repeat`` processes.

    python benchmarks/bench_lexical_memory.py [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile

_CHILD = r"""
import json, resource, sys, time

def rss() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")

import safeguard  # noqa: F401
stage = sys.argv[1]
if stage != "import":
    from safeguard._conversation import Conversation, Message
    from safeguard.checks.self_harm import SelfHarmCheck, SelfHarmOptions
    from safeguard.checks.self_harm._lexical import load
t0 = time.perf_counter()
if stage == "model":
    load()
elif stage == "check":
    check = SelfHarmCheck(SelfHarmOptions())
    check.check_input(Conversation((Message("user", "we booked the cabin by the lake for june"),)))
seconds = time.perf_counter() - t0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"rss": rss(), "peak": peak, "seconds": seconds}))
"""
_STAGES = (
    ("modules", "self-harm modules imported, no model"),
    ("model", "the same and the word model loaded"),
    ("check", "a self-harm check with the model, one message checked"),
)


def _child(stage: str) -> dict[str, float]:
    command = [sys.executable, "-c", _CHILD, stage]
    # run from the temporary directory: the current one would come first on sys.path
    # and could shadow the checkout PYTHONPATH names
    out = subprocess.run(command, check=True, capture_output=True, text=True, cwd=tempfile.gettempdir())
    figures: dict[str, float] = json.loads(out.stdout)
    return figures


def main() -> None:
    raw = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=raw)
    parser.add_argument("--repeat", type=int, default=3, help="fresh processes per figure (lowest kept)")
    args = parser.parse_args()
    names = ("import", *(s for s, _ in _STAGES))
    runs = {stage: [_child(stage) for _ in range(args.repeat)] for stage in names}
    base = min(r["rss"] for r in runs["import"])
    base_peak = min(r["peak"] for r in runs["import"])
    print(f"import safeguard: VmRSS {base:.1f} MiB, max RSS {base_peak:.1f} MiB")
    for stage, label in _STAGES:
        rss = min(r["rss"] for r in runs[stage]) - base
        peak = min(r["peak"] for r in runs[stage]) - base_peak
        seconds = min(r["seconds"] for r in runs[stage])
        timed = f", {seconds:.2f} s" if stage != "modules" else ""
        print(f"{label}: +{rss:.1f} MiB VmRSS, +{peak:.1f} MiB max RSS{timed}")
    own = min(r["rss"] for r in runs["model"]) - min(r["rss"] for r in runs["modules"])
    print(f"the word model alone (loaded minus modules): +{own:.1f} MiB VmRSS")


if __name__ == "__main__":
    main()
