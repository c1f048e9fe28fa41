"""Events and works -> when-questions, typed years, who-wrote questions and timeline ordering."""

import re
from collections import Counter

from studyapp.grading import FALSE_LABEL, TRUE_LABEL
from studyapp.overlap import share_source

from .distractors import MONTHS, pick_distractors, stands_in
from .draft import QuestionDraft, choice_draft, cite, seeded_random
from .dutch import capitalise, is_noun_phrase, lower_first, question, sentence, when_question
from .facts import blank_out
from .knowledge import Knowledge, shows_its_year, source, topics_of
from .quality import open_dated, year_bounds, year_span

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
        explanation = dated(event)
        # Wrong dates obey every bound the title states ("… tot 1917 …").
        low, high = year_bounds(event.title)
        allowed = [w for w in pool if (span := year_span(w)) and low <= span[0] <= high]
        distractors = pick_distractors(
            event.when, allowed, passage_text=event.passage.text, seed=origin
        )
        if len(distractors) == 3:
            drafts.append(
                choice_draft(
                    qtype="multiple_choice",
                    variant="when",
                    prompt=when_question(event.title),
                    answer=event.when,
                    explanation=explanation,
                    support=[event.when],
                    distractors=distractors,
                    difficulty=0.45,
                    **common,
                )
            )
        if open_dated(event.when) or str(event.year) not in event.when or "-" in event.when:
            # "na 1933", "rond 1930" or "1912-1913": "in welk jaar" would misstate the essay.
            continue
        drafts.append(
            QuestionDraft(
                qtype="short_answer",
                variant="year",
                prompt=year_question(event.title),
                answers=[str(event.year)],
                explanation=explanation,
                support=[str(event.year)],
                difficulty=0.7,
                **common,
            )
        )
    drafts += timeline_questions(knowledge)
    return drafts


def is_title(title: str) -> bool:
    """'Terrorisme en communisme', 'De Nieuwe Koers': a work's own name, capitalised. 'de
    verklaring van Rakovski' or 'reportages over …' describe a text; asking for one as "which
    work" puts the label on something that is not a work and asks for the essay's wording."""
    return title[:1].isupper()


SENTENCE_BREAK = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][”\"’]))\s+(?=[A-Z“‘\"])")


def sentence_with(span: str, phrase: str) -> str:
    """The one sentence of a span that holds the phrase: a blank asks about that sentence, not
    about the three around it (nor repeats their slips)."""
    text = without_footnotes(span)
    for part in SENTENCE_BREAK.split(text):
        if phrase in part:
            return part.strip()
    return text


def without_footnotes(text: str) -> str:
    return re.sub(r"\[\d+\]", "", text)


def when_phrase(when: str) -> str:
    """'1922' -> 'in 1922', 'zomer van 1917' -> 'in de zomer van 1917', 'na 1933' stays."""
    if when[:1].isdigit() or when.split(" ", 1)[0] in MONTHS:
        return f"in {when}"
    if when.startswith(("zomer", "winter", "lente", "herfst", "voorjaar", "najaar")):
        return f"in de {when}"
    return when


def dated(event) -> str:
    """The explanation of an event: what happened and when, as whole sentences."""
    where = cite(event.passage)
    if is_noun_phrase(event.title):
        return sentence(
            f"Het essay plaatst {lower_first(event.title)} {when_phrase(event.when)} ({where})"
        )
    return f"{sentence(event.title)} Dat was {when_phrase(event.when)} ({where})."


def year_question(title: str) -> str:
    if is_noun_phrase(title):
        return (
            question(f"In welk jaar plaatst het essay {lower_first(title)}") + " Typ het jaartal."
        )
    return f"In welk jaar gebeurde dit volgens het essay? Typ het jaartal.\n{sentence(title)}"


def _span(event) -> tuple[int, int]:
    span = year_span(getattr(event, "when", "") or "")
    return span if span else (event.year, event.year)


def _within(a, b) -> bool:
    """One event's period holds the other's years: "De Jaeger bestuurde Knesselare (1897 tot
    1908)" and "de familiefoto dateert van 1904" have no order (the thirteenth reading)."""
    (a_low, a_high), (b_low, b_high) = _span(a), _span(b)
    return (a_low < a_high and a_low <= b_low <= a_high) or (
        b_low < b_high and b_low <= a_low <= b_high
    )


def _fits(event, group) -> bool:
    """A distinct year, no period that holds another item, and not another event of the same
    sentence: "het verdrag (1886) trad in 1887 in werking" cut into two items is one sentence to
    put in order (the eighth reading)."""
    return (
        event.year not in {e.year for e in group}
        and not any(_within(event, e) for e in group)
        and not any(
            e.passage_id == event.passage_id and share_source((e.span,), (event.span,))
            for e in group
        )
    )


def timeline_groups(events, size=TIMELINE_SIZE, seed="") -> list[list]:
    """Groups of events with distinct years, together covering every event at least once."""
    remaining = sorted(events, key=lambda e: e.key)
    seeded_random(seed, "timeline").shuffle(remaining)
    groups = []
    while remaining:
        group = []
        for event in list(remaining):
            if len(group) < size and _fits(event, group):
                group.append(event)
                remaining.remove(event)
        # Top up from events used before, still with distinct years: the least used first, so
        # that no two timelines open with the same pair (the eleventh unseen reading).
        used = Counter(e.key for g in groups for e in g)
        for event in sorted(events, key=lambda e: (used[e.key], e.key)):
            if len(group) >= size:
                break
            if event not in group and _fits(event, group):
                group.append(event)
        if len(group) >= 3:
            groups.append(group)
    return groups


def timeline_questions(knowledge: Knowledge) -> list[QuestionDraft]:
    drafts = []
    # Publication data and asides (detail items) stay out of the timelines too.
    events = [e for e in knowledge.events if e.centrality != "detail" and not shows_its_year(e)]
    for group in timeline_groups(events, seed=knowledge.essay.slug):
        ordered = sorted(group, key=lambda e: e.year)
        variant = "+".join(sorted(e.key for e in group))
        draft = QuestionDraft(
            essay_slug=knowledge.essay.slug,
            origin=f"events:{variant}",
            qtype="ordering",
            variant="timeline",
            prompt="Zet deze gebeurtenissen in de volgorde waarin ze plaatsvonden, de vroegste eerst.",
            answers=[e.title for e in ordered],
            explanation=capitalise(
                " → ".join(f"{e.when}: {e.title} ({cite(e.passage)})" for e in ordered) + "."
            ),
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
            if not any(stands_in(name, prompt) for name in work.author.all_names()):
                explanation = sentence(
                    f"{work.author.name} is de auteur van «{work.title}» ({cite(work.passage)})"
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
        if is_title(work.title) and work.title in work.span:
            titles = [
                w.title for w in knowledge.works if w.pk != work.pk and w.centrality != "detail"
            ]
            distractors = pick_distractors(
                work.title, titles, passage_text=work.passage.text, seed=f"{origin}:title"
            )
            if len(distractors) == 3:
                drafts.append(
                    choice_draft(
                        qtype="multiple_choice",
                        variant="title",
                        prompt="Welk werk hoort op de open plek?\n"
                        f"«{blank_out(sentence_with(work.span, work.title), work.title)}»",
                        answer=work.title,
                        explanation=f"Er staat: «{sentence_with(work.span, work.title)}» "
                        f"({cite(work.passage)}).",
                        support=[work.title],
                        distractors=distractors,
                        difficulty=0.45,
                        **common,
                    )
                )
        # "het werk van Whitman" names its author by any of his names: "… is van John Dewey"
        # is no question (the 46th reading's rebuild).
        if work.author and not any(stands_in(n, work.title) for n in work.author.all_names()):
            wrong = pick_distractors(
                work.author.name,
                authors,
                passage_text=work.passage.text,
                seed=f"{origin}:tf",
                count=1,
                also_excluded=work.author.variants,
            )
            verb = "zijn" if work.kind.endswith("s") else "is"  # "reportages ... zijn van"
            statement = capitalise(f"{work.kind_phrase()} {verb} van {{}}.")
            roles = {p.name: p.role for p in knowledge.people}
            drafts.append(
                QuestionDraft(
                    qtype="true_false",
                    variant="author-true",
                    prompt=f"Juist of onjuist? {statement.format(work.author.name)}",
                    options=[TRUE_LABEL, FALSE_LABEL],
                    answers=[TRUE_LABEL],
                    explanation=f"Juist: {lower_first(statement.format(work.author.name)[:-1])} "
                    f"({cite(work.passage)}).",
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
                        explanation=f"Onjuist: {lower_first(statement.format(work.author.name)[:-1])} "
                        f"({cite(work.passage)}).",
                        support=work.author.all_names(),
                        distractors=wrong,
                        difficulty=0.3,
                        statement=statement.format(work.author.name),
                        true_value=work.author.name,
                        roles=roles,
                        aliases=work.author.variants,
                        **common,
                    )
                )
    return drafts
