"""Rewriting: only flagged sentences change, wording is honest, output passes the check."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from safeguard import Conversation, Finding, Message
from safeguard._sentences import split_sentences
from safeguard.checks.overpromise import OverpromiseCheck, OverpromiseOptions
from tests.checks.overpromise.test_detect import MUST_FLAG, MUST_NOT_FLAG

CHECK = OverpromiseCheck()
EMPTY = Conversation(messages=())
SEED_DIR = Path(__file__).resolve().parents[3].parent / "shared" / "seed"


def fix(reply: str, conversation: Conversation = EMPTY) -> tuple[str, tuple[Finding, ...]]:
    findings = CHECK.check_output(conversation, reply).findings
    return CHECK.rewrite(reply, findings), findings


def test_only_the_flagged_sentence_changes() -> None:
    reply = "That sounds so hard.  I'm always here for you!\nWhat helps you most?"
    out, _ = fix(reply)
    assert out.startswith("That sounds so hard.  ")
    assert out.endswith("!\nWhat helps you most?")
    assert "always" not in out
    assert "counsellor" in out or "people" in out


def test_capitalisation_punctuation_and_quotes_are_kept() -> None:
    out, _ = fix('He said hi. "this will pass!" Okay.')
    middle = out[len("He said hi. ") : -len(" Okay.")]
    assert middle[0] == '"' and middle[1].isupper() and middle.endswith('!"')


def test_rewrite_is_deterministic_and_seed_varies_it() -> None:
    reply = "Everything will be okay."
    assert fix(reply)[0] == fix(reply)[0]
    outs = {
        OverpromiseCheck(OverpromiseOptions(seed=s)).rewrite(reply, fix(reply)[1])
        for s in range(12)
    }
    assert len(outs) > 1


def test_human_claim_becomes_a_truthful_answer() -> None:
    conv = Conversation(messages=(Message("user", "wait, are you real? are you human?"),))
    out, findings = fix("Yes, of course! I'm right here with you.", conv)
    assert findings and "AI" in out
    assert not CHECK.check_output(conv, out).findings


def test_no_digits_or_resources_are_introduced() -> None:
    for text, _ in MUST_FLAG:
        out, findings = fix(text)
        assert findings
        assert sum(c.isdigit() for c in out) <= sum(c.isdigit() for c in text)


@pytest.mark.parametrize(("text", "kind"), MUST_FLAG)
def test_every_flagged_example_rewrites_clean(text: str, kind: str) -> None:
    out, _ = fix(text)
    assert out.strip() and not CHECK.scan(out)


def test_unflagged_sentences_stay_byte_identical() -> None:
    clean = [t for t in MUST_NOT_FLAG if t]
    flagged = [t for t, _ in MUST_FLAG]
    mixed = " ".join(x for pair in zip(clean, flagged, strict=False) for x in pair)
    out, findings = fix(mixed)
    flagged_spans = {(f.start, f.end) for f in findings}
    kept = [s.text for s in split_sentences(mixed) if (s.start, s.end) not in flagged_spans]
    identical = sum(text in out for text in kept)
    assert identical / len(kept) >= 0.95


def test_llm_rewriter_is_used_when_its_output_passes() -> None:
    check = OverpromiseCheck(llm_rewriter=lambda s, k: "Feelings like this can soften with support.")
    reply = "This will pass."
    assert check.rewrite(reply, check.scan(reply)) == "Feelings like this can soften with support."


@pytest.mark.parametrize(
    "bad",
    [
        lambda s, k: "It will pass, I promise.",  # flagged again
        lambda s, k: "Call 555 0100 now.",  # a number
        lambda s, k: "",  # empty
        lambda s, k: 1 / 0,  # the hook crashes
    ],
)
def test_llm_rewriter_output_is_discarded_when_unsafe(bad: object) -> None:
    check = OverpromiseCheck(llm_rewriter=bad)  # type: ignore[arg-type]
    reply = "This will pass."
    out = check.rewrite(reply, check.scan(reply))
    assert out != reply and not check.scan(out) and not any(c.isdigit() for c in out)


def test_rewrite_ignores_foreign_and_out_of_range_findings() -> None:
    reply = "Hello there."
    foreign = Finding("pii", "PERSON", "output", "reply", 0, 5)
    stray = Finding("overpromise", "outcome", "output", "reply", 5, 500)
    assert CHECK.rewrite(reply, [foreign, stray]) == reply


# --- the seed conversation -------------------------------------------------------


def _seed_replies() -> list[str]:
    files = sorted(SEED_DIR.glob("*.txt")) if SEED_DIR.is_dir() else []
    if not files:
        pytest.skip("../shared/seed is not present")
    text = files[0].read_text("utf-8")
    return [part.split("### Human:")[0].strip() for part in text.split("### Assistant:")[1:]]


SEED_MUST = [
    ("I'm always here", "availability"),
    ("This difficult period will pass", "outcome"),
    ("this is a temporary state", "outcome"),
    ("the hopelessness will start to lift", "outcome"),
    ("you will start to feel like yourself again", "outcome"),
]
SEED_MUST_NOT = [
    "I'm here to listen without judgment",
    "I'm here to support you",
    "I truly hope it provides you with",
]


def test_seed_conversation() -> None:
    found: list[tuple[str, str]] = []
    clean: list[str] = []
    for reply in _seed_replies():
        findings = CHECK.scan(reply)
        found += [(reply[f.start : f.end], f.category) for f in findings]
        spans = [(f.start, f.end) for f in findings]
        clean += [s.text for s in split_sentences(reply) if (s.start, s.end) not in spans]
        out = CHECK.rewrite(reply, findings)
        assert not CHECK.scan(out)
    for phrase, kind in SEED_MUST:
        assert any(phrase in text and k == kind for text, k in found), phrase
    for phrase in SEED_MUST_NOT:
        assert any(phrase in text for text in clean), phrase


# --- properties ------------------------------------------------------------------

SENTENCES = st.sampled_from([t for t, _ in MUST_FLAG] + [t for t in MUST_NOT_FLAG if t])
SEPARATORS = st.sampled_from([" ", "  ", "\n", "\n\n", " \t"])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(SENTENCES, SEPARATORS), min_size=1, max_size=8))
def test_rewritten_mixed_replies_pass_and_are_never_empty(
    parts: list[tuple[str, str]],
) -> None:
    reply = "".join(s + sep for s, sep in parts)
    out, findings = fix(reply)
    assert out.strip()
    assert not CHECK.scan(out)
    if not findings:
        assert out == reply


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_unicode_gives_in_range_offsets(text: str) -> None:
    findings = CHECK.check_output(Conversation(messages=(Message("user", text),)), text).findings
    for f in findings:
        assert 0 <= f.start < f.end <= len(text)
    out = CHECK.rewrite(text, findings)
    assert isinstance(out, str)
    if text.strip():
        assert out.strip()


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("I'm always here. You will be okay!?\"' \n")), max_size=200))
def test_rewrite_passes_on_adversarial_punctuation(text: str) -> None:
    out, _ = fix(text)
    assert not CHECK.scan(out)
