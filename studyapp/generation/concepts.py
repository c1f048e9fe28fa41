"""Concepts -> what does the essay mean by this term, and which term fits this description."""

import re

import simplemma

from studyapp.dutch_text import lemma

from .distractors import pick_distractors
from .draft import QuestionDraft, choice_draft, cite
from .dutch import sentence
from .facts import accepted_variants, article_in_essay
from .knowledge import Knowledge, source, topics_of

# A typed term is one or two words: longer ones have too many fair wordings to type.
TYPED_TERM_WORDS = 2


def named_term(term: str, essay_text: str) -> str:
    """'halfslachtige stalinisme' keeps its inflection only after its article: «het
    halfslachtige stalinisme», as the essay has it (round 18's reader)."""
    first = term.split()[0]
    if len(term.split()) < 2 or not first.islower() or not first.endswith("e"):
        return term
    article = article_in_essay(term, essay_text)
    return f"{article} {term}" if article else term


def bare_term(term: str, essay_text: str) -> str:
    """A term as it stands alone, as an option: «het halfslachtige stalinisme» is
    "halfslachtig stalinisme" without its article (round 20's reader), as a het-word's
    adjective takes no -e without one."""
    words = term.split()
    first = words[0]
    if len(words) < 2 or not first.islower() or not first.endswith("e"):
        return term
    if article_in_essay(term, essay_text) != "het":
        return term
    plain = simplemma.lemmatize(first, lang="nl")
    return " ".join([plain, *words[1:]]) if plain != first else term


def _is_the_title(term: str, title: str) -> bool:
    """The term is what the title names: "roltrap" under "Roltrap", "roltrappen" too."""
    low = term.lower().strip()
    named = re.sub(r"^(?:de|het|een)\s", "", title.lower().strip(" ."))
    return low == named or lemma(low) == lemma(named)


def concept_questions(knowledge: Knowledge) -> list[QuestionDraft]:
    drafts = []
    slug = knowledge.essay.slug
    definitions = [c.definition for c in knowledge.concepts]
    terms = [c.term for c in knowledge.concepts]
    for concept in knowledge.concepts:
        origin = f"concept:{concept.key}"
        common = {
            "essay_slug": slug,
            "origin": origin,
            "topics": topics_of(concept),
            "sources": [source(concept)],
            "language": knowledge.essay.language,
        }
        explanation = f"«{concept.term}»: {concept.definition} ({cite(concept.passage)})."
        distractors = pick_distractors(
            concept.definition, definitions, passage_text=concept.passage.text, seed=origin
        )
        if len(distractors) == 3:
            drafts.append(
                choice_draft(
                    qtype="multiple_choice",
                    variant="meaning",
                    prompt=f"Wat bedoelt het essay met «{named_term(concept.term, knowledge.text)}»?",
                    answer=concept.definition,
                    explanation=explanation,
                    support=[concept.term],
                    distractors=distractors,
                    difficulty=0.45,
                    **common,
                )
            )
        prompt = (
            f"Welk begrip uit het essay past bij deze omschrijving?\n{sentence(concept.definition)}"
        )
        if _is_the_title(concept.term, knowledge.essay.title):
            # "Roltrap": the essay's own title as the answer gives itself away (the 62nd)
            continue
        if len(concept.term.split()) <= TYPED_TERM_WORDS:
            drafts.append(
                QuestionDraft(
                    qtype="short_answer",
                    variant="term",
                    prompt=prompt,
                    answers=list(
                        dict.fromkeys(
                            [
                                concept.term,
                                bare_term(concept.term, knowledge.text),
                                *accepted_variants(knowledge, concept.term),
                            ]
                        )
                    ),
                    explanation=explanation,
                    support=[concept.term],
                    difficulty=0.7,
                    **common,
                )
            )
            continue
        # "militarisering van de arbeid", "opbouw van het socialisme": a learner who knows the
        # idea types "militarisering" or "socialistische opbouw"; a longer term is chosen.
        wrong = pick_distractors(
            concept.term, terms, passage_text=concept.passage.text, seed=origin
        )
        if len(wrong) == 3:
            drafts.append(
                choice_draft(
                    qtype="multiple_choice",
                    variant="term",
                    prompt=prompt,
                    answer=bare_term(concept.term, knowledge.text),
                    explanation=explanation,
                    support=[concept.term],
                    distractors=[bare_term(term, knowledge.text) for term in wrong],
                    difficulty=0.5,
                    **common,
                )
            )
    return drafts
