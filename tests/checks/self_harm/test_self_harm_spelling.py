"""spell19: untidy writing of the risk vocabulary (spelt by sound or by keyboard, words split
or run together, dictation homophones) respelled before matching by the ``spelling`` table
of the phrase data (see _spelling), beside the look-alikes that must stay as they are."""

from __future__ import annotations

from pathlib import Path

import pytest

from safeguard._levels import RiskLevel
from safeguard._normalize import normalize, tokenize
from safeguard.checks.self_harm import DataError, SelfHarmCheck, SelfHarmOptions
from safeguard.checks.self_harm._spelling import build
from tests.checks.self_harm._helpers import conversation, rules, rules_level

L = RiskLevel


@pytest.mark.parametrize(
    ("text", "floor"),
    [
        # spelt by sound or by keyboard
        ("ive had sucidle thorts every nite this week", L.IDEATION),
        ("been thinking about suiside agian", L.IDEATION),
        ("i tuk all the tablits an hour ago", L.IMMINENT),
        # dropped g and "bout"
        ("i keep thinkin bout doin myself in", L.IDEATION),
        # words split in two, read over words respelled first
        ("honestly evry one wood be beter of with out me", L.PASSIVE),
        ("im gonna kil my self", L.INTENT),
        ("i scrach my self with a compas when they laugh at me", L.PASSIVE),
        # run together
        ("i want to killmyself", L.IDEATION),
        # dictation homophones beside the words that make them one
        ("i wish i wasnt hear anymore", L.PASSIVE),
        ("i just want to dye.", L.PASSIVE),
        ("cancelled the phone contract. wont need any of it wear im going", L.INTENT),
    ],
)
def test_untidy_risk_wording_reads_as_the_tidy_wording(text: str, floor: RiskLevel) -> None:
    assert rules_level(text) >= floor


@pytest.mark.parametrize(
    "text",
    [
        # hair dye: "dye" with its object, or not ending its clause
        "dye my hair purple or blue?",
        "i want to dye my hair tonight",
        # "every one of", "any more" + a noun, "my self" + a noun stay as written
        "we ate every one of the cookies",
        "my brother says every one of his mates failed",
        "my self esteem is low after the exam",
        "doing my self assessment tax return",
        # respelled words with nothing of risk around them
        "my nan tuk the bus to town",
        "the tablits are in the drawer",
        "i dont no the answer to question 4",
        "can u help me rite a poem about autumn",
        "the better of the two options is the bus",
    ],
)
def test_untidy_everyday_wording_stays_below_passive(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


def test_a_french_bout_is_not_respelled() -> None:
    # "bout" is respelled only beside English words ("bout to", "thinking bout").
    assert rules_level("je suis a bout de forces") == L.DISTRESS


def test_a_split_word_stays_a_count_of_words() -> None:
    # "took every one of them" is every tablet, not everyone; the act still reads.
    assert rules_level("took every one of them. sorry i wont need the tips") >= L.INTENT


def test_evidence_points_into_the_text_as_written() -> None:
    text = "i keep thinkin bout doin myself in"
    found = rules().check_input(conversation(text)).findings
    assert found
    assert all(text[f.start : f.end] for f in found)
    assert any(text[f.start : f.end] == "doin myself in" for f in found)


def test_a_joined_pair_spans_both_words_and_a_split_word_its_whole_span() -> None:
    spelling = build([("my self", "myself"), ("killmyself", "kill myself"), ("tablits", "tablets")])
    text = "kil my self. killmyself with tablits"
    tokens = spelling.apply(tokenize(normalize(text)))
    pieces = [(t.key, text[t.start : t.end]) for t in tokens]
    assert pieces == [
        ("kil", "kil"),
        ("myself", "my self"),
        ("kil", "killmyself"),
        ("myself", "killmyself"),
        ("with", "with"),
        ("tablets", "tablits"),
    ]
    assert [t.clause for t in tokens] == [0, 0, 1, 1, 1, 1]


def test_a_pattern_ending_in_a_full_stop_needs_its_clause_to_end() -> None:
    spelling = build([("to dye .", "to die")])
    ended = spelling.apply(tokenize(normalize("i want to dye. not my hair")))
    assert ended.keys[:4] == ["i", "want", "to", "die"]
    assert "dye" in spelling.apply(tokenize(normalize("i want to dye my hair"))).keys


def test_a_pattern_does_not_run_across_a_clause_break() -> None:
    spelling = build([("my self", "myself")])
    assert spelling.apply(tokenize(normalize("that was my. self"))).keys == ["that", "was", "my", "self"]


def test_text_with_no_trigger_word_is_returned_as_is() -> None:
    spelling = build([("tablits", "tablets")])
    tokens = tokenize(normalize("an ordinary message about lunch"))
    assert spelling.apply(tokens) is tokens


def test_a_policy_file_can_add_a_spelling(tmp_path: Path) -> None:
    extra = tmp_path / "spell.yaml"
    extra.write_text("language: en\nspelling:\n  zuicide: suicide\n", encoding="utf-8")
    check = SelfHarmCheck(SelfHarmOptions(lexical=False, extra_phrases_files=[str(extra)]))
    level = check.check_input(conversation("i think about zuicide every day")).self_harm
    assert level is not None
    assert level.level >= L.IDEATION
    assert rules_level("i think about zuicide every day") <= L.DISTRESS


def test_a_spelling_too_long_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "long.yaml"
    bad.write_text("language: en\nspelling:\n  one two three four five: x\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"long\.yaml: spelling 'one two three four five': one to 4 words"):
        SelfHarmCheck(SelfHarmOptions(extra_phrases_files=[str(bad)]))


@pytest.mark.parametrize(
    ("text", "floor"),
    [
        ("ikeepwantingtokillmyself sorry my spacebar broke", L.IDEATION),
        ("icantdothisanymore honestly", L.PASSIVE),
    ],
)
def test_a_message_run_together_is_split_into_its_words(text: str, floor: RiskLevel) -> None:
    assert rules_level(text) >= floor


@pytest.mark.parametrize(
    "text",
    [
        # a real word spelling two or three phrase words is left whole ("never the less")
        "nevertheless i am fine, just tired after work",
        "understanding the homework took all evening",
        # run together with nothing of risk in it
        "iwanttogotothecinematonight withmyfriends",
        "whatsthebestwaytocookrice",
    ],
)
def test_a_word_or_a_run_of_everyday_words_stays_below_passive(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


def test_a_split_keeps_its_evidence_inside_the_token() -> None:
    text = "ikeepwantingtokillmyself"
    found = rules().check_input(conversation(text)).findings
    assert found
    assert all(0 <= f.start < f.end <= len(text) for f in found)


def test_a_long_word_of_another_language_is_not_split_by_its_syllables() -> None:
    assert rules_level("Différence entre scarification et automutilation ? Pour un cours.") <= L.DISTRESS


def test_a_text_of_many_long_words_is_not_split() -> None:
    # one run together is split; the same beside nine more long words is a text of long
    # words (the split's cost is bounded per message, not only per token)
    run = "ikeepwantingtokillmyself"
    assert rules_level(run) >= L.IDEATION
    assert rules_level(" ".join([run] + ["internationalisation"] * 9)) <= L.DISTRESS
