"""``safeguard validate FILE...``: every problem as ``file:line: key.path: what — fix``."""

from __future__ import annotations

import argparse
import sys

from safeguard._engine import build_checks
from safeguard._errors import PolicyError
from safeguard._policy_load import load_policy


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Register the command's arguments."""
    parser.add_argument("files", nargs="+", metavar="FILE", help="policy YAML files")


def run(args: argparse.Namespace) -> int:
    """Validate each file; exit 1 when any has an error."""
    status = 0
    for path in args.files:
        try:
            policy = load_policy(path)
        except PolicyError as exc:
            for line in exc.errors:
                print(line, file=sys.stderr)
            status = 1
            continue
        try:
            build_checks(policy)  # the data files its check options name must load too
        except PolicyError as exc:
            for line in exc.errors:
                print(f"{path}: {line}", file=sys.stderr)
            status = 1
            continue
        print(f"{path}: ok — policy {policy.name!r}, {len(policy.checks)} checks, {len(policy.rules)} rules")
    return status
