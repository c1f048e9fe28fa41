"""Quotes and their speakers: "X schreef: “…”", "“…”, aldus X", a colon after a name, and "Hij
schrijft:" with the person from the previous sentence. A quote cut with "(…)" becomes two."""

import re

from studyapp.dutch_text import Passage, clean, words

from .items import DraftItem, anchored
from .people import names_in, referent

QUOTE = re.compile(r"“([^”]{12,1500})”|„([^”“]{12,1500})[”“]|‘([^’]{30,600})(?:’|$)")
SPEECH = (
    r"schreef|schrijft|stelde|stelt|zei|zegt|verklaarde|verklaart|vat\ssamen|vatte\ssamen|"
    r"merkte\sop|merkt\sop|noteerde|riep|roept|betoogde|betoogt|sprak|antwoordde|meende|"
    r"concludeerde|aldus|citeert|citeerde|pleitte|pleit|waarschuwde|schrijven|schreven"
)
SPEECH_CUE = re.compile(rf"\b(?:{SPEECH})\b", re.I)
AFTER_CUE = re.compile(
    r"^[\s,.–]*(?:\[\d+\]\s*)?(?:(?:aldus|zei|schreef|stelde)\s(?P<name>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)*)"
    r"|(?:Ja,\s)?dit\swas\s(?P<name2>[A-Z][\w’'-]+)\saan\shet\swoord)"
)
CONTINUED = re.compile(
    r"\b(?:verderop|even\sverder|elders|vervolgt|gaat\sverder|en\sverder)\b", re.I
)
ELLIPSIS = re.compile(r"\s?[(\[]…[)\]]\s?|\s?\(\.\.\.\)\s?")


def find_quotes(
    passages: list[Passage], people_index: dict[str, str], works: list[DraftItem]
) -> list[DraftItem]:
    items = []
    for passage in passages:
        text = passage.text
        last_speaker, last_work, last_end = "", "", 0
        for match in QUOTE.finditer(text):
            inner = next(g for g in match.groups() if g)
            inner_start = next(match.start(i) for i in (1, 2, 3) if match.group(i))
            if len(words(inner)) < 5:
                continue
            single = match.group(3) is not None
            sentence = next(
                (s for s in passage.sentences if s.start <= match.start() < s.end + 1),
                passage.sentences[0] if passage.sentences else None,
            )
            if sentence is None:
                continue
            start = _clause_start(text, max(sentence.start, last_end), match.start())
            if match.start() - start < 3 and sentence.index > 0:
                # The quote opens its sentence: the cue stands in the sentence before.
                sentence = passage.sentences[sentence.index - 1]
                start = _clause_start(text, max(sentence.start, last_end), match.start())
            prefix = text[start : match.start()]
            speaker, confidence = _speaker(
                prefix, text[match.end() : match.end() + 80], people_index
            )
            if (
                not speaker
                and re.match(r"^\s*(hij|zij|ze)\s", prefix, re.I)
                and SPEECH_CUE.search(prefix)
            ):
                speaker = referent(passage, sentence, people_index)
                confidence = 0.7 if speaker else 0
            between = names_in(text[last_end : match.start()], people_index)
            if (
                not speaker
                and last_speaker
                and not _work_in(prefix, works)
                and (CONTINUED.search(prefix) or set(between) <= {last_speaker})
            ):
                # "Even verderop: “…”": the same source goes on.
                speaker, confidence = last_speaker, 0.5
            if single and not (speaker and SPEECH_CUE.search(prefix)) and confidence < 0.7:
                continue  # single quotes mark words used at a distance unless someone speaks
            work = _work_in(prefix, works)
            if not work and last_work and CONTINUED.search(prefix):
                work = last_work
            if not speaker and not work:
                continue
            last_speaker, last_work, last_end = speaker, work, match.end()
            after = AFTER_CUE.match(text[match.end() :])
            end = match.end()
            if after and (after.group("name") or after.group("name2")):
                end = match.end() + after.end()
            for _offset, part in _parts(inner, inner_start):
                item = anchored("quotes", passage, start, end, confidence, text=part)
                if part not in item.span:
                    continue
                item.refs["speaker"] = speaker
                item.refs["work"] = work
                items.append(item)
    return items


def _clause_start(text: str, start: int, quote_at: int) -> int:
    """Where the words leading up to a quote begin: after the last full stop or closing quote."""
    region = text[start:quote_at]
    cuts = [m.end() for m in re.finditer(r"[.!?][”’]?(?:\[\d+\])?\s", region)]
    return start + (cuts[-1] if cuts else 0)


def _speaker(prefix: str, after: str, people_index) -> tuple[str, float]:
    names = [
        name
        for name in names_in(prefix, people_index)
        if not _object_of_a_preposition(prefix, name)
    ]
    if names and SPEECH_CUE.search(prefix):
        return names[-1] if re.search(r"(aldus|schreef|stelde|zei)\s[A-Z]", prefix) else names[
            0
        ], 0.8
    if names and prefix.rstrip().endswith(":"):
        return names[0], 0.6
    cue = AFTER_CUE.match(after)
    if cue:
        name = people_index.get(cue.group("name") or cue.group("name2") or "")
        if name:
            return name, 0.75
    return "", 0.4


# "ter ere van de inhuldiging van burgemeester Nauwelaerts …: “…”": a name after a
# preposition (with a role between) is what the quote is about, not who said it (53rd reading).
OBJECT_BEFORE_NAME = re.compile(
    r"(?:(?P<noun>[\w-]+)\s)?\b(?P<prep>van|voor|over|aan|met|tegen|bij|naar|om)\s"
    r"(?:[a-zà-ÿ-]+\s)?$",
    re.I,
)
# "de woorden van Trotski:", "een brief van Marx:": after these "van" names the author.
WORDS_OF = set(
    """woorden brief brieven toespraak rede artikel boek uitspraak uitspraken citaat verklaring
dagboek memoires betoog antwoord reactie tekst gedicht column interview pamflet""".split()
)


def _object_of_a_preposition(prefix: str, name: str) -> bool:
    at = prefix.find(name)
    governed = OBJECT_BEFORE_NAME.search(prefix[:at]) if at >= 0 else None
    if not governed:
        return False
    return governed.group("prep").lower() != "van" or (
        (governed.group("noun") or "").lower() not in WORDS_OF
    )


def _work_in(prefix: str, works: list[DraftItem]) -> str:
    for work in works:
        if work.fields["title"] in prefix:
            return work.fields["title"]
    return ""


def _parts(inner: str, offset: int):
    """The quote, or its pieces when the writer left words out with "(…)"."""
    pieces, cursor = [], 0
    for cut in ELLIPSIS.finditer(inner):
        pieces.append(inner[cursor : cut.start()])
        cursor = cut.end()
    pieces.append(inner[cursor:])
    for piece in pieces:
        piece = clean(piece)
        if len(words(piece)) >= 5:
            yield offset, piece
