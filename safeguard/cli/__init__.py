"""The ``safeguard`` command line. Each subcommand lives in its own module, imported on use."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

# subcommand -> (module, one-line help). A module exposes either ``add_arguments(parser)`` and
# ``run(args) -> int``, or its own ``main(argv) -> int`` (for commands that parse their own flags).
COMMANDS: dict[str, tuple[str, str]] = {
    "check": ("safeguard.cli._check", "check conversations (JSON or JSONL cases) and print verdicts"),
    "demo": ("safeguard.cli._demo", "replay a supportive conversation through a guarded client"),
    "validate": ("safeguard.cli._validate", "validate policy files; report every error with its line"),
    "schema": ("safeguard.cli._schema", "print the policy JSON Schema (for editor completion)"),
    "eval": ("safeguard.cli._eval", "score the guard on labelled cases: every FORMAT.md metric, per source"),
    "report": ("safeguard.cli._report", "compliance: yearly referral counts (SB 243) and the protocol"),
    "serve": ("safeguard.cli._serve", "run the OpenAI/Anthropic-compatible guard proxy"),
    "resources": ("safeguard.resources._cli", "list the verified crisis lines and their age"),
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="safeguard", description="Guardrails for supportive chatbots.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (_, help_text) in COMMANDS.items():
        sub.add_parser(name, help=help_text, add_help=False)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``safeguard`` console script; returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] not in COMMANDS:
        parser = _parser()
        if args and not args[0].startswith("-"):
            parser.error(f"unknown command {args[0]!r}")
        parser.parse_args(args)
        parser.print_help()
        return 0 if args else 2
    module_name, help_text = COMMANDS[args[0]]
    module = importlib.import_module(module_name)
    if not hasattr(module, "add_arguments"):
        own: int = module.main(args[1:])
        return own
    sub = argparse.ArgumentParser(prog=f"safeguard {args[0]}", description=help_text)
    module.add_arguments(sub)
    status: int = module.run(sub.parse_args(args[1:]))
    return status


def entry() -> None:
    """Console-script wrapper that exits with ``main``'s status."""
    sys.exit(main())
