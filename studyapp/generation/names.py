"""The names a learner may type for a person: the full name, its variants and the surname."""

import re
from functools import lru_cache

import simplemma

NAME_PARTICLES = {"van", "de", "der", "den", "ter", "ten", "von", "le", "la", "da", "di"}


def typed_names(person, people, text: str = "") -> list[str]:
    """Every name a learner may type: the full name, its variants and the surname ("Cieraad"
    for "Irene Cieraad", "Van Daalen" for "Sjoerd van Daalen"), unless another person of the
    essay has that surname too (the sixth unseen reading)."""
    names = list(person.all_names())
    # "Jean Paul Hermans" typed for "Jean-Paul Hermans"
    names += [n.replace("-", " ") for n in names if re.search(r"[a-z]-[A-Z]", n)]
    # "Sint Willibrord" is typed "Willibrord" too (the 66th reading), "Lord Edward Wood" "Edward
    # Wood" (the 43rd unseen reading)
    names += [bare for bare in map(without_title, list(names)) if bare]
    # "R.M.M. Oberman", as the text writes him, for "Oberman" (the 61st reading)
    for name in list(names):
        for initialled in _initialled(name, text):
            if initialled not in names:
                names.append(initialled)
    parts = person.name.split()
    if len(parts) >= 2 and re.fullmatch(r"[IVXLC]+", parts[-1]):
        # "Innocentius III": "III" is no surname (the thirteenth unseen reading); the bare
        # "Onias" is right when the text numbers no other Onias (the 63rd reading)
        base = " ".join(parts[:-1])
        others = re.findall(rf"\b{re.escape(base)}\s([IVXLC]+)\b", text)
        if text and not any(n != parts[-1] for n in others):
            names.append(base)
        return names
    if len(parts) < 2:
        return names
    start = len(parts) - 1
    while start > 1 and parts[start - 1].lower() in NAME_PARTICLES:
        start -= 1
    surname = " ".join(parts[start:])
    others = [n for p in people if p.pk != person.pk for n in p.all_names()]
    if len(surname) >= 3 and not any(n == surname or n.endswith(f" {surname}") for n in others):
        if _common_word_never_alone(person, surname, text):
            return names  # "Arts" of "Electronic Arts", "Online" of "Spiegel Online" (62nd)
        if not _surname_shared_in_text(person, surname, text):
            names += [n for n in {surname, surname[:1].upper() + surname[1:]} if n not in names]
    return names


# "Sint Willibrord", "Lord Edward Wood" (the 43rd unseen reading): the name is typed without.
TITLE_BEFORE_NAME = re.compile(r"(?:Sint|St\.|Heilige|Sankt|Lord|Lady|Sir|Dame)\s(?=[A-Z])")


def without_title(name: str) -> str:
    """ "Willibrord" for "Sint Willibrord", "Edward Wood" for "Lord Edward Wood"; "" for a name
    without such a title."""
    return name[TITLE_BEFORE_NAME.match(name).end() :] if TITLE_BEFORE_NAME.match(name) else ""


@lru_cache(maxsize=4096)
def _initialled(name: str, text: str) -> tuple[str, ...]:
    return tuple(
        f"{m.group(1).strip()} {name}"
        for m in re.finditer(rf"\b((?:[A-Z]\.\s?){{1,4}}){re.escape(name)}\b", text)
    )


def _common_word_never_alone(person, surname: str, text: str) -> bool:
    """The last word is a common Dutch or English word ("Arts", "Online") that the text never
    uses alone for this name: the name is no first name and surname, and the word alone names
    nothing. A "Bakker" the text also calls "Bakker" stays a surname."""
    role = getattr(person, "role", "") or ""
    if not text or (role and not role.startswith("genoemd in")):
        return False  # "William Temple", the English ambassador: a person, "Temple" his name
    low = surname.lower()
    if not any(simplemma.is_known(low, lang=lang) for lang in ("nl", "en")):
        return False
    return _never_alone(surname, person.name[: -len(surname)].strip(), text)


@lru_cache(maxsize=4096)
def _never_alone(surname: str, rest: str, text: str) -> bool:
    alone = re.finditer(rf"(?<![\w-]){re.escape(surname)}\b", text)
    return not any(not text[: m.start()].rstrip().endswith(rest) for m in alone)


def _surname_shared_in_text(person, surname: str, text: str) -> bool:
    """ "Wout Hoff" in the text beside "Pieter Hoff" asked: "Hoff" alone names either (the 41st
    reading), even when the drafter found no role for Wout."""
    own = set(re.split(r"[\s-]", person.name))
    # "Jean-Paul Hermans": "Paul" after a hyphen is his own first name, no one else's.
    for match in re.finditer(rf"(?<![\w-])([A-Z][a-zà-ÿ]+)\s{re.escape(surname)}\b", text):
        first = match.group(1)
        if first not in own and first.lower() not in COMMON_OPENERS:
            return True
    return False


# Capitalised words before a surname that are no first name: "Volgens Hoff", "Toen Hoff …".
COMMON_OPENERS = set(
    """volgens toen ook maar en dus daarna later zo ook nu want omdat hoewel wat waarom dat
    die deze dit zelfs alleen vooral daarom hier daar bij met door voor na van in op aan""".split()
)
