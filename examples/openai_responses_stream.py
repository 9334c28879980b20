"""Stream an OpenAI Responses reply through the guard, sentence by sentence.

Run: ``python examples/openai_responses_stream.py`` (scripted model without ``OPENAI_API_KEY``).
The user's message shows risk, so the crisis preamble streams first, before any model text.
"""

from __future__ import annotations

import os

import openai

import safeguard
from safeguard.testing import ScriptedModel, openai_client

SCRIPT = ["That sounds incredibly painful. I'm really glad you told me. Can you tell me what happened today?"]


def make_client() -> openai.OpenAI:
    """The real client when a key is set, else one answered by a scripted model."""
    if os.environ.get("OPENAI_API_KEY"):
        return openai.OpenAI()
    return openai_client(ScriptedModel(SCRIPT))  # type: ignore[no-any-return]


def main() -> None:
    client = safeguard.Guard().wrap(make_client())
    with client.responses.stream(
        model=os.environ.get("OPENAI_MODEL", "gpt-4o-mini"),
        input="Lately I feel like ending it all.",
        extra_headers={"X-Safeguard-Locale": "en-GB"},
    ) as stream:
        for event in stream:
            if event.type == "response.output_text.delta":
                print(event.delta, end="", flush=True)
        print()
        final = stream.get_final_response()
    print(f"[{len(final.output_text)} characters, the same text as streamed]")


if __name__ == "__main__":
    main()
