"""Run every ``benchmarks/bench_*.py`` as its own process and print one summary.

Run: ``python benchmarks/run.py [--quick] [--only NAME ...] [--timeout S]``

Each benchmark runs in a fresh interpreter (so import and cold-start figures are real)
and one after another (so they do not compete for the CPU). ``--quick`` sets
``SAFEGUARD_BENCH_QUICK=1`` for all of them and passes ``--quick`` to those whose source
mentions that flag. Figures printed as ``FIGURE {json}`` lines (see ``_figures.py``) are
gathered into the summary; everything else a benchmark prints is shown as it is.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from _figures import parse  # beside this file: a script's folder is on sys.path

HERE = Path(__file__).resolve().parent


@dataclass
class Outcome:
    """What one benchmark did."""

    name: str
    status: str
    seconds: float
    output: list[str] = field(default_factory=list)
    figures: list[dict[str, object]] = field(default_factory=list)


def discover(only: list[str] | None) -> list[Path]:
    """Every ``bench_*.py`` beside this file, by name (``--only core pii`` narrows it)."""
    found = sorted(HERE.glob("bench_*.py"))
    if only:
        found = [p for p in found if p.stem.removeprefix("bench_") in only or p.stem in only]
    return found


def command(path: Path, quick: bool) -> list[str]:
    """The command line for one benchmark."""
    wants_flag = quick and "--quick" in path.read_text(encoding="utf-8")
    return [sys.executable, str(path), *(["--quick"] if wants_flag else [])]


def run_one(path: Path, quick: bool, timeout: float) -> Outcome:
    """Run one benchmark; its failure is reported, never raised."""
    env = {**os.environ, "SAFEGUARD_BENCH_QUICK": "1" if quick else "0"}
    start = time.perf_counter()
    try:
        done = subprocess.run(command(path, quick), capture_output=True, text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return Outcome(path.stem, f"timed out after {timeout:.0f} s", time.perf_counter() - start)
    seconds = time.perf_counter() - start
    lines = (done.stdout + (done.stderr if done.returncode else "")).splitlines()
    figures = [f for f in map(parse, lines) if f is not None]
    text = [line for line in lines if parse(line) is None]
    status = "ok" if done.returncode == 0 else f"failed (exit {done.returncode})"
    return Outcome(path.stem, status, seconds, text, figures)


def _value(record: dict[str, object]) -> str:
    value = record.get("value")
    shown = f"{value:.3f}".rstrip("0").rstrip(".") if isinstance(value, float) else str(value)
    return f"{shown} {record.get('unit') or ''}".strip()


def summary(outcomes: list[Outcome]) -> list[str]:
    """The closing table: status and time of each benchmark, then every gathered figure."""
    lines = ["", "== summary", f"{'benchmark':<22} {'status':<24} {'seconds':>8}"]
    lines += [f"{o.name:<22} {o.status:<24} {o.seconds:8.1f}" for o in outcomes]
    for o in outcomes:
        if o.figures:
            lines += ["", f"-- {o.name}"]
            for f in o.figures:
                target = f" (target {f['target']})" if f.get("target") else ""
                note = f"  {f['note']}" if f.get("note") else ""
                lines.append(f"  {f['name']!s:<46} {_value(f):>16}{target}{note}")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions everywhere")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="run only these (core, pii, ...)")
    parser.add_argument("--timeout", type=float, default=900, help="seconds per benchmark (default 900)")
    args = parser.parse_args()
    outcomes: list[Outcome] = []
    for path in discover(args.only):
        print(f"== {path.name}", flush=True)
        outcome = run_one(path, args.quick, args.timeout)
        print("\n".join(outcome.output), flush=True)
        outcomes.append(outcome)
    print("\n".join(summary(outcomes)))
    return 0 if all(o.status == "ok" for o in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
