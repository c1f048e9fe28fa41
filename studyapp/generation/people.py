"""People -> who-is questions, typed names and matching people to their role."""

import re

from studyapp.dutch_text import bare_plural, lemma
from studyapp.models.bank import PAIR_SEPARATOR

from .distractors import pick_distractors, stands_in
from .draft import QuestionDraft, choice_draft, cite, seeded_random
from .dutch import PARTICLES, description, who_question
from .facts import nearest_people
from .knowledge import Knowledge, has_role, source, topics_of
from .names import typed_names
from .quality import content_lemmas

MATCHING_GROUP_SIZE = 4


def person_questions(knowledge: Knowledge) -> list[QuestionDraft]:
    drafts = []
    slug = knowledge.essay.slug
    # The essay's sources (a brochure's author, a reviewer of our time) are no wrong answers
    # to "who was the party's secretary-general from 1922?": they rule themselves out (round 21).
    # Nor is a name the drafter found no role for ("Guinea", round 7's reader).
    names = [p.name for p in knowledge.people if p.centrality != "detail" and has_role(p)]
    for person in knowledge.people:
        if not has_role(person):
            continue  # "Wie wordt genoemd in: …?" asks nothing
        if {w.lower() for w in person.role.split()} & {w.lower() for w in person.name.split()}:
            continue  # "Wie was prins?" of "Prins Bernhard" answers itself (round 7)
        if role_fits_someone_else(person, knowledge) or too_generic(person.role):
            continue
        if bare_role_used_elsewhere(person, knowledge):
            continue
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
                answers=typed_names(person, knowledge.people, knowledge.text),
                explanation=explanation,
                support=person.all_names(),
                difficulty=0.65,
                aliases=person.variants,
                **common,
            )
        )
    drafts += matching_questions(knowledge)
    return drafts


QUALIFIERS = {"van", "uit", "in", "die", "dat", "met", "voor", "bij", "tegen", "over", "op", "aan"}


# A role opens with an article or a noun; these open a remark about the person instead.
ROLE_ADVERBS = {"zelf", "ook", "niet", "nog", "wel", "juist", "eigenlijk", "altijd", "nooit"}
# Nouns of things and ideas ("oplossing", "vrijheid", "revolutie"); "-ling" is a person's.
THING_ENDINGS = ("ing", "heid", "isme", "tie")

POINTING_DETERMINER = re.compile(r"\b(?:deze|dit|zulke|zo'n|zo’n|dergelijke)\s+[a-zà-ÿ]", re.I)


def too_generic(role: str) -> bool:
    """ "een geesteswetenschapper", "een Amerikaanse historicus": a kind of person, not who this
    one was; "Wie was een geesteswetenschapper?" has many answers (the 47th round). So has a
    role in the plural."""
    parts = role.split()
    last = parts[-1].lower().strip(".,") if parts else ""
    after_te = len(parts) > 2 and parts[-2].lower() == "te" and not last.endswith("en")
    if last in PARTICLES or after_te:
        # "kocht Nijs Maat de stoommaalderij aan", "springt Bleker haar te hulp": the rest of a
        # verb after the name, no role ("Wie was de stoommaalderij aan?", the 48th reading);
        # "die … de mond probeerde te snoeren" ends in an infinitive and is a role
        return True
    if POINTING_DETERMINER.search(role):
        # "gekoppeld met interventiepartijen die deze verbeteringen kunnen implementeren":
        # which improvements is said elsewhere (the 46th reading)
        return True
    if parts and parts[0].lower() in ROLE_ADVERBS:
        return True  # "Poettering is zelf ook niet onbesproken": a remark, no role (51st)
    head = next((i for i, p in enumerate(parts) if p.lower() in QUALIFIERS), len(parts))
    noun = parts[head - 1].lower().strip(".,") if head else ""
    if noun.endswith(THING_ENDINGS) and not noun.endswith("ling"):
        return True  # "Linux is de makkelijkste oplossing": a thing, not a person (51st)
    if parts[:1] == ["de"] and len(parts) > 1 and _plural(parts[1].strip(",")):
        return True  # "de professoren" of two people: "Wie was de professoren?" (the 49th round)
    if parts and parts[0].islower() and parts[0].endswith("e") and len(parts) <= 3:
        # "woonachtige koopman" (its "in Middelburg" cut off): no article, an adjective and a
        # noun; "Wie was woonachtige koopman?" (the 64th reading)
        if parts[0] not in {"de", "het", "een", "die", "deze"}:
            return True
    if (
        parts[:1] == ["de"]
        and len(parts) <= 3
        and last in OFFICES
        and not {p.lower().strip(",") for p in parts} & QUALIFIERS
        and not re.search(r"\d", role)
    ):
        # "de Amerikaanse president": an office held in turn; without a time or a country's
        # name "Wie was de Amerikaanse president?" has many answers (the 62nd reading)
        return True
    return (
        parts[:1] == ["een"]
        and len(parts) <= 3
        and not {p.lower().strip(",") for p in parts} & QUALIFIERS
        and "," not in role
    )


OFFICES = set(
    """president premier minister-president minister koning koningin keizer keizerin paus tsaar
    kanselier burgemeester voorzitter staatssecretaris gouverneur bisschop""".split()
)


def _plural(word: str) -> bool:
    """ "professoren", "leraars"; not "historicus" (which the lemmatiser reads as "historica")."""
    low = word.lower()
    return bare_plural(low) and (low.endswith("en") or lemma(low) + "s" == low)


# How long or when someone held a role says nothing about which role: "enige tijd dirigent"
# is a conductor among conductors.
DURATION_WORDS = """enige enkele tijd lange korte lang kort jaren jarenlang tijdelijk later toen
ooit even eens opnieuw weer nadien daarna""".split()


def bare_role_used_elsewhere(person, knowledge: Knowledge) -> bool:
    """ "Wie was de arts?" where the text also speaks of "alle artsen" and "een arts": a role of
    one noun says nothing of which one is meant once the noun stands in a sentence that does
    not name this person (the 51st and 55th readings)."""
    parts = person.role.split()
    if len(parts) != 2 or parts[0] not in {"de", "het"}:
        return False
    language = knowledge.essay.language
    noun = content_lemmas(parts[1], language)
    mine = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in person.all_names() if n) + r")\b")
    return bool(noun) and any(
        noun <= content_lemmas(sentence, language) and not mine.search(sentence)
        for sentence in knowledge.sentences
    )


def role_fits_someone_else(person, knowledge: Knowledge) -> bool:
    """Another person the essay names is said to be the same: "Wie was enige tijd dirigent?"
    while the text names four conductors (the seventeenth unseen reading). Every content word
    of the role but how long or when stands in a sentence naming someone else and not him."""
    language = knowledge.essay.language
    ignored = content_lemmas(" ".join(DURATION_WORDS), language) | content_lemmas(
        " ".join(person.all_names()), language
    )
    key = content_lemmas(person.role, language) - ignored
    if not key:
        return False

    def naming(names):
        return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names if n) + r")\b")

    mine = naming(person.all_names())
    others = [p for p in knowledge.people if p.pk != person.pk and p.all_names()]
    if not others:
        return False
    theirs = naming([n for p in others for n in p.all_names()])
    return any(
        key <= content_lemmas(sentence, language)
        and theirs.search(sentence)
        and not mine.search(sentence)
        for sentence in knowledge.sentences
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
