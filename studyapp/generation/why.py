"""Why-questions for the raw-text bank: claims and reasons found by the drafter's connectives.

Until the author has accepted anything, the bank comes from the raw text; this adds questions
that ask why. The reason is the answer, other reasons and causes from the same text are the wrong
options; with too few of them, one true/false question (true or false, balanced by the id) pairs
the claim with its own reason or with another one. One question per claim.
"""

import hashlib

from studyapp.grading import FALSE_LABEL, TRUE_LABEL
from studyapp.models import Essay

from .draft import QuestionDraft, Source, choice_draft, cite, seeded_random
from .quality import content_lemmas, same_matter

NEARBY_PASSAGES = 3


def why_questions(essay: Essay) -> list[QuestionDraft]:
    from studyapp.drafting import draft_text  # here: drafting.review imports the generators

    passages = {p.number: p for p in essay.current_passages().prefetch_related("sentences")}
    draft = draft_text(
        [(n, p.text, [s.text for s in p.sentences.all()]) for n, p in passages.items()],
        essay.language,
    )
    claims = [
        (claim, next(p for p in claim.points if p.kind == "reason"))
        for claim in draft.of_kind("arguments")
        if any(p.kind == "reason" for p in claim.points)
    ]
    reason_words = {id(r): content_lemmas(r.text, essay.language) for _c, r in claims}
    drafts = []
    for claim, reason in claims:
        passage = passages[claim.passage]
        origin = f"why:{claim.passage}:{claim.start}"
        # A reason on the same matter as this claim may explain it too: no wrong option.
        claim_words = content_lemmas(claim.fields["claim"], essay.language)
        unrelated = [
            (c, r)
            for c, r in claims
            if c is not claim
            and r.text != reason.text
            and not same_matter(reason_words[id(r)], claim_words)
        ]
        others = [r.text for _c, r in unrelated]
        # Wrong options of the same form as the answer ("Omdat …" or a sentence) give nothing away.
        same_form = [o for o in others if o.split()[0] == reason.text.split()[0]] or others
        sources = [
            Source(
                passages[reason.passage], passages[reason.passage].text[reason.start : reason.end]
            )
        ]
        if claim.span not in sources[0].excerpt:
            sources.append(Source(passage, claim.span))
        prompt_claim = claim.fields["claim"].rstrip(".")
        common = {
            "essay_slug": essay.slug,
            "origin": origin,
            "sources": sources,
            "language": essay.language,
            "topics": [],
        }
        explanation = f"{reason.text} ({cite(passages[reason.passage])})"
        if len(same_form) >= 3:
            rng = seeded_random(origin)
            distractors = rng.sample(same_form, 3)
            drafts.append(
                choice_draft(
                    qtype="argument",
                    variant="why",
                    paraphrase=reason.text,
                    prompt=f"Waarom? Volgens de tekst: «{prompt_claim}».",
                    answer=reason.text,
                    distractors=distractors,
                    explanation=explanation,
                    difficulty=0.6,
                    **common,
                )
            )
            continue
        # A false statement takes a reason from the paragraphs around the claim: one from far
        # off is false at a glance.
        near = [r.text for _c, r in unrelated if abs(r.passage - claim.passage) <= NEARBY_PASSAGES]
        truthful = not near or int(hashlib.sha1(origin.encode()).hexdigest(), 16) % 2 == 0
        shown = reason.text if truthful else seeded_random(origin).choice(near)
        drafts.append(
            QuestionDraft(
                qtype="true_false",
                variant="why",
                prompt=f"Juist of onjuist? Volgens de tekst geldt «{prompt_claim}» om deze "
                f"reden: {shown}",
                options=[TRUE_LABEL, FALSE_LABEL],
                answers=[TRUE_LABEL if truthful else FALSE_LABEL],
                explanation=("Juist: " if truthful else "Onjuist. De tekst geeft als reden: ")
                + explanation,
                difficulty=0.5,
                paraphrase=prompt_claim,
                **common,
            )
        )
    return drafts
