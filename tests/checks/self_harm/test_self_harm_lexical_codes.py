"""The word model's numbered features (``LexicalModel.encode`` / ``level_at`` /
``distressed_at``) say what the feature sets say (``known_features`` / ``level`` /
``distressed``): the lifter reads the numbers, the evidence the features."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._lexical import Feature, Head, LexicalModel, known_features, load

L = RiskLevel
WORDS = st.sampled_from(["a", "b", "c", "d", "12", "7", "<n>"])
WEIGHTS = st.floats(min_value=-3.0, max_value=3.0).filter(lambda w: abs(w) > 1e-3)
FEATURES = st.one_of(st.sampled_from(["a", "b", "c", "<n>", "e"]), st.tuples(WORDS, WORDS))


def _model(chain: list[dict[Feature, float]], distress: dict[Feature, float]) -> LexicalModel:
    levels = (L.PASSIVE, L.IDEATION, L.INTENT)
    heads = tuple(Head(level, -1.0, 0.6, w) for level, w in zip(levels, chain, strict=False))
    return LexicalModel(heads, {}, Head(L.DISTRESS, -0.5, 0.55, distress))


@given(
    st.lists(WORDS, max_size=12),
    st.lists(st.dictionaries(FEATURES, WEIGHTS, max_size=8), min_size=1, max_size=3),
    st.dictionaries(FEATURES, WEIGHTS, max_size=8),
)
def test_numbered_features_give_the_feature_sets_levels(
    keys: list[str], chain: list[dict[Feature, float]], distress: dict[Feature, float]
) -> None:
    model = _model(chain, distress)
    found = known_features(keys, model.vocabulary)
    codes = model.encode(keys)
    assert len(codes) == len(found) and 0 not in codes
    for above in (L.NONE, L.PASSIVE):
        assert model.level_at(codes, 0.05, above) == model.level(found, 0.05, above)
    assert model.distressed_at(codes) == model.distressed(found)


def test_each_heads_row_holds_its_weights_by_number() -> None:
    model = _model([{"a": 1.5, ("a", "b"): -2.0}, {"c": 0.5}], {"b": 0.25})
    for head in (*model.heads, model.distress):
        assert head is not None
        row = model.row(head)
        assert sorted(w for w in row if w) == sorted(head.weights.values())


def test_the_shipped_model_numbers_every_feature_it_weighs_once() -> None:
    model = load()
    keys = ["i", "want", "to", "die", "tonight", "40", "pills"]
    codes = model.encode(keys)
    assert len(codes) == len(known_features(keys, model.vocabulary))
    assert codes
