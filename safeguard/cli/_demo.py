"""``safeguard demo``: a supportive conversation replayed through a guarded OpenAI client.

The assistant turns come from a built-in scripted model behind a real
``openai.OpenAI`` client (no key, no network) wrapped exactly as an app would
wrap its own. Each turn shows what the model said, what the guard found and
what the person finally sees.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from typing import Any

from safeguard._guard import Guard
from safeguard._verdict import Verdict
from safeguard.cli._style import Style, highlighted_lines
from safeguard.demo import DEMO_LOCALE, Turn, load_seed


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Register the command's arguments."""
    parser.add_argument("--policy", metavar="FILE", help="policy YAML (default: the shipped default policy)")
    parser.add_argument("--locale", default=DEMO_LOCALE, help=f"the person's locale (default {DEMO_LOCALE})")
    parser.add_argument("--json", action="store_true", help="one JSON object per turn, for machines")


@dataclass
class _Recorder:
    """Observer that keeps the latest output verdict (the demo shows it per turn)."""

    verdicts: list[Verdict] = field(default_factory=list)

    def __call__(self, verdict: Verdict, stage: str) -> None:
        if stage == "output":
            self.verdicts.append(verdict)


def _client(guard: Guard, turns: list[Turn]) -> Any:
    try:
        import httpx2
        import openai
    except ImportError:
        raise SystemExit("safeguard demo needs the OpenAI SDK: pip install 'safeguard[openai]'") from None
    from safeguard.testing import ScriptedModel

    model = ScriptedModel(replies=[t.assistant for t in turns])
    http = httpx2.Client(transport=model.transport(httpx2))
    raw = openai.OpenAI(api_key="demo-no-key", base_url="http://scripted.local/v1", http_client=http)
    return guard.wrap(raw)


def _turn_record(index: int, turn: Turn, seen: str, verdict: Verdict) -> dict[str, Any]:
    return {
        "turn": index,
        "user": turn.user,
        "model_said": turn.assistant,
        "user_sees": seen,
        "verdict": verdict.to_dict(),
    }


def run(args: argparse.Namespace) -> int:
    """Replay the conversation and print it."""
    recorder = _Recorder()
    guard = Guard(args.policy, observers=[recorder])
    turns = load_seed()
    client = _client(guard, turns)
    messages: list[dict[str, str]] = []
    style = Style()
    records = []
    if not args.json:
        print(_header(style, guard, args.locale))
    for index, turn in enumerate(turns, start=1):
        messages.append({"role": "user", "content": turn.user})
        completion = client.chat.completions.create(
            model="scripted-supportive-model",
            messages=messages,
            extra_headers={"X-Safeguard-Locale": args.locale, "X-Safeguard-Conversation-Id": "demo"},
        )
        seen = completion.choices[0].message.content or ""
        verdict = recorder.verdicts[-1]
        messages.append({"role": "assistant", "content": seen})
        records.append(_turn_record(index, turn, seen, verdict))
        if not args.json:
            print(_render_turn(style, index, turn, seen, verdict, messages))
    if args.json:
        sys.stdout.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    else:
        print(_footer(style, records))
    return 0


def _header(style: Style, guard: Guard, locale: str) -> str:
    title = style("safeguard demo", "bold", "cyan")
    return (
        f"{title} — policy {style(guard.policy.name, 'bold')}, locale {style(locale, 'bold')}\n"
        "A scripted model replays a supportive chat through a wrapped openai.OpenAI client.\n"
        "No key, no network. For each turn: what the model said, what the guard found, what the\n"
        "person sees.\n"
    )


def _finding_lines(verdict: Verdict, messages: list[dict[str, str]], reply: str, style: Style) -> list[str]:
    lines = []
    for f in verdict.findings:
        if f.where == "input" and f.message != len(messages) - 2:
            continue  # earlier turns were shown already; only this turn's user message is new
        source = reply if f.message == "reply" else messages[int(f.message)]["content"]
        quote = source[f.start : f.end].replace("\n", " ")
        quote = quote if len(quote) <= 70 else quote[:67] + "…"
        where = "model" if f.where == "output" else "person"
        lines.append(f"• {style(f.check + '/' + f.category, 'yellow')} in {where}: “{quote}”")
    return lines


def _render_turn(
    style: Style, index: int, turn: Turn, seen: str, verdict: Verdict, messages: list[dict[str, str]]
) -> str:
    level = verdict.self_harm.level.label
    colour = "green" if level in {"none", "distress"} else "red"
    found = _finding_lines(verdict, messages, turn.assistant, style)
    actions = ", ".join(f"{a.type} ({a.check})" for a in verdict.actions if a.type != "allow") or "none"
    parts = [
        style(f"── Turn {index} " + "─" * (style.width - 10 - len(str(index))), "dim"),
        style.block("Person", turn.user, "bold"),
        style.block("Risk", f"{level} — conversation-level, all turns so far", colour),
        style.block("Model said", turn.assistant, "dim"),
        style.block("Guard found", "\n".join(found) if found else "nothing to act on", "yellow"),
        style.block("Actions", actions, "magenta"),
    ]
    shown = highlighted_lines(turn.assistant, seen, style.width - 13, style)
    head = style("Person sees".ljust(12), "green") + " "
    body = "\n".join((head if i == 0 else " " * 13) + line for i, line in enumerate(shown))
    return "\n".join(parts) + "\n" + body + "\n"


def _footer(style: Style, records: list[dict[str, Any]]) -> str:
    changed = sum(1 for r in records if r["user_sees"] != r["model_said"])
    total = len(records)
    return style(
        f"{changed} of {total} replies were changed before the person saw them. "
        "Run `safeguard demo --json` for the machine-readable verdicts.",
        "bold",
    )
