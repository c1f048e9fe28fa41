"""Flashcards: facts, people both ways, concepts both ways, quotes, events, arguments, cloze."""

from .draft import CardDraft, Source, cite
from .dutch import leans_outside, who_question
from .facts import BLANK, blank_out, supporting_sentence
from .knowledge import Knowledge, has_role, is_curated, shows_its_year, source, topics_of
from .people import bare_role_used_elsewhere, too_generic
from .quality import names_what_the_sentence_before_named


def _card(knowledge, item, origin, kind, front, back, sources=None, cloze=""):
    return CardDraft(
        essay_slug=knowledge.essay.slug,
        origin=origin,
        kind=kind,
        front=front,
        back=back,
        sources=sources or [source(item)],
        topics=topics_of(item),
        cloze=cloze,
    )


def build_cards(knowledge: Knowledge) -> list[CardDraft]:
    cards = []
    for person in knowledge.people:
        if not has_role(person) or too_generic(person.role):
            # "genoemd in: …" says where the name stands, "een geesteswetenschapper" what kind
            # of person: neither says who this one is
            continue
        origin = f"person:{person.key}"
        back = f"{person.role} ({cite(person.passage)})"
        cards.append(_card(knowledge, person, origin, "person", person.name, back))
        if bare_role_used_elsewhere(person, knowledge):
            continue  # "Wie was de arts?" among other doctors: the name side only
        cards.append(
            _card(
                knowledge,
                person,
                origin,
                "person_reverse",
                who_question(person.role),  # not the colon frame "Wie is in het essay: …?"
                person.name,
            )
        )
    for concept in knowledge.concepts:
        origin = f"concept:{concept.key}"
        cards.append(
            _card(
                knowledge,
                concept,
                origin,
                "concept",
                concept.term,
                f"{concept.definition} ({cite(concept.passage)})",
            )
        )
        cards.append(
            _card(knowledge, concept, origin, "concept_reverse", concept.definition, concept.term)
        )
    for fact in knowledge.facts:
        front = blank_out(fact.statement, fact.answer)
        if leans_outside(front) or names_what_the_sentence_before_named(front, source(fact)):
            continue  # the same rules as for a question on it (quality.question_problems)
        origin = f"fact:{fact.key}"
        cards.append(
            _card(
                knowledge,
                fact,
                origin,
                "fact",
                blank_out(fact.statement, fact.answer),
                f"{fact.answer} — {fact.statement} ({cite(fact.passage)})",
            )
        )
        sentence = supporting_sentence(fact)
        if fact.answer in sentence and not leans_outside(sentence):
            cloze = sentence.replace(fact.answer, "{{c1::" + fact.answer + "}}")
            cards.append(
                _card(
                    knowledge,
                    fact,
                    origin,
                    "cloze",
                    sentence.replace(fact.answer, BLANK),
                    sentence,
                    sources=[Source(fact.passage, sentence)],
                    cloze=cloze,
                )
            )
    for event in knowledge.events:
        if shows_its_year(event):
            continue  # "Wanneer: in 1953, na een storm die dagen duurde, …?" answers itself
        cards.append(
            _card(
                knowledge,
                event,
                f"event:{event.key}",
                "event",
                f"Wanneer: {event.title}?",
                f"{event.when} ({cite(event.passage)})",
            )
        )
    for quote in knowledge.quotes:
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
        cards.append(
            _card(
                knowledge,
                quote,
                f"quote:{quote.key}",
                "quote",
                f"Wie schreef of zei: «{quote.text}»?",
                f"{attribution} ({cite(quote.passage)})",
            )
        )
    for argument in knowledge.arguments:
        points = list(argument.points.all())
        lines = [
            f"• {p.text} ({cite(p.passage)})" for p in points if p.kind in {"reason", "evidence"}
        ]
        conclusions = [p.text for p in points if p.kind == "conclusion"]
        if not lines and not conclusions:
            continue  # "Welke redenen geeft de auteur?" with none on the back (the 47th round)
        stance = "verwerpt" if argument.stance == "rejects" else "verdedigt"
        back = "\n".join(
            [
                f"De auteur {stance}: {argument.position}",
                "Onderbouwing:",
                *lines,
                *(f"Conclusie: {c}" for c in conclusions),
            ]
        )
        cards.append(
            _card(
                knowledge,
                argument,
                f"argument:{argument.key}",
                "argument",
                f"Stelling van de auteur{_about(argument)}: {argument.claim} "
                f"Welke redenen geeft {_who_argues(argument)}?",
                back,
            )
        )
    return cards


def _who_argues(argument) -> str:
    """ "hij" for the shipped essay's author; a drafted text's author may be a woman (the 47th
    round: a column by a historian, asked "Welke redenen geeft hij?")."""
    return "hij" if is_curated(argument) else "de auteur"


def _about(argument) -> str:
    """ " over Trotski" for a curated argument; a drafted subject is a guess from the claim's
    first words ("over er", "over makkelijk"), so a drafted card names none."""
    return f" over {argument.subject}" if is_curated(argument) else ""
