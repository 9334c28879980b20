"""A second opinion from an LLM judge, through your own (unguarded) client.

Run: ``python examples/llm_judge.py``. With ``OPENAI_API_KEY`` set, the judge and the
chat model are OpenAI's; without it, scripted fake models answer (no network).

The person's wish not to survive is said sideways ("wouldn't fight it if something
happened to me"), and the shipped check grades it only ``distress``; the judge reads
it as a passive wish, and the reply gets local crisis resources.
"""

from __future__ import annotations

import os

import openai

import safeguard
from safeguard.testing import ScriptedModel, openai_client

MESSAGES = [
    {
        "role": "user",
        "content": "i am so tired. i would not fight it if something happened to me on the drive home",
    }
]


def clients() -> tuple[openai.OpenAI, openai.OpenAI]:
    """(the judge's client, the chat client): real with a key, scripted without."""
    if os.environ.get("OPENAI_API_KEY"):
        return openai.OpenAI(), openai.OpenAI()
    judge = openai_client(ScriptedModel(["passive"]))
    chat = openai_client(ScriptedModel(["That sounds exhausting. What has been wearing you down?"]))
    return judge, chat


def main() -> None:
    judge_client, chat_client = clients()
    model = os.environ.get("OPENAI_MODEL", "gpt-4o-mini")
    judge = safeguard.openai_judge(judge_client, model=model, timeout_s=3.0)
    guard = safeguard.Guard(second_opinion=safeguard.SecondOpinionSettings(judge, timeout_s=3.0))
    client = guard.wrap(chat_client)
    with safeguard.context(locale="en-GB"):
        reply = client.chat.completions.create(model=model, messages=MESSAGES)  # type: ignore[arg-type]
    print(reply.choices[0].message.content)


if __name__ == "__main__":
    main()
