"""Concepts with a definition: "de zogeheten X", "onder X verstaat men Y", "X betekent Y",
"Y wordt X genoemd", "X, d.w.z. Y", "het woord ‘X’", "‘X’, heette dat"."""

import re

from studyapp.dutch_text import Passage, clean, has_finite_verb, lemma, starts_with_pronoun

from .items import DraftItem, anchored

TERM = r"[‘“]?(?P<term>[\wéëèïöü-]+(?:\s[\wéëèïöü-]+){0,5}?)[’”]?"
# "…, de zogeheten militarisering van de arbeid": the clause before defines the term; it must
# name the thing, not say something about it ("De meeste roltrappen hebben …, de zogenaamde …")
APPOSITION = re.compile(
    rf"(?P<defn>[^,.;:]{{15,200}}),\s(?:de|het)\s(?:zogeheten|zogenaamde|zogenoemde)\s{TERM}(?=[.,;:]|$)"
)
# "Een arbeidersstaat is een staat waarin …": a general noun defined in the present tense.
GENERAL_NOUN = re.compile(
    r"^(?:Een|De|Het)\s(?P<term>[a-zéëï-]{4,40})\sis\s(?P<defn>(?:een|de|het)\s[^.;]{8,200})"
)
PATTERNS = [
    (APPOSITION, 0.75),
    (
        re.compile(
            rf"\b[Oo]nder\s{TERM}\s(?:verstaat\smen|verstaan\swe|verstaan\swij|wordt\sverstaan)\s(?P<defn>[^.;]{{8,200}})"
        ),
        0.8,
    ),
    (
        re.compile(
            rf"^(?:(?:de|het|een)\s)?{TERM}\s(?:betekent|betekende|houdt\sin)\s(?P<defn>[^.;]{{8,200}})",
            re.I,
        ),
        0.7,
    ),
    (
        re.compile(
            rf"^(?P<defn>[^.;]{{8,200}}?)\s(?:wordt|werd|worden|werden)\s(?:ook\s)?{TERM}\sgenoemd"
        ),
        0.65,
    ),
    (
        re.compile(
            rf"(?:de|het)\s{TERM},?\s(?:d\.w\.z\.|dat\swil\szeggen)\s(?P<defn>[^.;]{{8,200}})"
        ),
        0.7,
    ),
    (
        re.compile(
            # "het woord ‘baby’ al gangbaar was": the word is mentioned, not defined; what
            # follows must say what it means (the 47th round)
            r"(?:[Hh]et\swoord|[Hh]et\sbegrip|[Dd]e\sterm)\s‘(?P<term>[^’]{3,60})’,?\s"
            r"(?:(?:betekent|betekende|staat\svoor|stond\svoor|verwijst\snaar|verwees\snaar|"
            r"slaat\sop|sloeg\sop|dat\swil\szeggen)\s(?P<defn>[^.;]{3,200})"
            r"|(?P<appositive>(?:de|het|een)\s[^.;]{3,200}))"
        ),
        0.5,
    ),
    (
        re.compile(r"(?P<defn>[^.;:]{10,200})\.\s(?:De|Het)\s‘(?P<term>[^’]{3,60})’,\sheette\sdat"),
        0.6,
    ),
    (re.compile(r"als\s‘(?P<term>[^’]{3,60})’\sgeformuleerde\s(?P<defn>[^.;]{3,200})"), 0.55),
    # "Continuous deployment is: elke commit gaat meteen naar productie.": a colon defines.
    (
        re.compile(
            rf"^(?:(?:de|het|een)\s)?{TERM}\s(?:is|betekent|zijn):\s(?P<defn>[^;]{{8,200}}?)\.?$",
            re.I,
        ),
        0.7,
    ),
    (GENERAL_NOUN, 0.5),
]


DISCOURSE_NOUNS = set(
    """vraag opdracht punt probleem conclusie les idee antwoord gevolg reden doel kern vraagstuk
oplossing boodschap moraal uitdaging gedachte waarheid resultaat uitkomst effect verschil
voordeel nadeel bedoeling voorbeeld manier deel feit argument redenering stelling keuze
kwestie risico gevaar zorg""".split()
)  # "Het argument is: als we …" frames a speaker's argument (the 56th reading)
# "De titel is een woordspeling": a part of the text itself, no term of its subject.
TEXT_PARTS = set(
    """titel ondertitel hoofdstuk boek tekst artikel blog blogpost post essay alinea inleiding
slot column stuk""".split()
)
# "Punt vier is …", "Stap 2 is: …", "Vraag b": a label that numbers a list, no term.
LIST_LABEL = re.compile(
    r"^(?:punt|stap|fase|vraag|onderdeel|nummer|optie|aanbeveling|advies|les|regel|deel)\s"
    r"(?:\d+[a-z]?|[a-h]|[ivx]+|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)$",
    re.I,
)
# "betekent ook dat …", "houdt onder meer in …": a part of the meaning, or none; no definition.
PARTIAL_MEANING = re.compile(
    r"^(?:ook|niet|tevens|mede|evenmin|onder\s(?:meer|andere)|bijvoorbeeld|o\.a\.)\b", re.I
)
POSSESSIVES = set("mijn m’n jouw je uw zijn z’n haar ons onze hun".split())
# "Dat betekent …", "Het is …": a pronoun stands for something said before; no term to learn.
PRONOUN_TERMS = {
    "dat",
    "dit",
    "het",
    "die",
    "deze",
    "wat",
    "iets",
    "alles",
    "niets",
    "er",
    "dit alles",
}
# "bereidheid hiertoe": a term that points into the sentence before is no term to learn.
POINTER = re.compile(
    r"\b(?:hier|daar|waar)(?:toe|bij|voor|mee|door|in|op|aan|over|van|uit)\b", re.I
)
CONNECTIVE_TERMS = set(
    "toch echter dus ook wel maar en want daarom daardoor bovendien immers namelijk zo".split()
)
ADVERB_TERMS = set(
    "zeker nu dan toen juist vooral alleen zelfs al nog wellicht misschien vandaag straks".split()
)
# "hierover", "daarvan": what the definition speaks of stands elsewhere ("waarmee" relates).
HERE_OR_THERE = re.compile(
    r"\b(?:hier|daar)(?:toe|bij|voor|mee|door|in|op|aan|over|van|uit)\b", re.I
)
PREPOSITIONS = set(
    "voor na in op aan bij met door van uit naar over onder tegen tijdens zonder volgens".split()
)
CUES = (
    "zogeheten",
    "zogenaamde",
    "zogenoemde",
    "verstaat",
    "verstaan",
    "betekent",
    "betekende",
    "houdt in",
    "genoemd",
    "d.w.z.",
    "dat wil zeggen",
    "het woord",
    "het begrip",
    "de term",
    "heette",
    "geformuleerde",
    " is ",
    " is:",
    " zijn:",
    " betekent:",
)


# "De wereld is de crisis grotendeels vergeten": "is" before a participle at the end makes a
# perfect tense, no definition; "een persoon die iets heeft bedacht" ends in one inside a
# relative clause and defines.
PARTICIPLE = re.compile(r"^(?:ge|ver|be|ont|her|er)[a-zéëï]{2,}(?:en|d|t)$")
RELATIVE = re.compile(r"\b(?:die|dat|wat|wie|waarin|waarbij|waarmee|waardoor|waarop)\b", re.I)


def _perfect_tense(definition: str) -> bool:
    words_ = definition.rstrip(" .!").split()
    return bool(
        len(words_) >= 2
        and PARTICIPLE.match(words_[-1].lower())
        and words_[-2].lower() != "te"
        and not RELATIVE.search(definition)
    )


def _names_one_thing(definition: str) -> bool:
    """ "Ook het Collectiegebouw", "Rotterdam": a named thing, no description of a kind."""
    words_ = re.sub(r"^(?:ook|zelfs|zo|dus)\s", "", definition.strip(), flags=re.I).split()
    if words_ and words_[0].lower() in {"de", "het", "een"}:
        words_ = words_[1:]
    return bool(words_) and len(words_) <= 3 and all(w[:1].isupper() for w in words_)


# "hebben twee meebewegende handleuningen": a number or quantifier opens the phrase too
NOUN_PHRASE_STARTS = {"het", "de", "een", "twee", "drie", "vier", "vijf", "enkele", "vele"}


def _noun_phrase(definition: str) -> str:
    """ "Hij pleitte voor het organiseren van …": the phrase from the first article after a verb.
    A "dat"-clause is the definition whole ("betekent dat mensen voor elkaar instaan")."""
    words_ = definition.split()
    if (
        words_
        and words_[0].lower() == "dat"
        and not (len(words_) > 1 and has_finite_verb(words_[1]))
    ):
        return definition  # not "Dat leidde tot de inzet van …": a pronoun and its verb
    for i, word in enumerate(words_[:8]):
        if i > 0 and words_[i - 1].lower() in {"een", "de", "het"}:
            continue  # "een staat waarin …": after an article a noun, no verb
        if has_finite_verb(word):
            for j in range(i + 1, len(words_)):
                if words_[j].lower() in NOUN_PHRASE_STARTS and len(words_) - j >= 3:
                    return " ".join(words_[j:])
            break
    return definition


def _adjective_as_noun(term: str) -> bool:
    """ "belangrijkst", "mooie": an adjective that leads back to itself without its ending is
    no term (the 53rd reading asked "belangrijkst" for the talent programme)."""
    low = term.lower()
    return " " not in low and any(
        low.endswith(ending) and lemma(low) == low[: -len(ending)] for ending in ("ste", "st", "e")
    )


def find_concepts(passages: list[Passage]) -> list[DraftItem]:
    items, seen = [], set()
    for passage in passages:
        for sentence in passage.sentences:
            chunk = passage.text[sentence.start : sentence.end]
            low = chunk.lower()
            if not any(cue in low for cue in CUES):
                continue  # every pattern needs one of these words; skip the slow search
            for pattern, confidence in PATTERNS:
                for match in pattern.finditer(chunk):
                    term = clean(match.group("term")).strip("‘’“”")
                    # "Dit portretrecht houdt in …": the term is "portretrecht".
                    # "Maar dat betekent niet …": a conjunction first, then the pronoun
                    term = re.sub(r"^(?:maar|en|want|dus|toch)\s+", "", term, flags=re.I)
                    term = re.sub(r"^(?:dit|deze|dat|die|de|het|een)\s+", "", term, flags=re.I)
                    defn = match.group("defn") or match.groupdict().get("appositive") or ""
                    if PARTIAL_MEANING.match(defn):
                        # "soevereiniteit betekent ook dat …", "… betekent niet dat …": one
                        # implication among others, or none; no definition (the 59th reading)
                        continue
                    definition = _noun_phrase(clean(defn))
                    if not term or term.lower() in seen or len(definition.split()) < 2:
                        continue
                    if pattern is GENERAL_NOUN and len(definition.split()) < 3:
                        # "Een tussenvorm is een hellingbaan": one thing named, no meaning of
                        # the term; asked, the key and the description changed places (62nd)
                        continue
                    if pattern is APPOSITION and has_finite_verb(RELATIVE.split(definition)[0]):
                        # "De meeste roltrappen hebben twee … handleuningen …, de zogenaamde
                        # leuningbanden": a clause about the things, no description (62nd)
                        continue
                    if all(w in CONNECTIVE_TERMS | ADVERB_TERMS for w in term.lower().split()):
                        # "Toch betekende het resultaat …" (64th), "Zeker nu betekent dat …"
                        # (the 58th round): adverbs, no term
                        continue
                    if starts_with_pronoun(definition) or definition.rstrip(" ”’\"'»").endswith(
                        "?"
                    ):
                        continue  # "De vraag is: hoe ernstig is het?" asks; it defines nothing
                    if len(definition.split()) > 1 and definition.split()[1].lower() in (
                        PREPOSITIONS
                    ):
                        # "De overheid is het aan de ziekenhuizen verplicht om …": "het" is
                        # an object, no article of a noun phrase (the 60th reading)
                        continue
                    if HERE_OR_THERE.search(definition):
                        continue  # "in een aparte tutorial hierover": about what? (63rd)
                    if _names_one_thing(definition):
                        # "Ook het Collectiegebouw wordt een modern kunstwerk genoemd": one
                        # building called so, no definition of the term (the 62nd reading)
                        continue
                    if LIST_LABEL.match(term):
                        continue  # "Punt vier is …", "Stap 2 is: …": a list's label (59th)
                    if term.lower() in DISCOURSE_NOUNS | PRONOUN_TERMS or POINTER.search(term):
                        continue  # "De opdracht is: …", "Het punt is: …" frame what follows
                    if term.lower() in TEXT_PARTS or term.split()[0].lower() in POSSESSIVES:
                        # "De titel is een woordspeling …", "Mijn referentiepunt is: …": this
                        # text's own title, the author's own yardstick; no term (42nd unseen)
                        continue
                    if _adjective_as_noun(term):
                        continue  # "Het belangrijkst is …", "Het mooie is: …": a frame
                    if term.split()[0].lower() in PREPOSITIONS:
                        continue  # "Voor studenten betekent het …": no term, a fronted phrase
                    if has_finite_verb(term) or _perfect_tense(defn):
                        continue  # "Het zou moeten zijn: …", "De wereld is … vergeten"

                    seen.add(term.lower())
                    start = sentence.start + match.start()
                    end = sentence.start + match.end()
                    items.append(
                        anchored(
                            "concepts",
                            passage,
                            start,
                            end,
                            confidence,
                            term=term,
                            definition=definition,
                        )
                    )
    return items
