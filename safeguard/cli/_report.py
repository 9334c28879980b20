"""``safeguard report``: compliance outputs from the audit log and the active policy.

``safeguard report counts AUDIT.jsonl [--year YEAR]``
    Crisis-service referral notifications in a calendar year (California SB 243,
    §22603), from the audit log ``JsonlAuditExporter`` writes. Counts only, no
    identifiers. Exit 0; 1 if some lines were malformed (each named on standard
    error, the rest still counted); 2 if the file cannot be read.

``safeguard report protocol [--policy FILE] [--output FILE]``
    The protocol document to publish (§22602(b)(2)) as Markdown, generated from
    the policy and the crisis directory it loads.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from safeguard._errors import PolicyError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Register the ``counts`` and ``protocol`` modes."""
    sub = parser.add_subparsers(dest="mode", metavar="MODE", required=True)
    counts = sub.add_parser("counts", help="yearly crisis-referral counts from an audit log (SB 243 §22603)")
    counts.add_argument("audit", type=Path, help="audit log, JSON lines (see docs/telemetry.md)")
    counts.add_argument(
        "--year", type=int, default=dt.date.today().year - 1, help="calendar year, UTC (default: last year)"
    )
    protocol = sub.add_parser("protocol", help="the protocol document to publish (SB 243 §22602(b)(2))")
    protocol.add_argument("--policy", type=Path, default=None, help="policy file (default: shipped default)")
    protocol.add_argument("--format", choices=["md"], default="md", help="output format (Markdown)")
    protocol.add_argument("--output", type=Path, default=None, help="write here instead of standard output")


def run(args: argparse.Namespace) -> int:
    """Run the chosen mode; returns the exit status."""
    if args.mode == "counts":
        return _counts(args.audit, args.year)
    return _protocol(args.policy, args.output)


def _counts(path: Path, year: int) -> int:
    from safeguard.telemetry._counts import AuditEntry, AuditLineError, count_year, read_entries

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        print(f"safeguard report: cannot read {path}: {exc}", file=sys.stderr)
        return 2
    entries: list[AuditEntry] = []
    bad = 0
    for item in read_entries(text.splitlines()):
        if isinstance(item, AuditLineError):
            bad += 1
            print(f"safeguard report: {path}: {item}", file=sys.stderr)
        else:
            entries.append(item)
    print(json.dumps(count_year(entries, year).to_dict(), indent=2))
    return 1 if bad else 0


def _protocol(policy_path: Path | None, output: Path | None) -> int:
    from safeguard import _builtin
    from safeguard._policy_load import load_policy
    from safeguard.resources import load_directory
    from safeguard.telemetry._protocol import render_protocol

    try:
        policy = load_policy(policy_path or _builtin.policy_path())
        crisis = policy.crisis
        directory = load_directory(crisis.resources_files, include_secondary=crisis.include_secondary)
    except PolicyError as exc:
        print(f"safeguard report: {exc}", file=sys.stderr)
        return 2
    document = render_protocol(policy, directory)
    if output is None:
        sys.stdout.write(document)
    else:
        output.write_text(document, encoding="utf-8")
    return 0
