"""The omission-check helper: does a reply already give a verified line for this locale?"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from safeguard import RiskLevel
from safeguard.resources import crisis_appendix, mentions_resource


@pytest.mark.parametrize(
    ("reply", "locale"),
    [
        ("You can call or text 988 any time.", "en-US"),
        ("Call 988.", "es-US"),
        ("The old number 1-800-273-8255 still reaches them.", "en-US"),
        ("Text HOME to 741741.", "en-US"),
        ("Samaritans are on 116 123.", "en-GB"),
        ("Samaritans: 116123", "en-GB"),
        ("Try 9-8-8 or 988.", "en-CA"),
        ("よりそいホットライン 0120-279-338", "ja-JP"),
        ("Lifeline: 13 11 14 (24/7)", "en-AU"),
        ("Ruf die TelefonSeelsorge an: 0800 111 0 111.", "de-DE"),
        ("Appelez le 3114.", "fr-FR"),
        ("Ligue 188, é gratuito.", "pt-BR"),
        ("Línea de la Vida: 800 911 2000", "es-MX"),
        ("NCMH: 0917-899-8727", "en-PH"),
        ("See findahelpline.com for a line in your country.", None),
    ],
)
def test_a_reply_with_the_local_line_counts(reply: str, locale: str | None) -> None:
    assert mentions_resource(reply, locale)


@pytest.mark.parametrize(
    ("reply", "locale"),
    [
        ("Please reach out to a crisis line.", "en-US"),
        ("Call 988.", "en-GB"),  # a US number for a UK user is not a resource
        ("Call 116 123.", "en-US"),
        ("In 1988 I was born.", "en-US"),
        ("Call 9880.", "en-US"),
        ("Call 988 now.", None),  # unknown country: no local number can be checked
        ("Call 3114.", "es-ES"),
        ("I can't help with this.", "en-GB"),
        ("", "en-GB"),
    ],
)
def test_a_reply_without_the_local_line_does_not_count(reply: str, locale: str | None) -> None:
    assert not mentions_resource(reply, locale)


@pytest.mark.parametrize("locale", ["en-US", "en-CA", "en-GB", "ja-JP", "de-DE", "pt-BR", None])
def test_our_own_appendix_counts_as_a_mention(locale: str | None) -> None:
    assert mentions_resource(crisis_appendix(RiskLevel.PASSIVE, locale) or "", locale)


@given(st.text(max_size=300), st.sampled_from(["en-US", "en-GB", "de-DE", None]))
def test_mentions_resource_never_raises(reply: str, locale: str | None) -> None:
    assert mentions_resource(reply, locale) in (True, False)
