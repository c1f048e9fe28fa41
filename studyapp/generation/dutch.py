"""A small Dutch realiser for question templates: whole sentences, capitals, punctuation.

Templates hand it the pieces the study pack stores (a role as a noun phrase with its article,
an event title as a clause or a noun phrase) and get back a sentence a teacher would write:
no colon frames ("Wie is in het essay: …?"), no lowercase text after a question mark, no
fragment that opens with a pronoun whose referent is missing.
"""

import re

from studyapp.dutch_text import looks_finite
from studyapp.dutch_text import words as word_list

ARTICLES = ("de ", "het ", "een ", "De ", "Het ", "Een ")
OPENING_QUOTES = "«“‘\"'("
# Words that can open a role that is a verb phrase: "schreef een bespreking van …".
ROLE_VERBS = {"schreef", "leidde", "was", "werd", "bood", "ging", "stond", "voerde", "richtte"}
# A text that opens with one of these refers to someone or something it does not name.
ORPHAN_OPENERS = re.compile(
    # "Maar het kan ook anders, laat antropologe _____ zien": a conjunction first changes
    # nothing (the 47th round)
    r"^(?:(?:maar|en|want|dus|toch) )?"
    r"(?:hij|zij|ze|hun|zijn|haar|hem|daarmee|daarom|daardoor|ook dat|beide|allebei|"
    r"(?:het|die|deze|dit|dat) (?:was|is|werd|waren|zijn|had|heeft|wilde|kon|moest|kan|"
    r"ging|gaat|zal|zou|moet|bleek|blijkt|"
    # "Het ligt in de buurt van _____": which place? (the 56th reading)
    r"ligt|lag|staat|stond|telt|telde|heet|heette|bestaat|bestond|bevindt|"
    # "Het begon natuurlijk al in _____": what began? (the 56th reading's rebuild)
    r"begon|begint|eindigde|eindigt|gebeurde|gebeurt)|"
    r"dat (?:hij|zij|ze|het)|"
    # "Onder hen de presentatrice _____", "Volgens hem …", "Een van hen …": who are they?
    r"(?:(?:een|velen|sommigen|enkelen|twee|drie) )?"
    r"(?:onder|van|met|voor|bij|naast|tussen|zonder|volgens|door|tegen|over) (?:hen|hem|haar))\b",
    re.IGNORECASE,
)
# "Bijvoorbeeld deze, afgedrukt in een zaterdagkrant uit _____.", "Zoals _____, over wie …": an
# example of something the sentence before named, no statement of its own (the 47th round).
EXAMPLE_OPENER = re.compile(r"^(?:bijvoorbeeld|zoals|zo ook|net als|neem nu)\b", re.IGNORECASE)
# "Wie is in het essay: X?" – a question word, then a colon before the question mark.
COLON_FRAME = re.compile(
    r"(?:^|\n)(?:Wie|Wat|Wanneer|Waar|Welke?|Hoe|Waarom)\b[^?\n«]*:\s[^?\n]*\?"
)
LOWER_AFTER_QUESTION = re.compile(r"\?[ ]+[a-zà-ÿ]")


def capitalise(text: str) -> str:
    """Upper-case the first letter, also behind an opening quote mark."""
    for i, char in enumerate(text):
        if char in OPENING_QUOTES or char.isspace():
            continue
        return text[:i] + char.upper() + text[i + 1 :]
    return text


def lower_first(text: str) -> str:
    """Lower-case the first letter unless the first word is a name (capital inside the text)."""
    first = text.split(" ", 1)[0]
    if (
        first[:1].isupper()
        and first[1:].islower()
        and first.lower()
        in {
            "de",
            "het",
            "een",
            "in",
            "op",
            "bij",
            "volgens",
        }
    ):
        return text[:1].lower() + text[1:]
    return text


def tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text.strip())
    text = re.sub(r" ([,.;:?!])", r"\1", text)
    return text


def sentence(text: str, end: str = ".") -> str:
    """A whole sentence: capital first letter, one closing mark."""
    text = capitalise(tidy(text))
    if text and text[-1] not in ".?!»”’":
        text += end
    return text


def question(text: str) -> str:
    text = tidy(text).rstrip(".")
    return sentence(text.rstrip("?") + "?")


def who_question(role: str, tense: str = "was") -> str:
    """'Wie was de partijleider met wie …?' or 'Wie schreef …?' for a role that is a verb phrase."""
    role = tidy(role).rstrip(".")
    first = role.split(" ", 1)[0].lower()
    if first in ROLE_VERBS:
        return question(f"Wie {role}")
    if first == "die":
        # "het was Marchant die het wetsvoorstel indiende": not "Wie was die …?" (the 47th round)
        return question(f"Wie {tense} degene {role}")
    return question(f"Wie {tense} {lower_first(role)}")


PARTICLES = {"af", "aan", "op", "uit", "mee", "door", "toe", "terug", "over", "neer", "in", "bij"}
AUXILIARIES = {"is", "was", "wordt", "werd", "zijn", "waren", "worden", "werden", "heeft", "had"}


def has_finite_verb(words: list[str], language: str = "nl") -> bool:
    """A rough test for a finite verb: 'sluit' (lemma 'sluiten'), 'wordt', a final particle."""
    import simplemma  # noqa: PLC0415 - only the realiser needs it here

    if words and words[-1].lower() in PARTICLES:
        return True  # "zweren Filips II af"
    for word in words[1:]:
        lowered = word.lower()
        if lowered in AUXILIARIES:
            return True
        if lowered.endswith("t") and len(lowered) > 3:
            lemma = simplemma.lemmatize(lowered, lang=language)
            if lemma != lowered and lemma.endswith("en"):
                return True
    return False


def is_noun_phrase(title: str) -> bool:
    """An event title that is a noun phrase ('de slag bij Heiligerlee', 'de Balkanoorlogen,
    waarover …') rather than a clause ('de Staten-Generaal zweren Filips II af')."""
    if not title.startswith(ARTICLES):
        return False
    head = title.split(",", 1)[0].split()
    return not has_finite_verb(head)


def when_question(title: str) -> str:
    """Ask when an event happened, in a whole sentence."""
    title = tidy(title).rstrip(".")
    if is_noun_phrase(title):
        return question(f"In welke tijd plaatst het essay {lower_first(title)}")
    return f"Wanneer gebeurde dit volgens het essay?\n{sentence(title)}"


def description(name: str, role: str) -> str:
    """'Kameniev was de partijleider met wie …' as one sentence."""
    role = tidy(role).rstrip(".")
    first = role.split(" ", 1)[0].lower()
    if first in ROLE_VERBS:
        return sentence(f"{name} {role}")
    return sentence(f"{name} was {lower_first(role)}")


# "op dit soort punten", "deze punten": a pointer to something the option does not contain.
DEICTIC = re.compile(
    r"\b(?:dit soort|dat soort|op dit punt|op deze punten|deze punten|in deze (?:tijd|jaren|periode)|"
    r"in die (?:tijd|jaren|periode)|deze episode|"
    # "eerder deze week", "vorige maand": the time of writing, which a learner does not know
    # (the 50th round)
    r"(?:deze|vorige|volgende|afgelopen) (?:week|maand)|vorig jaar|gisteren|vanochtend|"
    # "om handelaren aldaar bescherming te bieden": where, the sentence before said (the 60th
    # reading); "de bovengenoemde subsidie": named before, not here
    r"aldaar|alhier|sindsdien|een en ander|"
    # "Drie jaar later …": later than what, once the sentence is lifted? (the 64th reading)
    r"(?:een|twee|drie|vier|vijf|tien|enkele|\d+)\s(?:jaar|jaren|maanden|weken|dagen)\s"
    r"(?:later|eerder|daarna|daarvoor)|(?:boven|eerder|hier)genoemde?|bovenstaande|onderstaande|hierboven|hieronder)\b",
    re.I,
)


# "Stalin voerde nu hetzelfde beleid dat zij zelf voorstonden", "is hier misplaatst: deze
# trotskisten …": words that point back into the paragraph a sentence was lifted from.
POINTS_BACK = re.compile(r"\b(?:hier|nu|zij|ze|hen|deze|daar)\b", re.I)
# "Rakovski riep trotskisten op …": a view the text reports of someone, not one it holds or
# rejects itself; beside "which view does the author reject" it can be defended either way.
# "Dat Stalin de repressie enorm opvoerde …, is waar", "weliswaar": the author grants it; as
# "the counter-position he answers" it reads as a view he rebuts (round 22).
CONCEDED = re.compile(
    r"\b(?:is waar|het klopt|weliswaar|inderdaad|uiteraard|natuurlijk|toegegeven)\b", re.I
)
REPORTING_VERBS = (
    r"(?:riep|pleitte|bepleitte|eiste|stelde|verklaarde|betoogde|vond|meende|verdedigde|"
    r"noemde|beweerde|zei|schreef|riepen|pleitten|eisten|stelden|verklaarden|betoogden|vonden|"
    r"meenden|verdedigden|noemden|beweerden|zeiden|schreven)"
)
REPORTED_VIEW = re.compile(rf"^[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?\s{REPORTING_VERBS}\b")
# "De staats- en partijleiding noemde de opstandelingen …", "Trotski verdedigde tot zijn dood
# dat …": what someone said or did, told as a fact. Asked as "the counter-position the author
# answers", it is a report he does not dispute (round 20).
REPORTED_ACT = re.compile(rf"^(?:[\w’'-]+\s){{1,5}}?(?:{REPORTING_VERBS}\b|maakte\b.*\buit voor\b)")


def leans_on_its_paragraph(text: str) -> bool:
    """A sentence that needs the sentences around it to say who or what it means."""
    return opens_with_orphan_pronoun(text) or bool(POINTS_BACK.search(tidy(text)))


def opens_with_orphan_pronoun(text: str) -> bool:
    """Opens with a pronoun, or points at 'dit soort punten', without naming what it means."""
    text = tidy(text).lstrip(OPENING_QUOTES)
    return bool(ORPHAN_OPENERS.match(text) or DEICTIC.search(text))


def is_example_fragment(text: str) -> bool:
    """Opens as an example of something it does not name ("Bijvoorbeeld …", "Zoals …")."""
    return bool(EXAMPLE_OPENER.match(tidy(text).lstrip(OPENING_QUOTES)))


# "Want een artikel met taalfouten wordt …", "Dus …": the reason or the upshot of a sentence it
# does not show (the 51st and 56th readings).
REASON_OF_WHAT_WENT_BEFORE = re.compile(r"(?:Want|Dus)\b")


SUBORDINATORS = re.compile(
    r"(?:Tot|Totdat|Omdat|Doordat|Terwijl|Hoewel|Nadat|Voordat|Zodat|Waardoor|Indien|Zodra)\b"
)


# "Net zoals er …", "Evenals de …": a comparison whose main clause stood in the sentence
# before (the 51st reading); "Zoals verwacht won …" goes on as a main clause.
COMPARISON_ALONE = re.compile(
    r"(?:Net\s+zoals|Zoals|Evenals)\s+(?:er|de|het|een|die|dat|ik|je|we|wij|hij|zij|ze|u)\b"
)


def subordinate_clause_alone(line: str) -> bool:
    """ "Tot in 1561 de eerste hagepreek … gehouden werd.": the essay's own fragment, a
    subordinate clause (its verb last) with no main clause after a comma (the 60th reading)."""
    text = line.strip().lstrip("«“\"'")
    if "," not in text and COMPARISON_ALONE.match(text):
        return True  # "Net zoals er eisen zijn voor Windows 8.", "Evenals de actie op …"
    if not SUBORDINATORS.match(text) or "," in text:
        return False
    last = word_list(text.replace("_____", " "))[-1:]
    return bool(last) and looks_finite(last[0])


# "Hoofdstuk 10 richt het woord speciaal tot hen", "Zoals haar arts al had verwacht …": an object
# or possessive pronoun with nothing before it in its sentence that it could stand for (the 42nd
# unseen reading). A name (a capital inside the sentence) or, for "hem" and "haar", a noun
# phrase may be what it means; for "hen" and "hun" a plural.
OBJECT_PRONOUN = re.compile(r"\b(hen|hun|hem|haar)\b", re.IGNORECASE)
NAME_INSIDE = re.compile(r"(?<=[\w,)]\s)[A-Z][\w’'-]+")
NOUN_PHRASE = re.compile(r"\b(?:de|het|een|die|deze|dit|dat|elke|iedere)\s+\w", re.IGNORECASE)
# A plural noun phrase, or a bare plural ("trotskisten namen afstand van hun kritiek"); a verb
# in -en passes too, which errs on the side of keeping the sentence.
PLURAL_PHRASE = re.compile(
    r"\b(?:(?:de|die|deze|alle|veel|vele|sommige|beide|andere|zulke|\d+|twee|drie|vier|vijf)"
    r"(?:\s+\w+)?\s+\w+(?:en|s|'s|ers)|\w{3,}(?:en|ers|s))\b",
    re.IGNORECASE,
)
# "Opmerkelijk daarbij ligt de focus …", "De eigenaar kreeg daarvoor een vergoeding": "daar" or
# "hier" with a preposition stands for what the sentence before said (the 43rd unseen reading).
# The connectives the drafter reads as such (daardoor, daarom, daarmee …) are not among them.
POINTER_ADVERB = re.compile(
    r"\b(?:daar|hier)(?:bij|voor|in|op|van|aan|uit|over|tegen|naast)\b", re.I
)
# "… verdween het voorland, en.": a clause cut off after its conjunction.
CUT_OFF = re.compile(r"(?:,\s*|\s)(?:en|of|maar|want|dus|die|dat|om|als)\s*[.!?]?\s*$", re.I)
# "Als front-end developer wil je dat weten.", "… niet fijn vinden om dat te horen": "dat" or
# "dit" before the closing infinitive is the thing the sentence before said.
DEMONSTRATIVE_OBJECT = re.compile(
    r"\b(?:dat|dit)\s+(?:te\s+)?\w+en\s*[.!?]?\s*$"
    # "Toen dat in 1978 gebeurde kon niemand vermoeden …": what happened is told before (47th)
    r"|\b(?:dat|dit)\s(?:[\w-]+\s){0,4}(?:gebeurde|gebeurden|gebeurt|gebeurd|gebeuren)\b",
    re.IGNORECASE,
)


# Conjunctions: capitalised at a sentence's start (or after a heading), never part of a name.
CONJUNCTIONS = frozenset(
    "omdat doordat toen als hoewel terwijl nadat voordat zodra zodat indien zoals want maar en "
    "dus of dat wanneer totdat sinds".split()
)
# Words that open a sentence with a capital without being a name.
CLOSED_CLASS_OPENERS = CONJUNCTIONS | frozenset(
    "in op na voor bij met door om over uit tot volgens ook toch daarna dan nu hier daar er zo "
    "wel niet ik je jij u we wij ze zij hij het de een dit deze die waarom hoe wat wie mijn jouw "
    "onze ons hun haar zijn later eerst vaak soms nooit altijd".split()
)


def _opens_with_a_name(text: str) -> bool:
    first = text.split(maxsplit=1)[:1]
    return bool(first) and first[0][:1].isupper() and first[0].lower() not in CLOSED_CLASS_OPENERS


# The question's own words before and between what it quotes of the text.
STATEMENT_FRAME = re.compile(
    r"^(?:Juist of onjuist\?\s*)?(?:De (?:tekst|auteur)|Volgens de tekst|Waarom)\b[^:«]*[:«]"
)
REASON_FRAME = re.compile(r"»\s*(?:met|om) deze reden:")


def without_frame(text: str) -> str:
    """What a question quotes of the text, its own words ("De tekst onderbouwt «…» met deze
    reden: …") taken out."""
    return REASON_FRAME.sub(". ", STATEMENT_FRAME.sub("", tidy(text)))


def pronoun_points_outside(text: str) -> bool:
    """An object or possessive pronoun, or a closing "dat weten", that can only mean something
    in a sentence the text does not show (what the question quotes before it counts)."""
    text = without_frame(text)
    shown = ""
    for part in re.split(r"(?<=[.!?:;])\s+|[«»“”]", text):
        part = part.strip()
        if DEMONSTRATIVE_OBJECT.search(part) or POINTER_ADVERB.search(part):
            return True
        for pronoun in OBJECT_PRONOUN.finditer(part):
            before = part[: pronoun.start()]
            context = f"{shown} {before}"
            if NAME_INSIDE.search(context):
                continue
            if pronoun.group(1).lower() in ("hen", "hun"):
                if PLURAL_PHRASE.search(context):
                    continue
            elif NOUN_PHRASE.search(context) or _opens_with_a_name(before):
                continue  # "Ruiterman kreeg de prik, omdat haar leeftijd …"
            return True
        shown = f"{shown} {part}"
    return False


def cut_off(text: str) -> bool:
    """A quoted claim, reason or statement that stops after a conjunction ("…, en.")."""
    text = without_frame(text)
    return any(
        CUT_OFF.search(part) for part in re.split(r"\s+→\s+|[«»“”]|(?<=:)\s", text) if part.strip()
    )


def leans_outside(sentence: str) -> bool:
    """Read alone (a card's side, a question's blank sentence or statement) the sentence points
    at something it does not name: a pronoun, an example of something, a reason of the sentence
    before. Questions (quality.question_problems) and cards keep to the same rule."""
    text = sentence.strip().lstrip("«")
    return (
        opens_with_orphan_pronoun(text)
        or is_example_fragment(text)
        or bool(REASON_OF_WHAT_WENT_BEFORE.match(text))
        or subordinate_clause_alone(text)
        or pronoun_points_outside(text)
    )


def phrasing_problems(text: str, *, asked: bool = True) -> list[str]:
    """What makes a prompt or explanation read as template Dutch."""
    problems = []
    if COLON_FRAME.search(text):
        problems.append("colon frame")
    if LOWER_AFTER_QUESTION.search(text):
        problems.append("lowercase text after a question mark")
    first_line = text.split("\n", 1)[0]
    if first_line[:1].islower():
        problems.append("sentence without a capital")
    if asked and DEICTIC.search(text):  # an explanation may quote the essay's own pointers
        problems.append("points at a time or matter it does not name")
    return problems
