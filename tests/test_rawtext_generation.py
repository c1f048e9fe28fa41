"""The generic pipeline on texts without a study pack, judged by the same quality rules."""

from pathlib import Path

import pytest

from studyapp.generation import generate_bank
from studyapp.generation.rawtext import KEEP_PER_PASSAGE
from studyapp.ingest import load_essay_bytes
from studyapp.models import Card, Question

from .bank_checks import bank_problems

pytestmark = pytest.mark.django_db
UNSEEN_DUTCH = Path(__file__).parent / "data" / "watersnood.txt"


@pytest.fixture
def unseen_essay():
    return load_essay_bytes(UNSEEN_DUTCH.read_bytes(), UNSEEN_DUTCH.name, slug="watersnood").essay


def test_an_unseen_dutch_text_gets_a_first_bank_that_passes_every_rule(unseen_essay):
    report = generate_bank(unseen_essay)
    assert report.source == "text"
    questions = list(Question.objects.filter(essay=unseen_essay).select_related("passage"))
    assert len(questions) >= 12
    assert bank_problems(unseen_essay, questions) == []
    assert {"cloze", "multiple_choice", "true_false"} <= {q.qtype for q in questions}
    assert unseen_essay.language == "nl" and all(q.language == "nl" for q in questions)


def test_every_kept_answer_is_a_span_of_its_passage(unseen_essay):
    generate_bank(unseen_essay)
    for q in Question.objects.filter(essay=unseen_essay, qtype="cloze"):
        answer = q.answers[0]
        assert answer in q.excerpt and q.excerpt in q.passage.text
        assert q.prompt.count("_____") >= 1
        # Filling the blank gives back the sentence of the essay, word for word.
        sentence = q.prompt.split("«", 1)[1].rstrip("»")
        assert sentence.replace("_____", answer) == q.excerpt


def test_the_pipeline_finds_dates_years_numbers_names_and_titles(unseen_essay):
    generate_bank(unseen_essay)
    answers = {
        a for q in Question.objects.filter(essay=unseen_essay, qtype="cloze") for a in q.answers
    }
    assert "1 februari 1953" in answers or "1953" in answers
    assert answers & {"1836", "1958", "1948", "1986", "2003"}
    assert answers & {
        "Johan van Veen",
        "Jacob Algera",
        "Pieter Smit",
        "Kruiningen",
        "Beatrix",
        "Juliana",
        "Oosterschelde",
    }


def test_no_passage_gets_more_than_its_share(unseen_essay):
    generate_bank(unseen_essay)
    clozes = Question.objects.filter(essay=unseen_essay, qtype="cloze")
    per_passage = {}
    for q in clozes:
        per_passage[q.passage_id] = per_passage.get(q.passage_id, 0) + 1
    assert max(per_passage.values()) <= KEEP_PER_PASSAGE
    assert len(per_passage) >= 5


def test_the_raw_pipeline_also_makes_cloze_cards(unseen_essay):
    generate_bank(unseen_essay)
    cards = Card.objects.filter(essay=unseen_essay)
    assert cards.exists()
    assert all("{{c1::" in c.cloze and c.excerpt in c.passage.text for c in cards)


def test_the_raw_pipeline_on_the_shipped_essay_passes_the_same_rules(shipped_essay):
    report = generate_bank(shipped_essay, source="text")
    assert report.source == "text"
    questions = list(
        Question.objects.filter(essay=shipped_essay, status="active").select_related("passage")
    )
    assert len(questions) >= 40
    assert bank_problems(shipped_essay, questions) == []


def test_an_english_text_gets_english_prompts():
    text = (
        "The Treaty of Utrecht was signed in 1713 by several European powers.\n\n"
        "It ended the war that began in 1701, after the death of Charles II.\n\n"
        "Historians such as Lucien Bely describe the treaty as the start of a balance of power."
    )
    essay = load_essay_bytes(text.encode(), "utrecht.txt", slug="utrecht").essay
    generate_bank(essay)
    questions = Question.objects.filter(essay=essay)
    assert essay.language == "en"
    assert questions.exists()
    assert all(q.prompt.startswith(("Fill in", "Which", "True or false")) for q in questions)


def test_the_raw_text_bank_asks_each_answer_in_one_sentence_only():
    # The 58th reading: "CDN" was the blank in four sentences of one post.
    text = (
        b"Een groene website\n\n"
        b"Een gangbare oplossing is het gebruik van een CDN voor alle bestanden.\n\n"
        b"Met een CDN hangt het vooral af van de datacenters in Amsterdam.\n\n"
        b"Een CDN kost in 2019 ongeveer 20 euro per maand bij Cloudflare.\n"
    )
    essay = load_essay_bytes(text, "groen.txt", slug="groen").essay
    generate_bank(essay)
    clozes = Question.objects.filter(essay=essay, qtype="cloze")
    answers = [q.answers[0].casefold() for q in clozes]
    assert len(answers) == len(set(answers))


def test_initials_give_no_one_letter_name_to_ask_or_offer():
    # The 50th reading offered "C" (of "de C.K.B.") beside "Nieuwe Schoolvereeniging".
    from studyapp.generation.rawtext import find_candidates

    sentence = (
        "Het spel kwam van de Nieuwe Schoolvereeniging en werd later gespeeld bij de C.K.B. en "
        "de N.A.S.B. in Amsterdam."
    )
    found = {c.answer for c in find_candidates(None, [sentence], "nl")}
    assert "Nieuwe Schoolvereeniging" in found and "Amsterdam" in found
    assert not any(len(answer) == 1 for answer in found), found


def test_a_year_before_a_verb_is_a_year_not_a_count():
    """ "In vergelijking met 1966 is de vereniging erg veranderd" was asked as "Welk getal …?"
    with 2466, 2966 and 3466 beside 1966 (the 57th reading)."""
    from studyapp.generation.rawtext import classify

    sentence = "In vergelijking met 1966 is de vereniging erg veranderd."
    start = sentence.index("1966")
    assert classify("year", "1966", sentence, start, start + 4) == "year"
    sentence = "Bij de ramp kwamen 1836 mensen om."
    start = sentence.index("1836")
    assert classify("year", "1836", sentence, start, start + 4) == "number"


def test_the_day_of_a_date_without_its_year_is_no_number_to_ask():
    # The 62nd reading: "viel in 1980 op 14 december" was asked as "Vul het ontbrekende getal
    # in" with "14"; so was "volgende maand, 15 maart, verkiezingen".
    from studyapp.generation.rawtext import find_candidates

    sentences = [
        "Earth Overshoot Day viel in 1980 op 14 december; toen hadden wij alles al opgemaakt.",
        "Gelukkig zijn er volgende maand, 15 maart, verkiezingen voor de Tweede Kamer.",
        "Bij de verkiezingen haalde de partij 20 zetels in de Tweede Kamer.",
    ]
    answers = {c.answer for c in find_candidates(None, sentences, "nl")}
    assert "14" not in answers and "15" not in answers, answers
    assert "20" in answers and "1980" in answers, answers
