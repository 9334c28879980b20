"""OutputSession: streamed text equals non-streamed text, at most one sentence held back."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from safeguard._conversation import Conversation, Message
from safeguard._guard import Guard
from safeguard.integrations import OutputSession
from safeguard.integrations._session import _confirmed_ends
from tests.integrations.fakes import HONEST, METHOD, PROMISE

PIECES = [
    PROMISE,
    METHOD,
    "bob@example.com",
    "<EMAIL_ADDRESS_1>",
    "Dr. Who",
    "3.5",
    "ok",
    "I hear you",
    ". ",
    "! ",
    "? ",
    "...",
    "\n",
    " ",
    "\u2026 ",
    '." ',
    "é",
    "\U0001f600",
    "want to die",
]
texts = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)
CALM = Conversation((Message("user", "hello"),), locale="en-GB")
AT_RISK = Conversation((Message("user", "I want to die"),), locale="en-GB")


def _run(guard: Guard, convo: Conversation, deltas: list[str]) -> tuple[str, OutputSession]:
    prior = guard.check_input(convo)
    session = OutputSession(guard, convo, prior, restore=lambda t: t.replace("<EMAIL_ADDRESS_1>", "me@x.com"))
    out = []
    for delta in deltas:
        out.append(session.feed(delta))
        if not session.blocked:  # everything up to the last certain sentence end is released
            assert _confirmed_ends(session._buffer) == []
    out.append(session.close())
    return "".join(out), session


def _split(text: str, cuts: list[int]) -> list[str]:
    points = sorted({min(c, len(text)) for c in cuts})
    bounds = [0, *points, len(text)]
    return [text[a:b] for a, b in itertools.pairwise(bounds)]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts, cuts=st.lists(st.integers(0, 400), max_size=40), risky=st.booleans())
def test_streamed_equals_whole(fake_guard: Guard, text: str, cuts: list[int], risky: bool) -> None:
    convo = AT_RISK if risky else CALM
    whole, _ = _run(fake_guard, convo, [text])
    streamed, session = _run(fake_guard, convo, _split(text, cuts))
    assert streamed == whole
    assert session.text == whole
    prior = fake_guard.check_input(convo)
    once = OutputSession(
        fake_guard, convo, prior, restore=lambda t: t.replace("<EMAIL_ADDRESS_1>", "me@x.com")
    )
    assert once.complete(text) == whole
    assert METHOD not in streamed and PROMISE not in streamed


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts, cuts=st.lists(st.integers(0, 400), max_size=40))
def test_character_by_character(fake_guard: Guard, text: str, cuts: list[int]) -> None:
    whole, _ = _run(fake_guard, CALM, [text])
    assert _run(fake_guard, CALM, list(text))[0] == whole


def test_sentence_released_as_soon_as_it_ends(fake_guard: Guard) -> None:
    prior = fake_guard.check_input(CALM)
    session = OutputSession(fake_guard, CALM, prior)
    assert session.feed("Hello there") == ""
    assert session.feed(".") == ""  # "3." could still become "3.5": wait for the next character
    assert session.feed(" How") == "Hello there."
    assert session.feed(f" are you? {PROMISE}") == " How are you?"
    assert session.close() == f" {HONEST}"


def test_pii_split_across_deltas_is_caught(fake_guard: Guard) -> None:
    prior = fake_guard.check_input(CALM)
    session = OutputSession(fake_guard, CALM, prior)
    out = session.feed("Write to bob@exa") + session.feed("mple.com today. Bye")
    assert "bob@" not in out and "[EMAIL_ADDRESS]" in out


def test_method_content_replaces_the_rest(fake_guard: Guard) -> None:
    prior = fake_guard.check_input(AT_RISK)
    session = OutputSession(fake_guard, AT_RISK, prior)
    first = session.feed("I hear you. ")
    assert first.startswith("Thank you for telling me")  # the preamble comes first
    out = first + session.feed(f"Use {METHOD} now. And more. ") + session.feed("Even more.") + session.close()
    assert METHOD not in out and "And more" not in out and "Even more" not in out
    assert session.blocked


def test_one_output_record_per_reply(fake_guard: Guard) -> None:
    stages: list[str] = []
    fake_guard.add_observer(lambda verdict, stage: stages.append(stage))
    prior = fake_guard.check_input(CALM)
    session = OutputSession(fake_guard, CALM, prior)
    session.feed(f"One. Two. {PROMISE}. Three.")
    session.close()
    assert stages == ["input", "output"]
    verdict = session.verdict()
    promise = [f for f in verdict.findings if f.check == "overpromise"]
    assert [(f.start, f.end) for f in promise] == [(10, 10 + len(PROMISE))]  # whole-reply offsets


def test_a_check_reporting_once_per_text_still_sees_every_sentence(fake_guard: Guard) -> None:
    # FakePromise reports only the first occurrence in a text: checked as one batch, the
    # second sentence would look clean. Both paths must still rewrite both promises.
    text = f"{PROMISE}. Then again, {PROMISE}."
    prior = fake_guard.check_input(CALM)
    whole = OutputSession(fake_guard, CALM, prior).complete(text)
    assert PROMISE not in whole
    assert whole == _run(fake_guard, CALM, list(text))[0]
