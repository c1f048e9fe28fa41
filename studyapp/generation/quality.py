"""Quality rules every generated question must pass before it enters the bank."""

import re
from functools import lru_cache

import simplemma

from studyapp.dutch_text import FIRST_PERSON, has_finite_verb, lemma, looks_finite, words
from studyapp.grading import normalize
from studyapp.models.bank import pair_of

from .distractors import stands_in
from .draft import QuestionDraft
from .dutch import (
    REASON_OF_WHAT_WENT_BEFORE,
    cut_off,
    is_example_fragment,
    opens_with_orphan_pronoun,
    phrasing_problems,
    pronoun_points_outside,
    subordinate_clause_alone,
)

OPTION_TYPES = {"multiple_choice", "true_false", "quote_attribution", "argument"}
SINGLE_ANSWER_TYPES = {"multiple_choice", "quote_attribution", "argument", "cloze", "short_answer"}
DEBRIS = [
    (re.compile(r"\bNone\b|\bnull\b|\{|\}|\[\[|\]\]"), "template debris"),
    (re.compile(r"  "), "doubled space"),
    (re.compile(r" [,.;:?!]"), "space before punctuation"),
    (re.compile(r"\b(de|het|een|De|Het|Een) (de|het|een)\b"), "broken Dutch article"),
    (re.compile(r"\b(\w{4,}) \1\b"), "doubled word"),
]
CATCH_ALL = re.compile(
    r"alle(?: bovenstaande)? antwoorden|alle bovenstaande|geen van (?:de )?bovenstaande|"
    r"all of the above|none of the above",
    re.IGNORECASE,
)
STOPWORDS = set(
    """de het een en van in op te dat die dit is was zijn waren voor met niet aan er
als ook door om tot bij naar maar uit over dan of zich hij zij ze wie wat waar hem haar
hun ook nog wel meer zo toen al veel heel werd worden wordt kan kon moet moest the and of to
a in is was for with that this by as from on not""".split()
)
PREPOSITIONS = set(
    """tegen zonder onder boven achter tussen volgens tijdens vanwege dankzij namens
richting sinds vanaf tegenover naast behalve omtrent jegens langs binnen buiten""".split()
)
PARAPHRASE_OVERLAP = 0.4
QUOTED = re.compile(r"«[^»]*»")
FOOTNOTE = re.compile(r"\[\d+\]")


@lru_cache(maxsize=20000)
def _lemma(token: str, language: str) -> str:
    return simplemma.lemmatize(
        token, lang=language if language in {"nl", "en", "de", "fr"} else "en"
    )


@lru_cache(maxsize=20000)
def content_lemmas(text: str, language: str) -> frozenset[str]:
    tokens = re.findall(r"\w+", normalize(text))
    return frozenset(_lemma(t, language) for t in tokens if len(t) >= 4 and t not in STOPWORDS)


def same_matter(words: frozenset, others: frozenset) -> bool:
    """Two sets of content lemmas on the same matter: a word in common, or one that is the head
    of the other's compound or an inflection of it ("prik", "prikken", "boosterprik": the
    lemmatiser reads "prik" as the verb). A reason on the same matter as a claim may well
    explain it too, so it is no wrong reason for it (the 48th round)."""
    return bool(words & others or words & _matter_keys(others) or others & _matter_keys(words))


@lru_cache(maxsize=65536)
def _matter_keys(words: frozenset) -> frozenset:
    """The shorter words a set's words contain as their head or stem: every tail of four letters
    or more ("prik" in "boosterprik") and the word less one to three final letters ("prik" in
    "prikken"). Set intersections keep the raw-text bank's pairwise check linear per pair."""
    keys = set()
    for word in words:
        keys.update(word[i:] for i in range(1, len(word) - 3))
        keys.update(word[:n] for n in range(max(4, len(word) - 3), len(word)))
    return frozenset(keys)


def paraphrase_overlap(text: str, excerpts: list[str], language: str) -> float:
    """Share of the text's content words (as lemmas) that the excerpts also use."""
    mine = content_lemmas(text, language)
    if not mine:
        return 0.0
    theirs = set().union(*(content_lemmas(e, language) for e in excerpts))
    return len(mine & theirs) / len(mine)


YEARS = re.compile(r"(?<!\d)(1[0-9]{3}|20[0-9]{2})(?!\d)")
INTERVALS = [
    re.compile(r"\btussen (\d{4}) en (\d{4})\b", re.IGNORECASE),
    re.compile(r"\bvan (\d{4}) tot (\d{4})\b", re.IGNORECASE),
    re.compile(r"(?<!\d)(\d{4}) ?[-–] ?(\d{4})(?!\d)"),
]
# A value after one of these bounds an open stretch of time: "na 1933" stays true for "na 1922".
OPEN_BOUNDS = re.compile(
    r"\b(?:na|voor|vóór|tot|rond|omstreeks|ongeveer|tussen|uiterlijk|eind|begin|"
    r"halverwege|tegen)\s+(?:(?:het|de|jaar|jaren|veel|pas|ruim|zo'?n)\s+)*$",
    re.IGNORECASE,
)
# "was al in 1918 op gang gekomen": something begun in 1918 had also begun by 1921, so only an
# earlier year makes such a statement false.
STARTED = re.compile(
    r"\b(?:al|reeds|op gang|begon|begonnen|ontstond|ontstaan|sinds|vanaf|aangevangen)\b",
    re.IGNORECASE,
)
NEGATION = re.compile(r"\b(?:niet|geen|nooit|noch|niemand|niets)\b", re.IGNORECASE)
MARK = "\u2063"


def swap(statement: str, value: str, other: str) -> str:
    return re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", lambda _m: other, statement)


def year_span(text: str) -> tuple[int, int] | None:
    """The years a date value covers: '1912-1913' -> (1912, 1913), 'februari 1921' -> (1921, 1921)."""
    years = [int(y) for y in YEARS.findall(text)]
    return (min(years), max(years)) if years else None


def reversed_interval(text: str) -> bool:
    """'tussen 1921 en 1917' or '1999-1990': an interval that ends before it starts."""
    return any(int(a) >= int(b) for pattern in INTERVALS for a, b in pattern.findall(text))


def overlapping_years(true_value: str, wrong: str) -> bool:
    """A wrong date that covers or shares a year with the true one may still be true."""
    mine, theirs = year_span(true_value), year_span(wrong)
    if not mine or not theirs:
        return False
    if mine == theirs and normalize(true_value) != normalize(wrong):
        # Same year, another month or day: only a year-less difference, still provable.
        return mine[0] != mine[1]
    return mine[0] <= theirs[1] and theirs[0] <= mine[1]


PLAUSIBLE_YEARS = 60


def implausible_year(true_value: str, wrong: str) -> bool:
    """A wrong year far from the true one is no thinking matter ('vermoord in 2019')."""
    mine, theirs = year_span(true_value), year_span(wrong)
    if not mine or not theirs:
        return False
    return abs(theirs[0] - mine[0]) > PLAUSIBLE_YEARS


def in_open_bound(statement: str, value: str) -> bool:
    """Does the value stand after 'na', 'rond', 'tussen', …: a bound a swap cannot falsify?"""
    at = statement.find(value)
    return at >= 0 and bool(OPEN_BOUNDS.search(statement[:at]))


# "400% of meer", "meer dan 14%", "ten minste 3": an amount bounded on one side; a swap to
# 800% or 28% is not provably false.
AMOUNT_BOUND_BEFORE = re.compile(
    r"\b(?:meer|minder|groter|kleiner|hoger|lager)\s+dan\s+$|"
    r"\b(?:ten\s+minste|minstens|tenminste|maximaal|hooguit|minimaal|bijna|ruim|boven|onder)\s+$",
    re.IGNORECASE,
)
AMOUNT_BOUND_AFTER = re.compile(
    r"^\s*(?:%|procent)?\s*(?:of|en)\s+(?:meer|minder|hoger|lager|langer|korter|later|eerder)\b",
    re.IGNORECASE,
)


def _around(statement: str, value: str) -> tuple[str, str] | None:
    """The statement's words before and after the value, or None when it is not there."""
    at = statement.find(value)
    return (statement[:at], statement[at + len(value) :]) if at >= 0 else None


def in_amount_bound(statement: str, value: str) -> bool:
    around = _around(statement, value)
    return bool(around) and bool(
        AMOUNT_BOUND_BEFORE.search(around[0]) or AMOUNT_BOUND_AFTER.match(around[1])
    )


# "Tegelijkertijd is 93 procent ontzettend veel": a judgement of the amount. Swapped ("73
# procent ontzettend veel") it is no false statement of the text, just one it does not make
# (the 55th reading).
JUDGEMENT_AFTER = re.compile(
    r"^\s*(?:%|procent)?\s*(?:(?:is|was|lijkt|leek|blijkt|bleek|zijn|waren)\s+)?(?:[a-zà-ÿ]+\s+){0,2}?"
    r"(?:veel|weinig|hoog|laag|groot|klein|genoeg|fors|enorm|gering|beperkt|aanzienlijk|"
    r"indrukwekkend|bescheiden|redelijk|mager)\b",
    re.IGNORECASE,
)
JUDGEMENT_BEFORE = re.compile(
    r"\b(?:is|was|zijn|waren)\s+(?:[a-zà-ÿ]+\s+){0,2}?(?:veel|weinig|hoog|laag|groot|klein|"
    r"genoeg|fors|enorm|gering)\W+$",
    re.IGNORECASE,
)


def judged_value(statement: str, value: str) -> bool:
    around = _around(statement, value)
    return bool(around) and bool(
        JUDGEMENT_AFTER.match(around[1]) or JUDGEMENT_BEFORE.search(around[0])
    )


COMPARATIVE = re.compile(
    r"\b(?:beter|slechter|meer|minder|hoger|lager|groter|kleiner|vaker|sterker|zwakker)\b", re.I
)


def in_brackets(statement: str, value: str) -> bool:
    """ "(opkomst bij het referendum 57%)": swapped, the statement is false by a side figure
    only (the 58th reading)."""
    return any(value in aside for aside in re.findall(r"\(([^()]*)\)", statement))


def compared_with_another_number(statement: str, value: str) -> bool:
    """ "gestegen tot 11% (Vlaanderen doet het iets beter met 9%)": swapped to 7%, the sentence
    contradicts itself, and the learner needs no essay to call it false (the 57th reading)."""
    others = {n for n in re.findall(r"\d+(?:[.,]\d+)?", statement) if n != value}
    return bool(others) and bool(COMPARATIVE.search(statement))


def in_enumeration(statement: str, value: str) -> bool:
    """Is the value one member of a list ('mensjewieken, X of anarchisten', 'Holland, X en
    Utrecht')? A swapped-in member is not shown false: the list need not be complete. An
    apposition ('Zinoviev, chef in Petrograd, …') is no list.
    """
    marked = swap(statement, value, MARK)
    return bool(
        re.search(rf"\b(?:en|of|noch)\s+{MARK}|{MARK}\s+(?:en|of|noch)\b", marked)
        or re.search(rf"{MARK}\s*,\s*[^,.;:]+?\s(?:en|of|noch)\s", marked)
        or re.search(rf"\w,\s*{MARK}\s*,[^.;:]*?\s(?:en|of|noch)\s", marked)
    )


def apposition_misfit(statement: str, value: str, wrong: str, roles: dict) -> bool:
    """'trotskist Lenin': the noun just before a name must fit the swapped-in person's role."""
    before = statement[: statement.find(value)].split()
    if not before or wrong not in roles:
        return False
    noun = before[-1].strip(",;:(")
    if not noun.islower() or len(noun) < 5 or noun in STOPWORDS | PREPOSITIONS:
        return False
    return not any(
        _lemma(noun, "nl") == _lemma(word, "nl")
        for word in re.findall(r"\w+", roles[wrong].lower())
    )


SHARE = re.compile(r"_____\s?(?:%|procent\b)")


def implausible_number(answer: str, wrong: str, share: bool = False) -> bool:
    """'140%' beside '14%', '1270' beside '127': a wrong number ruled out at a glance."""
    if not (answer.isdigit() and wrong.isdigit()) or int(answer) == 0 or int(wrong) == 0:
        return False
    key, other = int(answer), int(wrong)
    return (share and key <= 100 < other) or max(key, other) / min(key, other) >= 10


def later_start_stays_true(statement: str, value: str, wrong: str) -> bool:
    mine, theirs = year_span(value), year_span(wrong)
    return bool(mine and theirs and STARTED.search(statement) and theirs[0] > mine[1])


def falsehood_problems(draft: QuestionDraft) -> list[str]:
    """A value swapped into the true statement must make it false for sure, and never absurd."""
    statement, value = draft.statement, draft.true_value
    if not statement or not value or not draft.distractors:
        return []
    problems = []
    dated = bool(YEARS.search(value))
    if (dated and in_open_bound(statement, value)) or in_amount_bound(statement, value):
        problems.append("open bound: a swapped value is not provably false")
    if not dated and in_brackets(statement, value):
        problems.append("a number in brackets: the statement turns on an aside")
    if not dated and compared_with_another_number(statement, value):
        problems.append("a number compared with another in the sentence: a swap gives itself away")
    if not dated and judged_value(statement, value):
        problems.append("a judged amount: a swapped value is not provably false")
    if not dated and in_enumeration(statement, value):
        problems.append("value in a list: a swapped value is not provably false")
    if NEGATION.search(statement):
        problems.append("negative statement: a swapped value is not provably false")
    for wrong in draft.distractors:
        filled = swap(statement, value, wrong)
        if draft.qtype == "true_false" and filled == statement:
            problems.append(f"the false value {wrong!r} does not change the statement")
        if reversed_interval(filled):
            problems.append(f"absurd: reversed interval with {wrong!r}")
        if implausible_year(value, wrong):
            problems.append(f"absurd: {wrong!r} lies too far from {value!r}")
        if implausible_number(value, wrong, bool(SHARE.search(swap(statement, value, BLANK)))):
            problems.append(f"absurd: {wrong!r} is no plausible neighbour of {value!r}")
        if overlapping_years(value, wrong):
            problems.append(f"false value {wrong!r} overlaps the true one")
        if (
            draft.qtype == "true_false"
            and dated
            and later_start_stays_true(statement, value, wrong)
        ):
            problems.append("a later year keeps a beginning true")
        if apposition_misfit(statement, value, wrong, draft.roles):
            problems.append(f"absurd: {wrong!r} does not fit the noun before it")
    return problems


def self_answering(draft: QuestionDraft) -> bool:
    """The answer, another accepted form of it or its lemmas stand in the prompt."""
    prompt = draft.prompt
    answer = str(draft.answers[0])
    forms = [answer, *draft.aliases]
    words = answer.split()
    if 1 < len(words) <= 4 and all(w[:1].isupper() for w in words) and len(words[-1]) >= 4:
        forms.append(words[-1])  # "de verklaring van Rakovski" names "Christian Rakovski"
    if draft.qtype in {"cloze", "short_answer"}:
        forms += [str(a) for a in draft.answers]
    if any(stands_in(form, prompt) for form in forms if form):
        return True
    lemmas = content_lemmas(answer, draft.language)
    if lemmas and len(lemmas) <= 3 and lemmas <= content_lemmas(prompt, draft.language):
        return True
    return builds_compound(answer, prompt)


def builds_compound(answer: str, prompt: str) -> bool:
    """'staat van de arbeiders' spells out 'arbeidersstaat': the prompt builds the answer."""
    word = normalize(answer)
    if " " in word or len(word) < 8:
        return False
    tokens = {t for t in re.findall(r"\w+", normalize(prompt)) if len(t) >= 3}
    return any(word in {a + b, a + "s" + b, a + "en" + b} for a in tokens for b in tokens if a != b)


BOUND_WORDS = re.compile(r"\b(tot|voor|vóór|na|vanaf|sinds)\s+(\d{4})\b", re.IGNORECASE)


def year_bounds(text: str) -> tuple[int, int]:
    """The years a text allows: 'tot 1917' -> (0, 1916), 'na 1933' -> (1934, 9999)."""
    low, high = 0, 9999
    for word, year in BOUND_WORDS.findall(text):
        year = int(year)
        if word.lower() in {"tot", "voor", "vóór"}:
            high = min(high, year - 1 if word.lower() != "tot" else year)
        else:
            low = max(low, year if word.lower() != "na" else year + 1)
    return low, high


# "In _____ volgde het VK, en in 1814 uiteindelijk ook Nederland": the blank came first.
LATER_WORDS = r"(?:uiteindelijk|pas|later|daarna|vervolgens|ten\sslotte)"
YEAR_IN_TEXT = re.compile(r"\b(1\d{3}|20\d{2})\b")


def sequence_bounds(prompt: str) -> tuple[int, int]:
    """The years a blank allows when the prompt puts another year after it with "uiteindelijk",
    "pas", "later" … (the blank is no later) or before it so (the blank is no earlier)."""
    low, high = 0, 9999
    blank = prompt.find("_____")
    if blank < 0:
        return low, high
    for match in YEAR_IN_TEXT.finditer(prompt):
        year = int(match.group(1))
        near = prompt[max(0, match.start() - 30) : match.end() + 25]
        if match.start() > blank and re.search(rf"\b{LATER_WORDS}\b", near, re.I):
            high = min(high, year)
        after_blank = prompt[max(0, blank - 30) : blank + 35]
        if match.end() < blank and re.search(rf"\b{LATER_WORDS}\b", after_blank, re.I):
            low = max(low, year)
    return low, high


def breaks_prompt_bounds(prompt: str, options: list[str]) -> bool:
    """Options that the prompt itself rules out ('… tot 1917 …' with 1937 as an option, or
    '_____ …, en in 1814 uiteindelijk …' with 1820)."""
    low, high = year_bounds(prompt.replace("_____", ""))
    in_order = sequence_bounds(prompt)
    low, high = max(low, in_order[0]), min(high, in_order[1])
    if (low, high) == (0, 9999):
        return False
    spans = [year_span(str(o)) for o in options]
    return any(span and not (low <= span[0] and span[1] <= high) for span in spans)


def open_dated(value: str) -> bool:
    """'na 1933', 'rond 1930': a date that names an open stretch, not a point or interval."""
    digits = re.search(r"\d", value)
    return (
        len(value.split()) <= 4
        and bool(digits)
        and bool(OPEN_BOUNDS.search(value[: digits.start()]))
    )


def options_overlap(options: list[str]) -> bool:
    """Two date options that share a year ('1912-1913' and '1913') are not both wrong."""
    spans = [year_span(str(o)) for o in options]
    if not all(spans):
        return False
    return any(
        a[0] <= b[1]
        and b[0] <= a[1]
        and normalize(str(x)) != normalize(str(y))
        and (a[0] != a[1] or b[0] != b[1])
        for i, (a, x) in enumerate(zip(spans, options, strict=True))
        for b, y in list(zip(spans, options, strict=True))[i + 1 :]
    )


NAME_PARTICLES = {"van", "de", "der", "den", "ten", "ter", "von", "la", "le", "du"}


def is_key_term(answer: str) -> bool:
    """One name, date, number or concept: '1 februari 1953', 'Johan van Veen', 'marinebasis'."""
    words = answer.split()
    if len(words) <= 2 or any(ch.isdigit() for ch in answer):
        return len(words) <= 4
    return len(words) <= 4 and all(w[:1].isupper() or w in NAME_PARTICLES for w in words)


def date_shape(text: str) -> str:
    return re.sub(r"\d", "9", normalize(text))


def answer_shape_stands_out(answer: str, options: list[str]) -> bool:
    """'vanaf 1928' among plain years: the odd one out is the answer."""
    if not YEARS.search(answer):
        return False
    others = [date_shape(o) for o in options if o != answer]
    return bool(others) and date_shape(answer) not in others and len(set(others)) == 1


BLANK = "_____"
WHOLE_SENTENCE_END = re.compile(r"[.!?…][”\"’'»)]*$")


def _weak_past(word: str) -> bool:
    """ "hervormde": simplemma leads it to the participle "hervormd", and that to "hervormen"."""
    low = word.lower()
    if not low.endswith(("de", "te", "den", "ten")):
        return False
    base = lemma(low)
    return base != low and (base.endswith("en") or lemma(base).endswith("en"))


def verbless(line: str) -> bool:
    """ "De keuze, vrijwel _____% van de tijd, om dan maar alles te stoppen.": no finite verb
    outside an "om … te" (the 57th reading), so the blank asks a detail of a fragment."""
    parts = words(line.replace(BLANK, " "))
    if has_finite_verb(" ".join(parts)) or any(_weak_past(w) for w in parts):
        return False  # "hervormde", "wist": a past tense
    return not any(
        looks_finite(word) and (at == 0 or parts[at - 1].lower() != "te")
        for at, word in enumerate(parts)
    )


SET_AGAINST_BEFORE = re.compile(r"\b(?:daartegenover|daarentegen|evenmin)\b", re.I)


def _text_before(passage) -> str:
    """The text of the paragraph before, looked up once per passage object (a bank asks it
    for every question whose excerpt opens its paragraph)."""
    if not hasattr(passage, "_text_before"):
        previous = passage.essay.passages.filter(number=passage.number - 1).first()
        passage._text_before = previous.text if previous else ""
    return passage._text_before


def names_what_the_sentence_before_named(line: str, src) -> bool:
    """The line says "het vrachtschip" or "de rivier" where the sentence before its excerpt in
    the passage named it ("het vrachtschip de Eurymedon", "de rivier de Maas"): out of its
    text the noun names nothing."""
    text = src.passage.text
    at = text.find(src.excerpt[:60]) if src.excerpt else -1
    if at < 0:
        return False
    if at == 0:  # the paragraph opens with it: the sentence before ends the one before
        previous = _text_before(src.passage)
        text, at = (previous + " ", len(previous) + 1) if previous else ("", 0)
    # The last sentence before it; a plain split is enough here (an abbreviation only makes
    # the sentence shorter), and the splitter per question cost a fifth of a bank's build.
    before = re.split(r"(?<=[.!?…])[”’\"]?\s+", text[:at].strip())[-1:] if text[:at].strip() else []
    if not before:
        return False
    for match in re.finditer(r"\b(?:[Hh]et|[Dd]e)\s([a-zà-ÿ]{4,})\b", line):
        noun = match.group(1)
        if re.search(rf"\b{re.escape(noun)}\s(?:de\s|het\s)?[A-Z][\w’'-]+", before[0]):
            return True
    return False


def blank_in_fragment(prompt: str) -> bool:
    """'Zijn _____, 1912-1913': a blank must stand in a whole sentence, not a cut-off span."""
    for line in prompt.splitlines():
        if BLANK in line:
            text = FOOTNOTE.sub("", line).strip().removeprefix("«").removesuffix("»").strip()
            return not WHOLE_SENTENCE_END.search(text)
    return False


# "de Verenigde Naties (_____)": the expansion printed beside the acronym asked for.
EXPANDED_BLANK = re.compile(r"[A-Z][\w'’-]*(?:\s[\w'’-]+){0,5}\s\(_____\)")
# "De _____ Act (CRA)": the answer is part of a longer name, the rest of it beside the blank.
NAME_GOES_ON = re.compile(r"_____\s[A-Z]")
# "een _____, oftewel een content delivery network": the expansion of the acronym asked stands
# beside it (the 58th reading), as does "de VN, oftewel de _____".
SPELLED_OUT_BESIDE = re.compile(
    r"_____,?\s(?:oftewel|ofwel|dat\swil\szeggen|d\.w\.z\.|ook\swel)\s|"
    r"\b(?:oftewel|ofwel|ook\swel)\s(?:een\s|de\s|het\s)?_____"
)


def blank_beside_its_name(draft: QuestionDraft) -> bool:
    """The acronym asked beside its expansion, or a name cut in two by the blank (round 7)."""
    answer = str(draft.answers[0]) if draft.answers else ""
    blank_line = next((line for line in draft.prompt.splitlines() if BLANK in line), "")
    return bool(
        EXPANDED_BLANK.search(blank_line)
        or (answer[:1].isupper() and NAME_GOES_ON.search(blank_line))
        or SPELLED_OUT_BESIDE.search(blank_line)
    )


# "… benadrukte hoogleraar X onlangs in de _____", "zei Y in _____": the paper or magazine
# that carried a view is publication data; the view is what a teacher asks (readers 26, 27).
REPORTING_LEMMAS = {
    "zeggen", "schrijven", "stellen", "benadrukken", "suggereren", "betogen", "waarschuwen",
    "concluderen", "opperen", "vertellen", "melden", "verklaren", "pleiten", "bepleiten",
    "publiceren", "beweren", "opmerken", "aankondigen", "lezen", "verschijnen", "uitleggen",
}  # fmt: skip
IN_THE_BLANK = re.compile(r"\bin\s(?:de\s|het\s)?_____")


def blank_is_where_a_view_appeared(blank_line: str) -> bool:
    """A reporting verb, then in the same clause "in (de) _____"."""
    found = IN_THE_BLANK.search(blank_line)
    if not found:
        return False
    clause = re.split(r"[,;:]|\s(?:en|maar|of)\s", blank_line[: found.start()])[-1]
    return any(
        lemma(word) in REPORTING_LEMMAS or word.lower() in REPORTING_LEMMAS
        for word in words(clause)
    )


def lacks_its_blank(draft: QuestionDraft) -> bool:
    """'Welk getal hoort op de open plek?' over a sentence without one: the answer stood where
    the blank could not go ("p127"), and the question asks nothing (round 7's reader)."""
    asks_blank = draft.qtype == "cloze" or "open plek" in draft.prompt.split("\n", 1)[0]
    return asks_blank and BLANK not in draft.prompt


def key_echoes_term(term: str, answer: str, distractors: list[str]) -> bool:
    """'eenheidsfront' -> '… gezamenlijk front …': only the key repeats a part of the term, so
    the word, not the meaning, gives the answer."""
    parts = [normalize(w) for w in term.split() if len(w) >= 4]

    def echoes(text):
        return any(
            len(w) >= 4 and any(p == w or (p.endswith(w) and len(p) > len(w)) for p in parts)
            for w in normalize(text).split()
        )

    return echoes(answer) and not any(echoes(d) for d in distractors)


RESTATED_CLAIM = 0.4  # round 12: a reason sharing 0.44 of its words with the claim restated it


def restates_shown_claim(draft: QuestionDraft) -> bool:
    """'Welke conclusie trekt de auteur uit «X is Y»?' with the key 'X was Y': the prompt
    answers itself."""
    shown = QUOTED.findall(draft.prompt)
    return bool(shown) and (
        paraphrase_overlap(str(draft.answers[0]), [s.strip("«»") for s in shown], draft.language)
        >= RESTATED_CLAIM
    )


def option_restates_shown_claim(draft: QuestionDraft) -> bool:
    """'Op welk tegenstandpunt reageert de auteur met «X»?' with X itself among the options."""
    shown = [s.strip("«»") for s in QUOTED.findall(draft.prompt)]
    return bool(shown) and any(
        paraphrase_overlap(str(option), shown, draft.language) >= RESTATED_CLAIM
        for option in draft.options
        if option not in draft.answers
    )


def one_option_starts_another(options) -> bool:
    """Two options of several words where the one begins with all of the other."""
    texts = [normalize(str(o)) for o in options]
    return any(
        a != b and len(a.split()) >= 4 and f"{b} ".startswith(f"{a} ") for a in texts for b in texts
    )


def question_problems(draft: QuestionDraft) -> list[str]:
    """Every rule the draft breaks; an empty list means it may enter the bank."""
    problems = []
    excerpts = [s.excerpt for s in draft.sources]
    for src in draft.sources:
        if not src.excerpt or src.excerpt not in src.passage.text:
            problems.append(f"excerpt not in passage {src.passage.number}")

    if draft.support:
        if not any(normalize(s) in normalize(e) for s in draft.support for e in excerpts):
            problems.append("answer not supported by the excerpt")
    elif draft.paraphrase:
        if paraphrase_overlap(draft.paraphrase, excerpts, draft.language) < PARAPHRASE_OVERLAP:
            problems.append("answer shares too few words with the excerpt")
    elif draft.qtype not in {"ordering", "matching"}:
        problems.append("nothing ties the answer to the excerpt")
    if draft.qtype == "ordering":
        if len(draft.answers) != len(draft.sources):
            problems.append("every event needs its own source")
    if draft.qtype == "matching":
        for answer, src in zip(draft.answers, draft.sources, strict=False):
            name = pair_of(answer)[0]
            if not any(normalize(part) in normalize(src.excerpt) for part in name.split()):
                problems.append(f"{name} not in its excerpt")

    if draft.qtype in OPTION_TYPES | {"ordering"}:
        normalized = [normalize(o) for o in draft.options]
        if len(set(normalized)) != len(normalized):
            problems.append("options not distinct after normalising")
        if not set(draft.answers) <= set(draft.options):
            problems.append("correct answer missing from the options")
    if (
        draft.qtype in {"multiple_choice", "quote_attribution", "argument"}
        and len(draft.options) != 4
    ):
        problems.append("multiple choice needs four options")
    if draft.qtype in SINGLE_ANSWER_TYPES and self_answering(draft):
        problems.append("the answer stands in the prompt")
    problems += falsehood_problems(draft)
    if draft.qtype in {"multiple_choice", "short_answer", "cloze"} and open_dated(
        str(draft.answers[0])
    ):
        problems.append("open date: 'na 1933' cannot be told from a later year")
    if draft.qtype == "multiple_choice" and breaks_prompt_bounds(draft.prompt, draft.options):
        problems.append("an option breaks a bound the prompt states")
    if draft.qtype == "multiple_choice" and answer_shape_stands_out(
        str(draft.answers[0]), [str(o) for o in draft.options]
    ):
        problems.append("the answer's shape stands out among the options")
    if draft.qtype == "multiple_choice" and options_overlap(draft.options):
        problems.append("date options overlap")
    if draft.qtype == "multiple_choice" and any(
        implausible_year(str(draft.answers[0]), str(o)) for o in draft.options
    ):
        problems.append("absurd: a date option lies too far from the answer")
    if draft.qtype == "multiple_choice" and any(
        implausible_number(str(draft.answers[0]), str(o), bool(SHARE.search(draft.prompt)))
        for o in draft.options
    ):
        problems.append("absurd: a number option is no plausible neighbour of the answer")
    if draft.qtype in OPTION_TYPES - {"true_false"}:
        for option in draft.options:
            if opens_with_orphan_pronoun(str(option)):
                problems.append(f"option opens with a pronoun without referent: {option[:40]!r}")
    if draft.qtype == "true_false" and opens_with_orphan_pronoun(
        draft.prompt.removeprefix("Juist of onjuist?").strip()
    ):
        problems.append("statement opens with a pronoun without referent")
    if draft.qtype == "true_false" and subordinate_clause_alone(
        draft.prompt.removeprefix("Juist of onjuist?")
    ):
        problems.append("the statement is a subordinate clause without its main clause")
    blank_line = next((line for line in draft.prompt.splitlines() if "_____" in line), "")
    if blank_line and REASON_OF_WHAT_WENT_BEFORE.match(blank_line.strip().lstrip("«")):
        # "Want dankzij die negatieve test … _____ andere baby’s …" (the 56th reading)
        problems.append("the blank sentence gives the reason for a sentence it does not show")
    if blank_line and opens_with_orphan_pronoun(blank_line.strip().lstrip("«")):
        # «Hij pleitte in zijn werk “_____” uit 1920 …»: who is "Hij"? (round 18's reader)
        problems.append("blank sentence opens with a pronoun without referent")
    statement = draft.prompt.removeprefix("Juist of onjuist?").strip()
    if draft.qtype == "true_false" and REASON_OF_WHAT_WENT_BEFORE.match(statement):
        # "Want een artikel met taalfouten wordt …": the reason for a sentence it does not show
        # (the 51st reading)
        problems.append("the statement gives the reason for a sentence it does not show")
    if draft.qtype == "true_false" and "«" not in statement and FIRST_PERSON.search(statement):
        # "Ik hoop dat …" as a statement to judge: the learner reads the "ik" as himself
        problems.append("the statement speaks as the author's 'ik'")
    lifted = blank_line or (statement if draft.qtype == "true_false" else "")
    if (lifted or draft.qtype == "argument") and pronoun_points_outside(lifted or draft.prompt):
        # "Hoofdstuk 10 richt het woord speciaal tot hen": who are they? (the 42nd unseen reading)
        problems.append("a pronoun stands for something the sentence does not show")
    if draft.qtype in {"argument", "multiple_choice"} and one_option_starts_another(draft.options):
        # "Door verschillen in reliëf … van de bodem." beside the same words going on to "heeft
        # de mens …": the shorter is a piece of the longer (the 43rd unseen reading)
        problems.append("one option is the start of another")
    if draft.qtype in {"true_false", "argument", "matching"} and any(
        cut_off(str(text)) for text in (draft.prompt, *draft.options, *draft.answers)
    ):
        # "… verdween het voorland, en." as a reason (the 43rd unseen reading)
        problems.append("a claim or reason is cut off after a conjunction")
    if draft.qtype == "matching" and any(
        pronoun_points_outside(str(pair).split(" → ", 1)[0]) for pair in draft.answers
    ):
        problems.append("a pronoun in a statement to match stands for something it does not show")
    if lifted and SET_AGAINST_BEFORE.search(lifted):
        # "Volgens Martin Schulz staat daartegenover dat …": against what? (the 62nd reading;
        # inside a curated definition the word has its own sentence to lean on)
        problems.append("the sentence sets itself against one it does not show")
    if lifted and draft.sources and names_what_the_sentence_before_named(lifted, draft.sources[0]):
        # "… torpedeert een Duitse onderzeeër het vrachtschip." after "op het vrachtschip de
        # Eurymedon": which ship, out of its text? (the 61st reading)
        problems.append("a noun stands for the name the sentence before gave it")
    if draft.qtype in {"multiple_choice", "cloze", "short_answer"} and re.fullmatch(
        r"[A-Za-z]", str(draft.answers[0])
    ):
        problems.append("the answer is a single letter")  # "van A naar _____"
    if (blank_line and is_example_fragment(blank_line.strip().lstrip("«"))) or (
        draft.qtype == "true_false" and is_example_fragment(statement)
    ):
        problems.append("the sentence is an example of something it does not name")
    if (
        draft.qtype == "cloze"
        and draft.statement
        and not YEARS.search(draft.true_value)
        and in_enumeration(draft.statement, draft.true_value)
    ):
        problems.append("cloze of one member of a list asks for wording")
    if lacks_its_blank(draft):
        problems.append("the prompt asks for a blank it does not have")
    if draft.qtype in {"multiple_choice", "cloze", "short_answer"} and (
        blank_is_where_a_view_appeared(blank_line)
    ):
        problems.append("the blank asks where a view appeared, a publication detail")
    if draft.qtype in {"multiple_choice", "cloze"} and blank_beside_its_name(draft):
        problems.append("the blank's acronym or the rest of its name stands beside it")
    if draft.qtype == "cloze" and not is_key_term(str(draft.answers[0])):
        problems.append("cloze blank is more than one key term")
    if draft.qtype in {"multiple_choice", "cloze"} and blank_in_fragment(draft.prompt):
        problems.append("the blank stands in a cut-off fragment, not a whole sentence")
    if draft.qtype in {"multiple_choice", "cloze"} and blank_line.count(BLANK) > 1:
        # "Met een _____ hangt het af van … het _____.": type it once or twice? (the 58th)
        problems.append("the answer is blanked twice in one sentence")
    if draft.qtype in {"multiple_choice", "cloze"} and blank_line and verbless(blank_line):
        problems.append("the blank stands in a sentence without a verb")
    if draft.qtype == "cloze" and blank_line and len(words(blank_line.replace(BLANK, " "))) < 5:
        # "De _____ kwam niet onverwacht.": too little around the blank to know what to type
        # (the 62nd reading)
        problems.append("the blank's sentence is too short to tell what to type")
    if draft.qtype in {"multiple_choice", "cloze"} and subordinate_clause_alone(blank_line):
        problems.append("the blank stands in a subordinate clause without its main clause")
    if (
        draft.qtype == "multiple_choice"
        and draft.variant == "meaning"
        and draft.support  # the term; an edit in the bank does not carry it
        and key_echoes_term(draft.support[0], str(draft.answers[0]), draft.distractors)
    ):
        problems.append("only the key repeats a word of the term")
    if draft.qtype == "argument" and restates_shown_claim(draft):
        problems.append("the key restates the claim the prompt shows")
    if draft.qtype == "argument" and option_restates_shown_claim(draft):
        problems.append("an option restates the claim the prompt shows")
    if re.search(r"[.!]»\?", draft.prompt):
        problems.append("closing mark doubled around a quote")
    for text, asked in ((draft.prompt, True), (draft.explanation, False)):
        problems += phrasing_problems(QUOTED.sub("«»", text), asked=asked)
        if FOOTNOTE.search(text):
            problems.append("footnote marker in the text")

    if draft.qtype != "argument":
        for src in draft.sources:
            for wrong in draft.distractors:
                if stands_in(wrong, src.passage.text):
                    problems.append(f"distractor {wrong!r} stands in the passage: may be true")
    texts = [draft.prompt, draft.explanation, *map(str, draft.options), *map(str, draft.answers)]
    for text in texts:
        # What stands between «» is the essay's own text, quoted as it is.
        text = QUOTED.sub("«»", text)
        for pattern, label in DEBRIS:
            if pattern.search(text):
                problems.append(f"{label}: {text[:60]!r}")
        if CATCH_ALL.search(text):
            problems.append("catch-all option")
    return problems
