"""CSV exports: the gradebook and the item analysis of a class.

Headers and yes/no are in the interface language and times in the configured time zone: a
teacher opens these in a spreadsheet. They are worked out when the export is asked for, not
while the rows stream.
"""

import csv
import io

from django.utils import timezone
from django.utils.translation import gettext as _


def local_time(moment) -> str:
    """A time as a spreadsheet reads it, in the configured time zone: 2026-11-25 18:40."""
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M") if moment else ""


class _Line:
    """A file-like object whose write() hands the line back, for csv.writer in a generator."""

    def write(self, value):
        return value


def rows_to_csv(header, rows) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def csv_lines(header, rows):
    """The CSV text line by line, as the rows come: for a streaming response."""
    writer = csv.writer(_Line())
    yield writer.writerow(header)
    for row in rows:
        yield writer.writerow(row)


def gradebook_csv(rows):
    """Lines of the gradebook CSV from an iterable of rows (see progress.gradebook)."""
    yes, no = _("yes"), _("no")
    return csv_lines(
        [_("learner"), _("assignment"), _("score"), _("handed in at"), _("late")],
        (
            [
                r["learner"],
                r["assignment"],
                "" if r["score"] is None else r["score"],
                local_time(r["submitted_at"]),
                yes if r["late"] else no,
            ]
            for r in rows
        ),
    )


def item_analysis_csv(items):
    """Lines of the item-analysis CSV from ClassItemStat rows (see progress.class_items)."""
    yes, no, right_label = _("yes"), _("no"), _("right")
    return csv_lines(
        [
            _("question id"),
            _("type"),
            _("passage"),
            _("question"),
            _("answers"),
            _("learners"),
            _("facility"),
            _("discrimination"),
            _("flagged"),
            _("options chosen"),
        ],
        (
            [
                i.question.uid,
                i.question.qtype,
                i.question.passage.number,
                i.question.prompt.replace("\n", " "),
                i.answers,
                i.learners,
                f"{i.facility:.3f}",
                "" if i.discrimination is None else f"{i.discrimination:.3f}",
                yes if i.flagged else no,
                "; ".join(
                    f"{o} ({n}{', ' + right_label if right else ''})" for o, n, right in i.chosen
                ),
            ]
            for i in items
        ),
    )


def flashcards_csv(cards) -> str:
    """Two columns, term and definition, no header: what Quizlet and Anki's text import read."""
    out = io.StringIO()
    writer = csv.writer(out)
    for card in cards:
        if card.kind in {"person_reverse", "concept_reverse"}:
            continue
        cited = f"(§{card.passage.number})"
        # Most backs cite their passage already; a second citation reads as a slip.
        back = card.back if cited in card.back else f"{card.back} {cited}"
        writer.writerow([card.front, back])
    return out.getvalue()


def bank_csv(questions) -> str:
    """The whole question bank, one row per question, independent of any gradebook."""
    return rows_to_csv(
        [
            "id",
            "type",
            "prompt",
            "options",
            "answers",
            "explanation",
            "passage",
            "excerpt",
            "topics",
            "difficulty",
        ],
        (
            [
                q.uid,
                q.qtype,
                q.prompt,
                " | ".join(map(str, q.options)),
                " | ".join(map(str, q.answers)),
                q.explanation,
                q.passage.number,
                q.excerpt,
                " | ".join(t.name for t in q.topics.all()),
                q.difficulty,
            ]
            for q in questions
        ),
    )
