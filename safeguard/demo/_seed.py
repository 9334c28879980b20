"""Parse the shipped seed transcript (``### Human:`` / ``### Assistant:`` turns)."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from safeguard._builtin import DATA_DIR

SEED = DATA_DIR / "demo" / "seed.txt"
DEMO_LOCALE = "en-US"
_SPEAKERS = {"### Human:": "user", "### Assistant:": "assistant"}


@dataclass(frozen=True, slots=True)
class Turn:
    """One user message and the assistant reply the scripted model will give to it."""

    user: str
    assistant: str


def _blocks(text: str) -> list[tuple[str, str]]:
    blocks: list[tuple[str, list[str]]] = []
    for line in text.splitlines():
        marker = next((m for m in _SPEAKERS if line.startswith(m)), None)
        if marker is not None:
            blocks.append((_SPEAKERS[marker], [line[len(marker) :].strip()]))
        elif blocks:
            blocks[-1][1].append(line)
    return [(role, "\n".join(lines).strip()) for role, lines in blocks]


def parse_transcript(text: str) -> list[Turn]:
    """Pair each user block with the assistant block after it (the preamble is skipped)."""
    blocks = _blocks(text)
    turns = []
    for (role, said), (next_role, answer) in pairwise(blocks):
        if role == "user" and next_role == "assistant":
            turns.append(Turn(user=said, assistant=answer))
    return turns


def load_seed(path: Path = SEED) -> list[Turn]:
    """The demo's turns."""
    return parse_transcript(path.read_text(encoding="utf-8"))
