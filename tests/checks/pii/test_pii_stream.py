"""Streaming equals non-streaming, for any split of the text into deltas; offsets and Unicode."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from safeguard.checks.pii import PiiCheck, StreamRestorer, StreamScanner, Vault, redact_labels

CHECK = PiiCheck()
PIECES = [
    "Hi <PERSON_1>, ",
    "mail <EMAIL_ADDRESS_1> or <EMAIL_ADDRESS_2>. ",
    "my name is Maria Garcia ",
    "call +1 (415) 555-0132 ",
    "card 4111 1111 1111 1111 ",
    "I live in Manchester. ",
    "see https://example.com/a?b=c ",
    "3 < 4 and <notaplaceholder> ",
    "<PERSON_12",
    "Dr. Ivan Petrov said hello\n",
    "ok ",
    "\n\n",
    "it's fine ",
    "Przemek Kucharski",
    "780 6326",
    " office ",
    "Enrico",
    " shouted ",
    "Thanks, Vinicio",
    "                    ",
]
texts = st.lists(st.sampled_from(PIECES) | st.text(max_size=12), max_size=25).map("".join)


def split(text: str, cuts: list[int]) -> list[str]:
    points = sorted({min(max(c, 0), len(text)) for c in cuts})
    bounds = [0, *points, len(text)]
    return [text[a:b] for a, b in itertools.pairwise(bounds)]


def make_vault() -> Vault:
    vault = Vault()
    seed = "Maria Garcia maria@example.com bob@example.com"
    vault.redact(seed, CHECK.find(seed, "input", 0))
    return vault


@given(texts, st.lists(st.integers(0, 400), max_size=30))
@settings(max_examples=150, deadline=None)
def test_restorer_equals_restore_for_any_split(text: str, cuts: list[int]) -> None:
    vault = make_vault()
    restorer = StreamRestorer(vault)
    streamed = "".join(restorer.feed(d) for d in split(text, cuts)) + restorer.flush()
    assert streamed == vault.restore(text)


def test_restorer_joins_a_placeholder_split_across_deltas() -> None:
    vault = make_vault()
    restorer = StreamRestorer(vault)
    out = [restorer.feed(d) for d in ["Hello <PER", "SON_", "1>, how are you"]]
    assert out == ["Hello ", "", "Maria Garcia, how are you"]
    assert restorer.flush() == ""


@given(texts, st.lists(st.integers(0, 400), max_size=30))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_scanner_equals_whole_text_redaction_for_any_split(text: str, cuts: list[int]) -> None:
    scanner = StreamScanner(CHECK, window=80)
    streamed = "".join(scanner.feed(d) for d in split(text, cuts)) + scanner.flush()
    assert streamed == redact_labels(text, CHECK.find(text, "output", "reply"))


def test_scanner_catches_an_email_split_across_deltas_and_holds_it_back() -> None:
    scanner = StreamScanner(CHECK, window=80)
    head = "Sure, I can help with that. " * 4
    released = scanner.feed(head + "You can write to maria.gar")
    assert "maria" not in released
    released += scanner.feed("cia@example.com any time you like. " + "More words follow here. " * 5)
    released += scanner.flush()
    assert "maria.garcia@example.com" not in released
    assert "[EMAIL_ADDRESS]" in released
    assert [f.category for f in scanner.findings] == ["EMAIL_ADDRESS"]


def test_scanner_with_a_vault_redactor_gives_placeholders() -> None:
    vault = Vault()
    scanner = StreamScanner(CHECK, redactor=vault.redact, window=40)
    out = scanner.feed("write to bob@example.com") + scanner.flush()
    assert out == "write to <EMAIL_ADDRESS_1>"
    assert vault.restore(out) == "write to bob@example.com"


@given(st.text(max_size=300))
@settings(max_examples=200, deadline=None)
def test_any_unicode_gives_findings_inside_the_text(text: str) -> None:
    for finding in CHECK.find(text, "input", 0):
        assert 0 <= finding.start < finding.end <= len(text)
        assert 0.0 <= finding.score <= 1.0


@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=20), max_size=12).map("".join))
@settings(max_examples=150, deadline=None)
def test_pii_rich_text_gives_non_overlapping_findings_inside_the_text(text: str) -> None:
    findings = CHECK.find(text, "input", 0)
    for finding in findings:
        assert 0 <= finding.start < finding.end <= len(text)
    for left, right in itertools.pairwise(findings):
        assert left.end <= right.start
