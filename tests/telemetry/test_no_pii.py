"""Property: nothing a person wrote reaches any exported span, metric or log record.

PII (e-mail addresses, phone numbers, names), crisis phrases and a random marker are
seeded into user messages, the model's reply and the conversation id; the test then
searches every exported string (span names, attributes, events, statuses, metric
attributes, log bodies and attributes) for each seed.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.telemetry._support import Pipeline, make_guard, make_pipeline, make_policy, shutdown

NAMES = ("Marisol Okonkwo", "Thaddeus Vasquez", "Ingrid Castellanos", "Yusuf Abernathy", "Priyanka Lindqvist")
CRISIS = ("I want to die", "I keep thinking I will kill myself", "I am doing it right now", "I feel so alone")
DOMAINS = ("example.org", "mail.example.com", "example.net")

emails = st.builds(lambda user, domain: f"{user}@{domain}", st.from_regex(r"[a-z]{3,10}", fullmatch=True),
                   st.sampled_from(DOMAINS))
phones = st.one_of(
    st.from_regex(r"\([2-9][0-9]{2}\) [2-9][0-9]{2}-[0-9]{4}", fullmatch=True),
    st.from_regex(r"\+44 20 [0-9]{4} [0-9]{4}", fullmatch=True),
)
markers = st.from_regex(r"Q9[a-z]{10,16}", fullmatch=True)


@st.composite
def seeded(draw: st.DrawFn) -> tuple[list[dict[str, str]], str, str, list[str]]:
    email, phone, name = draw(emails), draw(phones), draw(st.sampled_from(NAMES))
    crisis, marker = draw(st.sampled_from(CRISIS)), draw(markers)
    user = [
        f"Hi, my name is {name}.",
        f"{crisis}. You can reach me at {email} or {phone}. {marker}",
    ]
    order = draw(st.permutations(user))
    messages = [{"role": "system", "content": "You are supportive."}]
    messages += [{"role": "user", "content": text} for text in order]
    reply = draw(st.sampled_from((f"Thanks {name}, I'll call {phone}.", f"Write to {email}.", "I hear you.")))
    convo_id = draw(st.sampled_from((email, f"{name} session", marker)))
    seeds = [email, phone, name, *name.split(), crisis, marker]
    return messages, reply, convo_id, seeds


def _exported_text(pipeline: Pipeline) -> str:
    chunks: list[Any] = []
    for span in pipeline.spans.get_finished_spans():
        chunks += [span.name, dict(span.attributes or {}), span.status.description]
        for event in span.events:
            chunks += [event.name, dict(event.attributes or {})]
    for name, points in pipeline.counters().items():
        chunks += [name, [attrs for attrs, _ in points]]
    for record in pipeline.logs.get_finished_logs():
        log = record.log_record
        chunks += [log.event_name, log.body, dict(log.attributes or {})]
    return json.dumps(chunks, default=str, ensure_ascii=False)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=seeded(), scoped=st.booleans(), locale=st.sampled_from(["en-US", "en-GB", None]))
def test_no_seeded_text_in_any_exported_signal(
    case: tuple[list[dict[str, str]], str, str, list[str]], scoped: bool, locale: str | None
) -> None:
    messages, reply, convo_id, seeds = case
    pipeline = make_pipeline()
    try:
        policy = make_policy()
        guard = make_guard(policy, pipeline.observer(policy))
        if scoped:
            with guard.call_scope(vendor="openai", model="gpt-x"):
                guard.check(messages, reply=reply, locale=locale, conversation_id=convo_id)
        else:
            guard.check(messages, reply=reply, locale=locale, conversation_id=convo_id)
        exported = _exported_text(pipeline)
    finally:
        shutdown(pipeline)
    assert "safeguard.decision" in exported  # the signals really were exported
    leaked = [seed for seed in seeds if seed in exported]
    assert leaked == []
