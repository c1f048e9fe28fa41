"""People: capitalised names that act like persons, their spelling variants merged, their role.

A name counts as a person on evidence from Dutch: a verb right after it ("Stalin was"), a role
noun before it ("de linkse communist Miasnikov"), an apposition ("Zinoviev, chef in Petrograd,"),
"volgens X", a possessive ("Machno’s"), or standing beside a known person ("Radek en
Preobrazhensky"). A name after an article ("het Rode Leger") or after "in"/"naar" counts against.
"""

import re
from collections import defaultdict
from dataclasses import dataclass, field

import simplemma
from rapidfuzz import fuzz

from studyapp.dutch_text import MONTHS, Passage, bare_plural, clean, has_finite_verb, lemma
from studyapp.generation.dutch import CONJUNCTIONS
from studyapp.generation.knowledge import ROLE_UNKNOWN

from .claim_form import points_back
from .items import DraftItem, anchored

UPPER = "A-ZÀ-ÖØ-Þ"
LOWER = "a-zß-öø-ÿ"
PARTICLE = r"(?:van der|van den|van de|van|de|der|den|ter|ten|von|le|la|da|di)"
ELIDED = r"(?:[ODd][’'])?"  # "O’Brien", "D’Artagnan", "d’Ancona": one name, not "Brien"
NAME = re.compile(
    # Not a part of a word: "Guinea" in "Nederlands-Nieuw-Guinea", "Mac" in "MacKay".
    rf"(?<![\w‘“’'-]){ELIDED}[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
    rf"(?:\s(?:{PARTICLE}\s)?{ELIDED}[{UPPER}](?:[{LOWER}]+|\.)(?:-[{UPPER}][{LOWER}]+)?)*"
    r"(?:\s(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|V)\b)?"  # "Willem I", "Karel V"
    r"(?:’s|'s)?"
    r"(?![\w-])"
)
NATIONALITIES = set(
    """oostenrijker nederlander amerikaan fransman duitser engelsman brit belg rus italiaan
    spanjaard zweed noor deen pool hongaar chinees japanner schot ier zwitser canadees
    australiër fries vlaming brabander limburger hollander zeeuw""".split()
)
ROLE_NOUNS = set(
    """leider voorzitter secretaris president premier minister koning koningin keizer tsaar
generaal officier commandant schrijver schrijfster auteur dichter dichteres filosoof historicus
historica journalist professor hoogleraar dokter arts bisschop paus burgemeester collega
communist anarchist socialist trotskist marxist bolsjewiek revolutionair activist politicus
wetenschapper econoom socioloog onderzoeker kunstenaar schilder componist zanger zangeres
ingenieur uitvinder ontdekkingsreiziger advocaat rechter predikant dominee pastoor prins prinses
graaf gravin hertog vorst stadhouder staatsman theoreticus criticus chef broer zus vader moeder
zoon dochter vrouw man vriend vriendin tegenstander rivaal bondgenoot medewerker directeur
directrice astronoom natuurkundige scheikundige wiskundige bioloog arts chirurg architect
ondernemer fabrikant koopman bankier diplomaat ambassadeur gouverneur kardinaal abt monnik
kloosterzuster priester rabbijn imam organist musicus dirigent acteur actrice regisseur fotograaf
uitgever redacteur hoofdredacteur oprichter stichter eigenaar kapitein admiraal kolonel
luitenant sergeant soldaat rector decaan minister-president staatssecretaris""".split()
)
SUBJECTLESS_BEFORE = set(
    """bij in met voor van door over op aan naar uit tot tegen zonder onder na sinds tijdens
volgens""".split()
)
KINSHIP = set(
    """vader moeder broer zus zuster zoon dochter vrouw man echtgenoot echtgenote oom tante neef
nicht opa oma grootvader grootmoeder kleinzoon kleindochter schoonvader schoonmoeder""".split()
)
PASSIVE_END = re.compile(r"^(?:ge|ver|be|ont|her|er)[a-zéëï]{2,}(?:en|d|t)$")
PERSON_PREPOSITIONS = {"volgens", "aldus", "door", "zoals", "met", "tegen", "voor", "dan"}
ROLE_PREPOSITIONS = set(
    "met in op aan bij van voor naar uit over door tot om na tegen zonder onder tussen".split()
)
PLACE_NOUNS = set(
    """stad stadje dorp dorpje gemeente provincie land regio streek eiland rivier berg wijk
straat plaats plaatsje hoofdstad haven kerk abdij klooster kasteel gehucht deelgemeente""".split()
)
# "Het verschil met Forgejo is dat …": a clause after "is", no role.
CLAUSE_OPENERS = {"dat", "wat", "om", "als", "of", "hoe", "waarom", "wanneer"}
PLACE_PREPOSITIONS = {"in", "naar", "uit", "nabij", "rond"}
NAME_ARTICLES = {"de", "het", "een", "deze"}
# Nouns that put a place or an organisation's name after them: "de stad Utrecht".
PLACE_NOUNS = set(
    """stad dorp land provincie rivier eiland regio staat gemeente hoofdstad haven berg zee
partij krant bedrijf firma universiteit school kerk marinebasis vesting fort straat plein""".split()
)
# Adverbs that open a sentence and that simplemma does not know: "Niettemin zal …".
SENTENCE_ADVERBS = set(
    """niettemin eveneens daarnaast desondanks evenwel derhalve tevens voorts nochtans
desalniettemin allereerst vervolgens inmiddels zodoende tenslotte uiteindelijk intussen
weliswaar daarentegen integendeel overigens althans evenzo voorts dientengevolge daarenboven
kortom ergo""".split()
)
PLACE_ENDINGS = (
    "land", "stad", "stadt", "grad", "burg", "dam", "ië", "ije", "stan", "rijk", "ingen",
)  # fmt: skip
GROUP_ENDINGS = ("ieken", "isten", "anen", "ers", "isme")
ADJECTIVE_ENDINGS = ("isch", "ische", "istisch", "istische", "se", "ese", "iaans", "iaanse")
# Words written with a capital that are not people, wherever they stand.
# "Black Friday", "Columbia University", "Ali Express": days, institutions and firms, not people;
# "Lelystad Airport", "Logistiek Park Moerdijk": places (the 48th reading asked "Wie was …?").
INSTITUTION_WORDS = set(
    """University Universiteit College Instituut Institute Museum Stichting Foundation Company
Bank Express Friday Thursday Monday Tuesday Wednesday Saturday Sunday Day Days Holidays Week
Minimum Maximum Lab Group Groep Centrum Center Centre Academy Academie School Society
Airport Luchthaven Park Station Hotel Stadion Ziekenhuis Hospital Haven Port Plaza Zoo Theater
Theatre Kathedraal Kasteel Paleis Fabriek Factory""".split()
)
# "Code That Fits in Your Head", "The Road to Serfdom": English titles, not people.
TITLE_WORDS = set("The That This Of Your And For To With Is Are From On At By Its Our My".split())
NOT_NAMES = {m.capitalize() for m in MONTHS} | set(
    "God Europa Azië Afrika Amerika Internet Noten Zie Ibid Bijdragen Navigatie".split()
)


@dataclass
class Mention:
    name: str
    passage: int
    start: int
    end: int
    sentence: int
    initial: bool
    owned: bool = False


@dataclass
class Candidate:
    name: str
    mentions: list[Mention] = field(default_factory=list)
    score: float = 0.0
    against: float = 0.0
    variants: set = field(default_factory=set)


def _base(name: str) -> str:
    return re.sub(r"(’s|'s)$", "", name)


def _word_before(text: str, start: int) -> str:
    # A sentence's end counts: "… legde hij uit. Ehrenfest doet …" has no "uit" before the name.
    before = re.findall(r"[\w’'-]+|[,;:–(.!?]", text[max(0, start - 40) : start])
    return before[-1] if before else ""


def _words_after(text: str, end: int, n: int = 2) -> list[str]:
    return re.findall(r"[\w’'-]+|[,;:–.]", text[end : end + 60])[:n]


ROMAN = re.compile(r"[IVX]+")
PARTICLES = {"van", "de", "der", "den", "ter", "ten", "von", "le", "la", "da", "di"}


def _cut_at_late_particle(words: list[str]) -> list[str]:
    """ "Jan de Vries" is one name; in "Jacob Algera de Deltacommissie" the name ends at "de"."""
    for i, word in enumerate(words):
        if word in PARTICLES and i >= 2 and words[i - 1] not in PARTICLES:
            return words[:i]  # "Joke van der Zwaard": "der" follows "van", one particle
    return words


def mentions(passages: list[Passage]) -> list[Mention]:
    found = []
    for passage in passages:
        for sentence in passage.sentences:
            chunk = passage.text[sentence.start : sentence.end]
            for match in NAME.finditer(chunk):
                name = match.group(0)
                if re.match(r"[’']t\b", chunk[match.end() :]):
                    continue  # "Don't": English, no name
                start = sentence.start + match.start()
                lead = chunk[: match.start()].strip(' “‘"(–-”’')
                initial = not lead or lead[-1:] in ".:!?"
                words = _base(name).split()
                # A sentence-initial capital on a common Dutch word is no name: "Zodra Trotski".
                # Only the first word opens the sentence: "Volgens Piet Smit" keeps "Piet".
                opening = initial
                while words and (
                    words[0].islower()
                    or words[0].lower().startswith(("daar", "hier", "waar"))
                    # "Omdat Amenábar …" inside a sentence: a conjunction, capitalised after a
                    # quotation or a colon, is no first name (the 43rd unseen reading)
                    or words[0].lower() in CONJUNCTIONS
                    or (opening and simplemma.is_known(words[0].lower(), lang="nl"))
                    or (opening and words[0].lower() in SENTENCE_ADVERBS)
                ):
                    start += len(words[0]) + 1
                    words = words[1:]
                    opening = False
                while len(words) > 2 and (
                    words[0].lower() in NATIONALITIES or words[0].lower() in ROLE_NOUNS
                ):
                    # "De Oostenrijker Paul Ehrenfest", "Koning Willem III": the noun before
                    # the name is no part of it.
                    start += len(words[0]) + 1
                    words = words[1:]
                while (
                    len(words) > 2
                    and words[1] in PARTICLES
                    and words[2][:1].isupper()
                    and bare_plural(words[0])
                ):
                    # "de Kamervragen van Hatte van der Woude": a plural noun and "van" before
                    # the name (the name was lost, the 59th reading)
                    start += len(words[0]) + len(words[1]) + 2
                    words = words[2:]
                if not words:
                    continue
                whole = words
                words = _cut_at_late_particle(words)
                name = " ".join(words)
                if name in NOT_NAMES or len(name) < 3 or TITLE_WORDS & set(words[1:]):
                    continue
                if INSTITUTION_WORDS & set(words) or _inflected_adjective_first(words):
                    continue  # "Toegepaste Wiskunde": an adjective with a capital, a subject
                found.append(
                    Mention(
                        name=name,
                        passage=passage.number,
                        start=start,
                        end=start + len(name),
                        sentence=sentence.index,
                        initial=initial,
                        # "Clean Craftsmanship van Robert Martin": a work or body of a person
                        owned=len(whole) > len(words) and whole[len(words)] == "van",
                    )
                )
    return found


INFLECTED_ADJECTIVE_ENDINGS = ("lijke", "ische", "ieke", "iele", "ale", "ele", "ige", "ieve")
SEPARABLE_PARTICIPLE = re.compile(
    r"^(?:toe|aan|op|af|uit|mee|na|voor|over|door|om|bij|in)ge\w+[dt]e$"
)


def _inflected_adjective_first(words: list[str]) -> bool:
    """ "Toegepaste Wiskunde", "Verenigde Naties": a Dutch adjective in -e before a noun."""
    if len(words) < 2 or not words[0].endswith("e"):
        return False
    low = words[0].lower()
    if simplemma.is_known(low, lang="nl") and simplemma.lemmatize(low, lang="nl") != low:
        return True
    # "Toegepaste", "Aangepaste" are not in the dictionary: a separable verb's participle;
    # "Ruimtelijke Ordening", "Culturele Zaken": an adjective's ending.
    return bool(SEPARABLE_PARTICIPLE.match(low)) or low.endswith(INFLECTED_ADJECTIVE_ENDINGS)


def _place_ending(name: str) -> bool:
    """ "Rusland", "Petersburg", "Amsterdam": a stem of three letters or more, then a place's
    ending; "Caland" and "Roland" are names."""
    low = name.split()[-1].lower()
    return any(low.endswith(e) and len(low) - len(e) >= 3 for e in PLACE_ENDINGS)


def _evidence(mention: Mention, text: str, known: set[str]) -> tuple[float, float]:
    """Points for and against this mention being a person."""
    base = _base(mention.name)
    before = _word_before(text, mention.start)
    after = _words_after(text, mention.end)
    pro = against = 0.0
    low_before = before.lower()
    if low_before in NAME_ARTICLES and not mention.initial:
        against += 2
        if low_before == "het":
            against += 2  # "het Goereese Gat", "het Rijksmuseum": no person takes "het"
    if low_before in PLACE_NOUNS:
        against += 2
    two_before = re.findall(r"[\w’'-]+", text[max(0, mention.start - 40) : mention.start])[-2:-1]
    if low_before in {"van", "der"} and two_before and two_before[0].lower() in ROLE_NOUNS:
        against += 2  # "koning van Spanje": the realm of a role, not a person
    if low_before in PLACE_PREPOSITIONS:
        against += 1
    if _place_ending(base):
        against += 1.5
    if base.lower().endswith(GROUP_ENDINGS) and " " not in base:
        against += 1.5
    if low_before in PERSON_PREPOSITIONS:
        pro += 0.7
    if low_before in ROLE_NOUNS or (low_before and lemma(low_before) in ROLE_NOUNS):
        pro += 1.5
    if mention.name.endswith(("’s", "'s")):
        pro += 1
    if (
        after
        and after[0] == ","
        and len(after) > 1
        and (after[1].lower() in NAME_ARTICLES or after[1].lower() in ROLE_NOUNS)
    ):
        pro += 1
    if after and after[0].lower() in {"en", "of"}:
        rest = text[mention.end :].split(maxsplit=2)
        if len(rest) > 1 and _base(rest[1].strip(",.")) in known:
            pro += 1
    if low_before in {"en", ","} and any(
        _base(w) in known for w in re.findall(r"[\w’'-]+", text[max(0, mention.start - 30) :][:30])
    ):
        pro += 0.8
    if after and has_finite_verb(after[0]) and after[0].lower() not in {"de", "het"}:
        pro += 1
    if PERSON_RELATIVE.match(text[mention.end : mention.end + 20]):
        pro += 1.5
    predicate = _predicate_after(text, mention.end)
    if predicate and lemma(predicate[0]) in PERSON_VERBS:
        pro += 1  # "Visser had gezegd": what only people do
    if base.lower().endswith(ADJECTIVE_ENDINGS) and " " not in base:
        against += 1.5
    if base.split()[0] in {"De", "Het", "Een", "The", "Den", "Ter", "Ten"}:
        against += 3
    if " " in base and base.split()[0].lower().endswith("sche"):
        against += 3  # "de Bergsche Maas", "de Hollandsche IJssel": an adjective names a place
    if re.search(
        r"\b(?:ten\s(?:noorden|oosten|zuiden|westen)|afwatering|omgeving|buurt)\s(?:van\s)?$",
        text[max(0, mention.start - 40) : mention.start],
        re.I,
    ):
        against += 2  # "ten westen van Heusden", "de afwatering van Brabant": a place
    if mention.owned:
        against += 3
    return pro, against


def find_people(passages: list[Passage]) -> list[DraftItem]:
    """Drafted people, one per person, with merged spelling variants and a role."""
    by_number = {p.number: p for p in passages}
    all_mentions = mentions(passages)
    candidates: dict[str, Candidate] = {}
    for mention in all_mentions:
        candidates.setdefault(_base(mention.name), Candidate(_base(mention.name))).mentions.append(
            mention
        )
    known: set[str] = set()
    for _round in range(2):  # a second round lets "X en Y" lean on people found in the first
        for candidate in candidates.values():
            candidate.score = candidate.against = 0.0
            for mention in candidate.mentions:
                pro, against = _evidence(mention, by_number[mention.passage].text, known)
                candidate.score += pro
                candidate.against += against
        known = {n for n, c in candidates.items() if _is_person(c)}
    people = [c for c in candidates.values() if _is_person(c)]
    merged = _merge_variants(people, candidates, by_number)
    items = []
    for person in merged:
        item = _with_role(person, by_number)
        if item:
            items.append(item)
    return items


def _is_compound(word: str) -> bool:
    """Two known Dutch words of four letters or more: "waterveiligheid", "eveneens"."""
    low = word.lower()
    return any(
        simplemma.is_known(low[:i], lang="nl") and simplemma.is_known(low[i:], lang="nl")
        for i in range(4, len(low) - 3)
    )


def _is_person(candidate: Candidate) -> bool:
    """Enough evidence, more than against; a name of two unknown words needs less."""
    words = candidate.name.split()
    if simplemma.is_known(candidate.name.lower(), lang="nl") and len(words) == 1:
        return False
    unknown_words = [w for w in words if not simplemma.is_known(w.lower(), lang="nl")]
    plain = [m for m in candidate.mentions if not m.initial]
    prior = min(2.0, 0.4 * len(plain))
    if len(words) >= 2 and unknown_words and words[0] not in {"De", "Het", "The"}:
        prior += 1.0
    if len(words) == 1 and all(m.initial for m in candidate.mentions) and _is_compound(words[0]):
        return False  # "Waterveiligheid heeft …": water + veiligheid, a Dutch noun, no name
    if candidate.score >= 0.7:
        return candidate.score + prior > candidate.against
    # Frequent and capitalised is enough only with nothing against it.
    return prior >= 1.0 and candidate.against == 0


def _merge_variants(
    people: list[Candidate], candidates: dict[str, Candidate], by_number=None
) -> list[Candidate]:
    """One entry per person: "Nestor Machno" takes "Machno", "Zinioviev" joins "Zinoviev"."""
    people = sorted(
        people,
        key=lambda c: (
            -len(c.name.split()),
            -len(c.mentions),
            min((m.passage, m.start) for m in c.mentions),
        ),
    )
    groups: list[Candidate] = []
    single = {name for name in candidates if " " not in name}
    for person in people:
        if (
            person.name.split()[0] in single
            and " " in person.name
            and not all(m.initial for m in person.mentions)
        ):
            # Two names side by side: "verweet Trotski Stalin"; but "Wilhelm Herschel werd …
            # geboren" opens its sentence as one name.
            continue
        home = None
        # "Wilhelm" of "Wilhelm Herschel", when no other person bears that first name.
        bearers = [
            g
            for g in groups
            if " " not in person.name
            and any(person.name == n.split()[0] for n in {g.name, *g.variants} if " " in n)
        ]
        if len(bearers) == 1:
            home = bearers[0]
        for group in groups if home is None else ():
            names = {group.name, *group.variants}
            last = person.name.split()[-1]
            if (
                not ROMAN.fullmatch(last)
                and any(
                    last == n.split()[-1] and not _another_first_name(person.name, n) for n in names
                )
                and not (" " not in person.name and _named_alone_first(person, group))
            ) or any(
                person.name[0] == n[0]
                and len(person.name) >= 5
                and fuzz.ratio(person.name, n) >= 85
                and not _other_regnal_number(person.name, n)
                for n in names
            ):
                home = group
                break
        if home is None:
            groups.append(Candidate(person.name, list(person.mentions), person.score))
        else:
            home.variants.add(person.name)
            home.mentions += person.mentions
            home.score += person.score
    # A genitive "Stalins" belongs to "Stalin"; a bare "Machno" to "Nestor Machno".
    for name, candidate in candidates.items():
        if by_number and all(
            _word_before(by_number[m.passage].text, m.start).lower() in NAME_ARTICLES
            for m in candidate.mentions
        ):
            continue  # "Manhattan aan de Maas": a river, not the architect Winnie Maas
        for group in groups:
            names = {group.name, *group.variants}
            if name in names:
                break  # one person's already: "Duparc" is Herman's, not his aunt Sophie's too
            genitive = name.endswith("s") and len(name) > 4 and name[:-1] in names
            surname = " " not in name and any(name == n.split()[-1] for n in names if " " in n)
            if surname and _named_alone_first(candidate, group):
                # "Linux" from the first paragraph on, "Puppy Linux" once much later: a thing
                # of its own, not the surname of a name introduced before it (51st reading)
                surname = False
            first = " " not in name and [group] == [
                g
                for g in groups
                if any(name == n.split()[0] for n in {g.name, *g.variants} if " " in n)
            ]
            if genitive or surname or first:
                group.variants.add(name)
                group.mentions += candidate.mentions
                break
    return groups


def _named_alone_first(bare: Candidate, full: Candidate) -> bool:
    """The bare name stands in two earlier passages before the full name first does."""
    first_full = min(m.passage for m in full.mentions)
    return len({m.passage for m in bare.mentions if m.passage < first_full}) >= 2


def _other_regnal_number(one: str, other: str) -> bool:
    """ "Antiochus III" and "Antiochus IV": a father and a son, not two spellings (the 63rd
    reading accepted the one for the other)."""
    a, b = one.split()[-1], other.split()[-1]
    return a != b and bool(ROMAN.fullmatch(a) or ROMAN.fullmatch(b))


NAME_PARTICLE_WORDS = {"van", "de", "der", "den", "von", "ter", "ten", "te", "du", "la", "le", "di"}


def _another_first_name(one: str, other: str) -> bool:
    """ "Sophie Duparc" beside "Herman Johan Arie Duparc": one surname, two people (his aunt,
    the 61st reading); "Machno" or "N. Machno" beside "Nestor Machno" is the same man."""
    a, b = one.split(), other.split()
    if len(a) < 2 or len(b) < 2 or a[-1] != b[-1]:
        return False
    first_a, first_b = a[0], b[0]
    if len(first_a) < 3 or len(first_b) < 3 or "." in first_a + first_b:
        return False
    if {first_a.lower(), first_b.lower()} & NAME_PARTICLE_WORDS:
        return False  # "Van der Corput" beside "Johannes van der Corput"
    return first_a not in b[:-1] and first_b not in a[:-1]


# The apposition closes with a comma or the sentence's end.
ROLE_AFTER = re.compile(r"^,\s((?:de|het|een|[a-zà-ÿ]+)\s[^,.;:()]{3,90}?)(?:,|\.(?=\s|$))")
COPULA = re.compile(r"^\s(?:was|is|werd|wordt)\s(?:als\s)?([^,.;:()]{3,100})")
COPULA_INVERTED = re.compile(r"(?:was|is|werd|wordt)\s$")


FUNCTION_WORDS = {"de", "het", "een", "die", "deze", "ze", "zijn", "haar", "onze", "ook", "dus"}


def _is_role_phrase(phrase: str) -> bool:
    words = phrase.split()
    if has_finite_verb(phrase) or len(words) > 14:
        return False
    if {lemma(w.lower()) for w in words[:3]} & PLACE_NOUNS:
        return False  # "Sen Monorom, een stadje in …": a place, not a person
    return words[0] in NAME_ARTICLES or any(
        w in ROLE_NOUNS or lemma(w) in ROLE_NOUNS for w in words[:3]
    )


def _plural_role(phrase: str) -> bool:
    """ "de vorige ministers": a plural role noun, said of several names ("een van de
    ministers" is one of them)."""
    words = phrase.lower().split()
    if words[:2] in (["een", "van"], ["één", "van"], ["een", "der"]):
        return False
    return any(
        w not in ROLE_NOUNS and lemma(w) in ROLE_NOUNS and w.endswith(("s", "en"))
        for w in words[:3]
    )


def _role_candidates(person: Candidate, by_number):
    """(role, start, end, confidence) proposals, the most telling first."""
    proposals = []
    for mention in sorted(person.mentions, key=lambda m: (m.passage, m.start)):
        text = by_number[mention.passage].text
        rest = text[mention.end : mention.end + 120]
        rest = re.sub(r"^(’s|'s)", "", rest)
        # "Nevil Maskelyne (1732-1811), directeur van …": the years stand between name and role.
        years = re.match(r"^\s\([^)]{1,20}\)(?=,)", rest)
        skipped = years.end() if years else 0
        rest = rest[skipped:]
        sentence = next(
            s for s in by_number[mention.passage].sentences if s.start <= mention.start < s.end
        )
        apposition = ROLE_AFTER.match(rest)
        if apposition and " " not in person.name and not _names_a_role(apposition.group(1)):
            apposition = None  # "Codeberg, een non-profit organisatie": a thing, not a person
        if apposition and _plural_role(apposition.group(1)):
            apposition = None  # "Galant en Bellot, de vorige ministers": the role of both (60th)
        if apposition and _is_role_phrase(apposition.group(1)):
            role = apposition.group(1)
            end = mention.end + skipped + apposition.end(1)
            joined = re.search(r"\sen\s[A-Z]", role)
            if joined:  # "directeur van de sterrenwacht van Greenwich en Hornsby": two people
                end -= len(role) - joined.start()
                role = role[: joined.start()]
            proposals.append((role, mention.passage, mention.start, end, 0.8))
        before = text[sentence.start : mention.start]
        pre = re.search(
            r"\b((?:[A-Za-zà-ÿ][a-zà-ÿ]*e(?:re|ste)?\s){0,2})([A-Za-zà-ÿ]+),?\s$", before
        )
        noun = pre.group(2).lower() if pre else ""
        if pre and (noun in ROLE_NOUNS or lemma(noun) in ROLE_NOUNS):
            adjectives = [
                w
                for w in pre.group(1).split()
                if w.lower() not in FUNCTION_WORDS and not has_finite_verb(w)
            ]
            role = " ".join([*adjectives, noun])
            start = sentence.start + before.lower().rfind(role.split()[0].lower(), 0, pre.end())
            article = re.search(r"\b(de|het)\s$", before[: start - sentence.start], re.I)
            if article:  # "De Amsterdamse hoogleraar Peeters": "Wie was de Amsterdamse …?"
                role = f"{article.group(1).lower()} {role}"
                start -= len(article.group(0))
            # "zijn vader Isaac", "zijn oudere broer Jacob": whose? "Wie was vader?" asks
            # nothing a learner can answer (the eighth unseen reading); neither does a bare
            # title ("gravin Margareta": "Wie was gravin?", the ninth).
            if lemma(noun) not in KINSHIP and (adjectives or article):
                proposals.append((role, mention.passage, start, mention.end, 0.75))
        asks = passage_question(by_number[mention.passage].text, sentence)
        # "Bij Maerlant is het werk zekerder": after a preposition the name is no subject, and
        # what follows "is" says nothing of the person.
        governed = _word_before(text, mention.start).lower() in SUBJECTLESS_BEFORE
        copula = None if asks or governed else COPULA.match(rest)
        if (
            copula
            and not copula.group(1).lower().startswith(("niet ", "geen ", "er "))
            # "Herschel was met zijn tweede controle toe aan …": a state, not what he was
            and copula.group(1).split()[0].lower() not in ROLE_PREPOSITIONS
            and not points_back(copula.group(1))  # "… is daarin …": of something said before
        ):
            words = copula.group(1).split()
            # "werd op 15 november 1738 in Hannover geboren", "werd tot organist benoemd": a
            # passive is an event of the person, not what they were.
            bare = len(words) <= 3 and not (
                words[0].lower() in NAME_ARTICLES | {"zijn", "haar", "hun"}
                or _names_a_role(copula.group(1))
            )  # "Facebook was vooral leuk": a state, no role (the 42nd reading)
            if 2 <= len(words) <= 16 and not PASSIVE_END.match(words[-1].lower()) and not bare:
                end = mention.end + copula.end(1)
                proposals.append((copula.group(1), mention.passage, mention.start, end, 0.7))
        if COPULA_INVERTED.search(before) and not asks:
            after = re.match(r"\s([^,.;:()]{3,100})", text[mention.end :])
            if (
                after
                and 2 <= len(after.group(1).split()) <= 12
                and not PASSIVE_END.match(after.group(1).split()[-1].lower())
                and after.group(1).split()[0].lower() not in ROLE_PREPOSITIONS
            ):
                # The span starts at the sentence so that it reads as a whole.
                proposals.append(
                    (
                        after.group(1),
                        mention.passage,
                        sentence.start,
                        mention.end + after.end(1),
                        0.7,
                    )
                )
    return proposals


def passage_question(text: str, sentence) -> bool:
    """ "Maar wat is Agile ontwikkeling verworden?": a question says nothing of the name in it."""
    return text[sentence.start : sentence.end].rstrip(" )”\"'’").endswith("?")


# What people do and nothing else does: "Sukarno had gezegd", "zei Jansen", "Jansen stierf".
PERSON_VERBS = set(
    """zeggen schrijven spreken vinden denken menen stellen betogen vragen antwoorden noemen
besluiten beloven geloven hopen vrezen weten sterven overlijden trouwen verklaren beweren
waarschuwen pleiten vertellen roepen erkennen ontkennen toegeven benadrukken opmerken
concluderen zwijgen aankondigen""".split()
)
# "Marot, aan wiens bespreking …": a relative pronoun only people take.
PERSON_RELATIVE = re.compile(r",\s(?:\w+\s)?(?:wiens|wier)\b")
AUXILIARIES = {"had", "heeft", "hadden", "hebben", "is", "was", "werd", "zou", "zal", "wil", "kon"}


# "Het verschil met Forgejo is dat …": a clause after "is", no role.
CLAUSE_OPENERS = {"dat", "wat", "om", "als", "of", "hoe", "waarom", "wanneer"}
PLACE_PREPOSITIONS = {"in", "te", "naar", "uit", "vanuit", "nabij", "rondom"}
WORK_PARTICIPLES = {"geschreven", "gelezen", "vertaald", "uitgegeven", "gepubliceerd", "verfilmd"}


def _has_person_cue(person: Candidate, by_number) -> bool:
    """A name without a role stands in the pack only with a sign it names a person: a verb
    only people do after it (or before it: "zei Jansen"), "volgens" or a role noun before it,
    or mentions all over the text. A capitalised "Foreign Tech", "Pax Americana" or
    "Biomassa" at a sentence's start has none and would stand as a wrong name option."""
    plain = [m for m in person.mentions if not m.initial]
    if _found_as_place(person, by_number):
        return False  # "In Heerlen ligt …", "naar Gent": a place
    for mention in person.mentions:
        text = by_number[mention.passage].text
        if (
            _words_after(text, mention.end, 1)
            and _words_after(text, mention.end, 1)[0].lower() in WORK_PARTICIPLES
        ):
            return False  # "Iemand heeft Van den vos Reynaerde geschreven": the work written
    if len({(m.passage, m.sentence) for m in plain}) >= 3:
        return True
    # "Ida Mett", "Kerenski" inside a sentence: a surname no dictionary knows, Dutch or English
    # ("Foreign Tech", "Cabinet Office" are English words with capitals).
    surname = person.name.split()[-1].lower()
    if plain and not any(simplemma.is_known(surname, lang=lang) for lang in ("nl", "en")):
        return True
    return _acts_as_a_person(person, by_number)


def _found_as_place(person: Candidate, by_number) -> bool:
    """A mention after "in", "naar", "uit" … that is no possessive ("in Trotski's werk")."""
    names = {person.name, *person.variants}
    for mention in person.mentions:
        text = by_number[mention.passage].text
        possessive = text[mention.end : mention.end + 2] in ("’s", "'s")
        # "uit Ehrenfests indrukken": a genitive after "uit" is whose, not where
        genitive = mention.name.endswith("s") and mention.name[:-1] in names
        if _word_before(text, mention.start).lower() in PLACE_PREPOSITIONS and not (
            possessive or genitive
        ):
            return True
    return False


def _acts_as_a_person(person: Candidate, by_number) -> bool:
    """Something only people do or are around a mention: "volgens X", "zei X", "X schreef",
    "X was secretaris-generaal", "X, aan wiens …"; never a name found "in X" ("in Forgejo")."""
    if _found_as_place(person, by_number):
        return False
    for mention in person.mentions:
        text = by_number[mention.passage].text
        before = _word_before(text, mention.start).lower()
        if before.isalpha() and (
            before in {"volgens", "aldus", "zoals"}
            or {before, lemma(before)} & (ROLE_NOUNS | PERSON_VERBS)
        ):
            return True
        after = _predicate_after(text, mention.end)
        if after and lemma(after[0]) in PERSON_VERBS:
            return True
        if any(w.split("-")[0] in ROLE_NOUNS for w in after):
            return True  # "Stalin was secretaris-generaal"
        if PERSON_RELATIVE.match(text[mention.end : mention.end + 20]):
            return True
    return False


def _names_a_role(role: str) -> bool:
    return any(
        w in ROLE_NOUNS or lemma(w) in ROLE_NOUNS or w.split("-")[0] in ROLE_NOUNS
        for w in role.lower().split()
    )


def _predicate_after(text: str, end: int) -> list[str]:
    """The words after a name, past an auxiliary: "had gezegd" -> ["gezegd", …]."""
    after = [w.lower() for w in _words_after(text, end, 3) if w[:1].isalpha()]
    while after and after[0] in AUXILIARIES:
        after = after[1:]
    return after


def _with_role(person: Candidate, by_number) -> DraftItem | None:
    proposals = _role_candidates(person, by_number)
    if " " not in person.name and (
        all(m.initial for m in person.mentions) or not _acts_as_a_person(person, by_number)
    ):
        # "Idealiter is het ontwerp … onafhankelijk", "Codeberg is een non-profit": a single
        # word that never acts as a person is named one by a role noun only, not by whatever
        # follows "is" (the tenth and twelfth unseen readings).
        proposals = [p for p in proposals if _names_a_role(p[0])]
    proposals = [p for p in proposals if p[0].split()[0].lower() not in CLAUSE_OPENERS]
    # "Jos Lemmens, zoon van stichter Pieter Jan Lemmens": a role that names the person himself
    # belongs to someone else (the 43rd reading).
    own_names = {person.name, *person.variants}
    proposals = [p for p in proposals if not any(n in p[0] for n in own_names if " " in n)]
    if not proposals and not _has_person_cue(person, by_number):
        return None
    first = min(person.mentions, key=lambda m: (m.passage, m.start))
    passage = by_number[first.passage]
    confidence = min(0.9, 0.35 + 0.1 * person.score + 0.02 * len(person.mentions))
    if proposals:
        role, number, start, end, weight = max(proposals, key=lambda p: p[4])
        passage = by_number[number]
        item = anchored("people", passage, start, end, (confidence + weight) / 2)
        item.fields = {
            "name": person.name,
            "variants": sorted(person.variants),
            "role": clean(role),
        }
    else:
        sentence = next(s for s in passage.sentences if s.start <= first.start < s.end)
        start, end = _clause_around(passage.text, sentence, first)
        item = anchored("people", passage, start, end, confidence * 0.7)
        item.fields = {
            "name": person.name,
            "variants": sorted(person.variants),
            "role": ROLE_UNKNOWN + clean(passage.text[start:end]),
        }
    item.refs["mentions"] = len(person.mentions)
    return item


def _clause_around(text, sentence, mention):
    """The clause of the sentence that names the person, or the sentence when that is short."""
    left = max(text.rfind(sep, sentence.start, mention.start) for sep in (", ", "; ", " – ", ": "))
    right = [text.find(sep, mention.end, sentence.end) for sep in (", ", "; ", " – ", ": ")]
    right = min([r for r in right if r >= 0], default=sentence.end)
    start = left + 2 if left >= sentence.start else sentence.start
    if len(text[start:right].split()) < 5:
        return sentence.start, sentence.end
    return start, right


def people_index(items: list[DraftItem]) -> dict[str, str]:
    """Every spelling of every drafted person -> the name they are filed under."""
    index = {}
    for item in items:
        for name in [item.fields["name"], *item.fields.get("variants", [])]:
            index[name] = item.fields["name"]
            index[name.split()[-1]] = item.fields["name"]
    return index


def names_in(text: str, index: dict[str, str]) -> list[str]:
    """Known people named in a text, in order of appearance, each once."""
    seen = []
    for match in NAME.finditer(text):
        words = _base(match.group(0)).split()
        for size in range(len(words), 0, -1):
            for i in range(len(words) - size + 1):
                name = index.get(" ".join(words[i : i + size]))
                if name and name not in seen:
                    seen.append(name)
    return seen


def mentions_by_sentence(items, passages) -> dict[tuple[int, int], list[str]]:
    index = people_index(items)
    result = defaultdict(list)
    for passage in passages:
        for sentence in passage.sentences:
            result[(passage.number, sentence.index)] = names_in(sentence.text, index)
    return result


PRONOUN_OPENING = re.compile(r"\b(?:hij|zij|ze)\b", re.I)


def referent(
    passage, sentence, index: dict[str, str], *, here: bool = False, pronoun: str = ""
) -> str:
    """The person a pronoun subject points back to: the first named in the sentence before.

    Walks back over sentences that name nobody but speak of "hij" or "zij" (at most five, across
    a paragraph break), so "Trotski … Hij … Hij schrijft:" still finds Trotski. With `here`, a
    name earlier in the same sentence comes first; with `pronoun`, only one before that word:
    in "In 1777 begon hij de sterren van Flamsteed na te lopen", "hij" is not Flamsteed.
    """
    if here:
        text = passage.text[sentence.start : sentence.end]
        at = re.search(rf"\b{re.escape(pronoun)}\b", text) if pronoun else None
        names = names_in(text[: at.start()] if at else text, index)
        if names:
            return names[0]
    current, position = passage, sentence.index
    for _step in range(5):
        position -= 1
        if position < 0:
            current = current.previous
            if current is None or not current.sentences:
                return ""
            position = len(current.sentences) - 1
        earlier = current.sentences[position]
        text = current.text[earlier.start : earlier.end]
        names = names_in(text, index)
        subjects = subject_names(text, index)
        if subjects:
            return subjects[0]
        if names:
            # "Hij correspondeerde met … zijn voorganger Lorentz": a person named as an object
            # is not who "hij" goes on about; only a subject is taken (the 42nd reading). A
            # sentence whose subject is "hij" itself, or the author's aside ("Ik heb daarover
            # samen met Anne Kox …"), is passed over; any other subject ends the search.
            if AUTHOR_ASIDE.match(text) or PRONOUN_SUBJECT_OPENS.match(text):
                continue
            return ""
        if not PRONOUN_OPENING.search(text) or _unknown_name_opens(text):
            # "Caland nam … want al snel nam hij …": a name the drafter did not take for a
            # person may be the one meant; a person further back would be a guess.
            return ""
    return ""


PRONOUN_SUBJECT_OPENS = re.compile(
    r"^[“‘\"(]*(?:Hij|Zij|Ze)\b|^\S+(?:\s\S+){0,4}?\s\w+\s(?:hij|zij)\b"
)
AUTHOR_ASIDE = re.compile(r"^[“‘\"(]*(?:Ik|We|Wij)\b")


def subject_names(text: str, index: dict[str, str]) -> list[str]:
    """Known people named as the sentence's subject: before its first finite verb, or right
    after it when a phrase opens the sentence ("In 1912 kreeg Ehrenfest …")."""
    verb = next(
        (
            m
            for m in re.finditer(r"[\w’'-]+", text)
            if m.start() > 0 and has_finite_verb(m.group(0))
        ),
        None,
    )
    found = []
    for match in NAME.finditer(text):
        at = match.start()
        subject = (
            verb is None
            or at < verb.start()
            or (
                0 <= at - verb.end() <= 2
                and _word_before(text, at).lower() == verb.group(0).lower()
            )
        )
        if not subject:
            continue
        for name in names_in(match.group(0), index):
            if name not in found:
                found.append(name)
    return found


def _unknown_name_opens(text: str) -> bool:
    first = re.match(r"[“‘\"(]*([A-ZÀ-Ö][\w’'-]+)", text)
    if not first:
        return False
    word = first.group(1)
    if word.lower().startswith(("daar", "hier", "waar", "er")) or word.lower() in SENTENCE_ADVERBS:
        return False  # "Daarmee", "Hierdoor": pronominal adverbs the dictionary lacks
    return not simplemma.is_known(word.lower(), lang="nl")
