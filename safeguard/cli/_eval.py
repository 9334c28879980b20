"""``safeguard eval FILE.jsonl... [--policy P] [--json] [--worst N] [--limit N] [--pii-types T,...]``.

Runs the guard over labelled cases (``eval/FORMAT.md``) and reports every metric that file
defines, per source and overall. Exit status: 0 all lines scored; 1 some lines were
malformed (each reported on stderr with its file and line number; the rest are scored);
2 nothing could be scored (unreadable file, invalid policy).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from safeguard._errors import CheckError, PolicyError
from safeguard._guard import Guard
from safeguard.cli._check import check_case
from safeguard.eval import Case, Malformed, Progress, load, predict_all, render, score


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Register the command's arguments."""
    parser.add_argument("files", nargs="+", metavar="FILE.jsonl", help="labelled cases (eval/FORMAT.md)")
    parser.add_argument("--policy", metavar="FILE", help="policy YAML (default: the shipped default policy)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument(
        "--worst", type=int, default=10, metavar="N", help="misses listed per kind (default 10)"
    )
    parser.add_argument("--limit", type=int, metavar="N", help="score only the first N cases of each file")
    parser.add_argument(
        "--pii-types",
        metavar="T,...",
        help="PII entity types to score (default: the types the policy's pii check looks for)",
    )


def policy_pii_types(guard: Guard) -> list[str] | None:
    """The entity types the policy's enabled pii checks claim; ``None`` without a pii check."""
    from safeguard import _registry

    claimed: set[str] = set()
    entries = [e for e in guard.policy.checks if e.type == "pii" and e.enabled]
    for entry in entries:
        options = _registry.resolve("pii").options_model.model_validate(entry.options)
        claimed.update(getattr(options, "entities", ()))
    return sorted(claimed) if entries else None


def unscored_gold(cases: Sequence[Case], types: Sequence[str] | None) -> dict[str, int]:
    """Gold PII spans left out of scoring, by type (so the report can say so)."""
    if types is None:
        return {}
    counts = Counter(s.type for c in cases for s in (c.pii or ()) if s.type not in types)
    return dict(sorted(counts.items()))


def _pii_types(args: argparse.Namespace, guard: Guard) -> list[str] | None:
    if args.pii_types:
        return sorted({t.strip() for t in args.pii_types.split(",") if t.strip()})
    return policy_pii_types(guard)


def _report_malformed(bad: Sequence[Malformed]) -> None:
    for item in bad:
        print(f"safeguard eval: {item}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    """Evaluate and print the report."""
    try:
        guard = Guard(args.policy)
        cases, bad = load(args.files, args.limit)
    except PolicyError as exc:
        print("\n".join(exc.errors), file=sys.stderr)
        return 2
    except (OSError, UnicodeDecodeError) as exc:
        print(f"safeguard eval: cannot read input: {exc}", file=sys.stderr)
        return 2

    def predict(raw: Mapping[str, Any]) -> Mapping[str, Any]:
        return check_case(guard, dict(raw))

    try:
        pairs, unreadable = predict_all(cases, predict, Progress(len(cases)))
    except CheckError as exc:  # a measurement stops rather than score a half-run policy
        print(f"safeguard eval: {exc}; the policy fails closed, so nothing is scored", file=sys.stderr)
        return 2
    bad = sorted(bad + unreadable, key=lambda m: (m.file, m.line))
    types = _pii_types(args, guard)
    meta = {
        "policy": guard.policy.name,
        "files": list(args.files),
        "limit": args.limit,
        "pii_not_scored": unscored_gold(cases, types),
    }
    report = score(pairs, pii_types=types, worst=args.worst, malformed=bad, meta=meta)
    _report_malformed(bad)
    text = json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n" if args.json else render(report)
    sys.stdout.write(text)
    return 1 if bad else 0
