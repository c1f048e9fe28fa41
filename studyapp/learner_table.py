"""The class's learners by topic on a page of their own: sorted, filtered to those at risk, paged.

The dashboard shows only the few learners who need attention most, so its height does not grow
with the class; this table holds everyone, like a gradebook that pages its rows.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from .models import Classroom, Essay
from .progress import LearnerRow, class_learner_rows

NO_VALUE = 2.0  # sorts after every mastery (0..1): learners without evidence come last

SORTS = {
    "name": _("name"),
    "attention": _("most in need of attention first"),
    "mastery": _("lowest mean mastery first"),
    "-mastery": _("highest mean mastery first"),
    "last-active": _("longest inactive first"),
}
TOPIC_SORT = "topic-"  # + the topic's id: lowest mastery on that topic first


def _by_mean(descending):
    def key(row: LearnerRow):
        mean = row.mean_mastery
        if mean is None:
            return (NO_VALUE, row.learner.get_username())
        return (-mean if descending else mean, row.learner.get_username())

    return key


def _by_topic(topic_id):
    def key(row: LearnerRow):
        return (row.mastery.get(topic_id, NO_VALUE), row.learner.get_username())

    return key


def _by_last_activity(row: LearnerRow):
    # Never active is the longest inactive of all.
    return (row.last_activity is not None, row.last_activity or 0, row.learner.get_username())


@dataclass
class LearnerTable:
    topics: list
    rows: list[LearnerRow]  # sorted and filtered, not yet paged
    sort: str
    at_risk_only: bool
    class_size: int
    at_risk_count: int


def sort_choices(topics) -> list[tuple[str, str]]:
    """(value, label) of every sort the page offers: the fixed ones, then one per topic."""
    by_topic = [
        (f"{TOPIC_SORT}{topic.pk}", _("%(topic)s, lowest first") % {"topic": topic.name})
        for topic in topics
    ]
    return [*SORTS.items(), *by_topic]


def valid_sort(sort: str | None, topics) -> str:
    """The sort asked for if it is one we know (a topic of this essay included), else by name."""
    if sort in SORTS:
        return sort
    if sort and sort.startswith(TOPIC_SORT) and sort[len(TOPIC_SORT) :].isdigit():
        if int(sort[len(TOPIC_SORT) :]) in {topic.pk for topic in topics}:
            return sort
    return "name"


def learner_table(
    classroom: Classroom, essay: Essay | None, sort=None, at_risk_only=False, now=None
) -> LearnerTable:
    """Every learner of the class (or those at risk) in the order asked for."""
    topics = list(essay.topics.all()) if essay else []
    rows = class_learner_rows(classroom, essay, now)
    sort = valid_sort(sort, topics)
    at_risk = [row for row in rows if row.risks]
    shown = at_risk if at_risk_only else rows
    if sort == "attention":
        shown = sorted(shown, key=LearnerRow.attention_order)
    elif sort in {"mastery", "-mastery"}:
        shown = sorted(shown, key=_by_mean(descending=sort == "-mastery"))
    elif sort == "last-active":
        shown = sorted(shown, key=_by_last_activity)
    elif sort.startswith(TOPIC_SORT):
        shown = sorted(shown, key=_by_topic(int(sort[len(TOPIC_SORT) :])))
    # "name": the rows come by name already.
    return LearnerTable(topics, shown, sort, at_risk_only, len(rows), len(at_risk))
