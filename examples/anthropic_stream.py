"""Stream an Anthropic reply through the guard with ``messages.stream()``.

Run: ``python examples/anthropic_stream.py`` (scripted model without ``ANTHROPIC_API_KEY``).
The model's promise is rewritten as it streams; the rest passes through a sentence at a time.
"""

from __future__ import annotations

import os

import anthropic

import safeguard
from safeguard.testing import ScriptedModel, anthropic_client

SCRIPT = ["Of course. I promise I'll never leave you, you can count on me forever. What's on your mind?"]


def make_client() -> anthropic.Anthropic:
    """The real client when a key is set, else one answered by a scripted model."""
    if os.environ.get("ANTHROPIC_API_KEY"):
        return anthropic.Anthropic()
    return anthropic_client(ScriptedModel(SCRIPT))  # type: ignore[no-any-return]


def main() -> None:
    client = safeguard.Guard().wrap(make_client())
    with client.messages.stream(
        model=os.environ.get("ANTHROPIC_MODEL", "claude-sonnet-4-6"),
        max_tokens=400,
        messages=[{"role": "user", "content": "Can I talk to you every night?"}],
    ) as stream:
        for text in stream.text_stream:
            print(text, end="", flush=True)
    print()


if __name__ == "__main__":
    main()
