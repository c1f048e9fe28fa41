"""The teacher's pages for one assignment: follow it, change it, close it, delete it."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from studyapp import assignments, classrooms, essays
from studyapp.models import Assignment
from studyapp.stats import min_learners_for_flag

from .forms import AssignmentForm


def taught_assignment(request, assignment_id) -> Assignment:
    """The assignment if the requesting user teaches its class; anyone else gets a 404."""
    assignment = get_object_or_404(
        Assignment.objects.select_related("classroom", "essay"), pk=assignment_id
    )
    if assignment.classroom.teacher_id != request.user.pk:
        raise Http404
    return assignment


ROWS_PER_PAGE = 25
LEARNER_SORTS = [
    ("name", gettext_lazy("name")),
    ("status", gettext_lazy("not started first")),
    ("score", gettext_lazy("highest score")),
    ("late", gettext_lazy("late work first")),
]


@login_required
def assignment_detail(request, assignment_id):
    """Who started and handed in, and the item analysis of this work: both paged by 25, so a
    class of 200 reads as easily as one of 20 (the learner table sorts like a gradebook)."""
    assignment = taught_assignment(request, assignment_id)
    report = assignments.assignment_report(assignment)
    sort = request.GET.get("sort", "name")
    if sort not in assignments.LEARNER_ORDER:
        sort = "name"
    rows = Paginator(assignments.sorted_rows(report.rows, sort), ROWS_PER_PAGE)
    items = Paginator(assignments.items_worst_first(report.items), ROWS_PER_PAGE)
    return render(
        request,
        "studyapp/assignment_detail.html",
        {
            "assignment": assignment,
            "report": report,
            "has_starts": assignments.has_starts(assignment),
            "rows": rows.get_page(request.GET.get("page")),
            "items": items.get_page(request.GET.get("items")),
            "sort": sort,
            "sorts": LEARNER_SORTS,
            "min_learners": min_learners_for_flag(),
            "can_edit": essays.can_manage_essay(request.user, assignment.essay),
        },
    )


@login_required
def assignment_edit(request, assignment_id):
    assignment = taught_assignment(request, assignment_id)
    locked = assignments.has_starts(assignment)
    initial = {
        "title": assignment.title,
        "due_at": assignment.due_at,
        "topics": assignment.topics,
        "types": assignment.types,
        "count": assignment.count,
        "mode": assignment.mode,
        "time_limit": assignment.time_limit_minutes,
    }
    form = AssignmentForm(request.POST or None, essay=assignment.essay, initial=initial)
    if locked:
        for name in ("topics", "types", "count", "mode", "time_limit"):
            form.fields[name].disabled = True
    if request.method == "POST" and form.is_valid():
        try:
            assignments.update_assignment(assignment, **form.assignment_settings())
        except classrooms.ClassroomError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("The assignment was changed."))
            return redirect("assignment_detail", assignment.pk)
    return render(
        request,
        "studyapp/assignment_edit.html",
        {"assignment": assignment, "form": form, "locked": locked},
        status=400 if form.errors else 200,
    )


@login_required
def assignment_close(request, assignment_id):
    """GET asks first, like deleting: closing hands in open work and cannot be undone."""
    assignment = taught_assignment(request, assignment_id)
    if request.method == "POST":
        handed_in = assignments.close_assignment(assignment)
        messages.success(
            request,
            ngettext(
                "The assignment is closed; %(n)s unfinished attempt was handed in as it was.",
                "The assignment is closed; %(n)s unfinished attempts were handed in as they were.",
                handed_in,
            )
            % {"n": handed_in},
        )
        return redirect("assignment_detail", assignment.pk)
    if assignments.is_closed(assignment):
        return redirect("assignment_detail", assignment.pk)
    return render(
        request,
        "studyapp/assignment_close.html",
        {"assignment": assignment, "summary": assignments.closing_summary(assignment)},
    )


@login_required
def assignment_delete(request, assignment_id):
    assignment = taught_assignment(request, assignment_id)
    if request.method == "POST":
        classroom_id = assignment.classroom_id
        assignments.delete_assignment(assignment)
        messages.success(request, _("The assignment was deleted."))
        return redirect("class_dashboard", classroom_id)
    return render(
        request,
        "studyapp/assignment_delete.html",
        {"assignment": assignment, "summary": assignments.deletion_summary(assignment)},
    )
