"""Topics: a heading starts one; otherwise neighbouring passages that share key lemmas form one,
named after the name or word they share most."""

import re
from collections import Counter

from django.utils.text import slugify

from .items import DraftTopic
from .text import Passage, lemma, words

STOP = set(
    """de het een en of maar want dus dat die deze dit zijn haar hun hij zij ze wij we ik je
niet ook nog wel al als dan toen naar voor van met bij tot om op in uit aan over door zo
was waren is zijn werd worden wordt had hebben heeft kon kan zou zal moest moet er daar hier
wat wie waar hoe meer veel zeer heel toch echter pas later eerst steeds alleen nooit altijd
ander andere anderen zelf zich hem onder tegen tussen na sinds zonder binnen volgens boven beneden twintig dertig veertig vijftig honderd duizend
waarin waarop waarmee daarna daarom omdat hoewel terwijl zodat""".split()
)
MAX_TOPICS = 12


def _is_heading(text: str) -> bool:
    return len(text) < 90 and not re.search(r"[.!?:]$", text.strip()) and len(words(text)) <= 10


def _keys(text: str) -> Counter:
    """Content words by lemma; names as written, but not a capital that only opens a sentence."""
    counts = Counter()
    for match in re.finditer(r"[\w’'-]+", text):
        word, low = match.group(0), match.group(0).lower()
        if len(low) < 5 or low in STOP:
            continue
        opens = not text[: match.start()].strip() or text[: match.start()].rstrip()[-1:] in ".!?:“"
        if word[:1].isupper() and not opens:
            counts[word] += 1
        else:
            counts[lemma(low)] += 1
    return counts


def find_topics(passages: list[Passage], names: list[str] = ()) -> list[DraftTopic]:
    """Consecutive passages grouped by shared key lemmas, or under their heading.

    `names` are the people drafted from the text: a topic named after "Johan" is "Johan van Veen".
    """
    if not passages:
        return []
    keys = {p.number: _keys(p.text) for p in passages}
    spread = Counter(k for counts in keys.values() for k in counts)
    common = {k for k, n in spread.items() if n > max(3, len(passages) // 2)}
    groups: list[tuple[str, list[int]]] = []
    current: list[int] = []
    heading = ""
    for passage in passages:
        if _is_heading(passage.text):
            if current:
                groups.append((heading, current))
            heading, current = passage.text.strip(), []
            continue
        if current and not heading:
            mine = {k for k in keys[passage.number] if k not in common}
            theirs = {k for n in current for k in keys[n] if k not in common}
            if len(mine & theirs) < 2 or len(current) >= 4:
                groups.append((heading, current))
                current = []
        current.append(passage.number)
    if current:
        groups.append((heading, current))
    while len(groups) > MAX_TOPICS:  # join the two smallest neighbours
        i = min(range(len(groups) - 1), key=lambda n: len(groups[n][1]) + len(groups[n + 1][1]))
        groups[i : i + 2] = [(groups[i][0] or groups[i + 1][0], groups[i][1] + groups[i + 1][1])]
    topics, used = [], set()
    for heading, numbers in groups:
        name = heading or _name(numbers, keys, common, names)
        slug = slugify(name)[:70] or "onderwerp"
        base, n = slug, 2
        while slug in used:
            slug, n = f"{base}-{n}", n + 1
        used.add(slug)
        topics.append(DraftTopic(slug=slug, name=name[:120], passages=numbers))
    return topics


def _name(numbers, keys, common, names=()) -> str:
    """The key word the passages share most; a person's full name when it is part of one."""
    full = {}
    for name in names:
        for part in name.split():
            if part[:1].isupper():
                full.setdefault(part, name)
    counts = Counter()
    for n in numbers:
        for key, count in keys[n].items():
            if key not in common:
                counts[full.get(key, key)] += count * (2 if key[:1].isupper() else 1)
    best = [k for k, _n in counts.most_common(2)]
    if not best:
        return "Onderwerp"
    # A second word only when it is nearly as frequent as the first.
    if len(best) == 2 and counts[best[1]] * 2 >= counts[best[0]]:
        name = f"{best[0]} en {best[1]}"
    else:
        name = best[0]
    return name[:1].upper() + name[1:]
