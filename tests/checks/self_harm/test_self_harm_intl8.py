"""Issue: explicit risk in Spanish, Portuguese, French and German as well as English, round 8.

Falling asleep for good and a world that turns without me (fr), sleeping without waking in
the imperfect subjunctive and switching oneself off (es), tired of living and a lighter
world without me (pt), "better dead" (de); leaving life, a swerve into a bridge pier, the
thought of jumping, of a bullet, of a tree or a train; "the best way to die" asked; pills
taking effect or swallowed; a blade in hand or a bridge underfoot as means; and the
idioms and everyday tasks beside those words that must stay below ``passive``.

Sentences are written for these tests (rules alone, no word model).
"""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, user_turns_level

# (text, least level)
MUST_FLAG: list[tuple[str, L]] = [
    # French
    ("des fois j'aimerais m'endormir et que tout soit fini", L.PASSIVE),
    ("le monde tournerait pareil sans moi", L.PASSIVE),
    ("franchement ça changerait quoi que j'existe ou non", L.PASSIVE),
    ("je pense à partir de la vie, pas en voyage", L.IDEATION),
    ("j'ai envie de quitter la vie", L.IDEATION),
    ("des fois je me dis qu'il faudrait quitter ce monde", L.IDEATION),
    ("sur l'autoroute un coup de volant suffirait", L.IDEATION),
    ("j'ai pensé à un coup de volant contre les piles du pont", L.IDEATION),
    ("c'est quoi la meilleure façon de mourir", L.PASSIVE),
    ("le meilleur moyen pour en finir c'est quoi", L.PASSIVE),
    ("quelle méthode est la plus sûre pour pas se rater", L.PASSIVE),
    ("là où je vais j'aurai plus besoin de rien", L.INTENT),
    ("je veux mourir // j'ai mis mes affaires en ordre", L.INTENT),
    ("je veux mourir // j'ai les comprimés devant moi", L.IMMINENT),
    ("je n'en peux plus // j'ai les comprimés devant moi là maintenant", L.IMMINENT),
    ("j'ai bu de la javel", L.IMMINENT),
    # Spanish
    ("me corto desde los catorce", L.PASSIVE),
    ("me quemo con cigarrillos cuando me agobio", L.PASSIVE),
    ("quiero morirme // tengo la navaja en la mano", L.IMMINENT),
    ("ya no aguanto más // tengo la cuchilla en la mano ahora mismo", L.IMMINENT),
    ("las pastillas ya están haciendo efecto", L.IMMINENT),
    ("ya me tomé la mitad del bote", L.IMMINENT),
    ("ojalá me durmiera y no despertara nunca", L.PASSIVE),
    ("a veces sería más fácil desaparecer", L.PASSIVE),
    ("darle al botón de apagar y no volver a encenderme", L.PASSIVE),
    ("ya no le veo sentido a la vida", L.PASSIVE),
    ("no le veo ningún sentido a vivir", L.PASSIVE),
    ("me quiero morir // ya escribí las cartas", L.INTENT),
    ("quiero desaparecer // ya tengo lo que necesito", L.INTENT),
    # Portuguese
    ("quero morrer // tô em cima da ponte", L.IMMINENT),
    ("não aguento mais // to no telhado do prédio agora mesmo", L.IMMINENT),
    ("tomei todos os rivotril da minha mãe", L.IMMINENT),
    ("liguei o gás e fechei a porta da cozinha", L.IMMINENT),
    ("passo na estação e penso em pular", L.IDEATION),
    ("às vezes penso em me jogar da janela", L.IDEATION),
    ("cansei de viver", L.PASSIVE),
    ("depois que ele morreu perdi a vontade de viver", L.PASSIVE),
    ("o mundo seria mais leve sem mim", L.PASSIVE),
    ("pra mim tanto faz viver ou morrer", L.PASSIVE),
    ("ninguém ia sentir... ninguém sentiria minha falta", L.PASSIVE),
    ("me corto desde os 13", L.PASSIVE),
    ("qual a forma menos dolorosa de morrer", L.PASSIVE),
    ("quero morrer // já escrevi as cartas", L.INTENT),
    ("quero sumir // já fiz o testamento", L.INTENT),
    # German
    ("hab grad alle Schlaftabletten geschluckt", L.IMMINENT),
    ("Tabletten geschluckt, alle", L.IMMINENT),
    ("ich denk dran, mit dem Auto gegen nen Baum zu fahren", L.IDEATION),
    ("der Gedanke, mir die Kugel zu geben, kommt öfter", L.IDEATION),
    ("ich hab mir vorgestellt, vor den Zug zu springen", L.IDEATION),
    ("ich denke oft daran, Schluss zu machen", L.IDEATION),
    ("es wäre besser, einfach tot zu sein", L.PASSIVE),
    ("ich wäre manchmal gern tot", L.PASSIVE),
    ("ich sammle seit Wochen Schlafmittel", L.INTENT),
]


@pytest.mark.parametrize(("text", "least"), MUST_FLAG)
def test_round8_shapes_reach_their_level(text: str, least: L) -> None:
    assert user_turns_level(*text.split(" // ")) >= least


# Idioms, tasks and everyday look-alikes of the new phrases: below passive.
MUST_NOT_FLAG = [
    # French
    "je veux quitter la vie de bureau et ouvrir une boulangerie",
    "il est temps de partir de la vie active, la retraite enfin",
    "j'en ai marre de ce monde de la finance",
    "quelle est la meilleure façon de mourir dans Minecraft",
    "la pire façon de mourir dans un film d'horreur",
    "il a donné un coup de volant pour éviter le chien",
    "j'ai les cachets devant moi, je prends mon traitement du soir",
    "là où je vais en vacances j'en aurai pas besoin",
    "j'ai bu du produit vaisselle par erreur",
    "je me suis coupé hier en cuisinant",
    # Spanish
    "me corté el pelo ayer",
    "me quemo con la plancha cada vez que plancho",
    "tengo el cuchillo en la mano, estoy picando cebolla",
    "tengo la escopeta en la mano, vamos a cazar",
    "mi tele tiene un botón de apagar y no funciona",
    "ya tengo lo que necesito para la receta",
    "ya escribí las cartas de presentación",
    # Portuguese
    "tô na ponte esperando o ônibus",
    "estou em cima da ponte tirando fotos",
    "to no telhado consertando a antena",
    "penso em pular de paraquedas",
    "penso em me jogar de cabeça nesse projeto",
    "cansei de viver assim, vou mudar de emprego",
    "qual a forma mais rápida de morrer no jogo",
    "já escrevi a carta de motivação",
    # German
    "ich hab alle Tabletten genommen, die der Arzt verschrieben hat",
    "hab 2 Tabletten gegen die Kopfschmerzen genommen",
    "ich hab mit ihr Schluss gemacht",
    "ich bin am Wochenende nicht mehr da, ich fahr weg",
]


@pytest.mark.parametrize("text", MUST_NOT_FLAG)
def test_round8_look_alikes_stay_below_passive(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE


# Hyperbole on a repeated annoyance, the reckless other, a farewell read at a funeral: below
# passive; the same words as the writer's own plan, wish or goodbye note still flag.
IDIOMS_NOT_FLAGGED = [
    "ich bring mich um, wenn ich den Song nochmal höre",
    "bist du lebensmüde? ohne Helm auf dem Motorrad",
    "je vais me tirer une balle si j'entends encore cette pub",
    "mi abuelo falleció, ¿me ayudas con una despedida para leer en el funeral?",
    "como escrevo uma despedida pra ler na missa de sétimo dia?",
]

IDIOM_LOOK_ALIKES_FLAGGED: list[tuple[str, L]] = [
    ("ich bring mich um, wenn sie mich verlässt", L.IDEATION),
    ("ich bin lebensmüde", L.PASSIVE),
    ("je vais me tirer une balle ce soir", L.INTENT),
    ("escribí una carta de despedida para mi familia", L.INTENT),
]


@pytest.mark.parametrize("text", IDIOMS_NOT_FLAGGED)
def test_round8_idioms_stay_below_passive(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE


@pytest.mark.parametrize(("text", "least"), IDIOM_LOOK_ALIKES_FLAGGED)
def test_round8_idiom_look_alikes_still_flag(text: str, least: L) -> None:
    assert user_turns_level(text) >= least


# Second pass (French and German).
SECOND_PASS_FLAG: list[tuple[str, L]] = [
    ("des fois je me dis que ce serait plus facile de ne plus être là", L.PASSIVE),
    ("tout le monde serait ben mieux sans moé", L.PASSIVE),
    ("je veux juste m'endormir et que tout s'arrête", L.PASSIVE),
    ("je viens de prendre toute ma plaquette de somnifères", L.IMMINENT),
    ("je viens d'avaler tout mon stock de cachets", L.IMMINENT),
    ("sur le pont chaque matin je pense à sauter", L.IDEATION),
    ("j'ai pensé à me jeter du balcon", L.IDEATION),
    ("j'ai souvent pensé à la corde dans le garage", L.IDEATION),
    ("ich könnte mich einfach vor den Zug werfen", L.IDEATION),
    ("ich hab dran gedacht, mich vor einen LKW zu werfen", L.IDEATION),
    ("manchmal denke ich daran, aus dem Leben zu gehen", L.IDEATION),
    ("ich denk darüber nach, mich an einem Ast aufzuhängen", L.IDEATION),
    ("ich überlege, wie ich Schluss machen könnte", L.IDEATION),
    ("ich bete, dass der Herrgott mich endlich holt", L.PASSIVE),
    ("ich will sterben // hab die Klinge schon am Handgelenk", L.IMMINENT),
    ("ich will sterben // ich stehe auf der Brücke", L.IMMINENT),
    ("ich sitze im Auto in der Garage, der Motor läuft", L.IMMINENT),
    ("ich will nicht mehr leben // ich hab mir ein Datum ausgesucht", L.INTENT),
]

SECOND_PASS_NOT_FLAG = [
    "je pense à sauter le pas et changer de boulot",
    "je pense à sauter en parachute cet été",
    "j'ai pensé à la corde à linge pour sécher les draps",
    "je pense à me jeter à l'eau et lui dire ce que je ressens",
    "je pense à me jeter sur le canapé en rentrant",
    "wie ich mit ihm Schluss machen soll, weiß ich nicht",
    "ich bin auf dem Dach und repariere die Antenne",
    "ich hab mir ein Datum für die Hochzeit ausgesucht",
    "die Garage ist offen, der Motor läuft schon warm, wir fahren gleich",
    "Gott hat mich geholt, als ich ganz unten war, und jetzt geht es mir gut",
]


@pytest.mark.parametrize(("text", "least"), SECOND_PASS_FLAG)
def test_round8_second_pass_reaches_its_level(text: str, least: L) -> None:
    assert user_turns_level(*text.split(" // ")) >= least


@pytest.mark.parametrize("text", SECOND_PASS_NOT_FLAG)
def test_round8_second_pass_look_alikes_stay_below_passive(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE


# Second pass (Spanish and Portuguese).
ES_PT_SECOND_FLAG: list[tuple[str, L]] = [
    ("diosito ya llévame", L.PASSIVE),
    ("diosito recógeme ya por favor", L.PASSIVE),
    ("ya no quiero estar en este mundo", L.PASSIVE),
    ("a veces pienso que sería mejor morirme", L.PASSIVE),
    ("sería mejor estar muerta", L.PASSIVE),
    ("manejando se me cruza la idea de dar un volantazo", L.IDEATION),
    ("quiero morirme // ya tengo la escopeta cargada", L.IMMINENT),
    ("quiero morirme // estoy parada en las vías", L.IMMINENT),
    ("ya no quiero vivir // tengo las pastillas delante", L.IMMINENT),
    ("acho que estaria melhor morto", L.PASSIVE),
    ("ninguém sentiria falta se eu sumisse", L.PASSIVE),
    ("ninguém ia sentir muita falta de mim", L.PASSIVE),
    ("tenho pensado em simplesmente não acordar mais", L.PASSIVE),
    ("penso em entrar no mar e não voltar", L.IDEATION),
    ("quero morrer // tô deitado no trilho", L.IMMINENT),
]

ES_PT_SECOND_NOT_FLAG = [
    "tuve que dar un volantazo para esquivar un perro",
    "la pistola de agua está cargada, vamos a la playa",
    "tengo las pastillas delante para no olvidarme de tomarlas",
    "estoy en las vías del tren de juguete con mi hijo",
    "me pongo en manos de Dios, que me lleve por buen camino",
    "ninguém sentiria falta dessa reunião",
    "ninguém ia sentir falta do meu bolo",
    "vou entrar no mar e nadar um pouco",
]


@pytest.mark.parametrize(("text", "least"), ES_PT_SECOND_FLAG)
def test_round8_es_pt_second_pass_reaches_its_level(text: str, least: L) -> None:
    assert user_turns_level(*text.split(" // ")) >= least


@pytest.mark.parametrize("text", ES_PT_SECOND_NOT_FLAG)
def test_round8_es_pt_second_pass_look_alikes_stay_below_passive(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE
