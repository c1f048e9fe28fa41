"""Events and works -> when-questions, typed years, who-wrote questions and timeline ordering."""

from studyapp.grading import FALSE_LABEL, TRUE_LABEL

from .distractors import pick_distractors, stands_in
from .draft import QuestionDraft, choice_draft, cite, seeded_random
from .facts import blank_out
from .knowledge import Knowledge, source, topics_of

TIMELINE_SIZE = 4


def event_questions(knowledge: Knowledge) -> list[QuestionDraft]:
    drafts = []
    slug = knowledge.essay.slug
    pool = [e.when for e in knowledge.events]
    for event in knowledge.events:
        origin = f"event:{event.key}"
        common = {
            "essay_slug": slug,
            "origin": origin,
            "topics": topics_of(event),
            "sources": [source(event)],
            "language": knowledge.essay.language,
        }
        explanation = f"{event.when}: {event.title} ({cite(event.passage)})."
        distractors = pick_distractors(
            event.when, pool, passage_text=event.passage.text, seed=origin
        )
        if len(distractors) == 3:
            drafts.append(
                choice_draft(
                    qtype="multiple_choice",
                    variant="when",
                    prompt=f"Wanneer gebeurde dit: {event.title}?",
                    answer=event.when,
                    explanation=explanation,
                    support=[event.when],
                    distractors=distractors,
                    difficulty=0.45,
                    **common,
                )
            )
        drafts.append(
            QuestionDraft(
                qtype="short_answer",
                variant="year",
                prompt=f"In welk jaar (begon het): {event.title}? Typ het jaartal.",
                answers=[str(event.year)],
                explanation=explanation,
                support=[str(event.year)],
                difficulty=0.7,
                **common,
            )
        )
    drafts += timeline_questions(knowledge)
    return drafts


def timeline_groups(events, size=TIMELINE_SIZE, seed="") -> list[list]:
    """Groups of events with distinct years, together covering every event at least once."""
    remaining = sorted(events, key=lambda e: e.key)
    seeded_random(seed, "timeline").shuffle(remaining)
    groups = []
    while remaining:
        group = []
        for event in list(remaining):
            if len(group) < size and event.year not in {e.year for e in group}:
                group.append(event)
                remaining.remove(event)
        # Top up from events used before, still with distinct years.
        for event in sorted(events, key=lambda e: e.key):
            if len(group) >= size:
                break
            if event not in group and event.year not in {e.year for e in group}:
                group.append(event)
        if len(group) >= 3:
            groups.append(group)
    return groups


def timeline_questions(knowledge: Knowledge) -> list[QuestionDraft]:
    drafts = []
    for group in timeline_groups(knowledge.events, seed=knowledge.essay.slug):
        ordered = sorted(group, key=lambda e: e.year)
        variant = "+".join(sorted(e.key for e in group))
        draft = QuestionDraft(
            essay_slug=knowledge.essay.slug,
            origin=f"events:{variant}",
            qtype="ordering",
            variant="timeline",
            prompt="Zet deze gebeurtenissen in de volgorde waarin ze plaatsvonden, de vroegste eerst.",
            answers=[e.title for e in ordered],
            explanation=" → ".join(f"{e.when}: {e.title} ({cite(e.passage)})" for e in ordered),
            sources=[source(e) for e in ordered],
            topics=sorted({t for e in group for t in topics_of(e)}, key=lambda t: t.position),
            support=[],
            difficulty=0.6,
            language=knowledge.essay.language,
        )
        shown = [e.title for e in group]
        rng = seeded_random(draft.uid, "shown")
        rng.shuffle(shown)
        if shown == draft.answers:  # never show the answer as the starting order
            shown = shown[1:] + shown[:1]
        draft.options = shown
        drafts.append(draft)
    return drafts


def work_questions(knowledge: Knowledge) -> list[QuestionDraft]:
    drafts = []
    slug = knowledge.essay.slug
    authors = sorted({p.name for p in knowledge.people})
    for work in knowledge.works:
        origin = f"work:{work.key}"
        common = {
            "essay_slug": slug,
            "origin": origin,
            "topics": topics_of(work),
            "sources": [source(work)],
            "language": knowledge.essay.language,
        }
        if work.author:
            prompt = f"Wie is de auteur van {work.kind_phrase()}?"
            if not stands_in(work.author.name, prompt):
                explanation = (
                    f"{work.title} ({work.kind}) is van {work.author.name} ({cite(work.passage)})."
                )
                pool = [a for a in authors if not stands_in(a, prompt)]
                distractors = pick_distractors(
                    work.author.name,
                    pool,
                    passage_text=work.passage.text,
                    seed=origin,
                    also_excluded=work.author.variants,
                )
                if len(distractors) == 3:
                    drafts.append(
                        choice_draft(
                            qtype="multiple_choice",
                            variant="author",
                            prompt=prompt,
                            answer=work.author.name,
                            explanation=explanation,
                            support=work.author.all_names(),
                            distractors=distractors,
                            difficulty=0.4,
                            **common,
                        )
                    )
        if work.title in work.span:
            titles = [w.title for w in knowledge.works if w.pk != work.pk]
            distractors = pick_distractors(
                work.title, titles, passage_text=work.passage.text, seed=f"{origin}:title"
            )
            if len(distractors) == 3:
                drafts.append(
                    choice_draft(
                        qtype="multiple_choice",
                        variant="title",
                        prompt=f"Welk werk hoort op de open plek?\n«{blank_out(work.span, work.title)}»",
                        answer=work.title,
                        explanation=f"Er staat: «{work.span}» ({cite(work.passage)})",
                        support=[work.title],
                        distractors=distractors,
                        difficulty=0.45,
                        **common,
                    )
                )
        kinds = sorted({w.kind for w in knowledge.works if w.kind != work.kind})
        if stands_in(work.kind, work.span) and len(kinds) >= 3:
            distractors = pick_distractors(
                work.kind, kinds, passage_text=work.passage.text, seed=f"{origin}:kind"
            )
            if len(distractors) == 3:
                drafts.append(
                    choice_draft(
                        qtype="multiple_choice",
                        variant="kind",
                        prompt=f"Wat voor bron is {work.title} volgens het essay?",
                        answer=work.kind,
                        explanation=f"{work.title} is een {work.kind} ({cite(work.passage)}).",
                        support=[work.kind],
                        distractors=distractors,
                        difficulty=0.3,
                        **common,
                    )
                )
                drafts += kind_true_false(work, distractors[0], common)
        if work.author and not stands_in(work.author.name, work.title):
            wrong = pick_distractors(
                work.author.name,
                authors,
                passage_text=work.passage.text,
                seed=f"{origin}:tf",
                count=1,
                also_excluded=work.author.variants,
            )
            verb = "zijn" if work.kind.endswith("s") else "is"  # "reportages ... zijn van"
            statement = f"{work.kind_phrase()} {verb} van {{}}."
            statement = statement[:1].upper() + statement[1:]
            drafts.append(
                QuestionDraft(
                    qtype="true_false",
                    variant="author-true",
                    prompt=f"Juist of onjuist? {statement.format(work.author.name)}",
                    options=[TRUE_LABEL, FALSE_LABEL],
                    answers=[TRUE_LABEL],
                    explanation=f"Juist ({cite(work.passage)}).",
                    support=work.author.all_names(),
                    difficulty=0.25,
                    **common,
                )
            )
            if wrong:
                drafts.append(
                    QuestionDraft(
                        qtype="true_false",
                        variant="author-false",
                        prompt=f"Juist of onjuist? {statement.format(wrong[0])}",
                        options=[TRUE_LABEL, FALSE_LABEL],
                        answers=[FALSE_LABEL],
                        explanation=f"Onjuist: het is van {work.author.name} ({cite(work.passage)}).",
                        support=work.author.all_names(),
                        distractors=wrong,
                        difficulty=0.3,
                        **common,
                    )
                )
        if work.year and str(work.year) in work.span:
            drafts.append(
                QuestionDraft(
                    qtype="short_answer",
                    variant="year",
                    prompt=f"Uit welk jaar is {work.kind_phrase()}? Typ het jaartal.",
                    answers=[str(work.year)],
                    explanation=f"{work.title} is uit {work.year} ({cite(work.passage)}).",
                    support=[str(work.year)],
                    difficulty=0.7,
                    **common,
                )
            )
            drafts += year_true_false(work, common)
    return drafts


def kind_true_false(work, wrong_kind, common) -> list[QuestionDraft]:
    """ "X is een website": true with the essay's kind of source, false with another kind."""
    explanation = f"{work.title} is een {work.kind} ({cite(work.passage)})."
    return [
        QuestionDraft(
            qtype="true_false",
            variant=f"kind-{truth}",
            prompt=f"Juist of onjuist? {work.title[:1].upper()}{work.title[1:]} is volgens het "
            f"essay een {kind}.",
            options=[TRUE_LABEL, FALSE_LABEL],
            answers=[label],
            explanation=f"{label}: {explanation}",
            support=[work.kind],
            distractors=[] if truth == "true" else [wrong_kind],
            difficulty=0.25,
            **common,
        )
        for truth, kind, label in (
            ("true", work.kind, TRUE_LABEL),
            ("false", wrong_kind, FALSE_LABEL),
        )
    ]


def year_true_false(work, common) -> list[QuestionDraft]:
    """ "X is uit 1921": true with the essay's year, false with a year the passage never names."""
    years = [str(work.year)]
    wrong = pick_distractors(
        str(work.year), [], passage_text=work.passage.text, seed=f"work:{work.key}:year-tf", count=1
    )
    phrase = work.kind_phrase()
    phrase = phrase[:1].upper() + phrase[1:]
    verb = "zijn" if work.kind.endswith("s") else "is"
    explanation = f"{work.title} is uit {work.year} ({cite(work.passage)})."
    drafts = [
        QuestionDraft(
            qtype="true_false",
            variant="year-true",
            prompt=f"Juist of onjuist? {phrase} {verb} uit {work.year}.",
            options=[TRUE_LABEL, FALSE_LABEL],
            answers=[TRUE_LABEL],
            explanation=f"Juist: {explanation}",
            support=years,
            difficulty=0.3,
            **common,
        )
    ]
    if wrong:
        drafts.append(
            QuestionDraft(
                qtype="true_false",
                variant="year-false",
                prompt=f"Juist of onjuist? {phrase} {verb} uit {wrong[0]}.",
                options=[TRUE_LABEL, FALSE_LABEL],
                answers=[FALSE_LABEL],
                explanation=f"Onjuist: {explanation}",
                support=years,
                distractors=wrong,
                difficulty=0.35,
                **common,
            )
        )
    return drafts
