"""Facts -> multiple choice, true/false and cloze questions."""

import re
import unicodedata
from functools import lru_cache

import simplemma

from studyapp.grading import FALSE_LABEL, TRUE_LABEL
from studyapp.overlap import share_source

from .distractors import NUMBER_WORDS, ORDINALS, number_ceiling, pick_distractors
from .draft import QuestionDraft, choice_draft, cite, seeded_random
from .dutch import sentence
from .knowledge import Knowledge, has_role, source, topics_of
from .names import typed_names, without_title
from .quality import _lemma, content_lemmas

BLANK = "_____"
LEADS = {
    "date": "Welke datum of welk jaartal hoort op de open plek?",
    "number": "Welk getal hoort op de open plek?",
    "person": "Welke persoon hoort op de open plek?",
    "place": "Welke plaats hoort op de open plek?",
    "group": "Welke groep hoort op de open plek?",
    "work": "Welk werk hoort op de open plek?",
    "concept": "Welk begrip hoort op de open plek?",
}
# Concepts are too unlike each other to make fair wrong options; they get cloze and cards.
MULTIPLE_CHOICE_KINDS = {"date", "number", "person", "place", "group", "work"}
# A swapped group or concept rarely makes a statement that is false for sure and still reads
# well ("Rond 1920 bepleitte de Tsaristische officieren …"): those facts get no false version.
# Neither do people and places: "de opstand tegen Rakovski", "de verklaring van Kameniev"
# read as absurd or invent what never was, and "stakers in Rusland" for Petrograd stays true
# (rounds 14, 22 and 23). They are asked with options instead, where the key stands beside
# them.
FALSIFIABLE_KINDS = {"date", "number"}


# ", de raden," or " (de raden)" right after a term: the essay's own gloss of it; not a
# list's next member ("de sovjets, de raden, en de vakbonden").
GLOSS = re.compile(
    rf"{re.escape(BLANK)}(?:, (?:(?:de|het|een) )?\w+(?: \w+)?,(?! (?:en|of) )"
    r"| \((?:(?:de|het|een) )?\w+(?: \w+)?\))"
)


def glosses(text: str, answer: str) -> list[str]:
    """The essay's own gloss of a term ("de sovjets, de raden"): the blank drops it, and a
    learner who types it knows the answer (round 20)."""
    if not answer[:1].islower():
        return []
    found = re.search(
        rf"(?<!\w){re.escape(answer)}(?:, (?:(?:de|het|een) )?(\w+(?: \w+)?),(?! (?:en|of) )"
        r"| \((?:(?:de|het|een) )?(\w+(?: \w+)?)\))",
        text,
    )
    return [next(g for g in found.groups() if g)] if found else []


# "het _____ (ICC)", "De _____ (Open Source Security Foundation)", "het _____ voor Statistiek
# (CBS)": a name's acronym or expansion in brackets after it, the rest of the name between.
NAME_PARTS = r"(?:[A-Z][\w'’-]*|van|voor|de|der|den|het|en|of|for|the|and)"
ACRONYM_OR_EXPANSION = (
    r"[A-Za-z]*[A-Z][A-Za-z'’]*[A-Z][A-Za-z'’]*"  # ICC, OpenSSF, SBOM's
    rf"|[A-Z][\w'’-]*(?:\s{NAME_PARTS})+"  # Open Source Security Foundation
)
NAME_GLOSS = re.compile(
    rf"({re.escape(BLANK)}(?:\s{NAME_PARTS}){{0,3}})\s\((?:{ACRONYM_OR_EXPANSION})\)"
)


def blank_out(text: str, answer: str) -> str:
    """The text with the answer blanked. A short gloss right after a term ("de sovjets, de
    raden, …") translates the blank and goes with it (round 19), and so does a name's
    acronym or expansion in brackets ("het _____ (ICC)": round 7)."""
    blanked = re.sub(rf"(?<!\w){re.escape(answer)}(?!\w)", BLANK, text)
    if answer[:1].islower():
        blanked = GLOSS.sub(BLANK, blanked)
    else:
        blanked = NAME_GLOSS.sub(r"\1", blanked)
    return blanked


# "(MacKay, p127)", "blz. 12-14", "figuur 1.3": where the essay's evidence is found, not what it
# says. A number there is never asked (round 7's reader: "127" keyed to a page).
PAGE_OR_FIGURE = re.compile(
    r"\b(?:pp?|blz|bl|pag|pagina|pagina's|pages?|fig|figuur|figure|tabel|table)\.?\s?"
    r"\d+(?:[.,]\d+)*(?:\s?[-–]\s?\d+)?",
    re.IGNORECASE,
)
# "(Smit 2009: 45)", "(Jansen en De Vries, 2011)": a citation in brackets, a name and a year.
CITATION = re.compile(
    r"\((?:zie |vgl\. )?[A-Z][^()]*?(?<!\d)(?:1[5-9]|20)\d{2}[a-z]?(?!\d)[^()]*\)"
)


def in_reference(statement: str, value: str) -> bool:
    """Does the value only stand in a page, figure or bracketed citation of the statement?"""
    spans = [
        m.span() for pattern in (PAGE_OR_FIGURE, CITATION) for m in pattern.finditer(statement)
    ]
    found = list(re.finditer(rf"(?<![\w.,]){re.escape(value)}(?![\w]|[.,]\d)", statement))
    found += [m for m in re.finditer(rf"(?<=[A-Za-z]){re.escape(value)}(?!\w)", statement)]
    return bool(found) and all(
        any(start <= m.start() and m.end() <= end for start, end in spans) for m in found
    )


def replace_answer(statement: str, answer: str, other: str) -> str:
    replaced = re.sub(rf"(?<!\w){re.escape(answer)}(?!\w)", other, statement)
    return replaced[:1].upper() + replaced[1:]


def nearest_people(
    answer: str, topics: set, names: list[str], knowledge: Knowledge, seed: str
) -> list[str]:
    """The names of the pool, those nearest the answer first: the people who share the
    question's topics (`topics`: topic ids) and words of the answer's role; among equals a
    seeded shuffle. "Trotski steunde de verklaring van _____" with Kerenski, Zinoviev and
    Boecharin left Rakovski the one trotskist among the options (round 19); Radek and
    Preobrazhensky make the learner think, and Machno is no wrong answer to "which trotskist
    …" (round 21)."""
    people = {name: p for p in knowledge.people for name in p.all_names()}
    language = knowledge.essay.language
    person = people.get(answer)
    role = content_lemmas(person.role, language) if person else set()
    kind = role_noun(person.role) if person else ""

    def nearness(name):
        other = people.get(name)
        tie = seeded_random(seed, "near", name).random()
        if other is None:
            return (0, tie)
        shared_role = len(role & content_lemmas(other.role, language))
        shared_topics = len(topics & {t.pk for t in topics_of(other)})
        same_kind = 3 if kind and role_noun(other.role) == kind else 0
        return (-(same_kind + 2 * shared_topics + shared_role), tie)

    # One name per person: "Rakovski" (a fact's answer) and "Christian Rakovski" are one.
    unique, seen = [], set()
    for name in names:
        who = people.get(name)
        if who is None or id(who) not in seen:
            seen.add(id(who) if who else name)
            unique.append(name)
    return sorted(unique, key=nearness)


ROLE_NOUN = re.compile(
    r"^(?:de|het|een)?\s*(?:[\w’'-]+\s){0,2}?([\w’'-]+)"
    r"(?=\s(?:die|dat|wie|van|met|tegen|in|uit|aan)\b|$)",
    re.I,
)


def role_noun(role: str) -> str:
    """What a role says someone is: "de bolsjewistische leider die …" -> "leider", "de
    trotskist die …" -> "trotskist"."""
    found = ROLE_NOUN.match(role.strip())
    return found.group(1).lower() if found else ""


def supporting_sentence(fact) -> str:
    """The essay's own sentence that holds the answer inside the supporting span."""
    for stored in fact.passage.sentences.all():
        text = stored.text
        if fact.answer in text and (
            text in fact.span
            or fact.span in text
            or fact.span[:40] in text
            or text[:40] in fact.span
        ):
            return text
    return fact.span


def rejected_spans(knowledge: Knowledge) -> tuple[str, ...]:
    """The essay's words for the views its author rejects."""
    return tuple(
        point.span
        for argument in knowledge.arguments
        if argument.stance == "rejects"
        for point in argument.points.all()
        if point.kind == "counter"
    )


NAMED_KINDS = {"person", "place", "group"}


def named_in_title(answer: str, title: str) -> bool:
    """ "Tweede Kamer" in "Versterking functies Tweede Kamer", "Syrië" in "Terugkeer Syrische
    vluchtelingen" (a word that begins as the name does, bar its last letter): what the text is
    about, guessed without reading it (the 57th and 58th readings)."""

    def plain(text):
        return "".join(
            c for c in unicodedata.normalize("NFD", text.lower()) if c.isalnum() or c == " "
        )

    name, heading = plain(answer).split(), plain(title).split()
    if not name or not heading:
        return False
    if " ".join(name) in " ".join(heading).split(" ") or re.search(
        rf"\b{re.escape(' '.join(name))}\b", " ".join(heading)
    ):
        return True
    stem = name[0][:-1]
    return len(name) == 1 and len(stem) >= 4 and any(w.startswith(stem) for w in heading)


def fact_questions(knowledge: Knowledge) -> list[QuestionDraft]:
    drafts = []
    slug = knowledge.essay.slug
    rejected = rejected_spans(knowledge)
    for fact in knowledge.facts:
        if in_reference(fact.statement, fact.answer):
            continue  # a page or a figure's number is where the essay looks, not what it says
        if fact.kind in NAMED_KINDS and named_in_title(fact.answer, knowledge.essay.title):
            continue  # "de _____" in a text titled "… Tweede Kamer": the blank gives itself away
        origin = f"fact:{fact.key}"
        where = cite(fact.passage)
        common = {
            "essay_slug": slug,
            "origin": origin,
            "topics": topics_of(fact),
            "sources": [source(fact)],
            "language": knowledge.essay.language,
        }
        roles = {p.name: p.role for p in knowledge.people} if fact.kind == "person" else {}
        pool = knowledge.answers_of_kind(fact.kind)
        if fact.kind == "group":
            # "Rond 1920 bepleitte de _____": a plural option would not fit the verb.
            pool = [g for g in pool if is_plural(g) == is_plural(fact.answer)]
            pool = names_taking_het(pool, fact, knowledge.text)
        if fact.kind == "place":
            # "actief in de _____": the options must take the article the blank leaves.
            article = article_before(fact.statement, fact.answer)
            pool = [p for p in pool if article_in_essay(p, knowledge.text) == article]
        if fact.kind == "person":
            topics = {t.pk for t in topics_of(fact)}
            pool = nearest_people(fact.answer, topics, pool, knowledge, origin)
        distractors = pick_distractors(
            fact.answer,
            pool,
            passage_text=fact.passage.text,
            seed=origin,
            ranked=fact.kind == "person",
            as_count=fact.kind == "number",
            ceiling=number_ceiling(fact.statement, fact.answer),
        )
        explanation = sentence(f"{fact.statement.rstrip('.')} ({where})")
        swapped = {"statement": fact.statement, "true_value": fact.answer, "roles": roles}

        if fact.kind in MULTIPLE_CHOICE_KINDS and len(distractors) == 3:
            drafts.append(
                choice_draft(
                    qtype="multiple_choice",
                    variant="blank",
                    prompt=f"{blank_lead(fact, knowledge)}\n{blank_out(fact.statement, fact.answer)}",
                    answer=fact.answer,
                    explanation=explanation,
                    support=[fact.answer],
                    distractors=distractors,
                    difficulty=0.4 if fact.kind != "date" else 0.5,
                    **swapped,
                    **common,
                )
            )

        if not share_source((fact.span,), rejected):
            # "Juist" on the view the author goes on to call wrong ("Wie … kijkt, zou denken
            # dat …. Dat klopt niet.") would teach the misconception (the 45th reading).
            drafts.append(
                QuestionDraft(
                    qtype="true_false",
                    variant="true",
                    prompt=f"Juist of onjuist? {fact.statement}",
                    options=[TRUE_LABEL, FALSE_LABEL],
                    answers=[TRUE_LABEL],
                    explanation=f"Juist. {explanation}",
                    support=[fact.answer],
                    difficulty=0.2,
                    **common,
                )
            )
        if fact.kind in FALSIFIABLE_KINDS and distractors:
            wrong = distractors[0]
            drafts.append(
                QuestionDraft(
                    qtype="true_false",
                    variant="false",
                    prompt=f"Juist of onjuist? {replace_answer(fact.statement, fact.answer, wrong)}",
                    options=[TRUE_LABEL, FALSE_LABEL],
                    answers=[FALSE_LABEL],
                    explanation=f"Onjuist: niet «{wrong}» maar «{fact.answer}». {explanation}",
                    support=[fact.answer],
                    distractors=[wrong],
                    difficulty=0.3,
                    **swapped,
                    **common,
                )
            )

        # The blank stands in the pack's own whole sentence (not a cut-off span, not the
        # essay's slips) and asks for one key term; grammatical variants are accepted.
        if cloze_is_determined(fact):
            drafts.append(
                QuestionDraft(
                    qtype="cloze",
                    variant="sentence",
                    prompt=f"{cloze_lead(fact)}\n{blank_out(fact.statement, fact.answer)}",
                    answers=list(
                        dict.fromkeys(
                            [
                                fact.answer,
                                *accepted_variants(knowledge, fact.answer, fact.statement),
                                *glosses(fact.statement, fact.answer),
                            ]
                        )
                    ),
                    explanation=explanation,
                    support=[fact.answer],
                    difficulty=0.6,
                    statement=fact.statement,
                    true_value=fact.answer,
                    **common,
                )
            )
    return drafts


# Words that name a body of people: "de Arbeidersoppositie", "de Arbeidersgroep".
GROUP_NOUNS = ("groep", "partij", "oppositie", "beweging", "bond", "fractie", "factie", "leger")


def reads_as_group(answer: str) -> bool:
    """'Tsaristische officieren', 'sovjets', 'Arbeidersgroep': people in the plural or a body of
    people. A drafted pack files every other name as a group too ('de Peel', 'de Koude
    Oorlog', 'de Kortenaer': round 7's reader); a capitalised plural may be mountains."""
    head = answer.split()[-1]
    return (head[:1].islower() and is_plural(answer)) or head.lower().endswith(GROUP_NOUNS)


def blank_lead(fact, knowledge: Knowledge) -> str:
    """What the open spot asks for, as far as the pack knows it: a person the pack knows no
    role of ('Pax Americana') and a name that does not read as a group are a name."""
    fits = {
        "person": not any(
            fact.answer in p.all_names() and not has_role(p) for p in knowledge.people
        ),
        "group": reads_as_group(fact.answer),
    }.get(fact.kind, True)
    if fits:
        return LEADS[fact.kind]
    if fact.answer[:1].isupper():
        return "Welke naam hoort op de open plek?"
    return "Wat hoort op de open plek?"


def article_before(statement: str, answer: str) -> str:
    """'de' in 'actief in de Oekraïne': the article the sentence puts before the answer."""
    head = statement.split(answer, 1)[0]
    m = re.search(r"(?:^|\s)(de|het)\s+$", head, re.IGNORECASE)
    return m.group(1).lower() if m else ""


def names_taking_het(pool: list[str], fact, text: str) -> list[str]:
    """ "de verruiming van het _____": only names the essay writes with "het" may stand
    there; the one "het" name among "de" names gave the answer away (the 61st reading)."""
    if article_before(fact.statement, fact.answer) != "het":
        return pool
    return [name for name in pool if article_in_essay(name, text) == "het"]


def article_in_essay(name: str, text: str) -> str:
    """The article the essay mostly puts before a name ('de Oekraïne', 'de Balkan'), or ''."""
    counts = {"": 0, "de": 0, "het": 0}
    for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
        before = re.search(r"(?:^|\s)(de|het)\s+$", text[max(0, m.start() - 5) : m.start()], re.I)
        counts[before.group(1).lower() if before else ""] += 1
    return max(counts, key=lambda k: (counts[k], k == ""))


def is_plural(noun_phrase: str) -> bool:
    """A rough Dutch plural test on the head noun: 'officieren', 'sovjets', 'militities'."""
    head = noun_phrase.split()[-1].lower()
    return head.endswith(("en", "s")) and not head.endswith(("is", "us", "ss"))


ACRONYM = re.compile(r"[A-Z]{2,6}")


def cloze_is_determined(fact) -> bool:
    """A name, date, number, place or group blank has one filling; a concept only when the
    statement quotes it as a term ('zogeheten ‘capitulaties’'), else many words fit."""
    if any(ACRONYM.fullmatch(w) for w in fact.answer.split()) or len(fact.answer.split()) >= 3:
        # "EU" is also typed "Europese Unie", "Verdrag van Lissabon" also "Lissabonverdrag":
        # long names and acronyms are asked with options, where no spelling can be refused
        # (the unseen texts' reader); so is a name with an acronym in it ("FOD
        # Volksgezondheid" is also "FOD": the 60th reading).
        return False
    if fact.kind != "concept":
        return True
    return bool(re.search(rf"[‘'“\"]{re.escape(fact.answer)}[’'”\"]", fact.statement))


CLOZE_LEADS = {
    "date": "Vul het ontbrekende jaartal of de ontbrekende datum in.",
    "number": "Vul het ontbrekende getal in.",
    "person": "Vul de ontbrekende naam in.",
    "place": "Vul de ontbrekende naam in.",  # a place, a country or a region
}


def cloze_lead(fact) -> str:
    if fact.kind in CLOZE_LEADS:
        return CLOZE_LEADS[fact.kind]
    if len(fact.answer.split()) > 1:
        return "Vul de ontbrekende woorden in."
    return "Vul het ontbrekende woord in."


# Nouns with these endings are de-words: an adjective before them always ends in -e.
DE_WORD_ENDINGS = ("ie", "ies", "ing", "heid", "teit", "ij", "iek", "ade", "ide", "ster")


def compound_spaced(word: str, language: str) -> list[str]:
    """'arbeidersmilities' is also typed 'arbeiders milities': a compound of two known words."""
    lang = language if language in {"nl", "en", "de", "fr"} else "nl"
    for cut in range(len(word) - 5, 3, -1):
        head, tail = word[:cut], word[cut:]
        if head in NOT_FIRST_NAMES:
            continue  # "voor beeld" for "voorbeeld": a particle, not the first of two nouns
        if simplemma.is_known(head, lang=lang) and simplemma.is_known(tail, lang=lang):
            return [f"{head} {tail}"]
    return []


NOT_FIRST_NAMES = set(
    """de het een der des zijn haar hun ons onze mijn jouw uw deze die dit dat bij van in voor
op aan met naar uit over door tot om na tegen zonder volgens onder tussen en maar of want
dus toen als dan ook nog al wel niet geen elke ieder alle veel""".split()
)


def _longer_names(text: str, surname: str) -> list[str]:
    """ "Jacob van Maerlant" and "Van Maerlant" for a blank that the essay fills with "Maerlant"
    elsewhere as the full name (the ninth unseen reading: the full name was refused)."""
    forms = []
    # Inside a sentence only: "Rondom Lochem" at a sentence's start is no first name.
    pattern = (
        rf"(?<=[a-zà-ÿ,;:]\s)([A-Z][a-zà-ÿ]+)((?:\s(?:van|de|der|den|ter|ten|von))*)"
        rf"\s{re.escape(surname)}\b"
    )
    for first, particles in re.findall(pattern, text):
        if first.lower() in NOT_FIRST_NAMES or simplemma.is_known(first.lower(), lang="nl"):
            continue  # "Bij Maerlant", "Het Kapittel van Utrecht": no first name
        forms.append(f"{first}{particles} {surname}")
        if particles:
            forms += [
                f"{particles.strip()} {surname}",
                f"{particles.strip().capitalize()} {surname}",
            ]
    return list(dict.fromkeys(forms))


def _continued_names(text: str, answer: str, people: set[str]) -> list[str]:
    """ "De Groene Amsterdammer" for "De Groene", "Hunterian Museum" for "Hunterian": the
    longer name the essay gives elsewhere is what a learner who knows it may type (the 52nd
    reading refused both). Another person's name after it is no continuation."""
    if not answer[:1].isupper():
        return []
    # Within one line: a heading "Employee Companion" and a paragraph opening "Hieronder …"
    # make no name "Employee Companion Hieronder" (the 46th reading).
    alone = re.findall(rf"(?<!\w){re.escape(answer)}(?!\w)(?![ \t][A-Z])", text)
    if len(alone) > 1:
        return []  # "Rotterdam" stands alone all over the text: "Rotterdam Partners" is another
    forms = []
    for match in re.finditer(rf"(?<!\w){re.escape(answer)}((?:[ \t][A-Z][\w’'-]+){{1,2}})", text):
        tail = match.group(1).split()
        if not any(word in people for word in tail):
            forms.append(f"{answer} {' '.join(tail)}")
    return list(dict.fromkeys(forms))


# The names Dutch gives the two world wars; a learner who knows the text may type any of them
# (the 62nd reading refused "Tweede Wereldoorlog" for the text's "Tweede Oorlog").
WORLD_WARS = [
    ("eerste wereldoorlog", "eerste oorlog", "groote oorlog", "grote oorlog", "wo i", "woi", "wo1"),
    ("tweede wereldoorlog", "tweede oorlog", "wo ii", "woii", "wo2", "wo 2"),
]


NAMING_CUE = re.compile(r"(?:aangeduid\smet|genaamd|genoemd|heette|heten|ook\swel)\s$", re.I)


@lru_cache(maxsize=4096)
def other_names(answer: str, text: str) -> tuple[str, ...]:
    """ "aangeduid met Generaliteit of Unie", "de wederdopers of anabaptisten": the other name
    the text gives the same thing beside it (the 65th reading refused "Unie")."""
    if f"{answer} of " not in text:
        return ()
    found = []
    for match in re.finditer(rf"(?<!\w){re.escape(answer)}\sof\s([\w-]+)(?=[.,;:)]|$)", text):
        other = match.group(1)
        before = text[max(0, match.start() - 40) : match.start()]
        named = NAMING_CUE.search(before) or (other[:1].isupper() and answer[:1].isupper())
        if named and other.lower() not in {"niet", "wel", "zo", "meer", "minder"}:
            found.append(other)
    return tuple(found)


def short_form(answer: str, text: str) -> tuple[str, ...]:
    """ "Word" for "Microsoft Word": the name's last word, when the text itself uses it alone
    (inside a sentence, without the first word) at least twice (the 51st reading refused it)."""
    parts = answer.split()
    if len(parts) != 2 or not all(p[:1].isupper() for p in parts):
        return ()
    first, last = parts
    alone = re.findall(rf"(?<=[a-zà-ÿ,] )(?<!{re.escape(first)} ){re.escape(last)}\b", text)
    return (last,) if len(alone) >= 2 else ()


def accepted_variants(knowledge: Knowledge, answer: str, sentence: str = "") -> list[str]:
    """Other forms of the same term: a name's spellings, digits for number words, lemmas."""
    possessive = re.fullmatch(r"(.+?)(?:[’']s|s)", answer)
    for person in knowledge.people:
        if answer in person.all_names():
            # "Sweeney" for "Latanya Sweeney" too, unless the text has another Sweeney.
            names = typed_names(person, knowledge.people, knowledge.text)
            # "Electronic Arts (EA)": the short name the text gives it (the 62nd reading)
            names += [a for a in acronyms(answer, knowledge.text) if a.isupper()]
            return [name for name in dict.fromkeys(names) if name != answer]
        if possessive and possessive.group(1) in person.all_names():
            # "zag _____ diep tragische einde": "Ehrenfests", and "Ehrenfest" as typed.
            return [possessive.group(1)]
    names = {name for person in knowledge.people for name in person.all_names()}
    continued = _continued_names(knowledge.text, answer, names)
    # After a vowel a name's genitive takes an apostrophe ("Marcus’", "Otto’s"): "Barrington
    # Atlas" ends in its own -s (the 46th reading accepted "Atla").
    own_s = re.search(r"[aiouy]s$", answer) is not None
    if possessive and len(answer.split()) >= 2 and is_name(answer) and not own_s:
        # "in _____ 1984" asks "George Orwells"; "George Orwell" and "Orwell" are typed too
        # (the 55th reading refused them).
        base = possessive.group(1).rstrip("’'")
        continued += [base, base.split()[-1]]
    continued += list(other_names(answer, knowledge.text))
    continued += list(short_form(answer, knowledge.text))
    if without_title(answer):
        continued.append(without_title(answer))  # "Willibrord" for "Sint Willibrord" (66th)
    group = re.fullmatch(r"([A-Z][\w’']+?)-?fractie", answer)
    if group and len(group.group(1)) >= 2:
        # "Vooruitfractie" and "CDA-fractie" are also typed "Vooruit" and "CDA" (the 61st reading)
        continued.append(group.group(1))
    if re.fullmatch(r"[A-Z][a-zà-ÿ]{2,}", answer):
        # "GBA", the speaker's own short name for "Gegevensbeschermingsautoriteit" (the 61st)
        continued += _compound_acronym(answer, knowledge.text)
        if re.search(rf"\b(?:de|het|een)\s{re.escape(answer)}\b", sentence):
            return continued  # "Manhattan aan de _____": the river Maas, not the architect
        return list(dict.fromkeys(_longer_names(knowledge.text, answer) + continued))
    forms = continued
    lowered = answer.lower()
    for war in WORLD_WARS:
        if lowered in war:
            forms += [name for name in war if name != lowered]  # "WO II" for "Tweede Oorlog"
    if m := re.fullmatch(r"(\d{4})\s*[-–]\s*(\d{4})", answer):
        start, end = m.groups()
        forms += [f"{start}–{end}", f"{start} - {end}", f"{start} tot {end}", f"{start}-{end}"]
    if lowered in NUMBER_WORDS:
        forms.append(str(NUMBER_WORDS.index(lowered) + 1))
    if lowered in ORDINALS:
        n = ORDINALS.index(lowered) + 1
        forms += [f"{n}e", f"{n}de", f"{n}ste"]
    words = answer.split()
    if len(words) == 1 and answer.islower() and answer.endswith("ie"):
        forms.append(answer + "s")  # "capitulatie" is also typed as the essay's "capitulaties"
    if len(words) == 1 and answer.islower() and answer.endswith("ies"):
        forms.append(answer[:-1])  # "arbeidersmilities" is also "arbeidersmilitie"
    if len(words) == 1 and answer.islower():
        forms += compound_spaced(answer, knowledge.essay.language)
    if (
        len(words) >= 2
        and words[0].islower()
        and words[0].endswith("e")
        and len(words[0]) > 5
        and not words[-1].lower().endswith(DE_WORD_ENDINGS)
    ):
        # "halfslachtige stalinisme" is also "(een) halfslachtig stalinisme"; a de-word keeps its
        # -e ("permanente revolutie", never "permanent revolutie": round 14's reader).
        forms.append(" ".join([words[0][:-1], *words[1:]]))
    forms += acronyms(answer, knowledge.text)
    if re.fullmatch(r"[\w’']+(?:-[\w’']+)+", answer):
        forms.append(answer.replace("-", " "))  # "Google-effect" is also typed "Google effect"
    if (
        len(words) == 2
        and words[0] in {"Eerste", "Tweede"}
        and re.fullmatch(r"Kamer[a-z]{4,}", words[1])
    ):
        # "Tweede Kamerverkiezingen" is also written "Tweede-Kamerverkiezingen", and after "de"
        # a learner types "Kamerverkiezingen" (the 62nd reading)
        forms += [f"{words[0]}-{words[1]}", words[1]]
    if len(words) >= 2 and words[0].lower() in INSTITUTION_NOUNS and words[1][:1].isupper():
        # "Museum Bleulandinum" is also typed "Bleulandinum" (the 47th round's reader)
        forms.append(" ".join(words[1:]))
    last = words[-1].lower()
    lemma = _lemma(last, knowledge.essay.language)
    # Only an inflection of the same word ("capitulaties" -> "capitulatie", "Balkanoorlogen"
    # -> "Balkanoorlog"), never a compound the lemmatiser splits up, and never a word of a
    # name of several words: "Verenigde natie" is no name (round 7's reader).
    if (
        lemma.isalpha()
        and lemma != last
        and last.startswith(lemma[: max(3, len(lemma) - 2)])
        and not (len(words) > 1 and is_name(answer))
        # "Barrington Atlas" is no plural of "Barrington Atla" (the 46th reading): a capital
        # after the first word belongs to a name, whatever the lemmatiser makes of it.
        and not (len(words) > 1 and words[-1][:1].isupper())
    ):
        forms.append(" ".join([*words[:-1], lemma]))
    return [f for f in dict.fromkeys(forms) if f.lower() != lowered]


# The kind of place a name begins with, which a learner may leave out.
INSTITUTION_NOUNS = set(
    """museum universiteit hogeschool stichting ziekenhuis kasteel paleis fort kerk kathedraal
    abdij klooster hotel theater schouwburg station archief bibliotheek gasthuis""".split()
)


def is_name(text: str) -> bool:
    """'Verenigde Naties', 'Raad van State': capitalised words, particles between."""
    words = text.split()
    return all(w[:1].isupper() or w in NAME_PARTICLES for w in words) and words[0][:1].isupper()


NAME_PARTICLES = {"van", "voor", "de", "der", "den", "het", "en"}
COMMON_INITIALS = {"VS", "EU", "VN", "VK", "NS", "RK", "CDA", "PVV", "VVD"}
TEXT_ACRONYM = r"[A-Za-z]*[A-Z][A-Za-z]*[A-Z][A-Za-z]*"


def _spelled_out(acronym: str, text: str) -> list[str]:
    """ "de vereniging van eigenaren (VvE)": the words before the bracketed acronym whose first
    letters spell it, lowercase ones too (the 59th reading refused the full form of "VvE")."""
    letters = acronym.lower()
    found = []
    for match in re.finditer(rf"((?:[\w-]+\s){{2,8}})\({re.escape(acronym)}\)", text):
        before = match.group(1).split()
        for start in range(len(before) - 1):
            if "".join(w[0].lower() for w in before[start:]) == letters:
                found.append(" ".join(before[start:]))
                break
    return found


def _spells(acronym: str, compound: str) -> bool:
    """ "GBA" spells "Gegevensbeschermingsautoriteit": its capitals stand in the compound's
    order, each a few letters past the one before (no part of a compound is shorter)."""
    if len(acronym) < 3 or len(compound) < 10 or not compound.isalpha():
        return False
    if acronym[0] != compound[0]:
        return False
    lowered, at = compound.lower(), 0
    for letter in acronym[1:].lower():
        at = lowered.find(letter, at + 3)
        if at < 0:
            return False
    return True


def _compound_acronym(answer: str, text: str) -> list[str]:
    """The one acronym in the text that spells a one-word compound answer, or the one compound
    in the text an acronym answer spells: the 61st reading refused "GBA", which the speaker
    had used a paragraph before, for "Gegevensbeschermingsautoriteit". Two candidates: none."""
    if re.fullmatch(r"[A-Z]{2,5}", answer):
        words = re.findall(r"(?<![\w-])[A-Z][^\W\d_A-Z]{9,}(?![\w-])", text)
        candidates = {w for w in words if _spells(answer, w)}
    else:
        acronyms_in_text = re.findall(r"(?<![\w-])[A-Z]{2,5}(?![\w-])", text)
        candidates = {a for a in acronyms_in_text if _spells(a, answer)}
    return list(candidates) if len(candidates) == 1 else []


def acronyms(answer: str, text: str) -> list[str]:
    """Another name the essay gives the answer in brackets ('Internationaal Strafhof (ICC)',
    'KNMI (Koninklijk … Instituut)'), or else the initials of a name of capitalised words ('VN'
    for 'Verenigde Naties'): a learner who types them knows the answer (round 7's reader)."""
    if not answer[:1].isupper():
        return []
    found = [
        m.group(1)
        for m in re.finditer(
            rf"(?<!\w){re.escape(answer)}\s\(({TEXT_ACRONYM}|[A-Z][^()]{{2,80}}?)\)", text
        )
        if re.fullmatch(TEXT_ACRONYM, m.group(1)) or re.fullmatch(TEXT_ACRONYM, answer)
    ]
    found += [
        m.group(1) for m in re.finditer(rf"(?<!\w)({TEXT_ACRONYM})\s\({re.escape(answer)}\)", text)
    ]
    # "het College van Bestuur (CvB)": the name the acronym in brackets stands for (the 59th
    # reading refused "College van Bestuur" for "CvB")
    found += [
        m.group(1)
        for m in re.finditer(
            rf"(?<!\w)([A-Z][\w-]+(?:\s(?:van|voor|de|der|den|het|en|[A-Z][\w-]+)){{0,5}})"
            rf"\s\({re.escape(answer)}\)",
            text,
        )
        if re.fullmatch(TEXT_ACRONYM, answer)
    ]
    if re.fullmatch(TEXT_ACRONYM, answer):
        found += _spelled_out(answer, text)
    words = answer.split()
    # Not "RS" for "Raad van State" (RvS), "DH" for "Den Haag", nor "CB" for the part of
    # "Centraal Bureau voor Statistiek" a blank asks.
    particles = "|".join(NAME_PARTICLES)
    continued = re.search(rf"(?<!\w){re.escape(answer)}(?:\s(?:{particles}))?\s[A-Z]", text)
    if (
        not found
        and not continued
        and len(words) >= 2
        and all(w[:1].isupper() and w.lower() not in NAME_PARTICLES for w in words)
        # Dutch names shorten so ("VS", "EU"); "Daily Planet" is never "DP" (unseen11), and
        # "Heilige Land" never "HL" (unseen13): initials the text does not use are accepted
        # only when they are in common use.
        and all(simplemma.is_known(w.lower(), lang="nl") for w in words)
        and (
            "".join(w[0] for w in words) in COMMON_INITIALS
            or re.search(rf"(?<!\w){''.join(w[0] for w in words)}(?!\w)", text)
        )
    ):
        found.append("".join(w[0] for w in words))
    if not found and len(words) == 1:
        found += _compound_acronym(answer, text)
    if re.fullmatch(r"[A-Z]+(?:-[A-Z]+)+", answer):
        found.append(answer.replace("-", ""))  # "N-VA" is also typed "NVA"
    if re.fullmatch(r"[A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*)+", answer):
        found.append(answer.replace("-", " "))  # "BAG-API" is also typed "BAG API"
    return found
