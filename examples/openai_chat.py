"""Guard an OpenAI chat client: same calls, same types, safer replies.

Run: ``python examples/openai_chat.py``. With ``OPENAI_API_KEY`` set it calls
OpenAI; without it, a scripted fake model answers (no network).
"""

from __future__ import annotations

import os

import openai

import safeguard
from safeguard.testing import ScriptedModel, openai_client

SCRIPT = [
    "I'm sorry the week has been so heavy. I'll always be here for you, whatever happens. "
    "What has been the hardest part?"
]


def make_client() -> openai.OpenAI:
    """The real client when a key is set, else one answered by a scripted model."""
    if os.environ.get("OPENAI_API_KEY"):
        return openai.OpenAI()
    return openai_client(ScriptedModel(SCRIPT))  # type: ignore[no-any-return]


def main() -> None:
    guard = safeguard.Guard()  # the shipped default policy
    client = guard.wrap(make_client())
    messages = [{"role": "user", "content": "This week has been awful and I can't sleep."}]
    # Per-request context as a header the guard strips before the vendor sees it...
    reply = client.chat.completions.create(
        model=os.environ.get("OPENAI_MODEL", "gpt-4o-mini"),
        messages=messages,  # type: ignore[arg-type]
        extra_headers={"X-Safeguard-Locale": "en-GB", "X-Safeguard-Conversation-Id": "demo-1"},
    )
    print(reply.choices[0].message.content)
    # ...or as a context block around any number of calls.
    with safeguard.context(locale="en-GB"):
        reply = client.chat.completions.create(model="gpt-4o-mini", messages=messages)  # type: ignore[arg-type]
    print(type(reply).__name__)


if __name__ == "__main__":
    main()
