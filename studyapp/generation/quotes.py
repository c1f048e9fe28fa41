"""Quotes -> who said it, in which work, in which year."""

from studyapp.grading import FALSE_LABEL, TRUE_LABEL

from .distractors import pick_distractors
from .draft import QuestionDraft, choice_draft, cite
from .dutch import capitalise, lower_first
from .facts import nearest_people
from .knowledge import Knowledge, source, topics_of

MIN_QUOTE_WORDS = 8


def quote_source(quote, where: str) -> str:
    """'Dit citaat is van Trotski, uit «Het Platform …» (1927) (§22).': a title in guillemets
    keeps its capital without reading as template debris ("van Het Platform")."""
    parts = []
    if quote.speaker:
        parts.append(f"van {quote.speaker.name}")
    if quote.work:
        parts.append(f"uit «{quote.work.title}»")
    text = "Dit citaat is " + ", ".join(parts) if parts else "Dit citaat staat in het essay"
    if quote.year:
        text += f" ({quote.year})"
    return f"{text} ({where})."


def quote_questions(knowledge: Knowledge) -> list[QuestionDraft]:
    drafts = []
    slug = knowledge.essay.slug
    # A commentator of our time ("John Eric Marot", "Tony Cliff") rules himself out as the
    # speaker of a quote from the 1920s (round 20's reader): only the essay's actors.
    names = [p.name for p in knowledge.people if p.centrality != "detail"]
    titles = [w.title for w in knowledge.works if w.centrality != "detail"]
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
        explanation = quote_source(quote, where)
        speaker_aliases = quote.speaker.variants if quote.speaker else []

        variants = []
        # Wrong speakers from the speaker's circle (same kind of role, the quote's topics):
        # "Dit citaat komt van Kerenski" for a 1920 quote on the state rules itself out
        # (round 23).
        speakers = (
            nearest_people(
                quote.speaker.name, {t.pk for t in topics_of(quote)}, names, knowledge, origin
            )
            if quote.speaker
            else names
        )
        if quote.speaker:
            variants.append(
                (
                    "speaker",
                    f"Wie schreef of zei dit?\n{shown}",
                    quote.speaker.name,
                    speakers,
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
        # No "from which year is this quote": the year of a quotation is publication data
        # (round 14's reader); the year stays in the explanation and on the card.
        # True and false attributions; a wrong source is one the passage never names.
        if quote.speaker:
            right, pool, support, excluded = (
                quote.speaker.name,
                speakers,
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
            ranked=bool(quote.speaker),
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
                ranked=variant == "speaker",
            )
            if len(distractors) < 3:
                continue
            if variant == "work":
                # "Het Platform …" beside "de verklaring van Rakovski": the one capital picks
                # out the title (round 20); as list items all start with one.
                answer, distractors = capitalise(answer), [capitalise(d) for d in distractors]
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
