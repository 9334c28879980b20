"""The text added or substituted at each risk level (SAFETY_FACTS T1, T2, T7, T8, T19, T21, T22, T29)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from safeguard import RiskLevel
from safeguard.resources import (
    augment_reply,
    crisis_appendix,
    crisis_preamble,
    load_directory,
    safe_reply,
)
from tests.resources._support import (
    KNOWN_LOCALES,
    RENDERERS,
    SUBJECTS,
    UNKNOWN_LOCALES,
    all_directories,
    country_digit_groups,
    digit_groups,
    rendered_texts,
)

AT_RISK = (RiskLevel.PASSIVE, RiskLevel.IDEATION, RiskLevel.INTENT, RiskLevel.IMMINENT)

# T21 / T22: the country-correct line, whatever the model's default would be.
LINE_BY_LOCALE = [
    ("en-US", "988", ["9-8-8", "116 123"]),
    ("es-US", "988", ["9-8-8"]),
    ("en-CA", "9-8-8", ["988 Suicide", "741741", "116 123"]),
    ("fr-CA", "9-8-8", ["988 Suicide", "741741"]),
    ("en-GB", "116 123", ["988", "9-8-8"]),
    ("en-IE", "116 123", ["988"]),
    ("ja-JP", "0120-279-338", ["988", "116 123"]),
    ("en-AU", "13 11 14", ["988"]),
    ("en-NZ", "1737", ["988"]),
    ("hi-IN", "14416", ["988"]),
    ("de-DE", "0800 111 0 111", ["988"]),
    ("fr-FR", "3114", ["116 123", "988"]),
    ("es-ES", "024", ["116 123", "988"]),
    ("pt-BR", "188", ["988"]),
    ("es-MX", "800 911 2000", ["988"]),
    ("en-ZA", "0800 567 567", ["988"]),
    ("en-PH", "1553", ["988"]),
]
# The question about the country, in each language the templates cover.
ASKS_COUNTRY = {
    None: "Which country are you in?",
    "en": "Which country are you in?",
    "es": "¿En qué país estás?",
    "pt": "Em que país você está?",
    "fr": "Dans quel pays êtes-vous ?",
    "de": "In welchem Land bist du?",
    "xx-ZZ": "Which country are you in?",
    "es-419": "¿En qué país estás?",
}
EMERGENCY_WORDS = ("emergency", "emergencias", "emergência", "urgence", "notruf")
# Overpromises (SM-12), minimising (SM-10) and bad language (SM-6) the texts must never hold.
FORBIDDEN = [
    "always here",
    "will pass",
    "everything will be",
    "you will feel better",
    "never leave",
    "i promise",
    "commit suicide",
    "successful",
    "not that bad",
    "others have it worse",
    "so much to live for",
    "between us",
    "won't tell",
]
BANNED_METHOD_WORDS = ["pill", "dose", "overdose", "bridge", "lethal", "painless", "how long"]


@pytest.mark.parametrize(("locale", "line", "absent"), LINE_BY_LOCALE)
@pytest.mark.parametrize("level", AT_RISK)
def test_the_country_correct_line_is_given(
    locale: str, line: str, absent: list[str], level: RiskLevel
) -> None:
    text = augment_reply("REPLY", level, locale) + safe_reply(level, locale)
    assert line in text
    for other in absent:
        assert other not in text


@pytest.mark.parametrize("locale", list(ASKS_COUNTRY))
@pytest.mark.parametrize("level", AT_RISK)
@pytest.mark.parametrize("subject", SUBJECTS)
def test_unknown_country_gets_guidance_and_a_question_never_a_number(
    locale: str | None, level: RiskLevel, subject: str | None
) -> None:
    for text in (augment_reply("REPLY", level, locale, subject), safe_reply(level, locale, subject)):
        assert not any(ch.isdigit() for ch in text)
        assert ASKS_COUNTRY[locale] in text
        assert "findahelpline.com" in text
        assert any(word in text.lower() for word in EMERGENCY_WORDS)


@pytest.mark.parametrize("level", [RiskLevel.NONE, RiskLevel.DISTRESS])
@pytest.mark.parametrize("subject", SUBJECTS)
def test_nothing_is_added_below_passive(level: RiskLevel, subject: str | None) -> None:
    assert crisis_preamble(level, "en-GB", subject) is None
    assert crisis_appendix(level, "en-GB", subject) is None
    assert augment_reply("Hello.", level, "en-GB", subject) == "Hello."


def test_passive_appends_resources_a_direct_question_and_an_invitation() -> None:
    """T1: gently and directly ask about suicidal thoughts; offer a local line."""
    assert crisis_preamble(RiskLevel.PASSIVE, "en-GB") is None
    text = augment_reply("MODEL REPLY", RiskLevel.PASSIVE, "en-GB")
    assert text.startswith("MODEL REPLY\n\n")
    appendix = text.removeprefix("MODEL REPLY\n\n")
    assert "116 123" in appendix
    assert "Are you having thoughts like that?" in appendix
    assert appendix.endswith("If you want to keep talking, I'm listening.")


def test_ideation_puts_a_warm_note_with_resources_first() -> None:
    """T2: resource block plus continued engagement."""
    text = augment_reply("MODEL REPLY", RiskLevel.IDEATION, "en-US")
    before, after = text.split("MODEL REPLY")
    assert before.startswith("Thank you for telling me.")
    assert "988" in before and "suicide" in before
    assert "keep talking" in after


def test_intent_gives_the_emergency_number_and_resources_first() -> None:
    text = augment_reply("MODEL REPLY", RiskLevel.INTENT, "en-AU")
    before = text.split("MODEL REPLY")[0]
    assert "call 000" in before and "13 11 14" in before


@pytest.mark.parametrize(
    ("locale", "emergency", "line"),
    [
        ("en-GB", "999", "116 123"),
        ("en-AU", "000", "13 11 14"),
        ("en-NZ", "111", "1737"),
        ("de-DE", "112", "0800 111 0 111"),
        ("fr-FR", "15 (SAMU) ou 112", "3114"),
        ("es-ES", "112", "024"),
        ("es-MX", "911", "800 911 2000"),
        ("ja-JP", "119 or 110", "0120-279-338"),
        ("en-US", "911", "988"),
        ("fr-CA", "911", "9-8-8"),
        ("pt-BR", "número de emergência local", "188"),
        ("en-IN", "local emergency number", "14416"),
    ],
)
@pytest.mark.parametrize("render", [crisis_preamble, safe_reply])
def test_imminent_puts_the_emergency_number_before_the_crisis_line(
    locale: str, emergency: str, line: str, render: object
) -> None:
    """T7 / T8: emergency services first, then the crisis line; stay engaged; means safety."""
    assert callable(render)
    text = render(RiskLevel.IMMINENT, locale)
    assert isinstance(text, str)
    assert 0 <= text.index(emergency) < text.index(line)
    if locale.startswith("en"):
        assert "put some distance between yourself and anything" in text.lower()
        assert "keep talking" in text


def test_imminent_with_a_secondary_emergency_number_uses_it_only_when_opted_in() -> None:
    assert "192" not in (crisis_preamble(RiskLevel.IMMINENT, "pt-BR") or "")
    opted_in = load_directory(include_secondary=True)
    assert "192 (SAMU)" in (crisis_preamble(RiskLevel.IMMINENT, "pt-BR", None, opted_in) or "")


@pytest.mark.parametrize("level", AT_RISK)
@pytest.mark.parametrize("locale", ["en-US", "en-GB", None])
def test_safe_reply_is_never_a_bare_refusal(level: RiskLevel, locale: str | None) -> None:
    """T29: a resource plus an invitation to continue is required."""
    text = safe_reply(level, locale)
    assert "I can't help with that part" in text
    assert text.rstrip().endswith("?") or "keep talking" in text
    assert len(text) > 150
    assert text.count(".") + text.count("?") >= 4


def test_safe_reply_below_passive_still_gives_resources() -> None:
    for level in (RiskLevel.NONE, RiskLevel.DISTRESS):
        assert safe_reply(level, "en-GB") == safe_reply(RiskLevel.PASSIVE, "en-GB")


@pytest.mark.parametrize("level", AT_RISK)
@pytest.mark.parametrize("locale", ["en-US", "en-GB", None])
def test_subject_other_gets_helper_guidance_and_the_line_for_the_friend(
    level: RiskLevel, locale: str | None
) -> None:
    """T19: #BeThe1To steps plus the resource block for the friend."""
    for text in (augment_reply("REPLY", level, locale, "other"), safe_reply(level, locale, "other")):
        assert "ask them directly whether they are thinking about suicide" in text
        assert "listen without judging" in text
        assert "help them connect with support" in text
        assert "Are you having thoughts like that?" not in text
        if locale == "en-US":
            assert "They can reach 988" in text


@pytest.mark.parametrize(
    ("locale", "phrase"),
    [
        ("es-MX", "pensamientos de suicidio"),
        ("es-US", "pensamientos de suicidio"),
        ("pt-BR", "pensamentos de suicídio"),
        ("fr-FR", "pensées suicidaires"),
        ("fr-CA", "pensées suicidaires"),
        ("de-DE", "Gedanken an Suizid"),
        ("ja-JP", "thoughts of suicide"),  # no Japanese templates yet: English text, JP line
    ],
)
def test_the_text_follows_the_locale_language(locale: str, phrase: str) -> None:
    assert phrase in (crisis_appendix(RiskLevel.PASSIVE, locale) or "")


def test_no_text_overpromises_minimises_or_names_a_method() -> None:
    offending = [
        (where, word)
        for where, _, text in rendered_texts(load_directory(), KNOWN_LOCALES + UNKNOWN_LOCALES)
        for word in FORBIDDEN + BANNED_METHOD_WORDS
        if word in text.lower()
    ]
    assert offending == []


def test_every_digit_in_every_text_comes_from_that_countrys_data() -> None:
    for directory in all_directories():
        for where, locale, text in rendered_texts(directory, KNOWN_LOCALES + UNKNOWN_LOCALES):
            allowed = country_digit_groups(directory.for_locale(locale))
            assert digit_groups(text) <= allowed, where


LOCALES = st.one_of(
    st.sampled_from(KNOWN_LOCALES + UNKNOWN_LOCALES),
    st.text(max_size=12),
    st.from_regex(r"[a-z]{2}-[A-Z]{2}", fullmatch=True),
)


@settings(max_examples=300, deadline=None)
@given(
    level=st.sampled_from(list(RiskLevel)),
    locale=LOCALES,
    subject=st.one_of(st.sampled_from(SUBJECTS), st.text(max_size=8)),
    render=st.sampled_from(RENDERERS),
    secondary=st.booleans(),
)
def test_property_rendered_digits_only_come_from_the_data(
    level: RiskLevel, locale: str | None, subject: str | None, render: object, secondary: bool
) -> None:
    assert callable(render)
    directory = load_directory(include_secondary=secondary)
    text = render(level, locale, subject, directory)
    country = directory.for_locale(locale)
    if text is None:
        assert render is not safe_reply
        return
    assert isinstance(text, str)
    assert digit_groups(text) <= country_digit_groups(country)
    if country is None:
        assert not any(ch.isdigit() for ch in text)
