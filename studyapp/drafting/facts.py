"""Facts: a sentence that holds a date, a number, a name or a title, with that key term as answer.

The raw-text bank asks these sentences before anything is reviewed; drafted as facts they stay
in the bank once the author accepts the pack, and the author can edit, demote or reject each.
The best fact of a passage is proposed as core (dates and numbers are only asked of core facts),
the others as supporting.
"""

import re

import simplemma

from studyapp.dutch_text import FOOTNOTE, Passage, clean, lemma, words
from studyapp.generation.facts import compound_spaced
from studyapp.generation.quality import REPORTING_LEMMAS, STOPWORDS
from studyapp.generation.rawtext import find_candidates

from .claim_form import (
    CONTINUES,
    authors_account,
    commands_or_asks,
    has_verb,
    main_clause_has_verb,
    points_back,
    pronoun_without_antecedent,
)
from .items import DraftItem, anchored
from .people import ROLE_NOUNS, TITLE_WORDS

KEEP_PER_PASSAGE = 3
MAX_WORDS = 40
KIND_OF = {
    "date": "date",
    "year": "date",
    "number": "number",
    "title": "work",
    "person": "person",
    "place": "place",
    "named": "group",
}
# A sentence that opens with one of these leans on the sentence before it: as a statement of
# its own it would not say who or what is meant.
LEANING = {"hij", "zij", "ze", "die", "deze", "dit", "dat", "zijn", "haar", "hun", "hiermee"}
LEANING |= {"daarmee", "daardoor", "hierdoor", "dan", "ook", "tevens", "bovendien", "daarnaast"}
LEANING |= {"nee", "ja", "tja"}  # "Nee, natuurlijk niet, …": the answer to a question before it
LEANING |= {"tegelijkertijd", "tegelijk", "eveneens"}  # "Tegelijkertijd is 93 procent …"
# "Bijvoorbeeld deze, afgedrukt in …", "Zoals Milou, over wie …": an example of something the
# sentence before named (the 47th round; the questions' rules reject them too).
LEANING |= {"bijvoorbeeld", "zoals"}
CONJUNCTIONS = {"maar", "en", "want", "dus", "toch"}
# "Vraag: …", "Antwoord: …", "Prompt: …": a line of an interview or a sample dialogue the text
# quotes as an example (the 59th reading); not a statement of the text's own.
DIALOGUE_LABEL = re.compile(r"^(?:Vraag|Antwoord|Prompt|Reactie|Interviewer|V|A)\s?:", re.I)
# "anno 2019": the time of writing, no fact about the subject.
WRITTEN_IN = re.compile(r"\banno\s\d{4}\b", re.I)
# "… bieden hiertoe gelegenheid", "een plan voor het gebied": pointers back into the paragraph.
# "Er is een mooie quote van X, die luidt als volgt:": the fact is in what follows.
POINTS_AHEAD = re.compile(r"(?:\bals\s+volgt|:)\W*$", re.I)
POINTS_BACK = re.compile(
    r"\b(?:(?:hier|daar)(?:toe|bij|voor|mee|door|in|op|aan|over|na|uit|van|onder|boven|"
    r"beneden)|het gebied)\b|"  # "het zwarte lijntje hieronder": a chart the learner cannot see
    r"^(?:Met\sandere\swoorden|Oftewel|Anders\sgezegd)\b",  # the sentence before, restated
    re.I,
)


def find_facts(
    passages: list[Passage],
    people_index: dict[str, str],
    language: str = "nl",
    dated: frozenset | set = frozenset(),
) -> list[DraftItem]:
    """`dated`: (passage, sentence start) of drafted events, whose dates are asked already."""
    items = []
    for passage in passages:
        by_text = {s.text: s for s in passage.sentences}
        candidates = find_candidates(passage, list(by_text), language)
        best_per_sentence = {}
        for candidate in sorted(candidates, key=lambda c: (-c.score, c.answer)):
            kind = KIND_OF.get(candidate.kind)
            if kind is None and candidate.answer in people_index:
                kind = "person"  # a name the people drafter knows
            if kind is None or candidate.sentence in best_per_sentence:
                continue
            sentence_start = by_text[candidate.sentence].start
            if kind == "date" and (passage.number, sentence_start) in dated:
                continue
            if TITLE_WORDS & set(candidate.answer.split()):
                continue  # "in Your Head": a piece of an English title, no place
            if not _stands_alone(candidate.sentence, candidate.answer):
                continue
            if kind in {"date", "number"} and _part_of_a_name(candidate):
                continue
            if kind == "place" and _common_compound(candidate.answer):
                continue  # "in Koninkrijksverband": two common nouns, no name
            if STREET.search(candidate.answer):
                continue  # "aan de Julianalaan": an address, trivia to a teacher (unseen10)
            if kind in {"group", "place", "person"} and _cut_or_heading_name(candidate):
                continue
            if kind in {"group", "place", "person"} and _surname_without_particle(
                candidate, people_index
            ):
                continue  # "De _____ begreep …" asks "Vlas" of Sake de Vlas
            if kind == "person" and re.search(
                rf"\b(?:de|het|een)\s(?:[a-zà-ÿ]+\s)?{re.escape(candidate.answer)}\b",
                candidate.sentence,
                re.I,
            ):
                continue  # "In de late Middeleeuwen": an article before it, no person's name
            if kind in {"group", "place"} and _name_as_modifier(candidate):
                continue  # "de Rotterdam sectie": a learner would type "Rotterdamse"
            if kind == "person" and _reports_what_they_said(candidate.sentence):
                # "… benadrukte hoogleraar _____ onlangs", "Eind vorig jaar beschreef _____ op
                # Twitter …": who said it is a citation; what was said is the point (readers
                # 27 to 30 found these names not worth asking)
                continue
            if (
                kind == "person"
                and candidate.answer.endswith("s")
                and candidate.answer[:-1] in people_index
            ):
                continue  # "de telescoop van _____" asks "Herschels": the genitive gives it away
            best_per_sentence[candidate.sentence] = (candidate, kind)
        ranked = sorted(best_per_sentence.values(), key=lambda pair: -pair[0].score)
        for place, (candidate, kind) in enumerate(ranked[:KEEP_PER_PASSAGE]):
            sentence = by_text[candidate.sentence]
            statement = clean(candidate.sentence)
            item = anchored(
                "facts",
                passage,
                sentence.start,
                sentence.end,
                min(0.9, candidate.score / 4),
                statement=statement,
                answer=candidate.answer,
                kind=kind,
                centrality="core" if place == 0 else "supporting",
            )
            items.append(item)
    return _one_per_answer(items)


# What someone said or described: the questions' reporting verbs, and "beschrijven".
CITING_LEMMAS = REPORTING_LEMMAS | {"beschrijven"}


def _reports_what_they_said(sentence: str) -> bool:
    return any(lemma(word) in CITING_LEMMAS for word in words(sentence))


def _name_as_modifier(candidate) -> bool:
    """Between an article and a noun ("de Rotterdam sectie") a name stands for an adjective:
    the blank invites "Rotterdamse", which the key would refuse (the 42nd reading)."""
    match = re.search(
        rf"\b(?:de|het|een)\s{re.escape(candidate.answer)}\s([a-zà-ÿ]+)", candidate.sentence
    )
    following = match.group(1) if match else ""
    return bool(match) and not has_verb(following) and following not in STOPWORDS


def _one_per_answer(items: list[DraftItem]) -> list[DraftItem]:
    """One fact per answer: three blanks that all take "Agile" ask one thing three times (the
    first unseen blog's bank). The most confident sentence keeps it."""
    best: dict[str, DraftItem] = {}
    for item in items:
        key = item.fields["answer"].casefold()
        if key not in best or item.confidence > best[key].confidence:
            best[key] = item
    kept = {id(item) for item in best.values()}
    return [item for item in items if id(item) in kept]


def _common_compound(answer: str) -> bool:
    """'in Koninkrijksverband' (koninkrijks + verband) is a common noun with a capital, not a
    place a learner can be asked for (the unseen texts' reader); with an article it may be a
    name ('de Arbeidersoppositie', 'het Energieakkoord') and is kept."""
    return " " not in answer and bool(compound_spaced(answer.lower(), "nl"))


# "De Motivaties Zijn Er": a heading's capitals, no name.
TITLE_CASE_WORDS = set(
    "zijn er is de het een en of van voor niet wat hoe waarom wie als maar ook nog naar met".split()
)
# "London School | of Economics", "EU Cyber Resilience | Act": the name goes on.
NAME_GOES_ON = re.compile(r"^\s(?:(?:of|for|and|van|voor|der|en)\s)?[A-Z]")


STREET = re.compile(r"(?:laan|straat|weg|plein|kade|gracht|singel|steeg|dreef|hof|park)$")
SURNAME_PARTICLES = {"de", "van", "der", "den", "ter", "ten", "le", "la", "du", "von"}


def _cut_or_heading_name(candidate) -> bool:
    """A name cut from a longer one, or a heading's capitalised words, asked as a name."""
    words_ = candidate.answer.split()
    if any(w.lower() in TITLE_CASE_WORDS for w in words_[1:]):
        return True
    before, found, after = candidate.sentence.partition(candidate.answer)
    if found and NAME_GOES_ON.match(after):
        return True
    # "Wilhelm _____ werd … geboren": a first name no dictionary knows stands before the blank.
    previous = before.split()[-1:] if before.endswith(" ") else []
    if previous and previous[0] in SURNAME_PARTICLES and len(before.split()) > 1:
        owner = before.split()[-2]
        if owner[:1].isupper() or "-" in owner or owner.lower() in ROLE_NOUNS:
            return True  # "minister-president de _____", "Jan de _____": the name is "de Quay"
    return bool(
        found
        and previous
        and previous[0][:1].isupper()
        and previous[0].isalpha()
        and not simplemma.is_known(previous[0].lower(), lang="nl")
    )


def _surname_without_particle(candidate, people_index) -> bool:
    """ "De Vlas begreep …": "De" is the particle of Sake de Vlas's surname, not an article;
    a blank after it would ask half the name."""
    before = candidate.sentence.partition(candidate.answer)[0].split()
    if not before or before[-1].lower() not in SURNAME_PARTICLES:
        return False
    surname = f" {before[-1]} {candidate.answer}".lower()
    return any(name.lower().endswith(surname) for name in people_index)


def _part_of_a_name(candidate) -> bool:
    """'De Voorjaarsnota 2010', 'Agenda 2030': the number is part of a name, not a fact."""
    before = candidate.sentence.split(candidate.answer, 1)[0].split()
    return bool(before) and before[-1][:1].isupper() and len(before) > 1


# Two dates set side by side as alternatives ("rond 1190 of … rond 1260"): neither is a fact.
ALTERNATIVE_DATES = re.compile(r"\b1\d{3}\b[^.;]{0,60}\sof\s[^.;]{0,60}\b1\d{3}\b")


def _stands_alone(sentence: str, answer: str) -> bool:
    """A statement learners can judge without the sentence before it, asking one clear term."""
    first = words(sentence)[:2]
    if not first or first[0].lower() in LEANING:
        return False
    if first[0].lower() in CONJUNCTIONS and first[1:] and first[1].lower() in LEANING | {"het"}:
        return False  # "Maar het kan ook anders, laat antropologe … zien"
    if len(sentence.split()) > MAX_WORDS or sentence.rstrip()[-1:] == "?":
        return False
    if sentence.rstrip()[-1:] not in set(".!…;:”’\")'»"):
        return False  # a heading ("Vendor Diversiteit en Marktwerking") states nothing
    if FOOTNOTE.search(answer) or answer not in clean(sentence) or POINTS_BACK.search(sentence):
        return False
    if POINTS_AHEAD.search(FOOTNOTE.sub("", sentence)):
        return False
    if DIALOGUE_LABEL.match(sentence):
        return False  # "Antwoord: De individuele eigenaar is …": a line of a sample dialogue
    if CONTINUES.match(sentence):
        return False  # "Onder andere, zo gaat het verhaal, omdat …": the rest of an answer
    if points_back(sentence) or commands_or_asks(sentence) or not has_verb(sentence):
        return False  # "Binnen deze ontwikkeling …", "Denk aan …", "Inclusief …" (unseen6)
    if not main_clause_has_verb(sentence):
        return False  # "In het ergste geval bijvoorbeeld X, die …": a fragment (59th)
    if authors_account(sentence):
        return False  # "We gaan op zoek naar …": who "we" are, a learner cannot tell
    if pronoun_without_antecedent(sentence):
        return False  # "Achter het gebouw werden ze ingegraven": who or what are "ze"?
    if ALTERNATIVE_DATES.search(sentence):
        return False  # "Willem als edele rond 1190 of als patriciër rond 1260": a supposition
    if WRITTEN_IN.search(sentence) and answer in WRITTEN_IN.search(sentence).group(0):
        return False
    return sentence.count(answer) == 1  # a term named twice leaves its blank open
