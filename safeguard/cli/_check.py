"""``safeguard check [--policy FILE] [--jsonl] [FILE]``: verdicts as JSON, per CONTRACT.md.

Exit status: 0 every input checked; 1 some JSONL lines malformed (each reported on
stderr with its line number, with an ``error`` object in the output, the rest
still checked); 2 the input as a whole is unusable. Output is written only once
everything is checked, so nothing is half-written.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from safeguard._convert import from_case
from safeguard._errors import AdapterError, CheckError, PolicyError
from safeguard._guard import Guard


class Unusable(Exception):
    """The input as a whole cannot be used (exit 2)."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Register the command's arguments."""
    parser.add_argument("--policy", metavar="FILE", help="policy YAML (default: the shipped default policy)")
    parser.add_argument("--jsonl", action="store_true", help="one case per line")
    parser.add_argument("file", nargs="?", metavar="FILE", help="input file (default: standard input)")


def _read(file: str | None) -> str:
    if file is None:
        return sys.stdin.read()
    try:
        return Path(file).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise Unusable(f"no such file: {file}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise Unusable(f"cannot read {file}: {exc}") from None


def check_case(guard: Guard, case: Any) -> dict[str, object]:
    """One verdict object for one parsed case; raises ``AdapterError`` for a malformed case."""
    if not isinstance(case, dict):
        raise AdapterError("each case must be a JSON object")
    start = time.perf_counter()
    parsed, reply = from_case(case)
    # the case's own locale wins; otherwise safeguard.context() and the policy default apply
    convo = guard.conversation(case["messages"], locale=parsed.locale)
    prior = guard.check_input(convo)
    verdict = prior if reply is None else guard.check_output(convo, reply, prior)
    out = verdict.to_dict()
    out["id"] = case.get("id")
    out["elapsed_ms"] = round((time.perf_counter() - start) * 1000, 3)
    return out


def _lines(text: str) -> Iterator[tuple[int, str]]:
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield number, line


def _check_jsonl(guard: Guard, text: str) -> tuple[list[dict[str, object]], int]:
    results: list[dict[str, object]] = []
    bad = 0
    for number, line in _lines(text):
        case: Any = None
        try:
            case = json.loads(line)
            results.append(check_case(guard, case))
        except (json.JSONDecodeError, AdapterError) as exc:
            bad += 1
            reason = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
            print(f"line {number}: {reason}", file=sys.stderr)
            case_id = case.get("id") if isinstance(case, dict) else None
            results.append({"id": case_id, "error": reason})
    return results, bad


def run(args: argparse.Namespace) -> int:
    """Check the input and print verdicts."""
    try:
        guard = Guard(args.policy)
        text = _read(args.file)
        if args.jsonl:
            results, bad = _check_jsonl(guard, text)
            sys.stdout.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in results))
            return 1 if bad else 0
        try:
            case = json.loads(text)
        except json.JSONDecodeError as exc:
            raise Unusable(f"not JSON: {exc.msg} at line {exc.lineno}") from None
        try:
            result = check_case(guard, case)
        except AdapterError as exc:
            raise Unusable(str(exc)) from None
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    except PolicyError as exc:
        print("\n".join(exc.errors), file=sys.stderr)
        return 2
    except Unusable as exc:
        print(f"safeguard check: {exc}", file=sys.stderr)
        return 2
    except CheckError as exc:  # the policy asked this check to fail closed
        print(f"safeguard check: {exc}; the policy fails closed, so no verdict", file=sys.stderr)
        return 2
