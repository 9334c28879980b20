"""A parsed word model holds its features once (``_lexical._Table``): the heads' weights
and the vocabulary are views on that table, the rows share one float object per value,
and a model file read by ``load`` (parsed apart, see ``_parse_apart``) is the model
``parse`` makes of the same data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._lexical import Feature, Head, LexicalModel, known_features, load, parse

L = RiskLevel
DATA = {
    "features": ["<n>", "pills", "the pills", "took", "took *pills", "~cut", "~kept ~cut"],
    "heads": [
        {"level": "distress", "bias": -0.5, "threshold": 0.6, "weights": [0, 0.25, 0, 0.1, 0, 0.5, 0]},
        {
            "level": "passive",
            "bias": -1.0,
            "threshold": 0.6,
            "weights": [0.1, 0.3, 0.2, 0, 0.7, 1.0, 0.5],
            "overrule": 0.9,
        },
        {"level": "ideation", "bias": -2.0, "threshold": 0.7, "weights": [0, 0.25, 0, -0.4, 1.5, 0, 0.5]},
    ],
    "trained_on": {"a.jsonl": "abc"},
}
PASSIVE: dict[Feature, float] = {
    "<n>": 0.1,
    "pills": 0.3,
    ("the", "pills"): 0.2,
    ("took", "*pills"): 0.7,
    "~cut": 1.0,
    ("~kept", "~cut"): 0.5,
}


def test_a_parsed_heads_weights_read_as_its_non_zero_weights() -> None:
    model = parse(DATA)
    assert dict(model.heads[0].weights) == PASSIVE
    assert dict(model.heads[1].weights) == {
        "pills": 0.25,
        "took": -0.4,
        ("took", "*pills"): 1.5,
        ("~kept", "~cut"): 0.5,
    }
    assert model.distress is not None and dict(model.distress.weights) == {
        "pills": 0.25,
        "took": 0.1,
        "~cut": 0.5,
    }
    weights = model.heads[0].weights
    assert len(weights) == len(PASSIVE) and "took" not in weights and ("took", "pills") not in weights
    assert weights.get(("took", "*pills")) == 0.7 and weights.get("nothing", 0.0) == 0.0


@pytest.mark.parametrize(
    ("feature", "known"),
    [
        ("took", True),
        ("~cut", True),
        (("the", "pills"), True),
        (("took", "*pills"), True),  # a skip pair, marked as features() gives it
        (("~kept", "~cut"), True),
        (("took", "pills"), False),  # the skip pair's words adjacent: another feature
        (("the", "*pills"), False),  # the adjacent pair's words one apart: another feature
        ("*pills", False),
        ("cut", False),
        ("", False),
        (("took",), False),
        (3, False),
    ],
)
def test_the_vocabulary_is_the_set_of_every_weighed_feature(feature: object, known: bool) -> None:
    model = parse(DATA)
    assert (feature in model.vocabulary) is known
    assert len(model.vocabulary) == len(DATA["features"])  # type: ignore[arg-type]
    assert set(model.vocabulary) == set(PASSIVE) | {"took"}


def test_the_rows_share_one_float_object_per_weight() -> None:
    model = parse(DATA)
    passive, ideation = model.row(model.heads[0]), model.row(model.heads[1])
    assert isinstance(passive, tuple) and len(passive) == len(DATA["features"]) + 1  # type: ignore[arg-type]
    # "pills" 0.25 in ideation and distress, "~kept ~cut" 0.5 in passive and ideation
    assert model.distress is not None
    assert ideation[2] is model.row(model.distress)[2]
    assert passive[7] is ideation[7]


def test_a_parsed_model_scores_as_the_same_model_built_from_dictionaries() -> None:
    parsed = parse(DATA)
    built = LexicalModel(
        tuple(Head(h.level, h.bias, h.threshold, dict(h.weights), h.overrule) for h in parsed.heads),
        dict(parsed.trained_on),
        Head(L.DISTRESS, -0.5, 0.6, {"pills": 0.25, "took": 0.1, "~cut": 0.5}),
    )
    for keys in (["i", "took", "40", "of", "the", "pills"], ["kept", "cutting"], ["took", "", "pills"], []):
        found = known_features(keys, parsed.vocabulary)
        assert found == known_features(keys, built.vocabulary)
        for p, b in zip(parsed.heads, built.heads, strict=True):
            assert p.logit(found) == pytest.approx(b.logit(found), abs=1e-12)
            assert parsed.strongest(found, p) == built.strongest(found, b)
        assert parsed.level_at(parsed.encode(keys), 0.0) == built.level_at(built.encode(keys), 0.0)
        assert parsed.distressed_at(parsed.encode(keys)) == built.distressed_at(built.encode(keys))


def test_load_reads_a_file_as_parse_reads_its_data(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    path.write_text(json.dumps(DATA), "utf-8")
    read, parsed = load(path), parse(DATA)
    assert read.trained_on == parsed.trained_on and read.overrule == parsed.overrule == 0.9
    for a, b in zip((*read.heads, read.distress), (*parsed.heads, parsed.distress), strict=True):
        assert a is not None and b is not None
        assert (a.level, a.bias, a.threshold, dict(a.weights)) == (
            b.level,
            b.bias,
            b.threshold,
            dict(b.weights),
        )
        assert read.row(a) == parsed.row(b)
    assert set(read.vocabulary) == set(parsed.vocabulary)


@pytest.mark.parametrize(
    "change",
    [
        {"features": ["pills", "took\nit", "took"]},  # a name with a line break: read as it is
        {"features": ["pills", "", "took"]},
    ],
)
def test_load_reads_odd_names_as_parse_does(tmp_path: Path, change: dict[str, object]) -> None:
    data = {
        "features": ["pills", "x", "took"],
        "heads": [{"level": "passive", "bias": -1.0, "threshold": 0.6, "weights": [0.5, 0.25, 0.125]}],
    } | change
    path = tmp_path / "model.json"
    path.write_text(json.dumps(data), "utf-8")
    assert dict(load(path).heads[0].weights) == dict(parse(data).heads[0].weights)


@pytest.mark.parametrize(
    "heads",
    [
        [{"level": "passive", "bias": -1.0, "threshold": 0.6, "weights": [0.5, "x"]}],
        [{"level": "passive", "bias": -1.0, "threshold": 0.6, "weights": [0.5]}],
        [{"level": "passive", "bias": -1.0, "threshold": 0.6}],
        [["not", "a", "head"]],
        [{"level": "passive", "bias": -1.0, "threshold": 0.6, "weights": [0.5, 0.5], "overrule": 2.0}],
    ],
)
def test_load_names_the_file_of_a_bad_head(tmp_path: Path, heads: list[object]) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"features": ["a", "b"], "heads": heads}), "utf-8")
    with pytest.raises(ValueError, match=r"bad\.json"):
        load(path)


def test_the_shipped_model_keeps_no_dictionary_per_head() -> None:
    model = load()
    every = [*model.heads, *([model.distress] if model.distress else [])]
    assert not any(isinstance(h.weights, dict) for h in every)
    assert all(isinstance(model.row(h), tuple) for h in every)
    # every row's equal weights are one object: far fewer objects than weights
    values = {id(w) for h in every for w in model.row(h)}
    assert len(values) < len(model.vocabulary) // 4
