"""``safeguard schema``: the policy JSON Schema on standard output."""

from __future__ import annotations

import argparse
import json

from safeguard._schema import policy_schema


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """No arguments."""


def run(args: argparse.Namespace) -> int:
    """Print the schema."""
    print(json.dumps(policy_schema(), indent=2, sort_keys=True))
    return 0
