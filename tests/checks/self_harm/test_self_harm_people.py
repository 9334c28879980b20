"""Person words are read in the message's language and as spelled.

English "I'll" squeezes to French "il" (he), "soon" to "son", "man" to German "Mann":
none of them may make the writer's words someone else's, and the real person words
must still make a statement someone else's in their own language.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from safeguard._normalize import normalize, tokenize
from safeguard.checks.self_harm._data import load_cues
from safeguard.checks.self_harm._people import People
from tests.checks.self_harm._helpers import L, judge

# (text, lowest level, subject): the writer's own risk.
SELF = [
    ("I think I'll just disappear forever", L.PASSIVE),
    ("soon I'll be gone, i can't take it anymore", L.PASSIVE),
    ("I'm a broken man and i want to die", L.PASSIVE),
    ("i'll kill myself soon", L.IDEATION),
    ("soooo tired, i want to die", L.PASSIVE),
    ("il est tard et je veux mourir", L.PASSIVE),  # French "il" (it), then the writer
    ("je veux mourir", L.PASSIVE),
    ("ich will sterben", L.PASSIVE),
    ("ich will nicht mehr leben, mann", L.PASSIVE),  # "Mann" as an interjection after "ich"
    ("quiero morir", L.PASSIVE),
    ("me quiero matar", L.IDEATION),
    ("quero morrer", L.PASSIVE),
    ("quero me matar", L.IDEATION),
]


@pytest.mark.parametrize(("text", "lowest"), SELF)
def test_writer_is_the_subject(text: str, lowest: L) -> None:
    state = judge(text).self_harm
    assert state is not None
    assert state.level >= lowest, state
    assert state.subject == "self", state


# Someone else's risk: the writer is a helper, never at risk themselves.
OTHER = [
    "my son wants to die",
    "my friend's been saying she wants to kill herself",
    "il veut mourir",
    "elle veut se suicider",
    "mon frère veut mourir",
    "mein Mann will sterben",
    "mein Mann will sich umbringen",
    "er will sterben",
    "mi hermano quiere morir",
    "él quiere suicidarse",
    "meu irmão quer morrer",
    "ele quer se matar",
]


@pytest.mark.parametrize("text", OTHER)
def test_someone_else_is_the_subject(text: str) -> None:
    state = judge(text).self_harm
    assert state is not None
    assert state.subject == "other", state
    assert state.level < L.PASSIVE, state


def _people(text: str) -> tuple[People, list[str]]:
    cues = load_cues(("en", "es", "fr", "de", "pt"))
    tokens = tokenize(normalize(text))
    hits = cues.matcher.find(tokens)
    languages = {cues.cues[h.payload].language for h in hits}
    return People(cues, languages, tokens.keys, tokens, text), tokens.keys


@pytest.mark.parametrize(
    ("text", "word", "name", "expected"),
    [
        ("soon i want to die", "son", "other_subj", False),  # "soon" squeezes to "son"
        ("my son wants to die", "son", "other_subj", True),
        ("I'll just disappear forever", "il", "other_subj", False),  # English: no "il"
        ("il veut mourir", "il", "other_subj", True),
        ("I'll veux mourir", "il", "other_subj", False),  # French read, but spelled "ill"
        ("a broken man wants to die", "man", "other_subj", False),  # English: no "man"
        ("mein Mann will sterben", "man", "other_subj", True),
        ("man will sterben", "man", "other_subj", False),  # German "man" (one), not "Mann"
        ("meeee, i want to die", "me", "self_subj", True),  # a stretched letter still counts
    ],
)
def test_person_word_by_language_and_spelling(text: str, word: str, name: str, expected: bool) -> None:
    people, keys = _people(text)
    assert people.is_(keys.index(word), name) is expected


def test_without_per_language_data_all_classes_count() -> None:
    cues = replace(load_cues(("en", "fr")), people={})
    tokens = tokenize(normalize("I'll go"))
    assert People(cues, {"en"}, tokens.keys, tokens, "I'll go").is_(0, "other_subj")
