"""The author's arguments -> questions on evidence, rejected positions, conclusions, counters.

Wrong options are other claims and points from the same essay, taken only from arguments that
share no topic with the one asked about, so that a wrong option is never also a reason the
author gives for this claim.
"""

from studyapp.grading import FALSE_LABEL, TRUE_LABEL

from .draft import QuestionDraft, Source, choice_draft, cite, seeded_random
from .knowledge import Knowledge, source, topics_of

SUPPORTING = {"reason", "evidence"}
POINT_LABELS = {
    "reason": "Reden",
    "evidence": "Bewijs",
    "counter": "Tegenpositie",
    "conclusion": "Conclusie",
}


def _unrelated(argument, arguments):
    mine = {t.pk for t in argument.topics.all()}
    return [
        a for a in arguments if a.pk != argument.pk and not mine & {t.pk for t in a.topics.all()}
    ]


def _choose(texts, seed, count=3, avoid=()):
    unique, seen = [], {t.strip().lower() for t in avoid}
    for text in texts:
        if text.strip().lower() not in seen:
            seen.add(text.strip().lower())
            unique.append(text)
    rng = seeded_random(seed)
    rng.shuffle(unique)
    return unique[:count]


def _mc(
    knowledge, argument, variant, prompt, correct, distractors, explanation, sources, difficulty
):
    return choice_draft(
        essay_slug=knowledge.essay.slug,
        origin=f"argument:{argument.key}",
        qtype="argument",
        variant=variant,
        prompt=prompt,
        answer=correct,
        explanation=explanation,
        sources=sources,
        topics=topics_of(argument),
        distractors=distractors,
        paraphrase=correct,
        difficulty=difficulty,
        language=knowledge.essay.language,
    )


def argument_questions(knowledge: Knowledge) -> list[QuestionDraft]:
    drafts = []
    arguments = knowledge.arguments
    for argument in arguments:
        points = list(argument.points.all())
        others = _unrelated(argument, arguments)
        other_points = [p for a in others for p in a.points.all()]
        where = cite(argument.passage)
        claim_source = source(argument)

        for point in points:
            point_source = Source(point.passage, point.span)
            sources = [point_source, claim_source]
            if point.kind in SUPPORTING:
                pool = [p.text for p in other_points if p.kind in SUPPORTING | {"counter"}]
                distractors = _choose(
                    pool, f"{argument.key}:{point.position}", avoid=[p.text for p in points]
                )
                if len(distractors) == 3:
                    drafts.append(
                        _mc(
                            knowledge,
                            argument,
                            f"support-{point.position}",
                            f"Welke onderbouwing geeft de auteur voor deze stelling?\n«{argument.claim}»",
                            point.text,
                            distractors,
                            f"{POINT_LABELS[point.kind]} ({cite(point.passage)}): "
                            f"{point.text} De stelling ({where}): {argument.claim}",
                            sources,
                            0.6,
                        )
                    )
            elif point.kind == "conclusion":
                pool = [p.text for p in other_points if p.kind == "conclusion"]
                pool += [a.claim for a in others]
                distractors = _choose(
                    pool,
                    f"{argument.key}:conclusion:{point.position}",
                    avoid=[p.text for p in points] + [argument.claim],
                )
                if len(distractors) == 3:
                    drafts.append(
                        _mc(
                            knowledge,
                            argument,
                            f"conclusion-{point.position}",
                            f"Wat concludeert de auteur over {argument.subject}?",
                            point.text,
                            distractors,
                            f"De auteur concludeert ({cite(point.passage)}): {point.text}",
                            sources,
                            0.6,
                        )
                    )
            elif point.kind == "counter":
                pool = [p.text for p in other_points if p.kind == "counter"]
                pool += [a.position for a in others if a.stance == "rejects"]
                distractors = _choose(
                    pool, f"{argument.key}:counter:{point.position}", avoid=[p.text for p in points]
                )
                if len(distractors) == 3:
                    drafts.append(
                        _mc(
                            knowledge,
                            argument,
                            f"counter-{point.position}",
                            f"Op welk tegenstandpunt reageert de auteur als het gaat om "
                            f"{argument.subject}?",
                            point.text,
                            distractors,
                            f"De auteur bespreekt ({cite(point.passage)}): {point.text} "
                            f"Zijn eigen stelling: {argument.claim}",
                            sources,
                            0.65,
                        )
                    )

        # The rejected position is worded in the claim and in the counter-positions answered.
        position_sources = [claim_source] + [
            Source(p.passage, p.span) for p in points if p.kind == "counter"
        ]
        if argument.stance == "rejects":
            reasons = [p for p in points if p.kind in SUPPORTING]
            # Positions the author endorses, and his own claims, are not what he rejects.
            pool = [a.position for a in others if a.stance == "endorses"]
            pool += [a.claim for a in others]
            distractors = _choose(pool, f"{argument.key}:rejects", avoid=[argument.claim])
            because = f" Want: {reasons[0].text}" if reasons else ""
            if len(distractors) == 3:
                drafts.append(
                    _mc(
                        knowledge,
                        argument,
                        "rejected-position",
                        f"Welk standpunt over {argument.subject} verwerpt de auteur?",
                        argument.position,
                        distractors,
                        f"De auteur verwerpt dit standpunt ({where}): {argument.claim}{because}",
                        position_sources,
                        0.6,
                    )
                )
            if reasons:
                pool = [p.text for p in other_points if p.kind == "counter"]
                pool += [a.position for a in others if a.stance == "rejects"]
                distractors = _choose(pool, f"{argument.key}:why")
                if len(distractors) == 3:
                    drafts.append(
                        _mc(
                            knowledge,
                            argument,
                            "why-rejected",
                            f"Waarom verwerpt de auteur het standpunt «{argument.position}»?",
                            reasons[0].text,
                            distractors,
                            f"{POINT_LABELS[reasons[0].kind]} ({cite(reasons[0].passage)}): {reasons[0].text} "
                            f"Zijn stelling: {argument.claim}",
                            [Source(reasons[0].passage, reasons[0].span), claim_source],
                            0.65,
                        )
                    )

        drafts.append(
            QuestionDraft(
                essay_slug=knowledge.essay.slug,
                origin=f"argument:{argument.key}",
                qtype="true_false",
                variant="claim",
                prompt=f"Juist of onjuist? Volgens de auteur geldt: {argument.claim}",
                options=[TRUE_LABEL, FALSE_LABEL],
                answers=[TRUE_LABEL],
                explanation=f"Juist: dit is de stelling van de auteur ({where}).",
                sources=[claim_source],
                topics=topics_of(argument),
                difficulty=0.3,
                paraphrase=argument.claim,
                language=knowledge.essay.language,
            )
        )
        if argument.stance == "rejects":
            drafts.append(
                QuestionDraft(
                    essay_slug=knowledge.essay.slug,
                    origin=f"argument:{argument.key}",
                    qtype="true_false",
                    variant="rejected-position",
                    prompt=f"Juist of onjuist? De auteur is het eens met dit standpunt: "
                    f"{argument.position}",
                    options=[TRUE_LABEL, FALSE_LABEL],
                    answers=[FALSE_LABEL],
                    explanation=f"Onjuist: de auteur verwerpt dit standpunt. {argument.claim} ({where})",
                    sources=position_sources,
                    topics=topics_of(argument),
                    difficulty=0.4,
                    paraphrase=argument.position,
                    language=knowledge.essay.language,
                )
            )
    return drafts
