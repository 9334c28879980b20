"""``LexicalModel.encode`` reads a message's words as the model's own string objects and
looks their stems up (``_lexical._canon``): it must still number exactly the features
``known_features`` finds, for words the model knows, words in no feature whose stem is
one, blanked words and numbers; and a parsed model holds one string object per word."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._lexical import Feature, Head, LexicalModel, known_features, load, parse

L = RiskLevel
WEIGHTS: dict[Feature, float] = {
    "~cut": 1.0,  # only the stem: "cuts" is in no feature itself
    ("~kept", "~cut"): 0.5,
    ("took", "*pills"): 0.7,
    ("the", "pills"): 0.2,
    "<n>": 0.1,
    "pills": 0.3,
}


def _reference(model: LexicalModel, keys: list[str]) -> frozenset[int]:
    """The numbers of ``known_features`` by the model's own tables."""
    out = set()
    for f in known_features(keys, model.vocabulary):
        if isinstance(f, tuple) and f[1].startswith("*"):
            out.add(model._skip_numbers[(f[0], f[1][1:])])
        else:
            out.add(model._numbers[f])
    return frozenset(out)


@pytest.mark.parametrize(
    ("keys", "found"),
    [
        # must number: a stem whose word the model never saw, a stem pair, a skip pair
        (["i", "kept", "cuts"], {"~cut", ("~kept", "~cut")}),
        (["cutting", "cuts"], {"~cut"}),
        (["took", "the", "pills"], {("took", "*pills"), ("the", "pills"), "pills"}),
        (["took", "40", "pills"], {("took", "*pills"), "<n>", "pills"}),
        # a blanked word (a finality phrase) is in no feature (a pair across it still is)
        (["took", "", "pills"], {"pills", ("took", "*pills")}),
        (["", "pills"], {"pills"}),
        (["", "", ""], set()),
        (["nothing", "known", "here"], set()),
        ([], set()),
    ],
)
def test_encode_numbers_the_features_known_features_finds(keys: list[str], found: set[Feature]) -> None:
    model = LexicalModel((Head(L.PASSIVE, -1.0, 0.6, WEIGHTS),), {})
    assert known_features(keys, model.vocabulary) == found
    assert model.encode(keys) == _reference(model, keys)
    # a word object the model does not hold (built at run time, as a tokeniser's keys are)
    fresh = ["".join(list(k)) for k in keys]
    assert model.encode(fresh) == _reference(model, keys)


@pytest.mark.parametrize(
    "text",
    [
        "i kept cutting again last night and took 40 of the pills",
        "we booked the cabin by the lake for the second week of june",
        "honestly everyone would be better off without me around",
    ],
)
def test_the_shipped_model_encodes_as_known_features(text: str) -> None:
    model = load()
    keys = text.split()
    assert model.encode(keys) == _reference(model, keys)


def test_a_parsed_model_holds_one_string_object_per_word() -> None:
    data = {
        "features": ["took", "took *pills", "took pills", "pills"],
        "heads": [{"level": "passive", "bias": -1.0, "threshold": 0.6, "weights": [0.1, 0.2, 0.3, 0.4]}],
    }
    model = parse(data)
    by_name = {f if isinstance(f, str) else " ".join(f): f for f in model.heads[0].weights}
    took, skip, pair, pills = (by_name[n] for n in ("took", "took *pills", "took pills", "pills"))
    assert isinstance(skip, tuple) and isinstance(pair, tuple)
    assert skip[0] is took and pair[0] is took and pair[1] is pills
