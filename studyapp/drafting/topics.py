"""Topics: a heading starts one; otherwise neighbouring passages that share key lemmas form one,
named after the name or word they share most."""

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from django.utils.text import slugify

from studyapp.dutch_text import Passage, lemma, words

from .items import DraftTopic

STOP = set(
    """de het een en of maar want dus dat die deze dit zijn haar hun hij zij ze wij we ik je
niet ook nog wel al als dan toen naar voor van met bij tot om op in uit aan over door zo
was waren is zijn werd worden wordt had hebben heeft kon kan zou zal moest moet er daar hier
wat wie waar hoe meer veel zeer heel toch echter pas later eerst steeds alleen nooit altijd
ander andere anderen zelf zich hem onder tegen tussen na sinds zonder binnen volgens boven beneden twintig dertig veertig vijftig honderd duizend
waarin waarop waarmee daarna daarom omdat hoewel terwijl zodat""".split()
)
MAX_TOPICS = 12
# Capitalised words in a row, with the particles of Dutch names between them: "Napoleon
# Bonaparte", "Willem van Oranje", "Eerste Wereldoorlog".
NAME_RUN = re.compile(
    r"\b[A-Z][\w’'-]+(?:[ \t]+(?:(?:van|von|de|der|den|ten|ter|het|la|le)[ \t]+)*[A-Z][\w’'-]+)+"
)


def _is_heading(text: str) -> bool:
    return len(text) < 90 and not re.search(r"[.!?:,;]$", text.strip()) and len(words(text)) <= 10


def _opens_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1:] in ".!?:“"


def _name_runs(texts) -> dict[str, str]:
    """{word: the name in several words it stands in most often}, from the texts: a topic on
    "Napoleon" and "Bonaparte" is on Napoleon Bonaparte, not "Napoleon en Bonaparte". A run
    that opens a sentence is left out: its first capital may only open the sentence."""
    runs = Counter(
        match.group(0)
        for text in texts
        for match in NAME_RUN.finditer(text)
        if not _opens_sentence(text, match.start())
    )
    full = {}
    for run, _n in runs.most_common():
        for part in run.split():
            if part[:1].isupper():
                full.setdefault(part, run)
    return full


# A word after an article or possessive, with at most one inflected adjective between, is a
# noun: "de crisis", "een sterke economie". A topic is named after nouns and names, not after
# the verbs and adjectives its passages share ("Dragen en sociaal" named a troonrede's part).
NOUN_AFTER = re.compile(
    r"\b(?:de|het|een|deze|dit|onze|hun|elke|ieder|iedere|geen)\s+"
    r"(?:[a-zà-ÿ-]+e\s+){0,2}([a-zà-ÿ][\w’'-]*[\wà-ÿ])"
    # and the noun phrase ends there: "het persoonsgebonden budget" holds an adjective
    r"(?=\s*[.,;:!?)]|\s+(?:van|en|of|in|op|voor|met|aan|bij|uit|tot|naar|over|om|door|te"
    r"|is|was|zijn|waren|wordt|worden|werd|heeft|hebben|had|kan|kunnen|moet|moeten|zal"
    r"|zullen|die|dat|wat|waar|als|dan|maar|niet|ook|nog|zich|er|tegen|tussen|onder)\b)",
    re.IGNORECASE,
)
# Adjectives by their ending, a name's adjective ("Nederlandse", "Europese") and the common
# short ones: after "een" an uninflected adjective stands where a noun would ("een economisch
# krachtig Nederland").
ADJECTIVE = re.compile(
    r"(?:isch|ische|ieel|iële|eel|ele|lijk|lijke|ig|ige|baar|bare|zaam|zame|end|ende)$"
    r"|^(?:groot|grote|klein|kleine|nieuw|nieuwe|oud|oude|goed|goede|sterk|sterke|hoog|hoge"
    r"|laag|lage|lang|lange|kort|korte|breed|brede|beter|betere|belangrijk|heel|hele)$"
)
NAME_ADJECTIVE = re.compile(r"[a-zë](?:se|sche)$")


def _nouns(texts) -> set[str]:
    """The lemmas the texts use as nouns at least a third of the times they use them: "het
    komt" and "een economisch beleid" put a verb and an adjective after an article now and
    then, a noun stands there most of the time."""
    texts = list(texts)
    as_noun = Counter(
        lemma(m.group(1))
        for text in texts
        for m in NOUN_AFTER.finditer(text)
        if not _present_tense(m.group(1))  # "… waaraan het ontleent": "het" is a subject
    )
    used = Counter(lemma(w) for text in texts for w in re.findall(r"[\w’'-]+", text))
    return {key for key, n in as_noun.items() if n * 3 >= used[key] and not ADJECTIVE.search(key)}


def _present_tense(word: str) -> bool:
    low = word.lower()
    base = lemma(low)
    return low.endswith("t") and base != low and base.endswith("en")


def _forms(texts) -> dict[str, str]:
    """{lemma: the form the texts write it in most}: a topic is named "leden", never after
    its lemma "lijden"."""
    forms = defaultdict(Counter)
    for text in texts:
        for word in re.findall(r"[\w’'-]+", text):
            if not word[:1].isupper():
                forms[lemma(word)][word] += 1
    return {key: found.most_common(1)[0][0] for key, found in forms.items()}


def _keys(text: str) -> Counter:
    """Content words by lemma; names as written, but not a capital that only opens a sentence."""
    counts = Counter()
    for match in re.finditer(r"[\w’'-]+", text):
        word, low = match.group(0), match.group(0).lower()
        if len(low) < 5 or low in STOP or low.endswith("-"):  # "Crisis- en herstelwet"
            continue
        if word[:1].isupper() and not _opens_sentence(text, match.start()):
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
    headings = [p.number for p in passages if _is_heading(p.text)]
    # A text's only heading, on top, is its title ("Troonrede 2009"): one topic of the whole
    # text says nothing, so its passages group by what they share.
    title = headings[0] if headings == [passages[0].number] else None
    for passage in passages:
        if passage.number == title:
            continue
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
    vocabulary = _Vocabulary.of(passages, keys, spread, common, names)
    topics, used = [], set()
    for heading, numbers in groups:
        name = heading or vocabulary.name([p for p in passages if p.number in set(numbers)])
        slug = slugify(name)[:70] or "onderwerp"
        base, n = slug, 2
        while slug in used:
            slug, n = f"{base}-{n}", n + 1
        used.add(slug)
        topics.append(DraftTopic(slug=slug, name=name[:120], passages=numbers))
    return topics


@dataclass
class _Vocabulary:
    """What names a group of passages: its key words weighed by how few other passages share
    them (a troonrede says "Nederland" in every part), names and nouns first."""

    keys: dict  # {passage number: Counter of its key words}
    common: set  # key words in most passages: they name nothing
    rarity: dict  # {key word: log(passages / passages it stands in)}
    nouns: set
    full: dict  # {a word of a drafted person's name: that name}

    @classmethod
    def of(cls, passages, keys, spread, common, names):
        full = {}
        for name in names:
            for part in name.split():
                if part[:1].isupper() and part != name:
                    full.setdefault(part, name)
        total = len(passages) + 1
        rarity = {k: math.log(total / n) for k, n in spread.items()}
        return cls(keys, common, rarity, _nouns(p.text for p in passages), full)

    def name(self, passages) -> str:
        """The key word the passages share most; a person's full name when it is part of one,
        or the name of several words it stands in (see `_name_runs`); a lemma as the passages
        write it; a second word only when it is nearly as weighty as the first."""
        texts = [p.text for p in passages]
        full = {**_name_runs(texts), **self.full}
        counts = Counter()
        for passage in passages:
            for key, count in self.keys[passage.number].items():
                if key not in self.common:
                    weight = (2 if key[:1].isupper() else 1) * self.rarity.get(key, 1.0)
                    counts[full.get(key, key)] += count * weight
        named = Counter(
            {
                k: n
                for k, n in counts.items()
                if (k[:1].isupper() and not NAME_ADJECTIVE.search(k)) or k in self.nouns
            }
        )
        ranked = [k for k, _n in (named or counts).most_common(2)]
        if not ranked:
            return "Onderwerp"
        forms = _forms(texts)
        best = [forms.get(k, k) for k in ranked]
        if len(ranked) == 2 and counts[ranked[1]] * 2 >= counts[ranked[0]]:
            name = f"{best[0]} en {best[1]}"
        else:
            name = best[0]
        return name[:1].upper() + name[1:]
