"""Property tests: no exception on any input, spans inside the original and non-empty."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from safeguard._conversation import Conversation, Message
from tests.checks.self_harm._helpers import check

CUE_WORDS = st.sampled_from(
    [
        "kill",
        "myself",
        "i",
        "want",
        "to",
        "die",
        "not",
        "tonight",
        "pills",
        "k1ll",
        "suicide",
        "my",
        "brother",
        "story",
        "lol",
        "jk",
        "quiero",
        "morir",
        "💀",
        "⚰️",
        "\u200b",
        "ｋ",
        ".",
    ]
)
MIXED = st.lists(st.one_of(CUE_WORDS, st.text(max_size=6)), max_size=25).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.text(), MIXED), min_size=1, max_size=4))
def test_findings_stay_inside_their_message(turns: list[str]) -> None:
    roles = ("user", "assistant")
    conv = Conversation(tuple(Message(roles[i % 2], t) for i, t in enumerate(turns)))
    result = check().check_input(conv)
    assert result.self_harm is not None
    for finding in result.findings:
        assert isinstance(finding.message, int)
        text = conv.messages[finding.message].text
        assert conv.messages[finding.message].role == "user"
        assert 0 <= finding.start < finding.end <= len(text)
        assert 0.0 <= finding.score <= 1.0
        assert all(isinstance(v, (str, int, float, bool)) for v in finding.detail.values())
