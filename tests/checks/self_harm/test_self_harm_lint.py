"""The phrase lint: shipped data is clean, and the shapes of the ``a|b c`` pitfall are caught."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pytest

from safeguard.checks.self_harm import SelfHarmCheck, SelfHarmOptions
from safeguard.checks.self_harm._data import shipped_file
from safeguard.checks.self_harm._lint import PhraseLintWarning, lint_files, lint_phrase

LANGUAGES = ("common", "en", "es", "fr", "de", "pt")


def test_shipped_phrase_data_has_no_lint() -> None:
    issues = lint_files([shipped_file(language) for language in LANGUAGES])
    assert not issues, "\n".join(str(issue) for issue in issues)


# Each of these is a phrase that once shipped (or nearly did) and never matched what its
# author meant.
PITFALLS = [
    ("i * dont|do not * deserve * you", "contraction"),
    ("i am|im so tired", "contraction"),
    ("never * going to|gonna * get better", "contraction"),
    ("always going to * happen|end * this way|like this", "mirror"),
    ("too late * for * help|an ambulance|anyone", "function"),
    ("nobody|no one * would * even? * hear", "function"),
    ("wish * to * vanish|disappear|die|not exist", "function"),
    ("my time * is up|has come", "function"),
    ("no * reason * to stay|stay alive|hold on", "neighbour"),
    ("better * if i * never * existed|was born|were born", "neighbour"),
    ("no one|nobody * likes me", "compound"),
    ("make everything stop * for good|forever", "compound"),
    ("jai * pris * tous mes|toutes mes|tous les * @fr_pills", "adjacent"),
    ("k i l l myself", "unmatchable"),
]


@pytest.mark.parametrize(("phrase", "reason"), PITFALLS)
def test_pitfall_is_flagged(phrase: str, reason: str) -> None:
    reasons = lint_phrase(phrase)
    assert any(r.startswith(reason) for r in reasons), reasons


FINE = [
    "i * want|need to die",
    "i * dont|never * want * to * live|exist",
    "not|arent|isnt|wont|never * gonna * get better",
    "tired|exhausted * of|from * pretending",
    "jai * pris|avale * tous|toutes mes|les * @fr_pills",
    "how many|much * @pills * to|would * kill",
    "keep|keeping * on|going",
    "@die|dying of|from * laughter",
    "i have the pills",
]


@pytest.mark.parametrize("phrase", FINE)
def test_well_formed_phrase_passes(phrase: str) -> None:
    assert lint_phrase(phrase) == []


def test_issue_names_file_cue_and_phrase(tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        'language: en\ncues:\n  - id: my.cue\n    level: passive\n    phrases: ["i dont|do not care"]\n',
        encoding="utf-8",
    )
    issues = lint_files([str(extra)])
    assert issues
    issue = issues[0]
    assert (issue.source, issue.cue, issue.phrase) == (str(extra), "my.cue", "i dont|do not care")
    assert str(extra) in str(issue) and "i dont|do not care" in str(issue)


def test_users_extra_file_warns_naming_file_and_phrase(tmp_path: Path) -> None:
    extra = tmp_path / "warned.yaml"
    extra.write_text(
        'language: en\ncues:\n  - id: my.warned\n    level: passive\n    phrases: ["i am|im done"]\n',
        encoding="utf-8",
    )
    with pytest.warns(PhraseLintWarning, match=re.escape("warned.yaml: cue my.warned: 'i am|im done'")):
        SelfHarmCheck(SelfHarmOptions(extra_phrases_files=[str(extra)]))


def test_warning_can_be_made_an_error(tmp_path: Path) -> None:
    extra = tmp_path / "strict.yaml"
    extra.write_text(
        'language: en\ncues:\n  - id: my.strict\n    level: passive\n    phrases: ["die|not exist"]\n',
        encoding="utf-8",
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error", PhraseLintWarning)
        with pytest.raises(PhraseLintWarning, match=r"strict\.yaml"):
            SelfHarmCheck(SelfHarmOptions(extra_phrases_files=[str(extra)]))


def test_shipped_cue_ids_are_unique() -> None:
    # A policy trims a cue by its id (`disabled`); two cues under one id would go together.
    ids = [cue.id for cue in SelfHarmCheck()._cues.cues]  # every shipped language
    assert sorted({i for i in ids if ids.count(i) > 1}) == []
