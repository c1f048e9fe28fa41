"""Works: quoted titles ("in zijn werk “X”"), titles after a colon or "in", and kind nouns with
their author ("de brochure van Ida Mett", "een boek van Tony Cliff")."""

import re

from studyapp.dutch_text import Passage, clean

from .items import DraftItem, anchored
from .people import NAME, names_in

KINDS = (
    "boek|brochure|artikel|manifest|document|platform|verklaring|bespreking|brief|website|"
    "pamflet|roman|essay|rapport|gedicht|toespraak|film|krant|tijdschrift|studie|werk"
)
KIND_NOUN = re.compile(
    rf"\b(?P<art>[Hh]et|[Dd]e|[Ee]en|[Zz]ijn|[Hh]aar|[Hh]un)\s(?:[a-zà-ÿ]+\s)?(?P<kind>{KINDS})\b"
    rf"(?P<of>\svan\s(?:[a-zà-ÿ]+\s)?(?P<author>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)*))?"
)
QUOTED_TITLE = re.compile(r"[“\"]([A-Z][^”\".!?]{2,90})[”\"]")
CAPITALISED_TITLE = re.compile(
    r"(?:\bin\s|:\s)((?:De|Het|The|Een)\s[A-Z][\w’'-]*(?:\s(?:[A-Z][\w’'-]*|van|de|het|of|the))*)"
)
# "Het Platform van de Verenigde Oppositie, uit 1927: “…”": a title that opens a sentence.
OPENING_TITLE = re.compile(
    r"(?:^|[”.](?:\[\d+\])?\s)((?:De|Het|The)\s[A-Z][\w’'-]*(?:\s(?:[A-Z][\w’'-]*|van|de|het|of|the))*)"
    r"(?=,?\s(?:uit\s\d{4}|\(\d{4}\))|:)"
)
TITLE_CUES = re.compile(rf"\b(?:{KINDS})\b|\bin\s(?:zijn|haar)\b|\buit\s\d{{4}}", re.I)
YEAR = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})\b")


def find_works(passages: list[Passage], people_index: dict[str, str]) -> list[DraftItem]:
    items, seen = [], set()
    for passage in passages:
        for sentence in passage.sentences:
            chunk = passage.text[sentence.start : sentence.end]

            def add(
                title, kind, author, confidence, chunk=chunk, passage=passage, sentence=sentence
            ):
                key = title.lower()
                if key in seen or len(title) < 3:
                    return
                seen.add(key)
                year = YEAR.search(chunk)
                item = anchored(
                    "works",
                    passage,
                    sentence.start,
                    sentence.end,
                    confidence,
                    title=clean(title),
                    kind=kind,
                    year=int(year.group(1)) if year else None,
                )
                item.refs["author"] = author
                items.append(item)

            names = names_in(chunk, people_index)
            for match in QUOTED_TITLE.finditer(chunk):
                title = match.group(1)
                words = title.split()
                cue = TITLE_CUES.search(chunk[max(0, match.start() - 40) : match.end() + 20])
                if len(words) > 12 or (not cue and len(words) > 6):
                    continue  # a sentence in quotes is a quote, not a title
                kind = cue.group(0).lower() if cue and cue.group(0).lower() in KINDS else "werk"
                if kind in ("werk",) and cue is None:
                    continue
                if re.search(r"\s[>/\\]\s|[>\\]", title):
                    continue  # "ZAP > Tools > Options": a menu path, not a title (46th reading)
                if len(words) == 1 and not TITLE_CUES.search(
                    chunk[max(0, match.start() - 25) : match.start()]
                ):
                    # "een “Smart” TV", "de “API’s”": one word in quotes is a title only right
                    # after its kind ("de film “Jaws”"), not with a "film" later on (46th reading)
                    continue
                own = re.search(r"\b(zijn|haar)\s(?:[a-z]+\s)?" + re.escape(kind), chunk)
                author = names[0] if own and names else ""
                add(title, kind if kind != "werk" else "boek", author, 0.7 if cue else 0.4)
            for match in [*CAPITALISED_TITLE.finditer(chunk), *OPENING_TITLE.finditer(chunk)]:
                title = match.group(1)
                if len(title.split()) < 2 or title.split()[1] in people_index:
                    continue
                cue = TITLE_CUES.search(chunk)
                kind = cue.group(0).lower() if cue and cue.group(0).lower() in KINDS else "document"
                add(title, kind, names[0] if names else "", 0.5)
            for match in KIND_NOUN.finditer(chunk):
                author = match.group("author") or ""
                author = people_index.get(author, "") or people_index.get(
                    re.sub(r"(’s|'s)$", "", author), ""
                )
                art = match.group("art").lower()
                if not author and art not in ("zijn", "haar"):
                    continue  # "het boek" alone names no work
                if not author and names:
                    author = names[0]
                title = match.group(0)
                if art in ("zijn", "haar", "hun") and author:
                    title = f"{match.group('kind')} van {author}"
                if not NAME.search(title) and not author:
                    continue
                add(
                    title[:1].lower() + title[1:],
                    match.group("kind"),
                    author,
                    0.5 if author else 0.3,
                )
    return items
