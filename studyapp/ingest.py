"""Text -> Essay + Passages: boilerplate out, paragraphs, sentences, footnote markers."""

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import simplemma
from django.conf import settings
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from rapidfuzz import fuzz

from .dutch_text import has_finite_verb, looks_finite, words
from .models import Essay, FootnoteRef, Passage, Sentence
from .sentences import split_sentences
from .short_writes import short_write


class IngestError(ValueError):
    """The input cannot become an essay; the message says why and what to do."""


class SlugTaken(IngestError):
    """A new essay was asked for, but another essay already has this slug."""

    def __init__(self, slug: str):
        super().__init__(
            _("The short name %(slug)s is already used by another essay; choose another.")
            % {"slug": slug}
        )
        self.slug = slug


# Navigation labels that web pages repeat around an article.
NAVIGATION_LABELS = {
    "navigatie",
    "navigation",
    "menu",
    "hoofdmenu",
    "main menu",
    "bijdragen & info",
    "skip to content",
    "naar inhoud",
    "ga naar inhoud",
    "zoeken",
    "search",
    "home",
    "delen",
    "share",
    "print",
    "terug",
    "back",
    "lees meer",
    "read more",
}
BYLINE = re.compile(
    r"^(?:door|by|geschreven door|written by|auteur:|author:)\s+(?P<author>[^\d].{1,78})$",
    re.IGNORECASE,
)
FOOTNOTE_MARKER = re.compile(r"\[(\d{1,3})\]")
SUPPORTED_FORMATS = ("text", "markdown", "html")
RESERVED_SLUGS = {"new"}  # /essays/new/ is the page that adds an essay


@dataclass
class ParsedEssay:
    title: str = ""
    author: str = ""
    byline: str = ""
    paragraphs: list[str] = field(default_factory=list)


@dataclass
class LoadResult:
    essay: Essay
    created: bool = False
    changed: bool = False
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    retired: int = 0

    def summary(self):
        if not self.changed:
            return _("%(title)s is unchanged (%(n)s passages).") % {
                "title": self.essay.title,
                "n": self.unchanged,
            }
        return _(
            "%(title)s: %(added)s passages added, %(updated)s updated, "
            "%(unchanged)s unchanged, %(retired)s retired."
        ) % {
            "title": self.essay.title,
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "retired": self.retired,
        }


# --- reading and checking the raw bytes ------------------------------------------------------


def decode_essay_bytes(data: bytes) -> str:
    """Check raw bytes at the edge (size, binary, encoding) and return the text."""
    limit = settings.ESSAY_MAX_BYTES
    if len(data) > limit:
        raise IngestError(
            _(
                "The file is %(size)s bytes; the limit is %(limit)s bytes. Split the essay or "
                "raise ESSAY_MAX_BYTES."
            )
            % {"size": len(data), "limit": limit}
        )
    if not data.strip():
        raise IngestError(_("The file is empty; choose a file that holds the essay's text."))
    if b"\x00" in data:
        raise IngestError(
            _(
                "The file is binary, not text; save the essay as plain text, "
                "Markdown or HTML and try again."
            )
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise IngestError(
            _("The file is not UTF-8 text (byte %(pos)s); save it as UTF-8 and try again.")
            % {"pos": exc.start}
        ) from None
    if sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t") > 0:
        raise IngestError(
            _(
                "The file holds control characters, so it is not plain text; "
                "save the essay as plain text and try again."
            )
        )
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def guess_format(name: str, text: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix in {".md", ".markdown"}:
        return "markdown"
    if suffix in {".html", ".htm"} or re.match(r"\s*(<!doctype html|<html)", text, re.I):
        return "html"
    return "text"


# --- parsing each format into paragraphs -----------------------------------------------------


def _clean_line(line: str) -> str:
    return re.sub(r"\s+", " ", line).strip()


def _split_front_matter(lines: list[str], *, find_title: bool = True) -> ParsedEssay:
    """Drop navigation boilerplate, pick out the byline, keep the paragraphs in order.

    `find_title`: take a first line that looks like a headline as the title; not when the
    format gave one (a Markdown heading, an HTML h1), or the first paragraph would be lost."""
    counts: dict[str, int] = {}
    for line in lines:
        counts[line.lower()] = counts.get(line.lower(), 0) + 1
    parsed = ParsedEssay()
    for at, line in enumerate(lines):
        lowered = line.lower()
        is_short = len(line) < 60 and len(line.split()) < 8
        if lowered in NAVIGATION_LABELS or (is_short and counts[lowered] > 1):
            continue
        match = BYLINE.match(line)
        if match and not parsed.author and not parsed.paragraphs:
            parsed.byline = line
            parsed.author = match.group("author").strip()
            continue
        if (
            find_title
            and not parsed.title
            and not parsed.paragraphs
            and not parsed.author
            and at < len(lines) - 1  # a text of one line keeps it as its paragraph
            and _looks_like_title(line)
        ):
            parsed.title = line
            continue
        parsed.paragraphs.append(line)
    return parsed


def _looks_like_title(line: str) -> bool:
    """A short first line without closing punctuation (or one question), as a heading is written. A newspaper's
    headline may run to twenty words ("Ook vroeger waren veel vaders bij de bevalling (en
    staken ze hun handen uit de mouwen)", the 45th reading: as a paragraph it put every
    citation one paragraph off)."""
    # A headline may ask ("Valorisatie, is dat uitzoeken hoe je geld kunt verdienen?", the 51st
    # reading): one question, no sentence before it.
    one_question = line.endswith("?") and line.count("?") == 1 and not re.search(r"[.!]\s", line)
    # "Welkom op het moederschip.": a headline with a full stop but no verb (the 58th reading);
    # an opening sentence such as "Het was 1953." has one and stays a paragraph.
    verbless_headline = (
        line.endswith((".", "!"))
        and len(line.split()) <= 12
        and not re.search(r"[.!?;:]\s", line)
        and not any(looks_finite(w, plural=False) for w in words(line))
        and not has_finite_verb(line)
    )
    unpunctuated = not line.endswith((".", ",", ";", ":", "!", "?", "”", '"'))
    # "Bijdrage Caroline van der Plas (BBB), debat over het rapport “…” en …, Tweede Kamer, 9
    # maart 2022": a long descriptive title, still no sentence in it (the 62nd reading's essay
    # was titled after its file name)
    long_label = (
        unpunctuated
        and len(line) <= 250
        and len(line.split()) <= 40
        and not re.search(r"[.!?;]\s", line)
    )
    return long_label or (
        len(line) <= 160
        and len(line.split()) <= 20
        and (one_question or verbless_headline or unpunctuated)
    )


def parse_plain_text(text: str, *, find_title: bool = True) -> ParsedEssay:
    blocks = [b for b in re.split(r"\n\s*\n", text) if b.strip()]
    if len(blocks) > 1:
        # Blank lines separate paragraphs; lines inside a block are wrapped text.
        lines = [line for block in blocks for line in _unwrap_short_lines(block)]
    else:
        lines = [_clean_line(line) for line in text.splitlines()]
    return _split_front_matter([line for line in lines if line], find_title=find_title)


def _unwrap_short_lines(block: str) -> list[str]:
    """A block of short navigation lines stays as lines; a wrapped paragraph becomes one."""
    lines = [_clean_line(line) for line in block.splitlines() if line.strip()]
    if all(len(line) < 60 and not line.endswith((".", ",", ";")) for line in lines):
        return lines
    return [" ".join(lines)]


MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
MD_FOOTNOTE = re.compile(r"\[\^(\d{1,3})\]")
MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(\S(?:.*?\S)?)\1")


def parse_markdown(text: str) -> ParsedEssay:
    title = ""
    kept: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if re.match(r"^\[\^\d+\]:", stripped):  # footnote definitions: not part of the text
            continue
        heading = re.match(r"^#{1,6}\s+(.*)$", stripped)
        if heading:
            text_of_heading = MD_EMPHASIS.sub(r"\2", _clean_line(heading.group(1)))
            if not title:
                title = text_of_heading
                kept.append("")
            else:
                # A section heading stays a paragraph of its own, as in plain text and HTML:
                # the drafter proposes topics from headings.
                kept += ["", text_of_heading, ""]
            continue
        stripped = re.sub(r"^(?:[-*+]|\d+\.|>)\s+", "", stripped)
        stripped = MD_FOOTNOTE.sub(r"[\1]", MD_LINK.sub(r"\1", stripped))
        stripped = MD_EMPHASIS.sub(r"\2", stripped)
        kept.append(stripped)
    parsed = parse_plain_text("\n".join(kept), find_title=not title)
    parsed.title = title or parsed.title
    return parsed


class _EssayHTMLParser(HTMLParser):
    BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "div", "br"}
    SKIPPED = {"style", "nav", "header", "footer", "aside", "noscript", "form", "template", "svg"}
    DANGEROUS = {"script", "iframe", "object", "embed"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.skip_depth = 0
        self.in_title = False
        self.in_sup = False
        self.title = ""
        self.h1 = ""
        self.in_h1 = False
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in self.DANGEROUS:
            self.problems.append(f"<{tag}>")
        for name, value in attrs:
            if name.lower().startswith("on"):
                self.problems.append(f"{name}=")
            if value and value.strip().lower().startswith("javascript:"):
                self.problems.append("javascript:")
        if tag in self.SKIPPED or tag in self.DANGEROUS:
            self.skip_depth += 1
        elif tag == "title":
            self.in_title = True
        elif tag == "sup":
            self.in_sup = True
        elif tag in self.BLOCKS:
            self._flush()
            self.in_h1 = tag == "h1"

    def handle_endtag(self, tag):
        if tag in self.SKIPPED or tag in self.DANGEROUS:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag == "title":
            self.in_title = False
        elif tag == "sup":
            self.in_sup = False
        elif tag in self.BLOCKS:
            if self.in_h1 and not self.h1:
                self.h1 = _clean_line("".join(self.current))
                self.current = []
            self.in_h1 = False
            self._flush()

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        elif not self.skip_depth:
            if self.in_sup and data.strip().isdigit():
                data = f"[{data.strip()}]"
            self.current.append(data)

    def _flush(self):
        line = _clean_line("".join(self.current))
        if line:
            self.lines.append(line)
        self.current = []

    def close(self):
        super().close()
        self._flush()


def parse_html(text: str) -> ParsedEssay:
    parser = _EssayHTMLParser()
    parser.feed(text)
    parser.close()
    if parser.problems:
        raise IngestError(
            _(
                "The HTML contains scripts (%(what)s); remove them or save the essay as plain "
                "text and try again."
            )
            % {"what": ", ".join(sorted(set(parser.problems)))}
        )
    parsed = _split_front_matter(parser.lines, find_title=not parser.h1)
    parsed.title = parser.h1 or parsed.title or _clean_line(parser.title)
    return parsed


PARSERS = {"text": parse_plain_text, "markdown": parse_markdown, "html": parse_html}


def parse_essay(text: str, fmt: str) -> ParsedEssay:
    if fmt not in PARSERS:
        raise IngestError(
            _("Unknown format %(fmt)s; use one of: %(formats)s.")
            % {"fmt": fmt, "formats": ", ".join(SUPPORTED_FORMATS)}
        )
    parsed = PARSERS[fmt](text)
    if not parsed.paragraphs:
        raise IngestError(
            _("No paragraphs of text were found; check that the file holds the essay itself.")
        )
    return parsed


# --- sentences and language ------------------------------------------------------------------


def detect_language(text: str) -> str:
    scores = simplemma.langdetect(text[:5000], lang=("nl", "en", "de", "fr"))
    return scores[0][0] if scores and scores[0][0] != "unk" else "en"


def footnote_markers(text: str) -> list[tuple[int, int]]:
    return [(int(m.group(1)), m.start()) for m in FOOTNOTE_MARKER.finditer(text)]


# --- storing ---------------------------------------------------------------------------------


def content_hash(parsed: ParsedEssay, title: str, language: str) -> str:
    digest = hashlib.sha256()
    for part in (title, parsed.author, parsed.byline, language, *parsed.paragraphs):
        digest.update(part.encode("utf-8") + b"\x1f")
    return digest.hexdigest()


def _match_passages(old: list[Passage], paragraphs: list[str]) -> dict[int, Passage]:
    """Map new paragraph index -> existing passage: same text first, then the most similar."""
    by_text: dict[str, list[Passage]] = {}
    for passage in old:
        by_text.setdefault(passage.text, []).append(passage)
    matched: dict[int, Passage] = {}
    used: set[int] = set()
    for index, text in enumerate(paragraphs):
        candidates = [p for p in by_text.get(text, []) if p.pk not in used]
        if candidates:
            matched[index] = candidates[0]
            used.add(candidates[0].pk)
    for index, text in enumerate(paragraphs):
        if index in matched:
            continue
        best, best_score = None, 0.0
        for passage in old:
            if passage.pk in used:
                continue
            score = fuzz.ratio(passage.text, text)
            if score > best_score:
                best, best_score = passage, score
        # An edited paragraph keeps its identity (and what hangs on it) when mostly the same.
        if best is not None and best_score >= 60:
            matched[index] = best
            used.add(best.pk)
    return matched


# Rows written per transaction while storing sentences: a learner's answer never waits long.
SENTENCES_PER_TRANSACTION = 300


def _store_passage_parts(parts: list[tuple[Passage, list[str]]], fresh: set[int]):
    """Replace the sentences and footnote references of these passages in one short transaction.

    The rows are built first; the transaction only writes them.
    """
    sentences = [
        Sentence(passage=passage, number=n, text=text)
        for passage, texts in parts
        for n, text in enumerate(texts, start=1)
    ]
    footnotes = [
        FootnoteRef(passage=passage, number=number, offset=offset)
        for passage, _texts in parts
        for number, offset in footnote_markers(passage.text)
    ]
    stale = [passage.pk for passage, _texts in parts if passage.pk not in fresh]
    with short_write():
        if stale:
            Sentence.objects.filter(passage_id__in=stale).delete()
            FootnoteRef.objects.filter(passage_id__in=stale).delete()
        Sentence.objects.bulk_create(sentences, batch_size=500)
        FootnoteRef.objects.bulk_create(footnotes, batch_size=500)


def store_essay(
    parsed: ParsedEssay,
    *,
    slug: str,
    title: str,
    language: str,
    source_name: str = "",
    new_only: bool = False,
    progress=None,
) -> LoadResult:
    """Create or update an essay from parsed text; passages keep their identity across edits.

    With `new_only` an existing essay with this slug is never touched: SlugTaken is raised.
    Writes are short transactions, so learners' answers go on while a long essay loads:
    one for the essay and its kept passages' numbers, then new passages and sentences a
    batch at a time. The essay's
    content hash is stored last, so an interrupted load is redone in full next time.
    `progress(done, total)` is called with the passages whose sentences are stored.
    """
    digest = content_hash(parsed, title, language)
    essay = Essay.objects.filter(slug=slug).first()
    if essay and new_only:
        raise SlugTaken(slug)
    if essay and essay.content_hash == digest:
        return LoadResult(essay=essay, unchanged=essay.current_passages().count())
    old = list(essay.passages.all()) if essay else []
    matched = _match_passages(old, parsed.paragraphs)
    with_sentences = set(
        Sentence.objects.filter(passage__in=old).values_list("passage_id", flat=True).distinct()
    )
    with transaction.atomic():
        essay = Essay.objects.select_for_update().filter(slug=slug).first()
        if essay and new_only:
            raise SlugTaken(slug)
        result = LoadResult(essay=essay or Essay(slug=slug), created=essay is None, changed=True)
        essay = result.essay
        essay.title, essay.author, essay.byline = title, parsed.author, parsed.byline
        essay.language, essay.source_name, essay.content_hash = language, source_name, ""
        essay.save()
        # Free every number first so renumbering never trips the unique constraint.
        essay.passages.update(number=None, retired=True)
        kept, new, to_split = [], [], []
        for index, text in enumerate(parsed.paragraphs, start=1):
            passage = matched.get(index - 1)
            if passage is None:
                passage = Passage(essay=essay, number=index, text=text)
                new.append(passage)
                to_split.append(passage)
                result.added += 1
                continue
            text_changed = passage.text != text
            passage.number, passage.text, passage.retired = index, text, False
            kept.append(passage)
            if text_changed or passage.pk not in with_sentences:
                to_split.append(passage)
                result.updated += 1
            else:
                result.unchanged += 1
        Passage.objects.bulk_update(kept, ["number", "text", "retired"], batch_size=500)
    # New passages take numbers no kept passage has; they are written a batch at a time.
    for start in range(0, len(new), SENTENCES_PER_TRANSACTION):
        with short_write():
            Passage.objects.bulk_create(new[start : start + SENTENCES_PER_TRANSACTION])
    fresh = {passage.pk for passage in new}
    matched_pks = {p.pk for p in matched.values()}
    result.retired = sum(1 for p in old if p.pk not in matched_pks)

    batch, rows, done = [], 0, 0
    for passage in to_split:
        # Splitting is the slow part: it runs outside any transaction.
        sentences = split_sentences(passage.text, language)
        batch.append((passage, sentences))
        rows += len(sentences) + 1
        if rows >= SENTENCES_PER_TRANSACTION:
            _store_passage_parts(batch, fresh)
            done += len(batch)
            batch, rows = [], 0
            if progress:
                progress(done, len(to_split))
    if batch:
        _store_passage_parts(batch, fresh)
    if progress:
        progress(len(to_split), len(to_split))
    Essay.objects.filter(pk=essay.pk).update(content_hash=digest)
    essay.content_hash = digest
    return result


def title_from_name(name: str) -> str:
    stem = Path(name).stem.replace("_", " ").replace("-", " ").strip()
    return stem[:1].upper() + stem[1:] if stem else "Essay"


def load_essay_bytes(
    data: bytes,
    name: str,
    *,
    slug: str | None = None,
    title: str | None = None,
    language: str | None = None,
    fmt: str | None = None,
    new_only: bool = False,
) -> LoadResult:
    """Check, parse and store an essay file's bytes; nothing is stored when anything is wrong."""
    text = decode_essay_bytes(data)
    parsed = parse_essay(text, fmt or guess_format(name, text))
    title = (title or parsed.title or title_from_name(name)).strip()[:300]
    slug = slug or slugify(title)[:80] or "essay"
    if slug in RESERVED_SLUGS:
        raise IngestError(
            _("The slug %(slug)s is taken by the app itself; choose another.") % {"slug": slug}
        )
    if slugify(slug) != slug:
        raise IngestError(
            _("The slug %(slug)s may hold only lower-case letters, digits and hyphens.")
            % {"slug": slug}
        )
    language = language or detect_language(" ".join(parsed.paragraphs))
    return store_essay(
        parsed,
        slug=slug,
        title=title,
        language=language,
        source_name=Path(name).name,
        new_only=new_only,
    )


def load_essay_file(path, **options) -> LoadResult:
    path = Path(path)
    if not path.is_file():
        raise IngestError(_("There is no file at %(path)s.") % {"path": path})
    size = path.stat().st_size
    if size > settings.ESSAY_MAX_BYTES:
        raise IngestError(
            _(
                "The file is %(size)s bytes; the limit is %(limit)s bytes. Split the essay or "
                "raise ESSAY_MAX_BYTES."
            )
            % {"size": size, "limit": settings.ESSAY_MAX_BYTES}
        )
    return load_essay_bytes(path.read_bytes(), path.name, **options)
