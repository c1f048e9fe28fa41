"""Checks that every bank must pass, shared by the study-pack and the raw-text tests.

They read the stored questions, not the generator's drafts, so they hold the bank to the
rules whatever code produced it.
"""

import re
from collections import Counter

from studyapp.generation.distractors import stands_in
from studyapp.generation.dutch import opens_with_orphan_pronoun, phrasing_problems
from studyapp.generation.quality import (
    FOOTNOTE,
    answer_shape_stands_out,
    breaks_prompt_bounds,
    builds_compound,
    content_lemmas,
    is_key_term,
    open_dated,
    options_overlap,
    paraphrase_overlap,
    reversed_interval,
)
from studyapp.grading import normalize
from studyapp.models import Passage, Person

SPAN_ANSWER_TYPES = {"multiple_choice", "quote_attribution", "cloze", "short_answer"}
OPTION_TYPES = {"multiple_choice", "quote_attribution", "argument", "true_false"}
DEBRIS = re.compile(r"\bNone\b|\{|\}|  | [,.;:?!]|\b(?:de|het|een) (?:de|het|een)\b", re.I)


def passage_texts(essay):
    return {p.number: p.text for p in Passage.objects.filter(essay=essay, retired=False)}


def excerpts_stand_in_their_passages(question, texts):
    return all(s["excerpt"] and s["excerpt"] in texts[s["passage"]] for s in question.sources)


def answer_is_supported(question, aliases):
    excerpts = " ".join(s["excerpt"] for s in question.sources)
    if question.qtype in SPAN_ANSWER_TYPES and question.variant != "meaning":
        # A person may be named in the excerpt by another spelling (Rakovski, Kamenev).
        forms = [form for a in question.answers for form in aliases.get(a, [a])]
        return any(normalize(form) in normalize(excerpts) for form in forms)
    if question.qtype == "argument":
        return paraphrase_overlap(question.answers[0], [excerpts], question.language) >= 0.4
    if question.qtype == "matching":
        return all(
            any(stands_in(word, s["excerpt"]) for word in a.split(" → ")[0].split())
            for a, s in zip(question.answers, question.sources, strict=True)
        )
    return True


def without_quotes(text):
    return re.sub(r"«[^»]*»", "«»", text)


def bank_problems(essay, questions) -> list[str]:
    """Every rule a stored question breaks, as readable lines."""
    texts = passage_texts(essay)
    aliases = {p.name: p.all_names() for p in Person.objects.filter(essay=essay)}
    problems = []
    for q in questions:
        where = f"{q.uid} {q.qtype}/{q.variant}"
        if not q.sources or q.sources[0]["passage"] != q.passage.number:
            problems.append(f"{where}: no cited passage")
        if not excerpts_stand_in_their_passages(q, texts):
            problems.append(f"{where}: excerpt not in passage")
        if not answer_is_supported(q, aliases):
            problems.append(f"{where}: answer {q.answers[0]!r} not supported")
        if q.qtype in OPTION_TYPES | {"ordering"}:
            normalized = [normalize(o) for o in q.options]
            if len(set(normalized)) != len(normalized):
                problems.append(f"{where}: options not distinct")
            if not set(q.answers) <= set(q.options):
                problems.append(f"{where}: answer not among options")
        if q.qtype in SPAN_ANSWER_TYPES and stands_in(q.answers[0], q.prompt):
            problems.append(f"{where}: answer in prompt")
        if q.qtype in {"multiple_choice", "quote_attribution"}:
            cited = " ".join(texts[s["passage"]] for s in q.sources)
            for wrong in set(q.options) - set(q.answers):
                if stands_in(wrong, cited):
                    problems.append(f"{where}: distractor {wrong!r} stands in the passage")
        for text in [q.prompt, q.explanation, *map(str, q.options), *map(str, q.answers)]:
            if DEBRIS.search(without_quotes(text)):
                problems.append(f"{where}: debris in {text[:50]!r}")
            if re.search(r"all of the above|alle bovenstaande|geen van bovenstaande", text, re.I):
                problems.append(f"{where}: catch-all option")
        if not 0 <= q.difficulty <= 1:
            problems.append(f"{where}: difficulty out of range")
        problems += [f"{where}: {p}" for p in phrasing_and_truth_problems(q)]
    return problems


def phrasing_and_truth_problems(q) -> list[str]:
    """The teacher's rules (issue 11) read from a stored question."""
    problems = []
    for text, asked in ((q.prompt, True), (q.explanation, False)):
        problems += phrasing_problems(without_quotes(text), asked=asked)
        if FOOTNOTE.search(text):
            problems.append("footnote marker")
    if q.qtype in SPAN_ANSWER_TYPES | {"argument"}:
        answer = str(q.answers[0])
        lemmas = content_lemmas(answer, q.language)
        if (
            stands_in(answer, q.prompt)
            or (lemmas and len(lemmas) <= 3 and lemmas <= content_lemmas(q.prompt, q.language))
            or builds_compound(answer, q.prompt)
        ):
            problems.append("answers itself")
        if open_dated(answer):
            problems.append("open date as answer")
    if q.qtype in OPTION_TYPES - {"true_false"}:
        if any(opens_with_orphan_pronoun(str(o)) for o in q.options):
            problems.append("option opens with a pronoun without referent")
    if q.qtype == "true_false" and opens_with_orphan_pronoun(q.prompt.split("?", 1)[1]):
        problems.append("statement opens with a pronoun without referent")
    if q.qtype == "multiple_choice":
        if options_overlap(q.options):
            problems.append("date options overlap")
        if answer_shape_stands_out(str(q.answers[0]), [str(o) for o in q.options]):
            problems.append("the answer's shape stands out")
        if breaks_prompt_bounds(q.prompt, q.options):
            problems.append("an option breaks a bound the prompt states")
        if "_____" in q.prompt and any(
            reversed_interval(q.prompt.replace("_____", str(o))) for o in q.options
        ):
            problems.append("an option makes an absurd interval")
    if re.search(r"[.!]»\?", q.prompt):
        problems.append("closing mark doubled around a quote")
    if reversed_interval(q.prompt):
        problems.append("absurd interval in the prompt")
    if q.qtype == "cloze" and not is_key_term(str(q.answers[0])):
        problems.append("cloze blank is more than one key term")
    return problems


def true_false_figures(questions):
    """(share of true/false in the bank, number true, number false)."""
    statements = [q for q in questions if q.qtype == "true_false"]
    true = sum(1 for q in statements if q.answers[0] == q.options[0])
    return len(statements) / max(1, len(questions)), true, len(statements) - true


def correct_position_shares(questions, size=4):
    positions = Counter(
        q.options.index(q.answers[0])
        for q in questions
        if q.qtype in {"multiple_choice", "quote_attribution", "argument"}
        and len(q.options) == size
    )
    total = sum(positions.values())
    return {p: positions[p] / total for p in range(size)}, total
