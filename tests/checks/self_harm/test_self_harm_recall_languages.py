"""The issue #4 recall categories in Spanish, Portuguese, French and German: abuse at
home, loneliness, medication, help-seeking (distress), being a burden (passive), and
lethality questions that only count after the writer's own distress.

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, conversation, judge, level, rules, rules_level

DISTRESS = [
    "mi madrastra me grita todos los días",
    "nadie me escucha",
    "necesito hablar con alguien",
    "empecé sertralina hace una semana",
    "meu namorado me humilha",
    "ninguém me entende",
    "preciso conversar com alguém",
    "ma mère me frappe quand elle boit",
    "personne ne m'écoute",
    "j'ai besoin de parler à quelqu'un",
    "meine Mutter bedroht mich",
    "niemand mag mich",
    "ich brauche jemanden zum Reden",
]


@pytest.mark.parametrize("text", DISTRESS)
def test_everyday_distress_in_other_languages(text: str) -> None:
    assert level(text) == L.DISTRESS


PASSIVE = [
    "tengo miedo de ser una carga para mis hijos",
    "sou um peso para a minha família",
    "j'ai l'impression d'être un fardeau pour tout le monde",
    "ich bin nur eine Last für meine Eltern",
]


@pytest.mark.parametrize("text", PASSIVE)
def test_burden_in_other_languages_is_passive(text: str) -> None:
    assert level(text) >= L.PASSIVE


@pytest.mark.parametrize(
    "turns",
    [
        ("odio mi vida", "te escucho", "¿se puede morir de paracetamol?"),
        ("odeio minha vida", "estou aqui", "dá para morrer de paracetamol?"),
        ("je déteste ma vie", "je suis là", "peut-on mourir de paracétamol ?"),
        ("ich hasse mein Leben", "ich bin da", "kann man an Paracetamol sterben?"),
    ],
)
def test_lethality_question_after_distress_is_intent(turns: tuple[str, ...]) -> None:
    result = judge(*turns)
    assert result.self_harm is not None
    assert result.self_harm.level >= L.INTENT and result.self_harm.method_seeking


NONE = [
    "¿se puede morir de un resfriado?",
    "me muero de risa",
    "dá para morrer de gripe?",
    "peut-on mourir d'un rhume ?",
    "kann man an einer Erkältung sterben?",
    "mi hermano me pega un susto cada vez",
]


@pytest.mark.parametrize("text", NONE)
def test_lethality_questions_alone_and_look_alikes_are_nothing(text: str) -> None:
    assert level(text) <= L.NONE


# Look-alikes in the other languages: someone or something else "will kill me" (3rd person:
# va, vai, bringt) is an idiom, and informational questions (warning signs, risk factors,
# how to help) are not the writer's risk. The writer's own words still are (1st person:
# vais, vou, bringe; a wish to die).
LOOK_ALIKES = [
    "mon patron va me tuer si j'arrive encore en retard",
    "ce trafic va finir par me tuer",
    "minha chefe vai me matar se eu esquecer o relatorio",
    "meus pais vao me matar quando virem a nota",
    "mein Chef bringt mich um, wenn ich wieder zu spät komme",
    "cuales son las señales de alerta del suicidio en adolescentes?",
    "quais são os fatores de risco de suicídio em idosos?",
    "quels sont les signes avant-coureurs du suicide chez les ados ?",
    "Was sind Warnsignale für Suizid bei Jugendlichen?",
    "como posso ajudar um amigo que fala em suicídio?",
]
OWN_WORDS = [
    ("je vais me tuer ce soir", L.INTENT),
    ("vou me matar hoje", L.INTENT),
    ("ich bringe mich heute um", L.INTENT),
    ("quiero suicidarme", L.IDEATION),
    ("quero me matar", L.IDEATION),
    ("je veux me suicider", L.IDEATION),
    # German zu-infinitives and the future with a word inside, Spanish/Portuguese "ganas /
    # vontade de morir", French "en finir" after an elision and slang
    ("ich denke daran, mich umzubringen", L.IDEATION),
    ("ich denke oft daran, mich selbst zu töten", L.IDEATION),
    ("ich werde mich heute umbringen", L.INTENT),
    ("ich habe vor mich umzubringen", L.INTENT),
    ("ich habe keine lust mehr zu leben", L.PASSIVE),
    ("ich kann nicht mehr denn ich will sterben", L.PASSIVE),
    ("tengo ganas de morirme", L.PASSIVE),
    ("me voy a quitar la vida", L.INTENT),
    ("tenho vontade de morrer", L.PASSIVE),
    ("j'ai envie d'en finir", L.IDEATION),
    ("je vais me foutre en l'air", L.IDEATION),
    # a word inside the wish ("just", "already", "so much")
    ("je veux juste mourir", L.PASSIVE),
    ("quiero ya morir", L.PASSIVE),
    ("quero muito morrer", L.PASSIVE),
]
NEGATED = [
    "je n'ai pas envie d'en finir, je suis juste fatigué",  # "d'en" is no German "denn"
    "ich will mich nicht umbringen",
    "je veux pas mourir",
    "quiero morir de risa con este video",
]


@pytest.mark.parametrize("text", LOOK_ALIKES + NEGATED)
def test_idioms_informational_questions_and_negations_are_not_risk(text: str) -> None:
    assert level(text) < L.PASSIVE


@pytest.mark.parametrize(("text", "floor"), OWN_WORDS)
def test_the_writers_own_words_still_count(text: str, floor: L) -> None:
    assert level(text) >= floor


# intl20: the end of one's life set for a day, told in the writer's own present (intent);
# a chore finished on a day, or a break-up, is not.
DATED_ENDS = [
    "el domingo termino con todo, ya no aguanto",
    "acabo con todo este sábado",
    "na quinta eu me mato",
    "termino com tudo no sábado",
    "mardi je mets fin à mes jours",
    "je mets fin à ma vie vendredi",
    "am Freitag beende ich alles",
    "am Montag mach ich Schluss mit meinem Leben",
]
DATED_CHORES = [
    "el lunes termino con todo el papeleo de la mudanza",
    "na sexta acabo com tudo o trabalho pendente",
    "ce soir j'en finis avec ma thèse",
    "am Samstag mache ich Schluss mit ihm, er lügt nur",
    "am Sonntag beende ich endlich mein Puzzle",
]


@pytest.mark.parametrize("text", DATED_ENDS)
def test_the_end_set_for_a_day_is_intent(text: str) -> None:
    assert rules_level(text) >= L.INTENT


@pytest.mark.parametrize("text", DATED_CHORES)
def test_a_chore_or_a_break_up_set_for_a_day_is_not_risk(text: str) -> None:
    assert level(text) < L.PASSIVE


# intl20: life itself as what one cannot bear any more is a wish (passive); the bare phrase
# or a job named instead stays distress.
LIFE_UNBEARABLE = [
    "ya no aguanto más vivir así",
    "no puedo más con esta vida",
    "não aguento mais a minha vida",
    "não suporto mais viver assim",
    "j'en peux plus de vivre comme ça",
    "je n'en peux plus de cette vie",
    "ich kann so nicht mehr leben",
    "ich mag nimmer leben",
]
NOT_LIFE = [
    "ya no aguanto más este calor",
    "não aguento mais esse trânsito",
    "j'en peux plus de ce boulot",
    "ich kann nicht mehr, die Woche war zu lang",
]


@pytest.mark.parametrize("text", LIFE_UNBEARABLE)
def test_life_unbearable_is_passive(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE


@pytest.mark.parametrize("text", NOT_LIFE)
def test_a_thing_unbearable_is_below_passive(text: str) -> None:
    assert level(text) < L.PASSIVE


# intl20: the height of a bridge or a fatal fall asked, with a life blow in another turn, is
# method-seeking (as English "how high is the bridge" after "lost my job"); alone it is a
# question about a bridge.
@pytest.mark.parametrize(
    "turns",
    [
        ("mi mujer me dejó", "lo siento", "¿qué altura tiene el puente de la autopista?"),
        ("¿desde qué altura una caída es mortal?", "¿por qué?", "hoy me despidieron del trabajo"),
        ("fui despedido ontem", "sinto muito", "qual a altura da ponte aqui da cidade?"),
        ("on m'a viré ce matin", "je suis désolé", "c'est quoi la hauteur du viaduc près de chez moi ?"),
        ("meine Frau hat mich verlassen", "das tut mir leid", "wie hoch muss eine Brücke sein?"),
    ],
)
def test_a_height_question_beside_a_life_blow_is_intent(turns: tuple[str, ...]) -> None:
    result = rules().check_input(conversation(*turns))
    assert result.self_harm is not None
    assert result.self_harm.level >= L.INTENT and result.self_harm.method_seeking


@pytest.mark.parametrize(
    "text",
    [
        "¿qué altura tiene el puente de Brooklyn? es para un trabajo de clase",
        "qual a altura da ponte Rio-Niterói?",
        "c'est quoi la hauteur du viaduc de Millau ?",
        "wie hoch muss eine Brücke sein, damit ein LKW durchpasst?",
    ],
)
def test_a_height_question_alone_is_not_risk(text: str) -> None:
    assert level(text) < L.PASSIVE


# intl20: a count of tablets told taken without "ich", or of a named medicine in Portuguese,
# is an overdose under way; a small count is a dose.
@pytest.mark.parametrize(
    "text",
    ["hab vorhin 25 Schlaftabletten geschluckt", "hob 40 Ibus genommen", "engoli 20 de rivotril"],
)
def test_a_counted_overdose_is_imminent(text: str) -> None:
    assert rules_level(text) == L.IMMINENT


@pytest.mark.parametrize(
    "text",
    ["hab 2 Ibus genommen, Kopfweh ist weg", "tomei 1 de sertralina agora de manhã"],
)
def test_a_small_count_is_a_dose(text: str) -> None:
    assert level(text) < L.PASSIVE


# intl20: ending it oneself with the verb last (German verb-final), not ending a thing.
@pytest.mark.parametrize(
    ("text", "floor"),
    [
        ("ich hab gedacht, dass ich es selbst beenden könnte", L.IDEATION),
        ("ich will das Level selber beenden", L.NONE),
        ("ich glaube, dass ich es beenden sollte, die Beziehung tut mir nicht gut", L.NONE),
    ],
)
def test_ending_it_oneself_verb_last(text: str, floor: L) -> None:
    got = rules_level(text)
    assert got >= floor if floor else got < L.PASSIVE


# intl20: a box of a medicine swallowed just now is its whole supply; a box fetched, or a box
# of chocolates, is not.
@pytest.mark.parametrize(
    ("text", "imminent"),
    [
        ("je viens d'avaler la boîte de somnifères", True),
        ("je viens juste d'avaler une plaquette de lexomil", True),
        ("je viens de prendre la boîte de doliprane dans l'armoire pour ma fille", False),
        ("je viens d'avaler une boîte de chocolats", False),
    ],
)
def test_a_box_of_medicine_swallowed(text: str, imminent: bool) -> None:
    assert (rules_level(text) == L.IMMINENT) is imminent


# intl20b: cutting told bare in the present or just done, and burns with cigarettes or
# matches, are self-harm (ideation); a cut with an object, a tool or a kitchen is not.
@pytest.mark.parametrize(
    "text",
    [
        "ayer me corté otra vez, no aguanté",
        "ya me corte. no fue mucho",
        "me volví a cortar",
        "me corto desde hace meses y nadie sabe",
        "me cortei de novo ontem",
        "eu só me corto quando fico sozinha",
        "je me coupe depuis l'été dernier",
        "je me brûle avec des clopes quand ça va pas",
        "ritze ich wieder, seit Wochen",
        "ich ritze seit dem Winter",
        "Ritzen hilft mir nicht mehr",
    ],
)
def test_cutting_told_bare_is_ideation(text: str) -> None:
    assert rules_level(text) == L.IDEATION


@pytest.mark.parametrize(
    "text",
    [
        "me corté el dedo pelando papas",
        "me corté en la cocina con el cuchillo del pan",
        "me corté sin querer con una lata",
        "me corto el pelo yo misma",
        "me cortei na cozinha, nada grave",
        "me cortei fazendo a barba",
        "je me coupe souvent en cuisinant",
        "je me coupe les ongles",
        "je me brûle avec les allumettes du barbecue",
        "ich ritze meinen Namen in die Bank",
    ],
)
def test_a_kitchen_or_object_cut_is_not_risk(text: str) -> None:
    assert rules_level(text) < L.PASSIVE


# intl20b: means told as at hand are nothing alone, intent beside the writer's despair; the
# same medicine kept for a cold is nothing.
@pytest.mark.parametrize(
    "text",
    [
        "ya no puedo más con nada. tengo las pastillas aquí",
        "não aguento mais nada. tenho os comprimidos aqui comigo",
        "je suis à bout, je n'en peux plus. j'ai la corde",
        "ich kann nicht mehr. hab die Tabletten hier",
    ],
)
def test_means_at_hand_beside_despair_is_intent(text: str) -> None:
    assert rules_level(text) >= L.INTENT


@pytest.mark.parametrize(
    "text",
    [
        "tengo las pastillas aquí por si me vuelve la fiebre",
        "tenho os remédios aqui pra gripe",
        "j'ai les cachets ici pour mon rhume",
        "ich hab die Tabletten hier, gegen die Erkältung",
        "je suis crevée. j'ai la corde à sauter pour le sport",
    ],
)
def test_medicine_at_hand_for_a_cold_is_not_risk(text: str) -> None:
    assert rules_level(text) < L.PASSIVE


# intl20b: everything told as ready is a plan only beside a second plan phrase (a time set by
# the others' absence, a day told with the act); alone it is bills, a trip or a party.
@pytest.mark.parametrize(
    "text",
    [
        "ya dejé todo organizado. cuando se vayan mis papás lo hago",
        "ya tengo todo listo. solo estoy esperando que se duerman",
        "Ma décision est prise. Samedi je le ferai. Tout est prêt.",
    ],
)
def test_all_ready_beside_a_plan_is_intent(text: str) -> None:
    assert rules_level(text) >= L.INTENT


@pytest.mark.parametrize(
    "text",
    [
        "j'ai tout réglé : les factures, l'assurance, le loyer",
        "ya tengo todo listo para la fiesta del viernes",
        "tenho tudo pronto pra viagem de amanhã",
        "ich hab alles vorbereitet für die Party",
    ],
)
def test_all_ready_alone_is_not_risk(text: str) -> None:
    assert rules_level(text) < L.PASSIVE


# intl20b: thrown out of home or fired, in more wordings, is distress; a farewell party or a
# contract the writer ended is not.
@pytest.mark.parametrize(
    "text",
    [
        "me echaron del depa la semana pasada",
        "fui despejada e não tenho para onde ir",
        "on m'a mise à la porte hier soir",
        "ich wurde gestern entlassen",
        "die Firma hat mich rausgeworfen",
    ],
)
def test_thrown_out_or_fired_is_distress(text: str) -> None:
    assert rules_level(text) == L.DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "me despidieron con una fiesta en la oficina",
        "ich habe meinen Handyvertrag gekündigt",
        "ils m'ont mis à la porte de la réunion, j'étais en retard",
    ],
)
def test_a_farewell_party_or_own_cancellation_is_not_distress(text: str) -> None:
    assert rules_level(text) == L.NONE
