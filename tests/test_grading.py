import pytest

from studyapp.grading import grade, normalize, typed_answer_matches


def test_normalising_folds_case_accents_punctuation_and_articles():
    assert normalize("  De ÉÉNPARTIJSTAAT!! ") == "eenpartijstaat"
    assert normalize("Trotski’s") == normalize("Trotski's")


@pytest.mark.parametrize(
    ("typed", "accepted"),
    [
        ("Trotsky", ["Trotski", "Trotsky"]),
        ("kamenev", ["Kameniev", "Kamenev"]),
        ("eenpartijstaat", ["éénpartijstaat"]),
        ("Boecharn", ["Boecharin"]),  # one letter missing in a 9-letter name
        ("Preobrazhenksy", ["Preobrazhensky"]),  # two letters swapped
        ("  miasnikov. ", ["Miasnikov"]),
        ("in 1921", ["1921"]),
        # A compound written apart, together or with a hyphen is the same word, also where
        # the typo allowance is spent ("Erasmusuniversiteit" with a slip) or too short for one.
        ("Erasmusuniversitiet", ["Erasmus Universiteit"]),
        ("N VA", ["N-VA"]),
        ("eenpartij staat", ["eenpartijstaat"]),
    ],
)
def test_typed_answers_that_are_right(typed, accepted):
    assert typed_answer_matches(typed, accepted)


@pytest.mark.parametrize(
    ("typed", "accepted"),
    [
        ("1922", ["1921"]),  # years are exact
        ("300", ["3000"]),
        ("Stalin", ["Lenin"]),  # another person is not a typo
        ("Radek", ["Rakovski", "Christian Rakovski"]),
        ("Mett", ["Marot"]),
        ("", ["Trotski"]),
        ("Len", ["Lenin"]),  # short forms must be exact
    ],
)
def test_typed_answers_that_are_wrong(typed, accepted):
    assert not typed_answer_matches(typed, accepted)


class FakeQuestion:
    def __init__(self, qtype, answers):
        self.qtype, self.answers = qtype, answers


def test_grading_choice_ordering_and_matching():
    assert grade(FakeQuestion("multiple_choice", ["1921"]), "1921").correct
    assert not grade(FakeQuestion("true_false", ["Onjuist"]), "Juist").correct
    order = grade(FakeQuestion("ordering", ["a", "b", "c", "d"]), ["a", "b", "d", "c"])
    assert not order.correct and order.score == 0.5
    pairs = ["Trotski → Rode Leger", "Stalin → secretaris-generaal"]
    matching = FakeQuestion("matching", pairs)
    assert grade(matching, {"Trotski": "Rode Leger", "Stalin": "secretaris-generaal"}).correct
    half = grade(matching, {"Trotski": "secretaris-generaal", "Stalin": "secretaris-generaal"})
    assert half.score == 0.5


def test_a_count_may_be_written_out_but_stays_exact():
    assert typed_answer_matches("vierentwintig", ["24"])
    assert typed_answer_matches("Drie", ["3"])
    assert not typed_answer_matches("vijfentwintig", ["24"])
    # Years are typed as years: a written-out 1917 is no answer a learner gives.
    assert not typed_answer_matches("negentienhonderdzeventien", ["1917"])
