"""Must-detect / must-not-detect tables, one per entity, through the public check."""

from __future__ import annotations

import pytest

from safeguard import Conversation, Message
from safeguard.checks.pii import PiiCheck, PiiOptions

CHECK = PiiCheck()


def found(text: str, check: PiiCheck = CHECK) -> set[tuple[str, str]]:
    """``(entity, matched text)`` for every finding in ``text``."""
    return {(f.category, text[f.start : f.end]) for f in check.find(text, "input", 0)}


def entities(text: str) -> set[str]:
    return {entity for entity, _ in found(text)}


MUST_DETECT = [
    ("EMAIL_ADDRESS", "write to maria.garcia@example.org please", "maria.garcia@example.org"),
    ("EMAIL_ADDRESS", "What's your email? JonasZadina@armyspy.com", "JonasZadina@armyspy.com"),
    ("PHONE_NUMBER", "call me on +1 (415) 555-0132 tonight", "+1 (415) 555-0132"),
    ("PHONE_NUMBER", "my mobile is 07700 900 123", "07700 900 123"),
    ("PHONE_NUMBER", "Phone:\n780 6326", "780 6326"),
    ("PHONE_NUMBER", "Fax: 463-612-6138x036", "463-612-6138x036"),
    ("PHONE_NUMBER", "+447700677662 mobile", "+447700677662"),
    ("PHONE_NUMBER", "They're not answering at 0680 298 70 63", "0680 298 70 63"),
    ("CREDIT_CARD", "my card 4111 1111 1111 1111 expired", "4111 1111 1111 1111"),
    ("CREDIT_CARD", "card number 630427373398 is lost", "630427373398"),
    ("CREDIT_CARD", "My card 4030874397740603788 is expiring", "4030874397740603788"),
    ("US_SSN", "Here's my SSN: 125-17-4954", "125-17-4954"),
    ("IP_ADDRESS", "keep getting address 165.165.185.178 blocked", "165.165.185.178"),
    (
        "IP_ADDRESS",
        "address 6e40:4041:c617:e898:c11:40d2:c669:2eb4",
        "6e40:4041:c617:e898:c11:40d2:c669:2eb4",
    ),
    ("IBAN_CODE", "My IBAN is GB82WEST12345698765432", "GB82WEST12345698765432"),
    ("URL", "My website is https://www.example.com/about.", "https://www.example.com/about"),
    ("URL", "see www.example.org today", "www.example.org"),
    ("CRYPTO", "send it to 1BoatSLRHtKNngkdXEeobR76b53LETtpyT", "1BoatSLRHtKNngkdXEeobR76b53LETtpyT"),
    ("DATE_TIME", "I was born on 7/30/1964 in a small town", "7/30/1964"),
    ("PERSON", "Hi, my name is Maria Garcia and I need help", "Maria Garcia"),
    ("PERSON", "my name is lena andersson", "lena andersson"),
    ("PERSON", "You can call me Jo", "Jo"),
    ("PERSON", "I talked to Dr. Maria Garcia yesterday", "Maria Garcia"),
    ("PERSON", "Ms. Barajas flew home", "Barajas"),
    ("PERSON", "Thanks, Vinicio!", "Vinicio"),
    ("PERSON", "Hanne I. Kreutzmann wrote back", "Hanne I. Kreutzmann"),
    ("PERSON", "Catherine is ignoring my texts", "Catherine"),
    ("PERSON", "Enrico shouted at me", "Enrico"),
    ("PERSON", "Best regards,\nPrzemek Kucharski", "Przemek Kucharski"),
    ("LOCATION", "I live in Manchester now", "Manchester"),
    ("LOCATION", "I'm from Lagos originally", "Lagos"),
    ("LOCATION", "She moved to Canada last year", "Canada"),
    ("LOCATION", "we are at 12 Main Street tonight", "12 Main Street"),
    ("LOCATION", "the flat is Suite 343 upstairs", "Suite 343"),
]

MUST_NOT_DETECT = [
    ("EMAIL_ADDRESS", "I @ you in the chat"),
    ("PHONE_NUMBER", "I slept 7 hours and ate 2 meals"),
    ("PHONE_NUMBER", "My driver's license number is 6940579"),
    ("PHONE_NUMBER", "the date was 2006-04-07"),
    ("PHONE_NUMBER", "it happened on 12.10.2019"),
    ("PHONE_NUMBER", "my SSN is 078-05-1120"),
    ("CREDIT_CARD", "card 4111 1111 1111 1112 (not Luhn)"),
    ("CREDIT_CARD", "order 123456789012 shipped"),
    ("US_SSN", "I am 23 years old"),
    ("IP_ADDRESS", "version 1.2 is out"),
    ("IP_ADDRESS", "it is 999.1.1.1 not an address"),
    ("IP_ADDRESS", "we met at 09:00:27 and :: then"),
    ("URL", "I was tired.So tired"),
    ("URL", "e.g. this one"),
    ("DATE_TIME", "since 2018 I have felt like this"),
    ("DATE_TIME", "See you on Monday"),
    ("DATE_TIME", "the appointment is on 7/30/1964"),
    ("PERSON", "I feel so alone tonight"),
    ("PERSON", "Will you help me?"),
    ("PERSON", "WHAT ??? I DON'T KNOW WHAT TO DO"),
    ("PERSON", "I work for Civic Impulse LLC"),
    ("PERSON", "my name is <PERSON_1> and I live in <LOCATION_1>"),
    ("PERSON", "I'm tired and I'm sad"),
    ("LOCATION", "I live in fear most days"),
    ("LOCATION", "Nothing helps."),
]


@pytest.mark.parametrize(("entity", "text", "value"), MUST_DETECT)
def test_must_detect(entity: str, text: str, value: str) -> None:
    assert (entity, value) in found(text)


@pytest.mark.parametrize(("entity", "text"), MUST_NOT_DETECT)
def test_must_not_detect(entity: str, text: str) -> None:
    assert entity not in entities(text)


def test_findings_carry_contract_fields() -> None:
    conversation = Conversation(
        messages=(
            Message("system", "you are kind; mail admin@example.com"),
            Message("user", "hi"),
            Message("user", "email me at a.b@example.com"),
        )
    )
    (finding,) = CHECK.check_input(conversation).findings
    assert (finding.check, finding.category, finding.where, finding.message) == (
        "pii",
        "EMAIL_ADDRESS",
        "input",
        2,
    )
    assert conversation.messages[2].text[finding.start : finding.end] == "a.b@example.com"
    assert 0.5 <= finding.score <= 1.0


def test_check_output_reports_the_reply_and_skips_placeholders() -> None:
    conversation = Conversation(messages=(Message("user", "hello"),))
    reply = "Sure <PERSON_1>, I will mail <EMAIL_ADDRESS_1> and also bob@example.com"
    findings = CHECK.check_output(conversation, reply).findings
    assert [(f.where, f.message, reply[f.start : f.end]) for f in findings] == [
        ("output", "reply", "bob@example.com")
    ]


def test_entities_option_restricts_what_is_reported() -> None:
    only_email = PiiCheck(PiiOptions(entities=["EMAIL_ADDRESS"]))
    text = "I'm Maria Garcia, a@example.com, +1 (415) 555-0132"
    assert {e for e, _ in found(text, only_email)} == {"EMAIL_ADDRESS"}


def test_thresholds_and_allow_list() -> None:
    strict = PiiCheck(PiiOptions(thresholds={"PERSON": 0.99}, allow_list=["+1 (415) 555-0132"]))
    text = "my name is Maria Garcia, call +1 (415) 555-0132"
    assert entities(text) >= {"PERSON", "PHONE_NUMBER"}
    assert not {"PERSON", "PHONE_NUMBER"} & {e for e, _ in found(text, strict)}


def test_date_time_is_reported_with_any_threshold_when_asked() -> None:
    dates = PiiCheck(PiiOptions(entities=["DATE_TIME"], thresholds={"DATE_TIME": 0.5}))
    assert ("DATE_TIME", "2006-04-07") in found("the date was 2006-04-07", dates)


def test_options_reject_unknown_keys() -> None:
    with pytest.raises(ValueError, match="extra"):
        PiiOptions.model_validate({"entity": ["EMAIL_ADDRESS"]})


def test_ner_model_that_is_not_installed_is_a_check_error() -> None:
    from safeguard import CheckError

    check = PiiCheck(PiiOptions(ner_model="no_such_spacy_model_here"))
    with pytest.raises(CheckError, match="not installed"):
        check.find("my friend is here", "input", 0)


def test_ner_model_from_a_local_pipeline_path(tmp_path: object) -> None:
    spacy = pytest.importorskip("spacy")
    path = f"{tmp_path}/blank_en"
    spacy.blank("en").to_disk(path)
    check = PiiCheck(PiiOptions(ner_model=path))
    # A blank pipeline has no NER: the model-free rules still answer.
    assert ("PERSON", "Maria Garcia") in found("my name is Maria Garcia", check)


def test_user_thresholds_keep_the_date_of_birth_default() -> None:
    check = PiiCheck(PiiOptions(thresholds={"PERSON": 0.9}))
    assert check.options.threshold_for("DATE_TIME") == 0.75
    assert "DATE_TIME" not in {e for e, _ in found("the date was 2006-04-07", check)}
    assert ("DATE_TIME", "7/30/1964") in found("I was born on 7/30/1964", check)
