"""Call each vendor API through a real SDK client and return the text the user got."""

from __future__ import annotations

from typing import Any

Messages = list[dict[str, Any]]


def _anthropic_kwargs(messages: Messages) -> dict[str, Any]:
    system = [m["content"] for m in messages if m["role"] == "system"]
    rest = [m for m in messages if m["role"] != "system"]
    return {"max_tokens": 200, "messages": rest, **({"system": system[0]} if system else {})}


def call(client: Any, api: str, messages: Messages, stream: bool, **extra: Any) -> str:
    """One call of ``api`` (chat, responses, messages); the reply text as the app sees it."""
    if api == "chat":
        r = client.chat.completions.create(model="m", messages=messages, stream=stream, **extra)
        if not stream:
            return str(r.choices[0].message.content)
        return "".join(c.choices[0].delta.content or "" for c in r if c.choices)
    if api == "responses":
        r = client.responses.create(model="m", input=messages, stream=stream, **extra)
        if not stream:
            return str(r.output_text)
        return "".join(e.delta for e in r if e.type == "response.output_text.delta")
    r = client.messages.create(model="m", stream=stream, **_anthropic_kwargs(messages), **extra)
    if not stream:
        return "".join(b.text for b in r.content if b.type == "text")
    return "".join(
        e.delta.text for e in r if e.type == "content_block_delta" and e.delta.type == "text_delta"
    )


async def acall(client: Any, api: str, messages: Messages, stream: bool, **extra: Any) -> str:
    """``call`` for async clients."""
    if api == "chat":
        r = await client.chat.completions.create(model="m", messages=messages, stream=stream, **extra)
        if not stream:
            return str(r.choices[0].message.content)
        return "".join([c.choices[0].delta.content or "" async for c in r if c.choices])
    if api == "responses":
        r = await client.responses.create(model="m", input=messages, stream=stream, **extra)
        if not stream:
            return str(r.output_text)
        return "".join([e.delta async for e in r if e.type == "response.output_text.delta"])
    r = await client.messages.create(model="m", stream=stream, **_anthropic_kwargs(messages), **extra)
    if not stream:
        return "".join(b.text for b in r.content if b.type == "text")
    return "".join(
        [e.delta.text async for e in r if e.type == "content_block_delta" and e.delta.type == "text_delta"]
    )
