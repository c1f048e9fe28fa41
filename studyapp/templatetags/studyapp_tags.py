"""Small presentation helpers for quiz answers and passage citations."""

from django import template
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def answer_html(value):
    """A response or answer as HTML: lists become numbered lists, pairs become a list."""
    if isinstance(value, dict):
        return format_html(
            '<ul class="plain">{}</ul>', format_html_join("", "<li>{} → {}</li>", value.items())
        )
    if isinstance(value, list):
        return format_html(
            '<ol class="plain">{}</ol>', format_html_join("", "<li>{}</li>", ((v,) for v in value))
        )
    return value


@register.filter
def correct_answer_html(question):
    """The right answer of a question as a learner should see it."""
    answers = list(question.answers)
    if question.qtype == "ordering":
        return answer_html(answers)
    if question.qtype == "matching":
        return answer_html(question.matching_pairs())
    if question.qtype in {"cloze", "short_answer"} and len(answers) > 1:
        return format_html(
            '{} <span class="meta">({} {})</span>',
            answers[0],
            _("also right:"),
            ", ".join(answers[1:]),
        )
    return answers[0]


@register.filter
def split_prompt(prompt):
    """A prompt's lead line and the quoted text under it, if any."""
    lead, _sep, rest = prompt.partition("\n")
    return {"lead": lead, "rest": rest}


@register.filter
def get_item(mapping, key):
    return mapping.get(key) if hasattr(mapping, "get") else None


@register.filter
def position_of(response, option):
    """1-based place of an item in an ordering response, or None."""
    if isinstance(response, list) and option in response:
        return response.index(option) + 1
    return None


@register.filter
def mastery_colour(value):
    from studyapp.charts import mastery_colour as colour

    return colour(value)


@register.filter
def percent(value):
    """0.734 -> '73%'; None -> '–' (no evidence is not zero)."""
    return "–" if value is None else f"{round(100 * value)}%"


@register.simple_tag
def question_edit_url(essay, question):
    """Where the essay's owner edits a question in the app (the bank editor's page)."""
    try:
        return reverse("question_edit", args=[essay.slug, question.uid])
    except NoReverseMatch:  # the bank editor is not installed yet: its documented path
        return f"/essays/{essay.slug}/bank/{question.uid}/edit/"


@register.filter
def heat_cells(cells):
    """A heat-map row's cells in one go: a class of 1,000 has 15,000 of them.

    Both values are made here (a colour and a percentage), never from user input: safe as is.
    """
    from studyapp.charts import mastery_colour as colour

    return mark_safe(  # noqa: S308
        "".join(
            f'<td style="background: {colour(value)}">{percent(value)}</td>'
            for _topic, value in cells
        )
    )
