"""Quality rules every generated question must pass before it enters the bank."""

import re
from functools import lru_cache

import simplemma

from studyapp.grading import normalize
from studyapp.models.bank import pair_of

from .distractors import stands_in
from .draft import QuestionDraft

OPTION_TYPES = {"multiple_choice", "true_false", "quote_attribution", "argument"}
SINGLE_ANSWER_TYPES = {"multiple_choice", "quote_attribution", "argument", "cloze", "short_answer"}
DEBRIS = [
    (re.compile(r"\bNone\b|\bnull\b|\{|\}|\[\[|\]\]"), "template debris"),
    (re.compile(r"  "), "doubled space"),
    (re.compile(r" [,.;:?!]"), "space before punctuation"),
    (re.compile(r"\b(de|het|een|De|Het|Een) (de|het|een)\b"), "broken Dutch article"),
    (re.compile(r"\b(\w{4,}) \1\b"), "doubled word"),
]
CATCH_ALL = re.compile(
    r"alle(?: bovenstaande)? antwoorden|alle bovenstaande|geen van (?:de )?bovenstaande|"
    r"all of the above|none of the above",
    re.IGNORECASE,
)
STOPWORDS = set(
    """de het een en van in op te dat die dit is was zijn waren voor met niet aan er
als ook door om tot bij naar maar uit over dan of zich hij zij ze wie wat waar hem haar
hun ook nog wel meer zo toen al veel heel werd worden wordt kan kon moet moest the and of to
a in is was for with that this by as from on not""".split()
)
PARAPHRASE_OVERLAP = 0.4
QUOTED = re.compile(r"«[^»]*»")


@lru_cache(maxsize=20000)
def _lemma(token: str, language: str) -> str:
    return simplemma.lemmatize(
        token, lang=language if language in {"nl", "en", "de", "fr"} else "en"
    )


def content_lemmas(text: str, language: str) -> set[str]:
    tokens = re.findall(r"\w+", normalize(text))
    return {_lemma(t, language) for t in tokens if len(t) >= 4 and t not in STOPWORDS}


def paraphrase_overlap(text: str, excerpts: list[str], language: str) -> float:
    """Share of the text's content words (as lemmas) that the excerpts also use."""
    mine = content_lemmas(text, language)
    if not mine:
        return 0.0
    theirs = set().union(*(content_lemmas(e, language) for e in excerpts))
    return len(mine & theirs) / len(mine)


def question_problems(draft: QuestionDraft) -> list[str]:
    """Every rule the draft breaks; an empty list means it may enter the bank."""
    problems = []
    excerpts = [s.excerpt for s in draft.sources]
    for src in draft.sources:
        if not src.excerpt or src.excerpt not in src.passage.text:
            problems.append(f"excerpt not in passage {src.passage.number}")

    if draft.support:
        if not any(normalize(s) in normalize(e) for s in draft.support for e in excerpts):
            problems.append("answer not supported by the excerpt")
    elif draft.paraphrase:
        if paraphrase_overlap(draft.paraphrase, excerpts, draft.language) < PARAPHRASE_OVERLAP:
            problems.append("answer shares too few words with the excerpt")
    elif draft.qtype not in {"ordering", "matching"}:
        problems.append("nothing ties the answer to the excerpt")
    if draft.qtype == "ordering":
        if len(draft.answers) != len(draft.sources):
            problems.append("every event needs its own source")
    if draft.qtype == "matching":
        for answer, src in zip(draft.answers, draft.sources, strict=False):
            name = pair_of(answer)[0]
            if not any(normalize(part) in normalize(src.excerpt) for part in name.split()):
                problems.append(f"{name} not in its excerpt")

    if draft.qtype in OPTION_TYPES | {"ordering"}:
        normalized = [normalize(o) for o in draft.options]
        if len(set(normalized)) != len(normalized):
            problems.append("options not distinct after normalising")
        if not set(draft.answers) <= set(draft.options):
            problems.append("correct answer missing from the options")
    if (
        draft.qtype in {"multiple_choice", "quote_attribution", "argument"}
        and len(draft.options) != 4
    ):
        problems.append("multiple choice needs four options")
    if draft.qtype in SINGLE_ANSWER_TYPES and stands_in(draft.answers[0], draft.prompt):
        problems.append("the answer stands in the prompt")

    if draft.qtype != "argument":
        for src in draft.sources:
            for wrong in draft.distractors:
                if stands_in(wrong, src.passage.text):
                    problems.append(f"distractor {wrong!r} stands in the passage: may be true")
    texts = [draft.prompt, draft.explanation, *map(str, draft.options), *map(str, draft.answers)]
    for text in texts:
        # What stands between «» is the essay's own text, quoted as it is.
        text = QUOTED.sub("«»", text)
        for pattern, label in DEBRIS:
            if pattern.search(text):
                problems.append(f"{label}: {text[:60]!r}")
        if CATCH_ALL.search(text):
            problems.append("catch-all option")
    return problems
