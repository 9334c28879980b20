"""Spanish, Portuguese, French and German (intl21).

1. A whole supply told swallowed, bare, beside a sign in the body in the same message ("me
   las tomé todas y ya me da sueño", "tomei tudo. tô tonta", "je les ai toutes prises, la
   tête me tourne", "hab alle genommen, werde schon müde"): the overdose under way,
   imminent. A thing had ("me tomé todo el café", "j'ai tout pris au buffet"), another's
   taking ("das Leben hat mir alles genommen"), the whole taken with no sign in the body,
   and a sign in the body with no whole taken stay below passive.
2. An amount of a medicine asked as dangerous or toxic ("cuántos miligramos de sertralina
   son peligrosos", "quantos comprimidos são perigosos", "combien de cachets sont
   dangereux", "wie viele Schlaftabletten sind gefährlich") beside a life blow: a method
   question, intent. The same question about a child's dose, a back pain or with everyday
   stress stays below passive.

Sentences are written for these tests (rules alone, no word model).
3. "ich mag nicht mehr" in dialect ("i mag nimma", "ich mag nüme"): distress, so a method
   question beside it counts; alone it stays distress.
"""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, user_turns_level

TAKEN_WHOLE_FLAG: list[str] = [
    "me las tomé todas y ya me da sueño",
    "ya me tomé todo. estoy mareada",
    "me tragué todas, me tiembla todo y estoy temblando",
    "me tomé toda la caja y se me nubla todo, estoy mareado",
    "tomei tudo e tô tonta",
    "já engoli todos. tô com muito sono",
    "tomei a cartela toda, tô enjoada",
    "j'ai tout avalé, je commence à avoir sommeil",
    "je les ai toutes prises. la tête me tourne",
    "j'ai gobé toute la plaquette, j'ai envie de vomir",
    "ich hab alle genommen und werde schon müde",
    "hab alles geschluckt, mir ist übel",
    "ich habe die ganze Packung genommen. alles verschwommen",
]

TAKEN_WHOLE_NOT_FLAG: list[str] = [
    "me tomé todo el café y estoy temblando",
    "me tomé todo el día libre porque me da sueño el trabajo",
    "me las tomé todas, las fotos del viaje",
    "tomei tudo de uma vez no bar e tô tonta",
    "tomei todo o suco, tô com sono agora",
    "j'ai tout pris au buffet, j'ai mal au coeur",
    "j'ai tout pris en photo, j'ai sommeil maintenant",
    "Das Leben hat mir alles genommen. Ich bin so müde.",
    "ich habe alles mitgenommen und bin müde",
    "ya me tomé todas, las del desayuno y la cena",
    "tengo sueño y estoy mareada desde la mañana",
    "je les ai toutes prises, les photos de la fête",
]

DOSE_DANGER_FLAG: list[str] = [
    "cuántos miligramos de sertralina juntos son peligrosos? me quedé sin trabajo",
    "me dejó mi novia. qué tanto clonazepam con alcohol ya es peligroso?",
    "quantos comprimidos de paracetamol são perigosos? perdi minha mãe",
    "fui demitido hoje. quanto rivotril seria perigoso?",
    "combien de comprimés de doliprane sont mortels ? j'ai perdu mon boulot",
    "j'ai été viré ce matin. combien de cachets de lexomil sont dangereux ?",
    "wie viele Schlaftabletten sind gefährlich? ich wurde entlassen",
    "meine Frau hat mich verlassen. wie viel Insulin wäre zu viel?",
    # a lethal dose named by "which", beside distress
    "qué dosis de clonazepam sería mortal? estoy harta de todo",
    "qual a dose de insulina q faz alguém não acordar? tô cansado de tudo",
    "quelle dose de doliprane est mortelle ? je suis à bout",
    "Welche Menge Insulin ist tödlich? Ich kann nicht mehr.",
    "wie tief muss man schneiden, damit es reicht? ich will nicht mehr",
    "was ist die am wenigsten schmerzhafte Art zu sterben? i mag nimma",
]

DOSE_DANGER_NOT_FLAG: list[str] = [
    "cuántas pastillas de ibuprofeno son peligrosas para un niño de 5 años?",
    "cuántos miligramos de paracetamol son peligrosos al día? tengo fiebre",
    "quantos comprimidos de paracetamol são perigosos pra uma criança?",
    "combien de doliprane sont dangereux pour un enfant de 20 kilos ?",
    "wie viel Ibuprofen ist zu viel bei Rückenschmerzen?",
    "wie viel Ibuprofen wäre zu viel bei Rückenschmerzen? ich bin so gestresst",
    "qué dosis de paracetamol es tóxica para un perro?",
    "quelle dose de doliprane est dangereuse pour un bébé ?",
    "welche Menge Ibuprofen ist gefährlich für ein Kind?",
    "wie tief muss man die Zwiebel schneiden?",
]

# "ich mag nicht mehr" in dialect: distress, not a wish.
DIALECT_DISTRESS: list[str] = [
    "i mag nimma, die Arbeit macht mich fertig",
    "ich mag nüme, alles isch zviel",
    "i kann nimma, seit Wochen kein Schlaf",
]


@pytest.mark.parametrize("text", TAKEN_WHOLE_FLAG)
def test_intl21_whole_taken_with_body_sign_is_imminent(text: str) -> None:
    assert user_turns_level(text) == L.IMMINENT


@pytest.mark.parametrize("text", TAKEN_WHOLE_NOT_FLAG)
def test_intl21_whole_taken_look_alikes_stay_below_passive(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE


@pytest.mark.parametrize("text", DOSE_DANGER_FLAG)
def test_intl21_dose_danger_after_a_blow_is_a_method_question(text: str) -> None:
    assert user_turns_level(text) >= L.INTENT


@pytest.mark.parametrize("text", DOSE_DANGER_NOT_FLAG)
def test_intl21_dose_danger_look_alikes_stay_below_passive(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE


@pytest.mark.parametrize("text", DIALECT_DISTRESS)
def test_intl21_dialect_exhaustion_is_distress(text: str) -> None:
    assert user_turns_level(text) == L.DISTRESS
