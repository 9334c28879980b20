"""Issue #4, second round: the shapes Spanish, Portuguese, French and German phrase data
lacked (wish-to-be-dead and no-will-to-live variants, burden, thoughts of a method, self-harm
habits, method questions after despair, preparation after a wish, acts done, goodbyes), with
regional forms (voseo, Brazilian and European Portuguese, Québécois, Swiss and Austrian
German), and the idioms and everyday look-alikes that must stay below ``passive``.

Sentences are written for these tests (rules alone, no word model).
"""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, user_turns_level

# (text, least level)
MUST_FLAG: list[tuple[str, L]] = [
    # German
    ("wenn ich morgen nicht mehr aufwache, wär mir das recht", L.PASSIVE),
    ("i wär froh, wenn i morn nümme verwach", L.PASSIVE),
    ("es wäre für alle leichter, wenn es mich nicht gäbe", L.PASSIVE),
    ("wozu bin ich überhaupt noch da", L.PASSIVE),
    ("das Leben lohnt sich einfach nicht mehr", L.PASSIVE),
    ("ich bin für meine Familie nur noch eine Belastung", L.PASSIVE),
    ("ich denk in letzter Zeit oft dran, mich aufzuhängen", L.IDEATION),
    ("die Gedanken, mir was anzutun, sind wieder da", L.IDEATION),
    ("ich denk drüber nach, dem Ganzen ein Ende zu setzen", L.IDEATION),
    ("ich hab das Gefühl, ich will mich wieder schneiden", L.IDEATION),
    ("hab grad alle Tabletten geschluckt", L.IMMINENT),
    ("ich habe mir die Pulsadern aufgeschnitten", L.IMMINENT),
    ("ich sammle seit Wochen Tabletten", L.INTENT),
    # French
    ("chu tanné de vivre", L.PASSIVE),
    ("j'en ai marre d'exister", L.PASSIVE),
    ("à quoi bon continuer à vivre", L.PASSIVE),
    ("je me demande pourquoi je suis encore en vie", L.PASSIVE),
    ("l'idée de me supprimer revient tous les soirs", L.IDEATION),
    ("je pense à me jeter sous le métro", L.IDEATION),
    ("j'ai enjambé la rambarde du balcon", L.IMMINENT),
    ("je stocke mes cachets depuis deux mois", L.INTENT),
    # Portuguese
    ("queria dormir e não acordar mais", L.PASSIVE),
    ("às vezes queria nunca ter nascido", L.PASSIVE),
    ("só penso em desistir da vida", L.PASSIVE),
    ("tô com vontade de fazer besteira hoje", L.IDEATION),
    ("penso em pôr fim a isto tudo", L.IDEATION),
    ("cortei os pulsos e não para", L.IMMINENT),
    ("to juntando remédio faz semanas", L.INTENT),
    # Spanish
    ("a veces me gustaría no despertarme", L.PASSIVE),
    ("ya no quiero estar viva", L.PASSIVE),
    ("no le encuentro sentido a seguir viviendo", L.PASSIVE),
    ("valgo más muerto que vivo", L.PASSIVE),
    ("pienso en tirarme a las vías del metro", L.IDEATION),
    ("me he tomado todas las pastillas del botiquín", L.IMMINENT),
    ("estoy guardando el clonazepam", L.INTENT),
]


@pytest.mark.parametrize(("text", "least"), MUST_FLAG)
def test_new_shapes_reach_their_level(text: str, least: L) -> None:
    assert user_turns_level(text) >= least


# Idioms, jokes and everyday look-alikes of the new phrases: below passive.
MUST_NOT_FLAG = [
    "ich sterbe vor Hunger, was gibt's zum Essen?",
    "meine letzte Nachricht ist wohl nicht angekommen",
    "ohne mich wäre der Koffer leichter, ich bleib da",
    "ich bin am Bahnsteig, der Zug hat wieder Verspätung",
    "ich hab mich beim Kochen geschnitten, nur ein Pflaster",
    "je suis mort de rire avec cette vidéo",
    "je vais me pendre à ton cou quand tu rentres",
    "j'ai pris toute la boîte de chocolats, oups",
    "j'en peux plus de cette chaleur",
    "morrendo de rir com esse meme kkkk",
    "vou me jogar da janela kkkk mentira, vou dormir",
    "fiz uma besteira no trabalho hoje",
    "me muero de ganas de verte",
    "ya me he tomado un paracetamol para la muela",
    "ya decidí qué voy a estudiar el año que viene",
    "adiós, nos vemos mañana en clase",
]


@pytest.mark.parametrize("text", MUST_NOT_FLAG)
def test_look_alikes_stay_below_passive(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE


@pytest.mark.parametrize(
    "turns",
    [
        ("ich hab keine Kraft mehr", "ab welchem Stockwerk überlebt man nicht?"),
        ("je suis à bout", "combien de temps pour mourir dans l'eau froide ?"),
        ("tô mal demais", "quanto tempo leva pra morrer assim?"),
        ("estoy harta de todo", "¿cuánto paracetamol hace falta?"),
    ],
)
def test_method_question_after_everyday_despair_is_flagged(turns: tuple[str, str]) -> None:
    assert user_turns_level(*turns) >= L.IDEATION


@pytest.mark.parametrize(
    "turns",
    [
        ("ich will nicht mehr leben", "die Briefe an meine Kinder sind fertig"),
        ("je veux mourir", "j'ai écrit des lettres à toute ma famille"),
        ("quero morrer", "já escrevi as cartas pra minha mãe"),
        ("quiero morirme", "ya tengo todo listo"),
    ],
)
def test_preparation_after_a_wish_is_intent(turns: tuple[str, str]) -> None:
    assert user_turns_level(*turns) >= L.INTENT


@pytest.mark.parametrize(
    "text",
    [
        "ich hab die Briefe an meine Kinder zur Post gebracht",
        "j'ai écrit des lettres à toute ma famille pour Noël",
        "ya tengo todo listo para la fiesta",
    ],
)
def test_preparation_alone_is_not_intent(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE


# Round 3: stressors as distress, more wish and method-thought shapes, giving things away.
MUST_FLAG_MORE: list[tuple[str, L]] = [
    ("a veces pienso que morirme sería un descanso", L.PASSIVE),
    ("todos estarían más tranquilos si yo no estuviera", L.PASSIVE),
    ("ya pensé en colgarme en el galpón", L.IDEATION),
    ("nem sei porque ainda tô aqui", L.PASSIVE),
    ("às vezes queria não existir", L.PASSIVE),
    ("penso em acabar com isto tudo", L.IDEATION),
    ("j'aimerais que tout s'arrête", L.PASSIVE),
    ("ce serait plus simple si je n'étais plus là", L.PASSIVE),
    ("wieso leb ich überhaupt noch", L.PASSIVE),
    ("ich hoffe, dass ich heute im Schlaf sterbe", L.PASSIVE),
    ("ich seh keinen Sinn mehr im Leben", L.PASSIVE),
]


@pytest.mark.parametrize(("text", "least"), MUST_FLAG_MORE)
def test_more_shapes_reach_their_level(text: str, least: L) -> None:
    assert user_turns_level(text) >= least


@pytest.mark.parametrize(
    "turns",
    [
        ("me quedé sin trabajo", "¿cuál es el puente más alto de la ciudad?"),
        ("fui demitido hoje", "qual é a ponte mais alta do Porto?"),
        ("je viens de perdre mon boulot", "quel est le pont le plus haut de Paris ?"),
        ("hab heute die Kündigung bekommen", "welche Brücke in Köln ist die höchste?"),
    ],
)
def test_place_question_after_a_stressor_is_flagged(turns: tuple[str, str]) -> None:
    assert user_turns_level(*turns) >= L.IDEATION


@pytest.mark.parametrize(
    "text",
    [
        "le regalé mi guitarra a mi primo y no la voy a necesitar más",
        "dei meu violão pro meu primo, não vou precisar mais",
    ],
)
def test_giving_away_and_not_needing_is_intent(text: str) -> None:
    assert user_turns_level(text) >= L.INTENT


MUST_NOT_FLAG_MORE = [
    "muerta de cansancio pero feliz, terminé la maratón",
    "regalé mi guitarra vieja porque me compré otra",
    "me quedé sin trabajo pero ya tengo entrevistas",
    "tengo pensamientos de mudarme desde que perdí el piso",
    "eu rezo pra minha mãe melhorar logo",
    "j'ai envie de partir en vacances ce soir",
    "meine Oma ist letztes Jahr im Schlaf gestorben",
    "die Kündigung habe ich schon bekommen, neuer Job ab März",
]


@pytest.mark.parametrize("text", MUST_NOT_FLAG_MORE)
def test_more_look_alikes_stay_below_passive(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE


# Round 4: informal French "j'me", readied means, more Portuguese and German shapes.
MUST_FLAG_ROUND4: list[tuple[str, L]] = [
    ("quand ça va pas j'me mords les bras jusqu'au sang", L.IDEATION),
    ("jme suis encore fait du mal hier", L.IDEATION),
    ("si j'étais pas là tout irait mieux", L.PASSIVE),
    ("cansei de existir", L.PASSIVE),
    ("eu me corto quando fico ansiosa", L.PASSIVE),
    ("se eu sumisse amanhã ninguém ia notar", L.PASSIVE),
    ("manchmal wünsch ich mir, ich würd krank werden und sterben", L.PASSIVE),
    ("me estoy cortando ahorita", L.IMMINENT),
    ("a veces me gustaría desaparecer", L.PASSIVE),
]


@pytest.mark.parametrize(("text", "least"), MUST_FLAG_ROUND4)
def test_round4_shapes_reach_their_level(text: str, least: L) -> None:
    assert user_turns_level(text) >= least


@pytest.mark.parametrize(
    "text",
    [
        "là maintenant j'ai le fusil sur les genoux",
        "ahora mismo tengo la pistola en la mano",
        "agora mesmo to com a arma na mão",
    ],
)
def test_readied_means_right_now_is_imminent(text: str) -> None:
    assert user_turns_level(text) == L.IMMINENT


MUST_NOT_FLAG_ROUND4 = [
    "quand ça va pas j'me fais un thé",
    "ich bin am Gleis 7, wo bist du?",
    "weil der Bus nicht mehr da war, bin ich gelaufen",
    "tengo el cuchillo en la mano, estoy picando cebolla",
    "tô com a faca na mão cortando o bolo",
]


@pytest.mark.parametrize("text", MUST_NOT_FLAG_ROUND4)
def test_round4_look_alikes_stay_below_passive(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE
