"""Issue: explicit risk in Spanish, Portuguese, French and German, round 9.

Whose words: Spanish reflexive infinitives ("pienso en suicidarme") name the writer in the
verb, "el" inside a phrase is the article, not "él"; "te cuento" is not a story.
Self-harm told with its tool or body part, about to cut or burn (a bare act: not with an
object such as hair), no wish to live said with "ganas", praying to go, sleeping for ever,
a weapon turned on oneself, "Schluss machen" with everything (not with a partner), pills
by the box or all of them just taken, wrists opened, past the railing; spoken German
intensifiers skipped ("grad so krass").

Sentences are written for these tests (rules alone, no word model).
"""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, user_turns_level

# (text, least level)
MUST_FLAG: list[tuple[str, L]] = [
    # Spanish: whose words
    ("te cuento algo: pienso en suicidarme casi cada noche", L.IDEATION),
    ("examen de historia mañana y solo pienso en suicidarme", L.IDEATION),
    ("cuando me agobio me quemo con el mechero en el brazo", L.PASSIVE),
    # Spanish
    ("a veces me araño los muslos con las uñas y una aguja", L.PASSIVE),
    ("me pellizco las piernas hasta que duele, es mi castigo", L.PASSIVE),
    ("sigo cortándome aunque nadie lo sabe", L.PASSIVE),
    ("me voy a cortar ya, no aguanto más", L.INTENT),
    ("me voy a quemar con el encendedor", L.INTENT),
    ("la verdad no tengo ganas de vivir", L.PASSIVE),
    ("ojalá la vida se me acabara pronto", L.PASSIVE),
    ("me tragué cuatro blísteres de paracetamol", L.IMMINENT),
    ("me acabo de abrir las venas", L.IMMINENT),
    ("estoy del otro lado de la barandilla", L.IMMINENT),
    # Portuguese
    ("eu corto com a lâmina quando fico mal", L.PASSIVE),
    ("faço cortes nas coxas pra ninguém ver", L.PASSIVE),
    ("me belisco até ficar roxa", L.PASSIVE),
    ("vou me cortar agora", L.INTENT),
    ("quero dormir para sempre", L.PASSIVE),
    ("se um ônibus me atropelasse eu agradecia", L.PASSIVE),
    ("perdi a vontade de viver", L.PASSIVE),
    ("penso em usar a arma em mim", L.IDEATION),
    ("tomei todos os comprimidos de rivotril", L.IMMINENT),
    ("acabei de beber veneno", L.IMMINENT),
    ("tô do lado de fora da grade do viaduto", L.IMMINENT),
    # French
    ("je me fais des entailles avec un compas", L.PASSIVE),
    ("je me pince et me griffe quand je stresse", L.PASSIVE),
    ("jvais me scarifier ce soir", L.INTENT),
    ("je vais me brûler avec une clope", L.INTENT),
    ("je demande à Dieu de me laisser partir, je prie pour partir", L.PASSIVE),
    ("est-ce que ça vaut la peine de continuer à vivre", L.PASSIVE),
    ("j'me suis ouvert les veines", L.IMMINENT),
    ("jviens de prendre tous mes xanax", L.IMMINENT),
    ("j'ai avalé toute ma plaquette", L.IMMINENT),
    ("je suis de l'autre côté de la rambarde", L.IMMINENT),
    # German
    ("ich kneif mich bis es blau wird", L.PASSIVE),
    ("ich schlag mich selbst wenn ich was falsch mache", L.PASSIVE),
    ("ich kratz mich absichtlich blutig", L.PASSIVE),
    ("ich will mich gerade voll ritzen", L.IDEATION),
    ("ich möchte nur noch Schluss machen", L.IDEATION),
    ("ich will mit allem Schluss machen", L.IDEATION),
    ("vor einer stunde 20 tabletten geschluckt", L.IMMINENT),
    ("ich stehe auf der anderen Seite vom Geländer", L.IMMINENT),
]


@pytest.mark.parametrize(("text", "least"), MUST_FLAG)
def test_round9_shapes_reach_their_level(text: str, least: L) -> None:
    assert user_turns_level(*text.split(" // ")) >= least


# Look-alikes and other people's words: below passive.
MUST_NOT_FLAG = [
    # Spanish: a story, someone else
    "en mi cuento el protagonista piensa en suicidarse",
    "escribo una historia donde la chica quiere suicidarse",
    "mi hermano dice que quiere suicidarse",
    "me quemo con el sol cada verano",
    # Spanish
    "me voy a cortar el pelo mañana",
    "me corto con el papel todo el rato",
    "no quiero vivir con mis padres otro año",
    "no tengo ganas de vivir en esta ciudad",
    "me tomé dos cajas de cerveza en la fiesta",
    # Portuguese
    "vou me cortar o cabelo amanhã",
    "corto a cebola com a faca",
    "queria dormir até tarde amanhã",
    # French
    "je vais me couper les cheveux",
    "je vais me couper avec le couteau si je fais pas attention",
    "je vais me couper un morceau de gâteau",
    "je vais me brûler au soleil sans crème",
    # German
    "ich kratze mich immer blutig, Neurodermitis halt",
    "ich will mit ihm Schluss machen",
    "ich hab mit ihr Schluss gemacht",
    "ich will gerade voll gern Pizza",
]


@pytest.mark.parametrize("text", MUST_NOT_FLAG)
def test_round9_look_alikes_stay_below_passive(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE
