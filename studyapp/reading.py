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


def passage_html(text: str) -> str:
    """Escape a passage and turn its footnote markers into superscript references."""
    escaped = escape(text)
    return mark_safe(  # noqa: S308 - built from escaped text only
        FOOTNOTE_MARKER.sub(
            lambda m: f'<sup class="footnote" id="fnref-{m.group(1)}">[{m.group(1)}]</sup>',
            escaped,
        )
    )


def essay_page(essay: Essay) -> dict:
    passages = list(essay.current_passages())
    for passage in passages:
        passage.html = passage_html(passage.text)
    return {
        "essay": essay,
        "passages": passages,
        "topics": list(essay.topics.all()),
    }
