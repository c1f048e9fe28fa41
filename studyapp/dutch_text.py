"""Dutch text as the drafters read it: passages split into sentences with their offsets, Dutch
words and clause order. Below both the drafters and the generators, which turn a drafted
"omdat"-clause round into a statement (`main_clause_order`).

Every drafted item points back into a passage by offsets, so its span always stands there word
for word. Footnote markers such as [3] are cut from the ends of spans and from every field.
"""

import re
from dataclasses import dataclass, field
from functools import lru_cache

import simplemma

from studyapp.sentences import split_sentences

FOOTNOTE = re.compile(r"\s?\[\d{1,3}\]")
WORD = re.compile(r"[\w’'-]+")
# Opening and closing quotation marks used in Dutch texts.
OPEN_QUOTES = '“„"«'
CLOSE_QUOTES = '”"»'

# Words that stand capitalised at the start of a sentence without being names.
ARTICLES = {"de", "het", "een", "deze", "die", "dit", "dat", "zijn", "haar", "hun", "onze", "ons"}
PRONOUNS = {"hij", "zij", "ze", "het", "die", "deze", "hem", "haar", "zijn"}
SUBJECT_PRONOUNS = {"hij", "zij", "ze", "die"}
MONTHS = (
    "januari februari maart april mei juni juli augustus september oktober november december"
).split()
# Finite verbs common enough to mark a clause (used to tell a clause from a noun after "maar").
FINITE_VERBS = set(
    """is was zijn waren wordt werd worden werden heeft had hebben hadden kan kon kunnen konden
wil wilde willen wilden moet moest moeten moesten zal zou zullen zouden mag mocht blijkt bleek
blijft bleef gaat ging gingen komt kwam kwamen staat stond stonden ligt lag lagen doet deed
deden ziet zag zagen vindt vond vonden geeft gaf gaven krijgt kreeg neemt nam namen laat liet
lieten houdt hield heet heette betekent betekende leidt leidde leidden maakt maakte maakten
weet wist weten kent kende lijkt leek lijken zit zat zitten riep schreef schrijft stelt sprak
zei zegt vroeg bood sloot hielp liep viel trok dreef koos wees bracht dacht zocht vocht verloor
won stierf eiste pleitte vatte vat noemt noemde heb ben""".split()
)


@dataclass
class Sentence:
    passage: int
    start: int
    end: int
    text: str
    index: int = 0  # its place among the passage's sentences


@dataclass
class Passage:
    number: int
    text: str
    sentences: list[Sentence] = field(default_factory=list)
    previous: "Passage | None" = None


def read_passages(passages, language: str = "nl") -> list[Passage]:
    """Passages with their sentences, each sentence located by its offsets in the passage.

    Each passage is (number, text) or (number, text, sentences) when ingest already split it.
    """
    result = []
    for number, text, *split in passages:
        passage = Passage(number=number, text=text, previous=result[-1] if result else None)
        cursor = 0
        pieces = split[0] if split and split[0] else split_sentences(text, language)
        for piece in pieces:
            piece = piece.strip()
            if not piece:
                continue
            start = text.find(piece, cursor)
            if start < 0:
                continue
            end = start + len(piece)
            passage.sentences.append(
                Sentence(number, start, end, piece, index=len(passage.sentences))
            )
            cursor = end
        result.append(passage)
    return result


def clean(text: str) -> str:
    """A field's text: footnote markers out, spaces and dangling punctuation tidied."""
    text = FOOTNOTE.sub("", text)
    # "Einsteins in memoriam (pdf) voor Ehrenfest": a link's file type, not the author's words
    text = re.sub(r"\s\((?:pdf|PDF|doc|docx|mp3|mp4|video|audio)\)", "", text)
    # "… niet veel groter worden (zie rechtergrafiek)": a pointer to a figure or a page, which
    # a question cannot show
    text = re.sub(
        r"\s\((?:zie|vgl|cf|fig|figuur|afb|afbeelding|p|pag)\b\.?[^()]*\)", "", text, flags=re.I
    )
    text = re.sub(r"\s+", " ", text).strip()
    return text.strip(" ,;:–-")


def trim_span(passage_text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets without surrounding spaces, commas or a trailing footnote marker."""
    while True:
        marker = FOOTNOTE.search(passage_text, start, end)
        if marker and marker.end() == end:
            end = marker.start()
            continue
        break
    while start < end and passage_text[start] in " ,;:–-\n":
        start += 1
    while end > start and passage_text[end - 1] in " ,;:–-\n":
        end -= 1
    return start, end


def sentence_case(text: str) -> str:
    text = clean(text)
    return text[:1].upper() + text[1:] if text else text


# The author speaking as "ik": an anecdote of the author's is no claim to draft, and a statement
# in the first person is read by the learner as about himself.
FIRST_PERSON = re.compile(r"\b(?:ik|mij|me|mijn)\b", re.I)


def as_statement(text: str) -> str:
    """A clause as a sentence of its own: capital first letter, full stop at the end."""
    text = sentence_case(text)
    # 'zei: "Dit klopt niet."' ends already: a closing straight quote after the stop counts
    ended = re.search(r"[.!?][\"']$", text)
    if text and text[-1] not in ".!?”’" and not ended:
        text += "."
    return text


@lru_cache(maxsize=20000)
def lemma(word: str) -> str:
    return simplemma.lemmatize(word.lower(), lang="nl")


def words(text: str) -> list[str]:
    return WORD.findall(text)


def starts_with_pronoun(text: str) -> bool:
    first = words(text)[:1]
    return bool(first) and first[0].lower() in SUBJECT_PRONOUNS


def has_finite_verb(text: str) -> bool:
    """True when the words look like a clause: a common finite verb or a past-tense form."""
    previous = ""
    for word in words(text):
        low, before, previous = word.lower(), previous, word.lower()
        if low in FINITE_VERBS:
            return True
        if low in ORDINAL_ADJECTIVES and before in ARTICLES | PHRASE_PREPOSITIONS:
            continue  # "in vierde klasse": an ordinal, not a past tense of "vieren" (55th)
        if len(low) > 4 and low.endswith(("de", "te", "den", "ten")):
            stem = re.sub(r"den?$", "", low)
            if stem.endswith("en") and len(stem) >= 5 and lemma(stem) == stem:
                continue  # "liggende" (liggen + de): a participle used as an adjective
            base = lemma(low)
            if low.startswith("ge") and not base.startswith("ge"):
                continue  # "gehouden" (houden), "gemaakte": a participle, no finite verb
            # A past tense has a verb as its lemma ("speelde" -> "spelen"); "eerste" has not.
            if base != low and base.endswith("en"):
                return True
    return False


# Words that open a noun phrase, and words that end one ("hun" starts an object, "die" a clause).
DETERMINERS = {
    "de", "het", "een", "ons", "onze", "zijn", "haar", "hun", "mijn", "deze", "dit", "die",
    "meer", "veel", "vele", "alle", "geen", "enkele", "sommige", "beide", "elk", "elke", "ieder",
}  # fmt: skip
# Words in -en that simplemma leads back to themselves but that are never finite verbs.
NOT_VERBS = set(
    """toen tegen binnen buiten boven beneden tussen zonder even heen geen misschien volgens
sinds tijdens wegens alleen eigen open tien zeven negen daarentegen bovendien evenzeer
enkelen velen anderen beiden allen""".split()
)
INFINITIVE_ENDINGS = ("en", "staan", "gaan", "slaan", "doen", "zien")
NOT_NOUN_ENDINGS = ("eel", "lijk", "ig", "isch", "baar", "zaam", "angrijk")
RELATIVES = {"die", "dat", "waar", "waarin", "waarvan", "wat", "wie", "waarmee", "welke"}
SUBJECT_PRONOUNS_V2 = {"hij", "zij", "ze", "wij", "we", "ik", "jij", "je", "u", "men", "het", "er"}


def looks_finite(word: str, *, plural: bool = True) -> bool:
    """A finite verb form: a common one, or a form simplemma leads back to an infinitive.

    With `plural`, forms in -en that are their own lemma ("blijven") count too; nouns such as
    "oosten" look the same, so a caller that cannot afford them asks without.
    """
    low = word.lower()
    if low in FINITE_VERBS:
        return True
    if len(low) < 4 or low in NOT_VERBS:
        return False  # "en", "toen", "binnen": no verb
    base = lemma(low)
    if (
        low.endswith("en")
        and not base.endswith(INFINITIVE_ENDINGS)
        and base != low
        and low != f"{base}en"  # "boeren" is "boer" + "en", a plural noun
    ):
        # simplemma leads "stegen", "schreven", "grepen" to the singular past ("steeg"), and
        # that to the infinitive: a plural past tense, its vowel or consonant changed.
        second = lemma(base)
        if second != base and second.endswith("en") and simplemma.is_known(low, lang="nl"):
            return True
    if not base.endswith(INFINITIVE_ENDINGS) or not simplemma.is_known(low, lang="nl"):
        return False
    if base != low:
        # "groeit", "steeg", "bleek" lead back to an infinitive; plural nouns ("tekens") end in s.
        if low.endswith("en"):
            return plural  # "bleven", "gingen": a plural past tense
        if low.endswith(("end", "ende")):
            return False  # "volgend": a participle used as an adjective
        return low.endswith(("t", "de", "te")) or not low.endswith(("s", "en", "e"))
    return plural and low.endswith(INFINITIVE_ENDINGS)


def subject_before_verb(text: str, *, verb_leads: bool = False) -> str:
    """ "zal de regering aandacht schenken" -> "de regering zal aandacht schenken"; "" if unsure.

    Text that does not start with a finite verb is returned as it is. `verb_leads`: something
    fronted was cut off, so the first word is the finite verb whatever else it may be ("zijn
    verschillende landschapstypen te onderscheiden" after "Hierdoor": not "his").
    """
    stop = re.search(r"\s*[.!?]$", text)
    if stop and len(text) > 1:
        # the full stop stays last whatever moves: "… of uitwijking." + "begon"
        reordered = subject_before_verb(text[: stop.start()], verb_leads=verb_leads)
        return reordered + stop.group(0).strip() if reordered else ""
    parts = text.split()
    if (
        len(parts) > 2
        and parts[1].lower().rstrip(",") == "er"
        and parts[0].lower() in {"zijn", "is", "was", "waren"}
    ):
        # "(Toch) zijn er verloskundigen die …": "er" stands first ("zijn" is no "his" here);
        # "zijn er, vanaf de jaren '70, …" keeps its aside's comma after the verb (51st).
        comma = "," if parts[1].endswith(",") else ""
        return " ".join(["er", parts[0].lower() + comma, *parts[2:]])
    verb_zijn = (
        len(parts) > 2
        and parts[0].lower() == "zijn"
        and (verb_leads or parts[1].lower() in NEGATIONS | DETERMINERS | {"er"})
    )  # "zijn niet alle mogelijkheden onderzocht": the verb, not "his"
    if (
        not parts
        or not looks_finite(parts[0])
        or (parts[0].lower() in DETERMINERS and not verb_zijn)
    ):
        return text
    opens_clause = next(
        (k for k in (3, 4) if len(parts) > k and parts[k].lower() in {"om", "dat"}), None
    )
    if (
        opens_clause
        and parts[1].lower() == "het"
        and all(w.islower() for w in parts[2:opens_clause])
    ):
        # "(Daarom) is het beter om …": "het" stands for the om-clause and is the subject on its
        # own ("Het beter is om …", the 57th reading).
        return " ".join(["het", parts[0].lower(), *parts[2:]])
    if (
        parts[0].lower() in TAKES_AN_INFINITIVE
        and len(parts) > 3
        and parts[1].lower() == "het"
        and nominal_infinitive(parts[2], parts[3])
    ):
        return ""  # "zal het groeien in omvang": "het" and a verb, or a noun? unsure
    verb, parts = parts[0], parts[1:]
    if parts[:2] == ["ten", "slotte"]:
        parts = parts[2:]  # "schonk ten slotte het ministerie …": an adverb, not the subject
    elif parts[:1] and parts[0].lower() in CLAUSE_ADVERBS:
        parts = parts[1:]
    negation = []
    if len(parts) > 2 and parts[0].lower() in NEGATIONS:
        negation, parts = parts[:1], parts[1:]
        if parts[0].lower() in {"alle", "elke", "ieder", "iedere", "veel", "iedereen"}:
            # "niet alle mogelijkheden" is the subject: "not all", never "none"
            parts, negation = [negation[0].lower(), *parts], []
    dated = []
    if (
        len(parts) > 2
        and parts[0].lower() in DATE_PREPOSITIONS
        and re.fullmatch(r"1\d{3}|20\d{2}", parts[1])
    ):
        dated, parts = parts[:2], parts[2:]  # "begon vanaf 1543 de emigratie": the date waits
    size = subject_size(parts)
    if verb.lower().endswith("en"):
        size = with_second_conjunct(parts, size)
    size = through_apposition(parts, coordinated_to_the_end(parts, size))
    if not size:
        return ""
    size = _of_a_name(parts, size)
    if (
        size < len(parts)
        and parts[size][:1].isupper()
        and parts[size - 1][:1].isupper()
        and not bare_plural(parts[size - 1].strip(","))  # "vielen de Duitsers België binnen"
    ):
        return ""  # "kocht de … afkomstige Nijs Maat": the verb would split the name (48th)
    if [w.lower() for w in parts[:size]] in (["je"], ["jij"]):
        verb = second_person(verb)  # "ben je geneigd" -> "je bent geneigd" (46th reading)
    return " ".join([*parts[:size], verb.lower(), *negation, *dated, *parts[size:]])


# Before "je" or "jij" a present-tense verb drops its -t ("ben je", "vind je"); put first,
# the subject takes it back. Modals that never have one ("mag", "kan") stay as they are.
SECOND_PERSON_FORMS = {
    "ben": "bent", "heb": "hebt", "kun": "kunt", "wil": "wilt", "zal": "zult",
    "ga": "gaat", "sta": "staat", "sla": "slaat", "doe": "doet", "zie": "ziet",
}  # fmt: skip


def second_person(verb: str) -> str:
    low = verb.lower()
    if low in SECOND_PERSON_FORMS:
        return SECOND_PERSON_FORMS[low]
    stem = lemma(low)[:-2] if lemma(low).endswith("en") else ""
    # "vind"/"vinden", "loop"/"lopen": the bare stem of the present tense, never a past form
    if stem and low in {stem, re.sub(r"([aeou])([^aeiou])$", r"\1\1\2", stem)}:
        return low if low.endswith("t") else low + "t"
    return low


SECOND_CONJUNCT_OPENERS = {"de", "het", "een", "zijn", "haar", "hun", "diens", "wiens"}


def with_second_conjunct(parts: list[str], size: int) -> int:
    """ "richtten Johan Hillen en zijn compagnon Penning … op": after a plural verb, "en" and a
    name or a noun phrase (a name may follow it) belong to the subject too (the 45th unseen
    reading split it: "Johan Hillen richtten en zijn compagnon …")."""
    if not size or size + 1 >= len(parts) or parts[size].lower() != "en":
        return size
    k = size + 1
    if parts[k][:1].isupper():
        while k < len(parts) and parts[k][:1].isupper():
            k += 1
        return k
    if parts[k].lower() not in SECOND_CONJUNCT_OPENERS:
        return size
    k += 1
    while k < len(parts) and _inflected_adjective(parts[k]):
        k += 1
    if k >= len(parts) or looks_finite(parts[k]) or not parts[k].isalpha():
        return size
    k += 1  # the noun
    while k < len(parts) and parts[k][:1].isupper():
        k += 1  # "zijn compagnon Penning"
    return k


DATE_PREPOSITIONS = {"in", "vanaf", "sinds", "na", "rond", "omstreeks", "tot", "voor"}


# Adverbs that may stand between a fronted verb and its subject, and leave with the fronting.
CLAUSE_ADVERBS = {"tenslotte", "uiteindelijk", "echter", "bovendien", "vervolgens", "daarna"}
# "zijn niet alle mogelijkheden onderzocht": the negation before the subject stays after the verb
NEGATIONS = {"niet", "nooit"}


def through_apposition(parts: list[str], size: int) -> int:
    """ "Luther, een monnik te Wittenberg, waarschuwde …": a subject of `size` words that ends
    in a comma takes its apposition up to the closing comma; 0 when none closes it."""
    if not size or not parts[size - 1].endswith(","):
        return size
    closing = next(
        (k for k in range(size, min(size + 8, len(parts))) if parts[k].endswith(",")), None
    )
    return closing + 1 if closing is not None else 0


def coordinated_to_the_end(parts: list[str], size: int) -> int:
    """ "begon de emigratie of uitwijking": a subject of `size` words goes on over "of"/"en"
    and a word or two that end the clause."""
    rest = parts[size:]
    if size and 2 <= len(rest) <= 3 and rest[0].lower() in {"of", "en"}:
        if all(
            w.rstrip(".!?;:,").isalpha() and not looks_finite(w, plural=False) for w in rest[1:]
        ):
            return len(parts)
    return size


ORDINAL_ADJECTIVES = set(
    "eerste tweede derde vierde vijfde zesde zevende achtste negende tiende laatste".split()
)


# "van natuurlijk plantenmateriaal", "een bijzonder proces": an adjective without its "-e"
# (before a het-word) shows by its suffix; the noun follows it.
UNINFLECTED_ADJECTIVE = re.compile(r"^[a-zà-ÿ]{3,}(?:lijk|ig|isch|baar|loos|zaam|ief|eel|aal)$")
# "een aantal boerderijen": the quantity and the plural noun make one subject.
QUANTITY_NOUNS = {"aantal", "paar", "tal", "reeks", "handvol", "serie", "boel"}
KIND_BEFORE_NOUN = {"soort", "type"}  # "een soort sturing": the noun after it is the head


def _uninflected_adjective(rest: list[str], n: int) -> bool:
    """rest[n] is an adjective without "-e" and a lowercase noun follows it."""
    return (
        n + 1 < len(rest)
        and bool(UNINFLECTED_ADJECTIVE.match(rest[n]))
        and rest[n + 1][:1].islower()
        and rest[n + 1].lower() not in DETERMINERS | RELATIVES
        and not looks_finite(rest[n + 1])
    )


# After "een" an adjective keeps its bare form before a het-word ("een groot probleem") and
# "open" never takes "-e" ("een open houding"): the noun follows, the subject goes on.
BARE_ADJECTIVES = set(
    """open groot klein nieuw oud goed slecht hoog laag lang kort breed smal sterk zwak vrij
    duur goedkoop rijk arm snel zwaar licht warm koud heel half vast los diep helder echt
    publiek privaat politiek groen rood zwart wit blauw geel ander apart gratis enkel""".split()
)


def _and_adjective(rest: list[str], n: int) -> bool:
    """ "militaire en civiele beslissingen": "en" or "of" joins a second adjective to the first.
    The second may be one the lemma list lacks ("publieke en private organisaties", the 59th
    reading): an "-e" word, not a verb, with the noun after it."""
    if not (
        n > 0
        and n + 2 < len(rest)
        and rest[n].lower() in {"en", "of"}
        and _inflected_adjective(rest[n - 1])
    ):
        return False
    second = rest[n + 1].lower()
    return _inflected_adjective(second) or (
        len(second) > 3
        and second.endswith("e")
        and second.isalpha()
        and not looks_finite(second)
        and _noun_follows(rest, n + 1)
    )


def _bare_adjective_after_een(rest: list[str], n: int) -> bool:
    """ "een open houding", "een groot deel": rest[n] is an adjective in its bare form."""
    low = rest[n].lower()
    return (low in BARE_ADJECTIVES or bool(UNINFLECTED_ADJECTIVE.match(low))) and _noun_follows(
        rest, n
    )


def _noun_follows(rest: list[str], n: int) -> bool:
    return (
        n + 1 < len(rest)
        and rest[n + 1][:1].islower()
        and rest[n + 1].lower() not in DETERMINERS | RELATIVES | PHRASE_PREPOSITIONS
        and not looks_finite(rest[n + 1])
    )


# "de betonnen moutsilo", "een houten brug": adjectives of material end in -en like verbs
# (the 54th reading's event read "de … karakteristieke is betonnen moutsilo gesloopt").
MATERIAL_ADJECTIVES = set(
    """betonnen houten gouden zilveren stenen ijzeren stalen koperen glazen wollen zijden
    lederen leren papieren aarden tinnen loden marmeren bronzen katoenen linnen""".split()
)


def _inflected_adjective(word: str) -> bool:
    """ "bijzondere" (lemma "bijzonder") before its noun; "economie" is its own lemma: a noun."""
    low = word.lower()
    if low in MATERIAL_ADJECTIVES:
        return True
    if low in ORDINAL_ADJECTIVES or (
        low.endswith("ste") and len(low) > 5 and simplemma.is_known(low[:-3], lang="nl")
    ):
        return True  # "het grootste deel", "de eerste paal"
    return len(low) > 3 and low.endswith("e") and lemma(low) != low


SUBJECT_ADVERBS = {
    "zelfs",
    "ook",
    "al",
    "nog",
    "niet",
    "toch",
    "echter",
    "dus",
    "wel",
    "pas",
    "vaak",
    # degree words before an adjective: "het erg makkelijk is" (the 51st reading)
    "erg",
    "zeer",
    "heel",
    "best",
    "nogal",
    "behoorlijk",
    "ontzettend",
    "enorm",
}


AUXILIARY_VERBS = set(
    """werd wordt werden worden is was zijn waren heeft had hebben hadden zal zou zullen zouden
kan kon kunnen konden moet moest moeten moesten""".split()
)
QUANTIFIERS = {"veel", "weinig", "meer", "minder", "zeer", "heel", "vele", "enkele"}
NUMBER_WORDS = set(
    """twee drie vier vijf zes zeven acht negen tien elf twaalf twintig dertig veertig vijftig
    zestig zeventig tachtig negentig honderd duizend miljoen miljard procent""".split()
)
# "0,7 miljard hectare land": a measure and what is measured make one noun.
MEASURES = {"hectare", "kilo", "kilogram", "ton", "liter", "meter", "kilometer", "euro", "gulden"}


# "ruim 300 soldaten", "meer dan 1800 mensen", "tientallen boeren": a number before the noun.
ABOUT = {"ruim", "bijna", "ongeveer", "circa", "zo'n", "zo’n", "zeker", "minstens", "hooguit"}
MANY = {"honderden", "duizenden", "tientallen", "miljoenen", "tienduizenden", "honderdduizenden"}


def counted_noun(rest: list[str]) -> int:
    """Words of a counted subject ("meer dan 1800 mensen"), or 0 when it is none."""
    n = 0
    if len(rest) > 2 and rest[0].lower() in {"meer", "minder"} and rest[1].lower() == "dan":
        n = 2
    elif rest and rest[0].lower() in ABOUT:
        n = 1
    start = n
    while n < len(rest) and (_number(rest[n]) or rest[n].lower() in MANY):
        n += 1
    if n == start or n >= len(rest):
        return 0
    while n < len(rest) and _inflected_adjective(rest[n]):
        n += 1
    if n >= len(rest) or looks_finite(rest[n]) or rest[n].lower() in DETERMINERS:
        return 0
    return n + 1


def _number(word: str) -> bool:
    return bool(re.fullmatch(r"\d[\d.,]*", word)) or word.lower() in NUMBER_WORDS


def _acronym_compound(rest: list[str], n: int) -> bool:
    if n >= len(rest) - 1 or not (rest[n - 1].isupper() and len(rest[n - 1]) >= 2):
        return False
    word = rest[n]
    return (
        word.isalpha()
        and word.islower()
        and not looks_finite(word)
        and word
        not in DETERMINERS | NOT_VERBS | {"al", "ook", "nog", "niet", "wel", "zelfs", "dan"}
        # a noun, not an adjective or adverb: "snel" inflects to "snelle", "design" does not
        and not any(
            simplemma.is_known(form, lang="nl") and lemma(form) == word
            for form in (word + "e", word + word[-1] + "e")
        )
    )


def _past_name(rest: list[str], n: int) -> int:
    """Past the capitalised words that go on naming what the noun before them names, and an
    acronym in brackets after them ("het Reactor Instituut Delft (RID)"). A plural is named
    by none: "vielen de Duitsers België binnen" (the 62nd reading)."""
    if 0 < n <= len(rest) and bare_plural(rest[n - 1].strip(",")):
        return n
    while n < len(rest) - 1 and (
        (rest[n][:1].isupper() and rest[n].strip(",").replace("-", "").isalpha())
        or re.fullmatch(r"['’]?s-[A-Z][\w-]+,?", rest[n])  # "de stad 's-Gravenzande" (48th)
    ):
        n += 1
    if n < len(rest) and re.fullmatch(r"\([A-Z]{2,8}\)", rest[n]):
        n += 1
    return n


def _coordinated(rest: list[str], n: int) -> int:
    """ "mogelijke knelpunten of fouten": a second plural noun after "of"/"en" joins the subject."""
    if (
        n + 1 < len(rest) - 1
        and rest[n].lower() in {"of", "en"}
        and bare_plural(rest[n + 1])
        and not looks_finite(rest[n + 1])
    ):
        return n + 2
    return n


def bare_plural(word: str) -> bool:
    """ "warmtenetten", "boeren": a plural noun (its lemma a singular, not a verb)."""
    low = word.lower()
    if low.isalpha() and low.endswith("ici") and len(low) > 5:
        return True  # "medici", "politici", "historici": the Latin plural of -icus
    if not low.isalpha() or not low.endswith(("en", "s")) or low in NOT_VERBS:
        return False
    if not simplemma.is_known(low, lang="nl"):
        # A compound the dictionary lacks ("warmtenetten"): judged by its longest known tail.
        tails = [low[i:] for i in range(2, len(low) - 3) if simplemma.is_known(low[i:], lang="nl")]
        if not tails:
            return False
        low = tails[0]
    base = lemma(low)
    return base != low and not base.endswith(INFINITIVE_ENDINGS) and not looks_finite(low)


# Prepositions that open a phrase whose noun cannot be the subject "ze" goes on with.
PHRASE_PREPOSITIONS = set(
    """aan achter bij binnen buiten door in met na naar naast om onder op over rond sinds
    tegen tijdens tot tussen uit van vanwege volgens voor zonder dankzij""".split()
)


def lone_plural_noun_phrase(text: str) -> str:
    """ "Bij zeven opleidingen zijn de tijdelijke docenten gestopt": "de tijdelijke docenten",
    the sentence's one plural noun phrase outside a prepositional phrase, when it begins with
    "de" and stands where a subject stands (first in its clause, or right after the verb that
    something else opened the clause with); "" otherwise: "Vakbonden en universiteiten …" or
    "De politie arresteerde de demonstranten" (which would "ze" be?)."""
    found = []
    for clause in CLAUSE_BREAK.split(text):
        tokens = words(clause)
        if tokens and tokens[0].lower() in {"maar", "en", "want", "dus", "toch", "ook"}:
            tokens = tokens[1:]  # "Maar de meeste bestuurders kwamen …"
        for i, word in enumerate(tokens):
            if not word.islower() or not bare_plural(word):
                continue
            start = i
            while start > 0 and (
                _inflected_adjective(tokens[start - 1])
                or _number(tokens[start - 1])
                or tokens[start - 1].lower() in MANY
            ):
                start -= 1
            if start > 0 and tokens[start - 1].lower() in DETERMINERS:
                start -= 1  # the phrase begins with its determiner
            if start > 0 and tokens[start - 1].lower() in PHRASE_PREPOSITIONS:
                continue  # "bij zeven opleidingen", "van de docenten"
            if found and found[-1][0] is tokens and found[-1][2] == start - 1:
                continue  # "de docenten" + a second noun right after: one phrase
            found.append((tokens, start, i))
    if len(found) != 1:
        return ""
    tokens, start, end = found[0]
    # Right after the verb that something other than a subject opened the clause with.
    opener = tokens[0].lower()
    inverted = (
        start >= 2
        and looks_finite(tokens[start - 1])
        and (
            opener in PHRASE_PREPOSITIONS | {"daarom", "daarna", "toen", "nu", "dan"}
            or (opener not in DETERMINERS and not tokens[0][:1].isupper())
        )
    )
    if tokens[start].lower() != "de" or not (start == 0 or inverted):
        return ""
    return " ".join(tokens[start : end + 1])


# Where one clause ends and the next begins, for finding a clause's first words.
CLAUSE_BREAK = re.compile(r"[,;:]\s*|\s(?:maar|en|want|of|dus)\s", re.I)


ADVERBS_IN_NOUN_PHRASE = {
    "destijds", "toen", "nog", "al", "reeds", "zeer", "heel", "erg", "pas", "net", "vroeger",
    "later", "eerder", "nogal", "vrij", "uiterst", "bijzonder",
}  # fmt: skip


def _adverb_before_adjective(rest: list[str], n: int) -> bool:
    """ "destijds" in "haar destijds zwangere schoondochter", "toen" in "de toen nog jonge …"."""
    m = n
    while m < len(rest) and rest[m].lower() in ADVERBS_IN_NOUN_PHRASE:
        m += 1
    return m > n and m < len(rest) and _inflected_adjective(rest[m])


ADJECTIVE_PHRASE_PREPOSITIONS = {"uit", "vanuit", "in", "aan", "bij", "op", "door", "voor", "met"}


def _past_adjective_phrase(rest: list[str], n: int) -> int:
    """ "de vanuit Sliedrecht afkomstige Nijs Maat", "de in 1903 gebouwde molen": a phrase and
    the inflected adjective it goes with stand before the noun (the 48th reading moved the verb
    into it: "de vanuit Sliedrecht kocht afkomstige …")."""
    if n >= len(rest) or rest[n].lower() not in ADJECTIVE_PHRASE_PREPOSITIONS:
        return n
    for m in range(n + 1, min(len(rest) - 1, n + 5)):
        word = rest[m].strip(",")
        if looks_finite(word) or word.lower() in DETERMINERS - {"de", "het", "een"}:
            return n
        adjective = _inflected_adjective(word) or re.fullmatch(r"ge[a-z]+[dt]e", word)
        if m > n + 1 and adjective and word[:1].islower():
            return m + 1
    return n


ADVERBS_AFTER_A_NAME = set(
    "vaak ook nog al wel altijd toen dan nu zelf dus soms meestal graag zelden steeds even "
    "direct meteen later eerst opnieuw weer".split()
)
NAME_PARTICLES = {"van", "der", "den", "de", "ter", "ten", "te", "von", "het", "'t"}


def _past_particles(rest: list[str], n: int) -> int:
    """ "Van der Does", "Jan van den Bosch": lower-case particles between capitals are the name's
    (the 49th reading put the verb inside it: "Van ziet der Does"). Where the capital after
    them stands, or `n` when these are no particles of a name."""
    m = n
    while m < len(rest) and rest[m] in NAME_PARTICLES:
        m += 1
    if m > n and m < len(rest) and rest[m][:1].isupper() and rest[n - 1][:1].isupper():
        return m
    return n


def _of_a_name(parts: list[str], size: int) -> int:
    """ "leerlingen van de Nieuwe Schoolvereeniging": "van" and a name belong to the subject
    before it; the verb goes after the name (the 50th reading)."""
    if size >= len(parts) or parts[size].lower() != "van":
        return size
    at = size + 1
    if at < len(parts) and parts[at].lower() in {"de", "het"}:
        at += 1
    if at >= len(parts) or not parts[at][:1].isupper():
        return size
    while at < len(parts) and parts[at][:1].isupper() and not parts[at - 1].endswith(","):
        at += 1
    return at


def _stacked_participle(rest: list[str], n: int) -> bool:
    """ "de losstaande vervallen kapschuur": an adjective in -e, then a participle in -en with
    an unstressed prefix, then the noun: both words are adjectives (the 52nd reading)."""

    def participle_before_noun(at: int) -> bool:
        if not 0 < at < len(rest) - 1:
            return False
        following = rest[at + 1]
        return (
            re.match(r"(?:ver|be|ont|ge|er|her)\w{3,}en$", rest[at].lower()) is not None
            and following.islower()
            and following.lower() not in DETERMINERS | FINITE_VERBS
        )

    word = rest[n].lower()
    if word.endswith("e") and word.islower() and participle_before_noun(n + 1):
        return True
    return rest[n - 1].lower().endswith("e") and participle_before_noun(n)


def _title_adjective(article: str, word: str) -> bool:
    """ "het Bibliografisch apparaat", "het Koninklijk Huis": in a name the adjective after
    "het" keeps its capital and no -e; it is no subject "het" on its own (the 50th reading)."""
    return article.lower() == "het" and word[:1].isupper() and word.endswith(NOT_NOUN_ENDINGS)


# "het vertrouwen in de politiek", "het bestaan der kunsten": after an infinitive used as a
# noun, a phrase that completes it (the 54th reading lost both claims to a verb "vertrouwen").
INFINITIVE_COMPLEMENTS = {"van", "der", "des", "in", "op", "voor", "aan", "met", "naar", "over"}
# Verbs whose "het" + infinitive is a pronoun and a verb: "zal het groeien in omvang".
TAKES_AN_INFINITIVE = set(
    """zal zou zullen zouden kan kon kunnen konden moet moest moeten moesten mag mocht mogen
    wil wilde willen gaat ging blijft bleef lijkt leek hoeft hoefde durft laat liet""".split()
)


def infinitive_form(word: str) -> bool:
    """ "eten", "bestaan", "zien", "doen": a verb's own form, which can serve as a noun; not an
    auxiliary or a verb that takes an infinitive ("kunnen", "gaan")."""
    low = word.lower()
    return (
        low.endswith(("en", "aan", "ien", "oen"))
        and lemma(low) == low
        and low not in AUXILIARIES | TAKES_AN_INFINITIVE
    )


def nominal_infinitive(word: str, following: str) -> bool:
    """ "eten" in "het eten van rundvlees": an infinitive as a noun, completed by a phrase."""
    return infinitive_form(word) and following.lower() in INFINITIVE_COMPLEMENTS


def _through_relative_clause(rest: list[str], n: int) -> int:
    """ "de opgaven waar we voor staan": the relative clause at `n` runs to its verb; 0 if
    its end cannot be found."""
    for m in range(n + 1, min(len(rest), n + 9)):
        if looks_finite(rest[m].strip(",")):
            while (
                m + 1 < len(rest)
                and rest[m].lower().strip(",") in AUXILIARY_VERBS
                and _verbish(rest[m + 1])
            ):
                m += 1  # "wat … rond werd gestuurd": an auxiliary and its participle
            return m + 1 if m + 1 < len(rest) else 0
    return 0


def subject_size(rest: list[str]) -> int:
    """How many words make the subject after a fronted verb: a name, a pronoun, a noun phrase."""
    if not rest:
        return 0
    first = rest[0].strip(",")
    if first.lower() in SUBJECT_PRONOUNS_V2 - {"het", "er"}:
        return 1
    if first.lower() == "er" and len(rest) > 2 and rest[1].lower() not in {"de", "het"}:
        return 1  # "werden er studiereizen gemaakt": "er" opens an existential sentence
    capitalised_adjective = (
        first[:1].isupper()
        and len(rest) > 1
        and rest[1][:1].islower()
        and _inflected_adjective(first)
    )  # "Mogelijke knelpunten …" at a sentence's start: an adjective, not a name
    if first[:1].isupper() and first.lower() not in DETERMINERS and not capitalised_adjective:
        n = 1
        while n < len(rest) and (rest[n][:1].isupper() or _past_particles(rest, n) > n):
            n = _past_particles(rest, n) if rest[n][:1].islower() else n + 1
        if (
            rest[n - 1].endswith(("s", "’s", "'s"))
            and n < len(rest) - 1
            and rest[n][:1].islower()
            and rest[n].lower() not in DETERMINERS | RELATIVES | CLAUSE_ADVERBS | NEGATIONS
            # "ziet Van der Does vaak …": an adverb after a name ending in -s, no genitive
            and rest[n].lower() not in ADVERBS_AFTER_A_NAME
            and not looks_finite(rest[n])
            # "Asielzoekers te lang moeten wachten": a plural noun opening the sentence, no name
            and not (n == 1 and bare_plural(first))
        ):
            n += 1  # "vormt Ehrenfests archief een …": a genitive name and its noun
        return n
    if _inflected_adjective(first) and len(rest) > 1 and not looks_finite(rest[1]):
        # "doet speciale software het zoekwerk": adjectives, then the noun, no article
        n = 1
        while n < len(rest) and (_inflected_adjective(rest[n]) or _and_adjective(rest, n)):
            n += 2 if _and_adjective(rest, n) else 1
        if n < len(rest) and not looks_finite(rest[n]) and rest[n].lower() not in DETERMINERS:
            return _coordinated(rest, n + 1)
        return 0
    counted = counted_noun(rest)
    if counted:
        return counted  # "verloren meer dan 1800 mensen het leven"
    if bare_plural(first):
        # "worden warmtenetten onrendabel": a plural noun needs no article; "energiebronnen en
        # zoetwaterbronnen uitgeput raken": two make one subject (the 44th unseen reading)
        n = _coordinated(rest, 1)
        if n < len(rest) and rest[n].lower() in {"die", "wie"}:
            # "kunnen asielzoekers die een vergunning krijgen niet doorstromen": the relative
            # clause belongs to the subject (the 54th reading put the verb inside it)
            return _through_relative_clause(rest, n)
        return n
    if first.lower() not in DETERMINERS:
        return 0
    if (
        first.lower() in {"dit", "dat", "deze", "die"}
        and len(rest) > 1
        and (rest[1].lower() in SUBJECT_ADVERBS)
    ):
        return 1  # "waren dit nog kosmetische oplossingen": a pronoun, no article (52nd)
    if first.lower() == "een" and len(rest) > 1 and _number(rest[1]):
        return 0  # "een vier schepen tellende expeditie": no phrase to read off safely
    n = 1
    if first.lower() == "te" or (n < len(rest) and rest[0].lower() == "te"):
        return 0
    # Adjectives ("-e": "bijzondere", "Nederlandse") come before their noun; the noun ends it.
    # An adverb may stand before them: "haar destijds zwangere schoondochter".
    while n < len(rest) and (
        _inflected_adjective(rest[n])
        or _adverb_before_adjective(rest, n)
        or _title_adjective(first, rest[n])
        or _stacked_participle(rest, n)
        or (first.lower() in {"een", "geen"} and _bare_adjective_after_een(rest, n))
        or _and_adjective(rest, n)
    ):
        n += 2 if _and_adjective(rest, n) else 1
    after_phrase = _past_adjective_phrase(rest, n)
    if after_phrase > n:
        n = after_phrase
        # "de in het dorpsbeeld overheersende karakteristieke betonnen moutsilo": more
        # adjectives may follow the phrase before the noun (the 54th reading)
        while n < len(rest) - 1 and _inflected_adjective(rest[n]):
            n += 1
    if n < len(rest) and rest[n].lower() in ADJECTIVE_PHRASE_PREPOSITIONS:
        if first.lower() == "het" and n == 1:
            return 1  # "dat het voor Nederland geen optie is": no adjective ends it, "het" alone
        return 0  # "de in …" with no adjective to end the phrase: unsure where the noun is
    nominal = (
        first.lower() == "het"
        and n == 1
        and n < len(rest) - 1
        and nominal_infinitive(rest[n], rest[n + 1])
    )  # "is het eten van rundvlees niet gezond": an infinitive as the noun
    if n >= len(rest) or (looks_finite(rest[n]) and not nominal) or rest[n].lower() in DETERMINERS:
        return 0
    if first.lower() == "het" and n == 1 and rest[n].lower().endswith(NOT_NOUN_ENDINGS):
        return 1  # "wordt het financieel aantrekkelijker": "het" is the subject itself
    if first.lower() == "het" and n == 1 and rest[n].lower() in PHRASE_PREPOSITIONS | {"weer"}:
        return 1  # "werd het door alle bedrijven …", "was het weer tijd": "het" alone
    if first.lower() == "het" and rest[n].lower() in SUBJECT_ADVERBS:
        return 1  # "kwam het zelfs tot een bezetting": "het" is the subject itself
    n += 1  # the noun
    if nominal and n + 1 < len(rest) and rest[n].lower() in INFINITIVE_COMPLEMENTS - {"van"}:
        # "het vertrouwen in de politiek": the phrase completes the infinitive
        m = n + 1
        while m < len(rest) and rest[m].lower() in DETERMINERS:
            m += 1
        while m < len(rest) and _inflected_adjective(rest[m]):
            m += 1
        if m < len(rest) and not looks_finite(rest[m]) and rest[m].lower() not in DETERMINERS:
            n = m + 1
    if (
        rest[n - 1].lower() in QUANTITY_NOUNS
        and n < len(rest)
        and bare_plural(rest[n].strip(","))
        and not looks_finite(rest[n])
    ):
        n += 1  # "een aantal boerderijen": the plural is the head
    if (
        rest[n - 1].lower() in KIND_BEFORE_NOUN
        and n < len(rest)
        and rest[n][:1].islower()
        and rest[n].lower() not in DETERMINERS | PHRASE_PREPOSITIONS | SUBJECT_ADVERBS
        and rest[n].lower() not in CLAUSE_ADVERBS | NEGATIONS
        and not looks_finite(rest[n])
        and not rest[n].lower().startswith(("daar", "hier", "er"))  # "een soort daarvan"
    ):
        n += 1  # "een soort sturing": the noun after "soort" is the head (it took "soort" as
        # the whole subject: "Een soort is sturing daarop nodig")
    if _acronym_compound(rest, n):
        n += 1  # "het API design": an acronym and a noun make one compound
    n = _past_name(rest, n)  # "zijn zuster Caroline", "het tijdschrift Hack-Tic"
    n = _coordinated(rest, n)
    if n < len(rest) and rest[n].lower() in RELATIVES:
        return _through_relative_clause(rest, n)
    if n < len(rest) and rest[n] == ",":
        return 0
    if n + 1 < len(rest) and rest[n].lower() == "van":
        # "de veiligheid van mensen": the genitive belongs to the subject.
        m = n + 1
        # "van dagelijks veel rundproducten": adverbs and quantifiers before the noun
        while m < len(rest) and (
            rest[m].lower() in DETERMINERS | QUANTIFIERS
            or rest[m].lower().endswith("lijks")
            or _number(rest[m])
        ):
            m += 1
        while m < len(rest) and (_inflected_adjective(rest[m]) or _uninflected_adjective(rest, m)):
            m += 1
        if m >= len(rest):
            return 0
        if (
            rest[m].lower() in MEASURES
            and m + 1 < len(rest)
            and rest[m + 1][:1].islower()
            and rest[m + 1].lower() not in DETERMINERS | RELATIVES
            and not looks_finite(rest[m + 1])
        ):
            m += 1  # "van 0,7 miljard hectare land"
        n = _past_name(rest, m + 1)  # "van het Reactor Instituut Delft (RID)"
        if n + 1 < len(rest) and rest[n].lower() == "naar":
            # "de Nieuwe Waterweg van Rotterdam naar zee": "van … naar …" is one route.
            k = n + 1
            while k < len(rest) and rest[k].lower() in DETERMINERS:
                k += 1
            if k < len(rest) and not looks_finite(rest[k]):
                n = _past_name(rest, k + 1)
        if n < len(rest) and rest[n].lower() in RELATIVES:
            # "van … land dat geschikt is voor aanplanten": whether "voor aanplanten" ends the
            # relative clause or the main one, no rule tells; no order is safer than a wrong one.
            return 0
    return n


NOUN_BEFORE = DETERMINERS | {"in", "op", "aan", "van", "met", "voor", "uit", "tot", "naar"}


def _participle(word: str) -> bool:
    low = word.lower()
    if not low.endswith(("d", "t", "en")) or lemma(low) == low:
        return False
    if low.startswith("ge"):
        return True
    # "voorgekauwd", "opgelost", "aangenomen": a separable particle before the "ge" ("afgeeft"
    # is "afgeven" itself: its "ge" belongs to the verb)
    base = lemma(low)
    return any(
        low.startswith(particle + "ge")
        and len(low) > len(particle) + 4
        and base.startswith(particle)
        and not base[len(particle) :].startswith("ge")
        for particle in (*SEPARABLE_PARTICLES, "voor", "over", "door", "om", "onder", "achter")
    )


def _finite_candidate(word: str) -> bool:
    low = word.strip(",.;").lower()
    return (low in FINITE_VERBS or looks_finite(low, plural=False)) and not _participle(low)


def _verbish(word: str) -> bool:
    low = word.strip(",.;").lower()
    return low == "te" or low in FINITE_VERBS or looks_finite(low) or _participle(low)


def verbish(word: str) -> bool:
    """A word of a verb cluster: finite, an infinitive, a participle or "te"."""
    return _verbish(word)


def participle(word: str) -> bool:
    """ "geprezen", "gemaakt": a past participle."""
    return _participle(word.strip(",.;").lower())


AUXILIARIES = set(
    """is was zijn waren ben bent wordt werd worden werden heeft had hebben hadden kan kon
kunnen konden zal zou zullen zouden moet moest moeten moesten mag mocht mogen mochten wil
wilde wilden willen hoeft hoefde hoeven""".split()
)


def main_clause_order(clause: str) -> str:
    """ "de economie volgend jaar lijkt te verbeteren" -> "de economie lijkt volgend jaar te
    verbeteren": a subordinate clause (after "hoewel") as a statement; "" when unsure."""
    head, comma, tail = clause.partition(", ")
    if comma and tail:
        # "de lucky few wat know-how kan meenemen, liefst voorgekauwd, om … te kunnen …": the
        # finite verb stands before the first comma; what follows the comma stays as it is.
        ordered = _main_clause_order(head)
        if ordered:
            return f"{ordered}, {tail}"
    return _main_clause_order(clause)


EMBEDDED_OPENERS = {"wat", "wie", "waar", "waarom", "welke", "hoe", "of", "dat", "omdat"}


# "de vraag naar aardolie", "de behoefte aan ruimte": a phrase that completes the noun before it.
NOUN_COMPLEMENT_PREPOSITIONS = {"naar", "aan", "van", "voor", "tegen", "op", "over", "om", "tot"}


def _om_clause(parts: list[str], at: int) -> bool:
    """ "om op Aruba het bsn in te voeren": "om" opens an infinitive clause, its "te" later and
    no finite verb before it ("om vijf uur besloot …" is a time)."""
    for word in parts[at + 1 :]:
        if word.lower() == "te":
            return True
        if _finite_candidate(word):
            return False
    return False


def _main_clause_order(clause: str) -> str:
    parts = clause.split()
    size = subject_size(parts)
    if not size or size >= len(parts):
        return ""
    # In a subordinate clause the finite verb stands in the last verb cluster, first in it:
    # "hij Boudelo in zijn overzicht opneemt" ("opneemt", not the possessive "zijn"), "… in
    # stand kan worden gehouden bij …" ("kan"), "… gesignaleerd worden" ("worden").
    plural = bare_plural(parts[size - 1].strip(","))

    def candidate(k):
        if _finite_candidate(parts[k]):
            return True
        # "Nederlandse boeren het land verlieten": a plural past tense after a plural subject
        low = parts[k].strip(",.;").lower()
        if not plural or not low.endswith("en") or parts[k - 1].lower() == "te":
            return False
        if _participle(low):
            return False  # "… is vastgelopen": a participle, never the finite verb (54th)
        if lemma(low) != low:
            return True
        # "medici het lastig vinden": a present plural looks like its infinitive; "om … te
        # gaan wonen" holds infinitives only.
        before = [w.lower() for w in parts[:k]]
        in_te_group = "te" in before[-2:] or (
            "om" in before and "te" in before[before.index("om") :]
        )
        return looks_finite(low) and not in_te_group

    if (
        parts[0].lower() in DETERMINERS
        and size + 1 < len(parts) - 1
        and parts[size].lower() in NOUN_COMPLEMENT_PREPOSITIONS
        and _finite_candidate(parts[-1])
        and not any(p.lower() in PHRASE_PREPOSITIONS for p in parts[size + 1 : -1])
        and len(parts) - size <= 5
    ):
        # "de vraag naar aardolie daalt": the phrase belongs to the noun and the verb is last
        # either way; moved, it read "De vraag daalt naar aardolie" (the 44th unseen reading).
        return clause
    # "de koper niet vooraf weet wat hij aanschaft": a clause of its own follows the verb, so
    # the verb stands before it (the 62nd reading moved "aanschaft").
    last = next(
        (
            i
            for i in range(size, len(parts))
            if parts[i].lower() in EMBEDDED_OPENERS
            # "het voor Nederland geen optie is om … in te voeren": an om-clause follows the
            # verb as a dat-clause does
            or (parts[i].lower() == "om" and _om_clause(parts, i))
        ),
        len(parts),
    )
    for k in range(last - 1, size - 1, -1):
        # "om onmiddellijk te kunnen opleveren": after "te" an infinitive, never the finite verb
        if candidate(k) and parts[k - 1].lower() != "te":
            break
    else:
        return ""
    j, cluster = k - 1, [k]
    while j >= size and _verbish(parts[j]) and parts[j - 1].lower() not in NOUN_BEFORE:
        if candidate(j):
            cluster.insert(0, j)  # "in staat zijn": after "in", "staat" is a noun
        j -= 1
    # The finite verb agrees with the subject ("mensen … besmet kunnen worden": "kunnen", not
    # the participle "besmet"), and an auxiliary leads a cluster ("in stand kan worden
    # gehouden", "bezet werd"); otherwise the cluster's first verb.
    agreeing = [i for i in cluster if parts[i].strip(",.;").lower().endswith("en") == plural]
    auxiliaries = [i for i in agreeing or cluster if parts[i].strip(",.;").lower() in AUXILIARIES]
    k = (auxiliaries or agreeing or cluster)[0]
    if k == size:
        separated = split_separable(parts[k].strip(",.;"))
        if separated and k == len(parts) - 1:
            # "de schepen terugkeerden" -> "de schepen keerden terug" (the 64th reading)
            return " ".join([*parts[:size], *separated])
        return clause
    verb = parts[k].strip(",.;")
    tail = parts[k][len(verb) :]
    rest = parts[size:k] + parts[k + 1 :]
    separated = split_separable(verb)
    if separated:
        # "het warmtevolume flink afneemt" -> "het warmtevolume neemt flink af"
        verb, particle = separated
        rest.append(particle)
    if tail and rest:
        rest[-1] += tail
    return " ".join([*parts[:size], verb, *rest])


# Particles that always split off a finite verb in a main clause ("afnemen": "neemt … af").
# "voor", "over", "door", "onder", "om" and "achter" are left out: "voorkomen", "overleven",
# "doorgronden" can be inseparable.
SEPARABLE_PARTICLES = (
    "terug", "samen", "teweeg", "plaats", "voort", "bijeen", "binnen", "neer", "weg", "vast",
    "los", "mee", "toe", "aan", "uit", "af", "op", "in", "bij", "na",
)  # fmt: skip


def split_separable(verb: str) -> tuple[str, str] | None:
    """("neemt", "af") for "afneemt": the finite verb and the particle a main clause moves to
    its end; None when the verb does not split."""
    low = verb.lower()
    for particle in SEPARABLE_PARTICLES:
        stem = low[len(particle) :]
        if not low.startswith(particle) or len(stem) < 3:
            continue
        if particle == "na" and re.search(r"ee(?:r|rt|ren|rde|rden)$", stem):
            continue  # "navigeert" is no "vigeert na"
        # "vastzitten": the lemmatiser leads "zitten" to the noun "zit"; the plural is its own
        # infinitive then, the particle before it (the 61st reading's "Mensen vastzitten")
        if looks_finite(stem) and lemma(low) in {particle + lemma(stem), particle + stem}:
            return verb[len(particle) :], particle
    return None
