"""A FastAPI chatbot whose LLM client is guarded (needs ``pip install fastapi uvicorn``).

Run: ``uvicorn examples.fastapi_chatbot:app`` and POST
``{"messages": [...], "locale": "en-GB", "conversation_id": "c-1"}`` to ``/chat``
(``/chat/stream`` streams plain text). Without ``OPENAI_API_KEY`` a scripted
model answers.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from typing import Any

import openai
from fastapi import FastAPI
from fastapi.responses import StreamingResponse
from pydantic import BaseModel

import safeguard
from safeguard.testing import ScriptedModel, openai_client

guard = safeguard.Guard()


def _client() -> openai.AsyncOpenAI:
    if os.environ.get("OPENAI_API_KEY"):
        return openai.AsyncOpenAI()
    script = ["Thanks for sharing that with me. What would help most right now?"]
    return openai_client(ScriptedModel(script), asynchronous=True)  # type: ignore[no-any-return]


client = guard.wrap(_client())
app = FastAPI(title="guarded chatbot")
MODEL = os.environ.get("OPENAI_MODEL", "gpt-4o-mini")


class ChatRequest(BaseModel):
    """What the app's front end sends."""

    messages: list[dict[str, Any]]
    locale: str | None = None
    conversation_id: str | None = None


@app.post("/chat")
async def chat(request: ChatRequest) -> dict[str, str]:
    """One guarded reply."""
    with safeguard.context(locale=request.locale, conversation_id=request.conversation_id):
        reply = await client.chat.completions.create(model=MODEL, messages=request.messages)  # type: ignore[arg-type]
    return {"reply": reply.choices[0].message.content or ""}


@app.post("/chat/stream")
async def chat_stream(request: ChatRequest) -> StreamingResponse:
    """The guarded reply as it streams (plain text)."""
    headers = {
        "X-Safeguard-Locale": request.locale or "",
        "X-Safeguard-Conversation-Id": request.conversation_id or "",
    }

    async def pieces() -> AsyncIterator[str]:
        stream: Any = await client.chat.completions.create(
            model=MODEL,
            messages=request.messages,  # type: ignore[arg-type]
            stream=True,
            extra_headers=headers,
        )
        async for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content

    return StreamingResponse(pieces(), media_type="text/plain")
