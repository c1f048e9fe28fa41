"""Quotes -> who said it, in which work, in which year."""

from studyapp.grading import FALSE_LABEL, TRUE_LABEL

from .distractors import pick_distractors
from .draft import QuestionDraft, choice_draft, cite
from .dutch import lower_first
from .knowledge import Knowledge, source, topics_of

MIN_QUOTE_WORDS = 8


def quote_questions(knowledge: Knowledge) -> list[QuestionDraft]:
    drafts = []
    slug = knowledge.essay.slug
    names = [p.name for p in knowledge.people]
    titles = [w.title for w in knowledge.works if w.centrality != "detail"]
    years = [str(e.year) for e in knowledge.events] + [
        str(w.year) for w in knowledge.works if w.year
    ]
    for quote in knowledge.quotes:
        if len(quote.text.split()) < MIN_QUOTE_WORDS or not quote.text[:1].isupper():
            continue  # "van monarchisten tot anarchisten" is a phrase, not a quote to attribute
        origin = f"quote:{quote.key}"
        shown = f"«{quote.text}»"
        where = cite(quote.passage)
        common = {
            "essay_slug": slug,
            "origin": origin,
            "topics": topics_of(quote),
            "sources": [source(quote)],
            "language": knowledge.essay.language,
        }
        attribution = ", ".join(
            filter(
                None,
                [
                    quote.speaker.name if quote.speaker else None,
                    quote.work.title if quote.work else None,
                    str(quote.year) if quote.year else None,
                ],
            )
        )
        explanation = f"Dit citaat is van {attribution} ({where})."
        speaker_aliases = quote.speaker.variants if quote.speaker else []

        variants = []
        if quote.speaker:
            variants.append(
                (
                    "speaker",
                    f"Wie schreef of zei dit?\n{shown}",
                    quote.speaker.name,
                    names,
                    quote.speaker.all_names(),
                    quote.speaker.variants,
                )
            )
        if quote.work:
            variants.append(
                (
                    "work",
                    f"Uit welk werk komt dit citaat?\n{shown}",
                    quote.work.title,
                    titles,
                    [quote.work.title],
                    [],
                )
            )
        if quote.year and str(quote.year) in quote.span:
            variants.append(
                (
                    "year",
                    f"Uit welk jaar is dit citaat?\n{shown}",
                    str(quote.year),
                    years,
                    [str(quote.year)],
                    [],
                )
            )
        # True and false attributions; a wrong source is one the passage never names.
        if quote.speaker:
            right, pool, support, excluded = (
                quote.speaker.name,
                names,
                quote.speaker.all_names(),
                quote.speaker.variants,
            )
        else:
            right, pool, support, excluded = (
                lower_first(quote.work.title),
                titles,
                [quote.work.title],
                [],
            )
        wrong = pick_distractors(
            right,
            pool,
            passage_text=quote.passage.text,
            seed=f"{origin}:tf",
            count=1,
            also_excluded=excluded,
        )
        drafts.append(
            QuestionDraft(
                qtype="true_false",
                variant="source-true",
                prompt=f"Juist of onjuist? Dit citaat komt van {right}:\n{shown}",
                options=[TRUE_LABEL, FALSE_LABEL],
                answers=[TRUE_LABEL],
                explanation=f"Juist. {explanation}",
                support=support,
                difficulty=0.25,
                **common,
            )
        )
        if wrong and quote.speaker:
            # Another person is provably not the speaker; another work may hold the quote too.
            drafts.append(
                QuestionDraft(
                    qtype="true_false",
                    variant="source-false",
                    prompt=f"Juist of onjuist? Dit citaat komt van {wrong[0]}:\n{shown}",
                    options=[TRUE_LABEL, FALSE_LABEL],
                    answers=[FALSE_LABEL],
                    explanation=f"Onjuist: niet {wrong[0]}. {explanation}",
                    support=support,
                    distractors=wrong,
                    difficulty=0.3,
                    aliases=speaker_aliases,
                    **common,
                )
            )
        for variant, prompt, answer, pool, support, excluded in variants:
            distractors = pick_distractors(
                answer,
                pool,
                passage_text=quote.passage.text,
                seed=f"{origin}:{variant}",
                also_excluded=excluded,
            )
            if len(distractors) < 3:
                continue
            drafts.append(
                choice_draft(
                    qtype="quote_attribution",
                    variant=variant,
                    prompt=prompt,
                    answer=answer,
                    explanation=explanation,
                    support=support,
                    distractors=distractors,
                    difficulty=0.5,
                    aliases=speaker_aliases if variant == "speaker" else [],
                    **common,
                )
            )
    return drafts
