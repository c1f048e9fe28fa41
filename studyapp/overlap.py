"""One fact, two questions: when two questions rest on the same words of the essay, or one
shows what the other asks for.

Used twice: the generator keeps one question per fact across knowledge items, and a quiz
never puts two questions together that answer each other (a matching whose description names
another matching's answer, an argument option that restates a who-question).
"""

import re
from functools import lru_cache

from .grading import normalize
from .models.bank import pair_of

SHINGLE = 6  # words in a row that two excerpts must share to quote the same sentence
MIN_CONTAINED = 25  # characters: a shorter excerpt inside another is a name, not a sentence
# A segment restates a description when it shares this share of its content words (and at
# least two; round 8's reader counted "Trotski … hoofd van het Rode Leger" against a matching
# of "Trotski → Volkscommissaris van Oorlog en aanvoerder van het Rode Leger, …"): "de trotskist die samen met Radek … door de bocht ging" against "… samen met
# Preobrazhensky … door de bocht ging".
RESTATED_SHARE = 0.25
NOISE = set(
    """deze door onder zich zijn haar hebben werd worden wordt waren later eerst andere
zoals naar over tegen veel meer heel niet geen welke essay auteur volgens""".split()
)


@lru_cache(maxsize=8192)
def _words(text: str) -> tuple[str, ...]:
    return tuple(normalize(text).split())


STEM = 7  # letters kept: "bolsjewiek" and "bolsjewieken" are one word here


@lru_cache(maxsize=8192)
def content_words(text: str) -> frozenset[str]:
    """Words that carry the fact (four letters or more, not a function word), cut to a stem."""
    return frozenset(w[:STEM] for w in _words(text) if len(w) >= 4 and w not in NOISE)


@lru_cache(maxsize=8192)
def _shingles(text: str) -> frozenset[tuple[str, ...]]:
    words = _words(text)
    return frozenset(words[i : i + SHINGLE] for i in range(len(words) - SHINGLE + 1))


def same_words(excerpt: str, other: str) -> bool:
    """Do two excerpts quote the same sentence of the essay (or one hold the other)?"""
    a, b = normalize(excerpt), normalize(other)
    if not a or not b:
        return False
    shorter, longer = sorted((a, b), key=len)
    if len(shorter) >= MIN_CONTAINED and shorter in longer:
        return True
    return bool(_shingles(excerpt) & _shingles(other))


def share_source(excerpts: tuple[str, ...], others: tuple[str, ...]) -> bool:
    return any(same_words(a, b) or continues(a, b) for a in excerpts for b in others)


JOINED = 3  # words one excerpt must carry on from the other's end to be a half of its sentence


@lru_cache(maxsize=8192)
def continues(excerpt: str, other: str) -> bool:
    """Is one excerpt the other half of the other's sentence? "… niet de partij, en ook niet de
    vakbonden" and "en ook niet de vakbonden zoals de Arbeidersoppositie dat rond 1920
    bepleitte" overlap where the one ends and the other begins: two questions on one contrast
    (round 19)."""
    a, b = _words(excerpt), _words(other)
    for first, second in ((a, b), (b, a)):
        longest = min(len(first), len(second)) - 1
        if any(first[-k:] == second[:k] for k in range(JOINED, longest + 1)):
            return True
    return False


def is_name(answer: str) -> bool:
    """A person's or place's name: capitalised words, no digits ("Boecharin", "Ida Mett")."""
    words = answer.split()
    return bool(words) and len(words) <= 4 and answer[:1].isupper() and not re.search(r"\d", answer)


ANY_YEAR = "<year>"  # a timeline asks for the years of its events
YEAR = re.compile(r"(?<!\d)(?:1\d{3}|20\d{2})(?!\d)")


def asked_names(qtype: str, answers, prompt: str, excerpts=()) -> tuple[tuple[str, str], ...]:
    """(name, what describes it) for every name the question asks the learner to find: the
    prompt describes it, and so do the essay's words it rests on (a quote to attribute)."""
    if qtype == "matching":
        return tuple(pair_of(str(a)) for a in answers or ())
    if qtype == "ordering":
        return tuple((ANY_YEAR, str(title)) for title in answers or ())
    if qtype == "true_false" or not answers:
        return ()
    answer = str(answers[0])
    if not is_name(answer):
        return ()
    return ((answer, prompt), *((answer, e) for e in excerpts if e))


@lru_cache(maxsize=8192)
def _normal_words(text: str) -> tuple[str, frozenset[str]]:
    """' a b c ' and {'a', 'b', 'c'}: a quiz's pick compares the same texts many times."""
    words = normalize(text).split()
    return f" {' '.join(words)} ", frozenset(words)


def _name_stands_in(name: str, text: str) -> bool:
    if name == ANY_YEAR:
        return bool(YEAR.search(text))
    padded, words = _normal_words(text)
    name_padded, _ = _normal_words(name)
    parts = name_padded.split()
    if not parts:
        return False
    return name_padded in padded or (len(parts[-1]) >= 4 and parts[-1] in words)


def restates(segment: str, name: str, description: str) -> bool:
    """Does this shown text name `name` together with what the other question says of it?"""
    if not _name_stands_in(name, segment):
        return False
    if _paired(segment, name, description):
        return True
    described = content_words(description) - content_words(name)
    if not described:
        return False
    shared = described & content_words(segment)
    return len(shared) >= max(2, RESTATED_SHARE * len(described))


CAPITALISED = re.compile(r"(?<![.!?«]\s)(?<!^)\b[A-Z][a-zë]{2,}\b")


def _paired(segment: str, name: str, description: str) -> bool:
    """ "Trotski vormt met Kameniev en Zinoviev de Verenigde Oppositie" before "wie vormde, samen
    met Zinoviev, eerst een coalitie met Stalin?": the name shown joined to a companion the
    other question names (round 24)."""
    last = name.split()[-1]
    for companion in set(CAPITALISED.findall(description)) - {last}:
        one, other = re.escape(last), re.escape(companion)
        joined = rf"\b{one}\s+(?:en|met)\s+{other}\b|\b{other}\s+(?:en|met)\s+{one}\b"
        if re.search(joined, segment):
            return True
    return False


def gives_name_away(segments, names) -> bool:
    return any(restates(seg, name, desc) for seg in segments for name, desc in names)


NEARBY_YEARS = 2


def dates_nearby(answer: str, asked: tuple[str, ...], shown: list[str]) -> bool:
    """A year asked for, and a year beside it shown with the same matter: "het Platform van de
    Verenigde Oppositie, 1927" leaves one option for "wanneer vormde Trotski de Verenigde
    Oppositie?" (1926) among 1903, 1920 and 1922."""
    if not re.fullmatch(r"\D*\d{4}\D*", answer or "") or not asked:
        return False
    year = int(YEAR.search(answer).group())
    about = content_words(asked[0])
    for text in shown:
        for sentence in re.split(r"(?<=[.!?»])\s+", text):
            near = any(abs(int(y) - year) <= NEARBY_YEARS for y in YEAR.findall(sentence))
            if near and len(about & content_words(sentence)) >= 2:
                return True
    return False


def _terms(text: str) -> frozenset[str]:
    """Capitalised words past the first (cut to a stem): the names and groups it is about."""
    words = re.findall(r"\w+", text)[1:]
    return frozenset(normalize(w)[:STEM] for w in words if w[:1].isupper() and len(w) >= 4)


def restates_statement(statement: str, segments) -> bool:
    """Does a shown text hold what a true/false statement is about? "De oppositiegroep van
    Miasnikov heette de Arbeidersgroep" beside a matching pair "Miasnikov → de linkse communist
    die de Arbeidersgroep leidde": two of its two names, together."""
    terms = _terms(statement)
    if len(terms) < 2:
        return False
    needed = max(2, (len(terms) + 1) // 2)
    for segment in segments:
        words = {w[:STEM] for w in normalize(segment).split()}
        if len(terms & words) >= needed:
            return True
    return False


def filled_blank(prompt: str, answer: str) -> str:
    """The sentence a blank asks about, with its answer in place ('' without a blank)."""
    for line in prompt.splitlines():
        if "_____" in line and answer:
            return line.replace("_____", answer)
    return ""


STATEMENT_SHOWN = 0.7


def statement_body(prompt: str) -> str:
    """'Juist of onjuist? De auteur is het eens met dit standpunt: X' -> 'X'."""
    body = prompt.split("?", 1)[-1]
    return body.split(":", 1)[-1] if ":" in body else body


def blank_contexts(prompt: str, answer: str) -> tuple[str, ...]:
    """The answer with the two words before and after its blank, normalised: 'de verklaring van
    _____' asks for 'verklaring van rakovski', which no other question may show (round 18)."""
    for line in prompt.splitlines():
        if "_____" not in line or not answer:
            continue
        before, _blank, after = line.partition("_____")
        head, tail = normalize(before).split()[-2:], normalize(after).split()[:2]
        key = normalize(answer)
        return tuple(
            " ".join(words)
            for words in ([*head, key], [key, *tail])
            if len(words) == 3 and all(words)
        )
    return ()


def prompt_body(prompt: str) -> str:
    """What a prompt shows below its question line: a quoted claim, a description."""
    _question, _sep, body = prompt.partition("\n")
    return body.strip().strip("«»")


def shows_statement(statement: str, segments) -> bool:
    """A true/false statement shown again as an option elsewhere asks its fact twice: "Pas met
    Stalin begonnen de repressie …" judged, then offered as a wrong option (round 13)."""
    words = content_words(statement_body(statement))
    if len(words) < 3:
        return False
    return any(len(words & content_words(s)) >= STATEMENT_SHOWN * len(words) for s in segments)
