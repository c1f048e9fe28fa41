"""Paragraph -> sentences, in time linear in the text.

The splitter is sentencex, chosen by measurement on Dutch (bench/splitters.py, README): as
accurate as pySBD on the shipped essay and about a thousand times faster. Whatever the
splitter, one call never sees more than CHUNK_CHARS: a longer paragraph is first cut at safe
boundaries (a full stop, question or exclamation mark followed by a space and a capital).
"""

import re

from sentencex import segment

# sentencex has rules for these and many more; anything else gets its language-neutral rules.
SENTENCE_LANGUAGES = {"nl", "en", "de", "fr", "es", "it"}
CHUNK_CHARS = 10_000
# A safe place to cut a long paragraph: end punctuation (maybe a closing quote or a footnote
# marker), white space, then what starts a sentence.
SAFE_CUT = re.compile(r"(?<=[.!?…])[\"”’»)]*(?:\[\d{1,3}\])?\s+(?=[\"“‘«(]?[A-ZÀ-Ý])")
# A footnote marker right after a closing quote ends the sentence ("… omvat.”[5] Ja, dit …"):
# the splitters keep the quote and the next sentence together.
QUOTE_FOOTNOTE_END = re.compile(r"[.!?…][”\"’]\[\d{1,3}\](\s+)(?=[“‘\"A-ZÀ-Ý])")


def chunks(text: str, limit: int = CHUNK_CHARS) -> list[str]:
    """Cut text into pieces of at most about `limit` characters at safe sentence boundaries."""
    pieces, start = [], 0
    while len(text) - start > limit:
        window_end = start + limit
        cut = None
        for match in SAFE_CUT.finditer(text, start + limit // 2, window_end):
            cut = match.end()
        if cut is None:
            # No sentence end in the second half of the window: cut at the last space, or hard.
            space = text.rfind(" ", start + 1, window_end)
            cut = space + 1 if space > start else window_end
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def _after_quote_footnotes(sentence: str) -> list[str]:
    parts, start = [], 0
    for match in QUOTE_FOOTNOTE_END.finditer(sentence):
        parts.append(sentence[start : match.start(1)])
        start = match.end(1)
    parts.append(sentence[start:])
    return parts


def split_sentences(text: str, language: str) -> list[str]:
    """Sentences of a paragraph, stripped, in order; linear in the length of the text."""
    lang = language if language in SENTENCE_LANGUAGES else "en"
    sentences = []
    for piece in chunks(text):
        for sentence in segment(lang, piece):
            sentences += _after_quote_footnotes(sentence)
    return _join_after_initials(
        _join_lower_case_starts([s.strip() for s in sentences if s.strip()])
    )


# "… kocht Th. Holthuis uit Veendam …", "… telde A. Hillen & Co": an initial, not a sentence's end
# (the 45th unseen reading: "de familie kocht Th" became an event).
# So do shortened first names and the firm's "fa." ("door de fa. Fred. Stieltjes uit …", the
# 62nd reading's cut-off "… geïnstalleerd door de fa. Fred."): a sentence rarely ends on them,
# and two sentences joined read better than one cut in two.
INITIAL_END = re.compile(
    r"(?:^|[\s(])(?:[A-Z]|Th|Joh|Chr|Ph|Jac|Corn|Fr|Gebr|Wm|Hk|Mr|Dr|Mgr|Prof|"
    r"Fred|Wilh|Hendr|Herm|Gerh|Alb|Jos|[Ff]a)\.$"
)


def _join_after_initials(sentences: list[str]) -> list[str]:
    joined: list[str] = []
    for sentence in sentences:
        if joined and INITIAL_END.search(joined[-1]) and sentence[:1].isupper():
            joined[-1] = f"{joined[-1]} {sentence}"
        else:
            joined.append(sentence)
    return joined


def _join_lower_case_starts(sentences: list[str]) -> list[str]:
    # A sentence does not start with a lower-case letter: the split was after an abbreviation
    # the splitter does not know ("d.w.z. de partij", "o.a. Lenin" stays one sentence).
    joined: list[str] = []
    for sentence in sentences:
        if joined and sentence[0].islower():
            joined[-1] = f"{joined[-1]} {sentence}"
        else:
            joined.append(sentence)
    return joined
