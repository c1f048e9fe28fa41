"""Wrong options of the same kind as the answer that the essay does not make true.

A distractor is never taken from, or allowed to stand in, the passage that supports the
answer: a name or year that stands there could well be true too ("Op het Twaalfde
partijcongres keerde Trotski zich óók tegen Miasnikov").
"""

import calendar
import re
from functools import lru_cache

from studyapp.grading import normalize

from .draft import seeded_random

MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
NUMBER_WORDS = ["één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien"]
ORDINALS = [
    "eerste",
    "tweede",
    "derde",
    "vierde",
    "vijfde",
    "zesde",
    "zevende",
    "achtste",
    "negende",
    "tiende",
    "elfde",
    "twaalfde",
    "dertiende",
    "veertiende",
]
YEAR = re.compile(r"^(1[0-9]{3}|20[0-9]{2})$")
YEAR_RANGE = re.compile(r"^(\d{4})(\s*-\s*)(\d{4})$")
MONTH_YEAR = re.compile(rf"^({'|'.join(MONTHS)}) (\d{{4}})$")
DAY_MONTH_YEAR = re.compile(rf"^(\d{{1,2}}) ({'|'.join(MONTHS)}) (\d{{4}})$")


def stands_in(candidate: str, text: str) -> bool:
    """Does the candidate stand in the text as whole words, after normalising both?"""
    needle = normalize(candidate)
    if not needle:
        return False
    haystack = normalize(text)
    # A plain substring test first: most candidates are not in the text at all, and the
    # whole-word pattern (kept per needle) only decides the rest.
    return needle in haystack and _whole_word(needle).search(haystack) is not None


@lru_cache(maxsize=65536)
def _whole_word(needle: str) -> re.Pattern:
    return re.compile(rf"(?<!\w){re.escape(needle)}(?!\w)")


def _match_case(template: str, word: str) -> str:
    return word[:1].upper() + word[1:] if template[:1].isupper() else word


def number_ceiling(sentence: str, answer: str) -> int | None:
    """The highest a wrong value may be: 100 for a share ('14%', '14 procent'), 31 for the day
    before a month ('27 november': never '40 november'), 24 for an hour ('om 8 uur')."""
    if not answer.isdigit():
        return None
    at = rf"(?<![\w.,]){re.escape(answer)}\s?"
    if re.search(at + r"(?:%|procent\b)", sentence) and int(answer) <= 100:
        return 100
    if re.search(at + rf"(?:{'|'.join(MONTHS)})\b", sentence, re.I) and int(answer) <= 31:
        return 31
    if re.search(at + r"uur\b", sentence) and int(answer) <= 24:
        return 24
    if re.search(rf"\bjaren\s{re.escape(answer)}\b", sentence) and int(answer) <= 90:
        return 90  # "de jaren 70": a decade
    return None


def synthetic_variants(
    answer: str, as_count: bool = False, ceiling: int | None = None, seed: str = ""
) -> list[str]:
    """Same-shape alternatives for dates and numbers, nearest first; numbers stay at or below
    the `ceiling` (100 for a share)."""
    text = answer.strip()
    if YEAR.match(text) and not as_count:
        year = int(text)
        return [str(year + d) for d in (-1, 1, -2, 2, -3, 3, -5, 5)]
    if m := YEAR_RANGE.match(text):
        start, sep, end = int(m.group(1)), m.group(2), int(m.group(3))
        shifts = [(-3, -3), (2, 2), (0, 5), (-5, 0), (4, 4)]
        return [f"{start + a}{sep}{end + b}" for a, b in shifts]
    if m := MONTH_YEAR.match(text):
        month, year = MONTHS.index(m.group(1)), int(m.group(2))
        # Not the month next door: "maart 1921" for "februari 1921" is one an event can span
        # (round 14's reader); a season away is wrong for sure.
        return [
            f"{MONTHS[month]} {year - 1}",
            f"{MONTHS[(month + 4) % 12]} {year}",
            f"{MONTHS[month]} {year + 1}",
            f"{MONTHS[(month + 8) % 12]} {year}",
        ]
    if m := DAY_MONTH_YEAR.match(text):
        day, month, year = int(m.group(1)), MONTHS.index(m.group(2)), int(m.group(3))
        other_day = day + 9 if day <= 19 else day - 9
        return [
            _calendar_date(day, month, year - 1),
            _calendar_date(other_day, month, year),
            _calendar_date(day, (month + 4) % 12, year),
            _calendar_date(day, month, year + 1),
        ]
    if text.isdigit() and 1000 <= int(text) <= 2100 and not as_count:
        # A year: never doubled ("3968" beside "1984", the 43rd reading), years around it.
        n = int(text)
        return [str(n + d) for d in (-7, 5, -3, 9, -12, 14)]
    if text.isdigit() and ceiling == 90 and int(text) % 10 == 0:
        # "de jaren 70": other decades, never "de jaren 140"
        n = int(text)
        return [str(d) for d in (n - 20, n - 10, n + 10, n + 20, n - 30, n + 30) if 10 <= d <= 90]
    if text.isdigit():
        return _number_neighbours(int(text), ceiling, seed)
    lowered = text.lower()
    for words in (NUMBER_WORDS, ORDINALS):
        if lowered in words:
            i = words.index(lowered)
            near = [words[j] for j in (i - 1, i + 1, i + 2, i - 2) if 0 <= j < len(words)]
            return [_match_case(text, w) for w in near]
    return []


def _calendar_date(day: int, month: int, year: int) -> str:
    """A date that exists: "31 december" four months on is "30 april", never "31 april" (the
    50th reading); 29 February in a year without it is the 28th."""
    return f"{min(day, calendar.monthrange(year, month + 1)[1])} {MONTHS[month]} {year}"


def _nice_step(n: int) -> int:
    """About a fifth of n, rounded to 1, 2 or 5 times a power of ten: 70 -> 10, 4000 -> 1000."""
    target = max(1, n / 5)
    power = 10 ** (len(str(int(target))) - 1)
    return min((m * power for m in (1, 2, 5, 10)), key=lambda step: abs(step - target))


def _number_neighbours(n: int, ceiling: int | None, seed: str) -> list[str]:
    """Four numbers a step apart with the answer among them at a place a seeded coin picks:
    60, 70, 80, 90 or 40, 50, 60, 70 for 70. Doubles and halves ("140, 35, 105" beside "70")
    gave the answer away as the number the others were made from, and "jonger dan 140" was
    absurd (the 49th round); "2666" beside "4000" read as made up (unseen texts)."""
    step = _nice_step(n)
    places = list(range(4))
    seeded_random(seed or str(n), "number place").shuffle(places)
    for place in places:
        values = [n + (k - place) * step for k in range(4) if k != place]
        if all(0 < v <= (ceiling or v) for v in values):
            # The wrong ones nearest the answer first, then the rest of the row.
            return [str(v) for v in sorted(values, key=lambda v: abs(v - n))]
    return [str(v) for v in (n + step, n + 2 * step, n + 3 * step) if v <= (ceiling or v)]


def pick_distractors(
    answer: str,
    pool: list[str],
    *,
    passage_text: str,
    seed: str,
    count: int = 3,
    also_excluded: list[str] = (),
    as_count: bool = False,
    ranked: bool = False,
    ceiling: int | None = None,
) -> list[str]:
    """Up to `count` distractors from the pool (and same-shape variants), none in the passage.
    A `ranked` pool comes nearest first: the choice is made among its first few."""
    excluded = {normalize(answer), *(normalize(x) for x in also_excluded)}
    year_mode = bool(YEAR.match(answer.strip())) and not as_count
    if year_mode:
        pool = [c for c in pool if YEAR.match(c.strip())]
    candidates: list[str] = []
    seen = set(excluded)
    # Walk the pool from a seeded starting point and stop once there is enough to choose
    # from: the cost per question stays flat however long the text is.
    start = int(seeded_random(seed, "start").random() * len(pool)) if pool and not ranked else 0
    enough = len(pool) if year_mode else max(4 * count, 12)
    for candidate in pool[start:] + pool[:start]:
        if len(candidates) >= enough:
            break
        key = normalize(candidate)
        if key and key not in seen and not stands_in(candidate, passage_text):
            seen.add(key)
            candidates.append(candidate)
    rng = seeded_random(seed, "distractors")
    shaped = synthetic_variants(answer, as_count, ceiling, seed)
    if year_mode:
        # Years from the essay that lie close by make better distractors than made-up ones.
        answer_year = int(answer.strip())
        candidates.sort(key=lambda c: (abs(int(c) - answer_year), c))
        candidates = candidates[: count + 2]
    elif shaped:
        # Dates, ranges and numbers of another shape would give the answer away.
        candidates = []
    elif ranked:
        candidates = candidates[: count + 1]
    rng.shuffle(candidates)
    chosen = candidates[:count]
    for variant in shaped:
        if len(chosen) >= count:
            break
        key = normalize(variant)
        if key not in seen and not stands_in(variant, passage_text):
            seen.add(key)
            chosen.append(variant)
    return chosen[:count]
