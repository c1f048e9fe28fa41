"""People -> who-is questions, typed names and matching people to their role."""

import re

from studyapp.models.bank import PAIR_SEPARATOR

from .distractors import pick_distractors, stands_in
from .draft import QuestionDraft, choice_draft, cite, seeded_random
from .dutch import description, who_question
from .facts import nearest_people
from .knowledge import Knowledge, has_role, source, topics_of

MATCHING_GROUP_SIZE = 4


def person_questions(knowledge: Knowledge) -> list[QuestionDraft]:
    drafts = []
    slug = knowledge.essay.slug
    # The essay's sources (a brochure's author, a reviewer of our time) are no wrong answers
    # to "who was the party's secretary-general from 1922?": they rule themselves out (round 21).
    # Nor is a name the drafter found no role for ("Guinea", round 7's reader).
    names = [p.name for p in knowledge.people if p.centrality != "detail" and has_role(p)]
    essay_text = " ".join(
        knowledge.essay.passages.filter(number__isnull=False).values_list("text", flat=True)
    )
    for person in knowledge.people:
        if not has_role(person):
            continue  # "Wie wordt genoemd in: …?" asks nothing
        if {w.lower() for w in person.role.split()} & {w.lower() for w in person.name.split()}:
            continue  # "Wie was prins?" of "Prins Bernhard" answers itself (round 7)
        origin = f"person:{person.key}"
        common = {
            "essay_slug": slug,
            "origin": origin,
            "topics": topics_of(person),
            "sources": [source(person)],
            "language": knowledge.essay.language,
        }
        prompt = who_question(person.role)
        explanation = description(person.name, f"{person.role} ({cite(person.passage)})")
        pool = [n for n in names if not stands_in(n, prompt)]
        topics = {t.pk for t in topics_of(person)}
        pool = nearest_people(person.name, topics, pool, knowledge, origin)
        distractors = pick_distractors(
            person.name,
            pool,
            passage_text=person.passage.text,
            seed=origin,
            also_excluded=person.variants,
            ranked=True,
        )
        if len(distractors) == 3:
            drafts.append(
                choice_draft(
                    qtype="multiple_choice",
                    variant="who",
                    prompt=prompt,
                    answer=person.name,
                    explanation=explanation,
                    support=person.all_names(),
                    distractors=distractors,
                    difficulty=0.35,
                    aliases=person.variants,
                    **common,
                )
            )
        drafts.append(
            QuestionDraft(
                qtype="short_answer",
                variant="name",
                prompt=f"{prompt} Typ de naam.",
                answers=typed_names(person, knowledge.people, essay_text),
                explanation=explanation,
                support=person.all_names(),
                difficulty=0.65,
                aliases=person.variants,
                **common,
            )
        )
    drafts += matching_questions(knowledge)
    return drafts


NAME_PARTICLES = {"van", "de", "der", "den", "ter", "ten", "von", "le", "la", "da", "di"}


def typed_names(person, people, text: str = "") -> list[str]:
    """Every name a learner may type: the full name, its variants and the surname ("Cieraad"
    for "Irene Cieraad", "Van Daalen" for "Sjoerd van Daalen"), unless another person of the
    essay has that surname too (the sixth unseen reading)."""
    names = person.all_names()
    parts = person.name.split()
    if len(parts) < 2 or re.fullmatch(r"[IVXLC]+", parts[-1]):
        return names  # "Innocentius III": "III" is no surname (the thirteenth unseen reading)
    start = len(parts) - 1
    while start > 1 and parts[start - 1].lower() in NAME_PARTICLES:
        start -= 1
    surname = " ".join(parts[start:])
    others = [n for p in people if p.pk != person.pk for n in p.all_names()]
    if len(surname) >= 3 and not any(n == surname or n.endswith(f" {surname}") for n in others):
        if not _surname_shared_in_text(person, surname, text):
            names += [n for n in {surname, surname[:1].upper() + surname[1:]} if n not in names]
    return names


def _surname_shared_in_text(person, surname: str, text: str) -> bool:
    """ "Wout Hoff" in the text beside "Pieter Hoff" asked: "Hoff" alone names either (the 41st
    reading), even when the drafter found no role for Wout."""
    own = set(person.name.split())
    for match in re.finditer(rf"\b([A-Z][a-zà-ÿ]+)\s{re.escape(surname)}\b", text):
        first = match.group(1)
        if first not in own and first.lower() not in COMMON_OPENERS:
            return True
    return False


# Capitalised words before a surname that are no first name: "Volgens Hoff", "Toen Hoff …".
COMMON_OPENERS = set(
    """volgens toen ook maar en dus daarna later zo ook nu want omdat hoewel wat waarom dat
    die deze dit zelfs alleen vooral daarom hier daar bij met door voor na van in op aan""".split()
)


def matching_groups(people, size=MATCHING_GROUP_SIZE, seed="") -> list[list]:
    """Groups of people with distinct roles; everyone in one group at most, so no matching
    asks a person another one asks too. A last group of fewer than three is left out."""
    ordered = sorted(people, key=lambda p: p.key)
    seeded_random(seed, "matching").shuffle(ordered)
    groups = []
    for start in range(0, len(ordered), size):
        group = ordered[start : start + size]
        if len(group) >= 3:
            groups.append(group)
    return groups


def _fair_group(group) -> bool:
    """Distinct roles, and no role that names another member ("samen met Radek")."""
    if len({p.role for p in group}) < len(group):
        return False
    return not any(
        stands_in(name, p.role) for p in group for q in group if q != p for name in q.all_names()
    )


def matching_questions(knowledge: Knowledge) -> list[QuestionDraft]:
    drafts = []
    seed = knowledge.essay.slug
    # The essay's sources (a brochure's author, a reviewer) are details, not people to know.
    people = [p for p in knowledge.people if p.centrality != "detail" and has_role(p)]
    groups = matching_groups(people, seed=seed)
    for attempt in range(1, 20):  # reshuffle (stably) until every group is fair
        if all(_fair_group(g) for g in groups):
            break
        groups = matching_groups(people, seed=f"{seed}:{attempt}")
    for group in groups:
        if not _fair_group(group):
            continue
        group = sorted(group, key=lambda p: p.key)
        variant = "+".join(p.key for p in group)
        draft = QuestionDraft(
            essay_slug=knowledge.essay.slug,
            origin=f"people:{variant}",
            qtype="matching",
            variant="roles",
            # Not "aan zijn of haar rol": template Dutch to round 25's reader.
            prompt="Koppel elke naam aan de juiste rol uit het essay.",
            answers=[f"{p.name}{PAIR_SEPARATOR}{p.role}" for p in group],
            explanation=" ".join(
                description(p.name, f"{p.role} ({cite(p.passage)})") for p in group
            ),
            sources=[source(p) for p in group],
            topics=sorted({t for p in group for t in topics_of(p)}, key=lambda t: t.position),
            support=[],
            difficulty=0.5,
            language=knowledge.essay.language,
        )
        roles = [p.role for p in group]
        seeded_random(draft.uid, "roles").shuffle(roles)
        draft.options = roles
        drafts.append(draft)
    return drafts
