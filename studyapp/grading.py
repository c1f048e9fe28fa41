"""Is this answer right? Dutch-aware normalising, spelling variants and small typos in names."""

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from num2words import num2words
from rapidfuzz.distance import Levenshtein

from .models.bank import pair_of

TRUE_LABEL, FALSE_LABEL = "Juist", "Onjuist"
LEADING_ARTICLES = re.compile(r"^(?:de|het|een|der|den|the|a|an)\s+")
NUMBER = re.compile(r"\d")


def strip_accents(text: str) -> str:
    """'éénpartijstaat' -> 'eenpartijstaat', 'Oekraïne' -> 'Oekraine'."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


@lru_cache(maxsize=65536)
def normalize(text: str) -> str:
    """Fold case, accents, punctuation, quotes and white space; drop a leading article."""
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().replace("’", "'").replace("‘", "'")
    text = re.sub(r"[^\w\s-]", " ", text)
    text = re.sub(r"[\s_]+", " ", text).strip(" -")
    return LEADING_ARTICLES.sub("", text)


def allowed_typos(expected: str) -> int:
    """Edits tolerated in a typed word or name.

    One typo in a word of 5 to 8 letters, two from 9 letters on: that forgives a slip such as
    'Boecharn' or 'Preobrazhenksy' while 'Radek' never becomes 'Rakek'-like other names, since
    names of the essay differ from each other by far more than that. Short words and anything
    with digits must be exact.
    """
    if NUMBER.search(expected):
        return 0
    letters = len(expected.replace(" ", ""))
    if letters < 5:
        return 0
    return 1 if letters <= 8 else 2


def typed_answer_matches(response: str, accepted: list[str]) -> bool:
    """A typed answer is right when it matches an accepted form, allowing small typos in words."""
    given = normalize(response)
    if not given:
        return False
    forms = [normalize(a) for a in accepted if normalize(a)]
    if given in forms:
        return True
    if given.replace(" ", "") in _written_out(tuple(forms)):
        return True  # "vierentwintig" for 24 (the 47th round's reader)
    if NUMBER.search(given):
        # Years and numbers are exact: 1921 is not 1922.
        return re.sub(r"\D", "", given) in {re.sub(r"\D", "", f) for f in forms if NUMBER.search(f)}
    # "Erasmusuniversiteit", "Erasmus Universiteit", "Erasmus-universiteit": one compound,
    # written apart, together or hyphenated; a slip is forgiven on top of that.
    given = _squashed(given)
    return any(
        Levenshtein.distance(given, _squashed(form)) <= allowed_typos(form)
        for form in forms
        if given == _squashed(form) or allowed_typos(form)
    )


def _squashed(text: str) -> str:
    return re.sub(r"[\s-]+", "", text)


@lru_cache(maxsize=4096)
def _written_out(forms: tuple[str, ...]) -> frozenset[str]:
    """A count below a thousand as a learner may write it out, in Dutch and in English."""
    spelled = set()
    for form in forms:
        if form.isdigit() and not form.startswith("0") and int(form) < 1000:
            for language in ("nl", "en"):
                spelled.add(normalize(num2words(int(form), lang=language)).replace(" ", ""))
    return frozenset(spelled)


@dataclass
class Grade:
    correct: bool
    score: float  # 0..1; partial credit for ordering and matching
    expected: list


def grade(question, response) -> Grade:
    """Grade a response to any question type; `response` is what the learner gave."""
    qtype = question.qtype
    answers = list(question.answers)
    if qtype in {"cloze", "short_answer"}:
        ok = typed_answer_matches(str(response or ""), answers)
        return Grade(ok, float(ok), answers[:1])
    if qtype == "ordering":
        given = list(response or [])
        hits = sum(1 for a, b in zip(given, answers, strict=False) if a == b)
        return Grade(given == answers, hits / len(answers), answers)
    if qtype == "matching":
        pairs = dict(pair_of(a) for a in answers)
        given = dict(response or {})
        hits = sum(1 for left, right in pairs.items() if given.get(left) == right)
        return Grade(hits == len(pairs), hits / len(pairs), answers)
    ok = response in answers
    return Grade(ok, float(ok), answers)
