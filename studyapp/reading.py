"""Read-only selectors for reading an essay in the app."""

from django.db.models import Count, Q
from django.utils.html import escape
from django.utils.safestring import mark_safe

from .essays import visible_essays
from .ingest import FOOTNOTE_MARKER
from .models import Essay


def essay_list(user):
    return (
        visible_essays(user)
        .annotate(
            passage_count=Count("passages", filter=Q(passages__retired=False), distinct=True),
            question_count=Count("questions", filter=Q(questions__status="active"), distinct=True),
        )
        .order_by("title")
    )


def footnote_notes(essay: Essay) -> dict[int, str]:
    """{footnote number: what the note points to}, from the works the study pack ties to it."""
    notes = {}
    for work in essay.work_items.filter(footnote__isnull=False).select_related("author"):
        described = ", ".join(
            part
            for part in (
                work.author.name if work.author else "",
                f"“{work.title}”",
                work.kind,
                str(work.year) if work.year else "",
            )
            if part
        )
        notes.setdefault(work.footnote, described)
    return notes


def passage_html(text: str, notes=None) -> str:
    """Escape a passage; a footnote marker with a known note links to it, others stay plain."""
    notes = notes or {}
    escaped = escape(text)
    linked = set()

    def marker(match):
        number = int(match.group(1))
        if number not in notes:
            return f'<span class="footnote-marker">[{number}]</span>'
        anchor = "" if number in linked else f' id="fnref-{number}"'
        linked.add(number)
        return (
            f'<sup class="footnote"{anchor}><a href="#fn-{number}" '
            f'aria-describedby="notes-heading">[{number}]</a></sup>'
        )

    return mark_safe(FOOTNOTE_MARKER.sub(marker, escaped))  # noqa: S308 - built from escaped text only


def essay_page(essay: Essay) -> dict:
    passages = list(essay.current_passages())
    notes = footnote_notes(essay)
    for passage in passages:
        passage.html = passage_html(passage.text, notes)
    return {
        "essay": essay,
        "passages": passages,
        "notes": sorted(notes.items()),
        "topics": list(essay.topics.all()),
    }
