"""Added latency of ``guard.wrap(client)``: per non-streamed call, and per streamed chunk.

Run: ``python benchmarks/bench_wrap.py [--quick] [--policy FILE]``

The same OpenAI client, answered in-process by ``safeguard.testing.ScriptedModel``
through httpx2's ``MockTransport`` (no network), is timed with and without the
guard in one run, calls interleaved. Conversation: 10 user turns of 60 words and
9 assistant turns, a 150-word reply.

- warm: the same conversation and reply every call;
- cold turn: what a chat turn costs: the history was seen on earlier calls (the
  checks cache per text), the newest user message and the reply are new text;
- cold conversation: every message and the reply are new text, so no per-text
  cache can help;
- streaming: time to first content chunk, and per-chunk overhead (total added
  stream time divided by the number of chunks).
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import random
import re
import statistics
import time
from collections.abc import Callable
from typing import Any

from _figures import figure  # beside this file: a script's folder is on sys.path

from safeguard._guard import Guard
from safeguard._policy import Policy
from safeguard.integrations import _core, _shapes
from safeguard.testing import ScriptedModel, openai_client

# Plain supportive-chat sentences (about 12 words each); conversations are drawn from them.
USER_SENTENCES = (
    "Work has been really long this week and my manager keeps adding more.",
    "I try to keep up at home too, but my sister needs a lot of help.",
    "The kids have school projects due and I stay up late helping them finish.",
    "Most nights I lie awake thinking about money and whether we can pay rent.",
    "My friends invited me out on the weekend but I felt too tired to go.",
    "A short walk with some music in the morning usually helps me a bit.",
    "I had coffee with an old friend yesterday and it felt good to laugh.",
    "Sometimes I wonder whether I am doing enough for everyone around me.",
    "The train was late again today so I missed the start of a meeting.",
    "I would like to make a plan for the next few weeks that feels realistic.",
)
REPLY = (
    "That sounds like a heavy week, and it makes sense that you feel stretched thin. "
    "You are carrying work, your sister, the kids and worries about money all at once. "
    "It is understandable that sleep is hard when so much is on your mind. "
    "The walk and the coffee with your friend sound like small moments that helped. "
    "Would it be useful to look at which of these things could wait a little? "
    "Sometimes writing the week down, even roughly, makes it feel more manageable. "
    "You could also ask your sister what kind of help matters most to her right now. "
    "And when you are tired, saying no to an invitation is allowed. "
    "Rest is not a reward you have to earn by finishing everything first. "
    "Even one evening with fewer demands could give you a little room to breathe. "
    "What part of the week feels the most pressing to you today?"
)


# Inserted at random places so that no sentence repeats word for word (no cache at any level).
FILLERS = ("really", "honestly", "just", "kind of", "a bit", "still", "again", "lately", "also", "often")


def _fresh(rng: random.Random, sentence: str) -> str:
    words = sentence.split(" ")
    at = rng.randrange(1, len(words))
    return " ".join([*words[:at], rng.choice(FILLERS), *words[at:]])


def _text(rng: random.Random, sentences: int, fresh: bool = False) -> str:
    picked = (rng.choice(USER_SENTENCES) for _ in range(sentences))
    return " ".join(_fresh(rng, s) if fresh else s for s in picked)


def fresh_reply(rng: random.Random) -> str:
    """``REPLY`` with a filler inserted in every sentence: the same length, new text."""
    return " ".join(_fresh(rng, s.strip()) for s in re.findall(r"[^.?!]+[.?!]", REPLY))


def conversation(rng: random.Random, fresh: bool = False) -> list[dict[str, str]]:
    """10 user turns of about 60 words (4 sentences), 9 assistant turns between them."""
    messages: list[dict[str, str]] = []
    for turn in range(10):
        if turn:
            messages.append({"role": "assistant", "content": _text(rng, 3, fresh)})
        messages.append({"role": "user", "content": _text(rng, 4, fresh)})
    return messages


def p50(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[(len(ordered) - 1) // 2]


def timed(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


SHORT_REPLY = "Okay."


class Replies:
    """The fake model's reply: ``REPLY`` until ``fresh`` is set, then a new text per call."""

    def __init__(self) -> None:
        self.fresh = False
        self.short = False  # a one-sentence reply: what a streamed call costs apart from its chunks
        self._rng = random.Random(11)

    def __call__(self, _request: Any) -> str:
        if self.short:
            return SHORT_REPLY
        return fresh_reply(self._rng) if self.fresh else REPLY


def bench_calls(
    plain: Any, guarded: Any, make: Callable[[int], list[dict[str, str]]], n: int
) -> tuple[float, float]:
    """p50 ms of plain and guarded calls, interleaved."""
    base, wrapped = [], []
    for i in range(n):
        messages = make(i)
        headers = {"X-Safeguard-Conversation-Id": f"c-{i}"}
        base.append(timed(functools.partial(plain.chat.completions.create, model="m", messages=messages)))
        guarded_call = functools.partial(
            guarded.chat.completions.create, model="m", messages=messages, extra_headers=headers
        )
        wrapped.append(timed(guarded_call))
    return p50(base), p50(wrapped)


def stream_times(client: Any, messages: list[dict[str, str]]) -> tuple[float, float, int, list[float], int]:
    """(ms to first content, ms total, chunks, ms at each chunk, index of the first content chunk)."""
    start = time.perf_counter()
    first = None
    marks = []
    for chunk in client.chat.completions.create(model="m", messages=messages, stream=True):
        marks.append((time.perf_counter() - start) * 1000)
        if first is None and chunk.choices and chunk.choices[0].delta.content:
            first = len(marks) - 1
    end = (time.perf_counter() - start) * 1000
    at = first if first is not None else len(marks) - 1
    return (marks[at] if first is not None else end), end, len(marks), marks, at


def bench_stream(plain: Any, guarded: Any, messages: list[dict[str, str]], n: int, replies: Replies) -> None:
    rows_plain, rows_guarded, short_plain, short_guarded = [], [], [], []
    for _ in range(n):  # interleaved, so load from other processes hits both alike
        rows_plain.append(stream_times(plain, messages))
        rows_guarded.append(stream_times(guarded, messages))
        replies.short = True
        short_plain.append(stream_times(plain, messages))
        short_guarded.append(stream_times(guarded, messages))
        replies.short = False
    ttft_plain, ttft_guarded = p50([r[0] for r in rows_plain]), p50([r[0] for r in rows_guarded])
    total_plain, total_guarded = p50([r[1] for r in rows_plain]), p50([r[1] for r in rows_guarded])
    chunks = rows_plain[0][2]
    figure("stream: time to first token, unguarded", ttft_plain, "ms")
    figure(
        "stream: time to first token, guarded",
        ttft_guarded,
        "ms",
        note=f"added {ttft_guarded - ttft_plain:.3f} ms: input check + one sentence held back",
    )
    # The hold-back is the SDK's own time for the chunks of the first sentence; what the
    # guard's work adds is the difference at the chunk where the guarded text first shows.
    at = rows_guarded[0][4]
    own = p50([r[3][at] for r in rows_guarded]) - p50([r[3][at] for r in rows_plain])
    figure(
        "stream: guard's own time at the first guarded token",
        own,
        "ms",
        note=f"guarded text first shows at chunk {at} (unguarded: chunk {rows_plain[0][4]}); "
        "the rest of the added time to first token is that hold-back",
    )
    per_chunk_us = (total_guarded - total_plain) / chunks * 1000
    figure(
        "stream: added time per chunk (end to end)",
        per_chunk_us,
        "us",
        target="<= 20 us",
        note=f"{chunks} chunks; total added stream time / chunks, sentence checks included",
    )
    # The same call with a one-word reply costs the per-call part (request parsing, input
    # check, session, close); what the long reply adds beyond it is the per-chunk cost:
    # event handling, hold-back and every sentence check.
    fixed = p50([r[1] for r in short_guarded]) - p50([r[1] for r in short_plain])
    extra_chunks = chunks - short_plain[0][2]
    figure(
        "stream: added time per chunk beyond the per-call part",
        (total_guarded - total_plain - fixed) / extra_chunks * 1000,
        "us",
        target="<= 20 us",
        note=f"per-call part {fixed:.3f} ms (same call, one-word reply); sentence checks included",
    )


def bench_sse_rewrite(guard: Guard, label: str, reply: str, messages: list[dict[str, str]]) -> None:
    """The SSE rewriter alone, per event, without the SDK or the transport (best of 15 runs)."""
    body = json.dumps({"model": "m", "messages": messages}).encode()
    plan = _core.plan_request(guard, "POST", "/v1/chat/completions", {}, body)
    assert plan is not None
    events = [_shapes.sse([e]) for e in _shapes.chat_chunks(_shapes.split_words(reply), "m")]
    best = float("inf")
    for _ in range(15):
        sse = _core.stream_guard(guard, plan)
        start = time.perf_counter()
        for event in events:
            sse.feed(event)
        sse.close()
        best = min(best, time.perf_counter() - start)
    figure(f"SSE rewrite per chunk, {label}", best / len(events) * 1e6, "us", target="<= 20 us")


def build_guard(policy: str | None) -> Guard:
    return Guard(policy) if policy else Guard()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--policy")
    args = parser.parse_args()
    quick = args.quick or os.environ.get("SAFEGUARD_BENCH_QUICK") == "1"
    n = 60 if quick else 300
    rng = random.Random(7)
    reply = REPLY
    guard = build_guard(args.policy)
    replies = Replies()
    model = ScriptedModel([replies])
    plain = openai_client(model)
    guarded = guard.wrap(openai_client(model))
    warm = conversation(rng)

    user_words = statistics.mean(len(m["content"].split()) for m in warm if m["role"] == "user")
    print(
        f"bench_wrap: policy {guard.policy.name!r}, {n} calls each, reply {len(reply.split())} words, "
        f"10 user turns of {user_words:.0f} words on average"
    )
    first = timed(lambda: guarded.chat.completions.create(model="m", messages=warm))
    figure("first guarded call in the process", first, "ms", note="loads check data lazily")
    for _ in range(20):  # warm both paths
        plain.chat.completions.create(model="m", messages=warm)
        guarded.chat.completions.create(model="m", messages=warm)

    base, wrapped = bench_calls(plain, guarded, lambda i: warm, n)
    figure("non-streamed call p50, unguarded (warm)", base, "ms")
    figure("non-streamed call p50, guarded (warm)", wrapped, "ms", note=f"ratio {wrapped / base:.2f}x")
    figure("added latency p50 (warm)", wrapped - base, "ms", target="<= 1 ms")

    replies.fresh = True
    turn_rng = random.Random(500)
    turns = [[*warm[:-1], {"role": "user", "content": _text(turn_rng, 4, fresh=True)}] for _ in range(n)]
    base, wrapped = bench_calls(plain, guarded, lambda i: turns[i], n)
    figure("non-streamed call p50, guarded (cold turn)", wrapped, "ms", note=f"ratio {wrapped / base:.2f}x")
    figure(
        "added latency p50 (cold turn)",
        wrapped - base,
        "ms",
        target="<= 2 ms",
        note="new last user message and new reply (~165 words); earlier turns seen before",
    )

    fresh = [conversation(random.Random(1000 + i), fresh=True) for i in range(n)]
    base, wrapped = bench_calls(plain, guarded, lambda i: fresh[i], n)
    ratio = f"ratio {wrapped / base:.2f}x"
    figure("non-streamed call p50, guarded (cold conversation)", wrapped, "ms", note=ratio)
    figure(
        "added latency p50 (cold conversation)",
        wrapped - base,
        "ms",
        note="all 19 messages and the reply new: no per-text cache helps",
    )
    replies.fresh = False

    streams = 60 if quick else 150  # interleaved pairs per stream figure (a p50 of 20 was noisy)
    bench_stream(plain, guarded, warm, streams, replies)
    at_risk = [*warm[:-1], {"role": "user", "content": "Honestly I feel like ending it all."}]
    print("  stream, user at risk (the crisis preamble is the first token):")
    bench_stream(plain, guarded, at_risk, streams, replies)

    # The wrapper's own share: the same calls through a guard with no checks at all.
    bare = Guard(Policy(name="no-checks", checks=[])).wrap(openai_client(model))
    base, wrapped = bench_calls(plain, bare, lambda i: warm, n)
    figure(
        "added latency p50, policy without checks",
        wrapped - base,
        "ms",
        note="parsing, conversation, session, re-encoding: the wrapper itself",
    )
    print("  stream, policy without checks:")
    bench_stream(plain, bare, warm, streams, replies)
    bench_sse_rewrite(Guard(Policy(name="no-checks", checks=[])), "wrapper only (no checks)", reply, warm)
    bench_sse_rewrite(guard, f"policy {guard.policy.name!r} (checks included)", reply, warm)
    gap = statistics.mean(len(s) for s in reply.split(". "))
    print(f"  (hold-back is at most one sentence; mean sentence here ~{gap:.0f} characters)")


if __name__ == "__main__":
    main()
