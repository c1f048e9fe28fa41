"""Pages for classes: teachers run classes and read the dashboard, learners join and work."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from studyapp import charts, classrooms, essays, learner_table, progress
from studyapp.export.csv_files import gradebook_csv, item_analysis_csv
from studyapp.models import Assignment, Classroom, Membership
from studyapp.stats import min_learners_for_flag
from studyapp.validation import content_disposition

from .forms import AssignmentForm, ClassroomForm, JoinForm

ITEMS_PER_PAGE = 25
LEARNERS_PER_PAGE = 25


def taught_classroom(request, classroom_id) -> Classroom:
    """The class if the requesting user teaches it; anyone else gets a 404."""
    classroom = get_object_or_404(Classroom, pk=classroom_id)
    if classroom.teacher_id != request.user.pk:
        raise Http404
    return classroom


@login_required
def classes_home(request):
    teacher = classrooms.is_teacher(request.user)
    create_form = ClassroomForm(request.POST or None) if teacher else None
    if request.method == "POST" and teacher and create_form.is_valid():
        try:
            classroom = classrooms.start_classroom(request.user, create_form.cleaned_data["name"])
        except classrooms.ClassroomError as error:
            create_form.add_error(None, str(error))
        else:
            return redirect("class_dashboard", classroom.pk)
    return render(
        request,
        "studyapp/classes.html",
        {
            "is_teacher": teacher,
            "taught": classrooms.classes_taught(request.user).order_by("name"),
            "joined": classrooms.classes_joined(request.user).order_by("name"),
            "assignments": classrooms.assignments_for(request.user),
            "create_form": create_form,
            "join_form": JoinForm(),
        },
    )


@login_required
def join_class(request, code=None):
    form = JoinForm(request.POST or None, initial={"code": code or ""})
    if request.method == "POST" and form.is_valid():
        try:
            classroom = classrooms.join_by_code(
                request.user, form.cleaned_data["code"], address=request.META.get("REMOTE_ADDR", "")
            )
        except classrooms.TooManyJoinAttempts as error:
            form.add_error("code", str(error))
            return render(request, "studyapp/join.html", {"form": form}, status=429)
        except classrooms.ClassroomError as error:
            form.add_error("code", str(error))
        else:
            messages.success(request, _("You joined %(name)s.") % {"name": classroom.name})
            return redirect("classes")
    preview = Classroom.objects.select_related("teacher").filter(join_code=code).first()
    return render(
        request,
        "studyapp/join.html",
        {"form": form, "classroom": preview if code else None},
        status=400 if form.errors else 200,
    )


def heat_rows(rows, topics):
    """(row, [(topic, mastery)]) for the heat map; a topic's pk is a property: read it once."""
    topic_ids = [(topic, topic.pk) for topic in topics]
    return [(row, [(topic, row.mastery.get(pk)) for topic, pk in topic_ids]) for row in rows]


@login_required
def class_dashboard(request, classroom_id):
    classroom = taught_classroom(request, classroom_id)
    essay = progress.class_essay(classroom, request.GET.get("essay"))
    dashboard = progress.class_dashboard(classroom, essay)
    topic_chart = charts.bar_chart(
        [(topic.name, mean) for topic, mean in dashboard.topic_means],
        title=_("Class mastery per topic"),
    )
    return render(
        request,
        "studyapp/class_dashboard.html",
        {
            "classroom": classroom,
            "dashboard": dashboard,
            "heat": heat_rows(dashboard.needing_attention, dashboard.topics),
            "at_risk_count": len(dashboard.at_risk),
            "topic_chart": topic_chart,
            "essays": essays.visible_essays(request.user).order_by("title"),
            "join_url": request.build_absolute_uri(f"/join/{classroom.join_code}/"),
            "can_edit_bank": bool(essay and essays.can_manage_essay(request.user, essay)),
            "can_edit": bool(essay and essays.can_manage_essay(request.user, essay)),
        },
    )


@login_required
def class_learners(request, classroom_id):
    """Every learner of the class by topic: sorted, filtered to those at risk, paged."""
    classroom = taught_classroom(request, classroom_id)
    essay = progress.class_essay(classroom, request.GET.get("essay"))
    table = learner_table.learner_table(
        classroom,
        essay,
        sort=request.GET.get("sort"),
        at_risk_only=request.GET.get("show") == "at-risk",
    )
    page = Paginator(table.rows, LEARNERS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "studyapp/class_learners.html",
        {
            "classroom": classroom,
            "essay": essay,
            "table": table,
            "page": page,
            "heat": heat_rows(page.object_list, table.topics),
            "sorts": learner_table.sort_choices(table.topics),
        },
    )


ITEM_SORTS = [
    ("discrimination", gettext_lazy("flagged first, then lowest discrimination")),
    ("-discrimination", gettext_lazy("highest discrimination")),
    ("facility", gettext_lazy("hardest first (lowest facility)")),
    ("-facility", gettext_lazy("easiest first")),
    ("-answers", gettext_lazy("most answers")),
    ("answers", gettext_lazy("fewest answers")),
]


@login_required
def class_items(request, classroom_id):
    """The class's item analysis for an essay: every question, sorted and paged."""
    classroom = taught_classroom(request, classroom_id)
    essay = progress.class_essay(classroom, request.GET.get("essay"))
    if essay is None:
        raise Http404
    sort = request.GET.get("sort", "discrimination")
    if sort not in progress.ITEM_ORDER:
        sort = "discrimination"
    page = Paginator(progress.class_items(classroom, essay, sort), ITEMS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "studyapp/class_items.html",
        {
            "classroom": classroom,
            "essay": essay,
            "page": page,
            "sort": sort,
            "sorts": ITEM_SORTS,
            "min_learners": min_learners_for_flag(),
            "can_edit": essays.can_manage_essay(request.user, essay),
        },
    )


@login_required
def remove_member(request, classroom_id, learner_id):
    """Ask first (GET), then remove (POST): one click must not remove a learner."""
    classroom = taught_classroom(request, classroom_id)
    membership = get_object_or_404(
        Membership.objects.select_related("learner"), classroom=classroom, learner_id=learner_id
    )
    if request.method == "POST":
        if classrooms.remove_learner(classroom, learner_id):
            messages.success(request, _("The learner was removed from the class."))
        return redirect("class_dashboard", classroom.pk)
    return render(
        request,
        "studyapp/remove_member.html",
        {"classroom": classroom, "learner": membership.learner},
    )


@login_required
def assignment_new(request, classroom_id):
    classroom = taught_classroom(request, classroom_id)
    essay = (
        essays.readable_essay(request.user, request.GET["essay"])
        if request.GET.get("essay")
        else essays.visible_essays(request.user).order_by("title").first()
    )
    if essay is None:
        raise Http404
    form = AssignmentForm(request.POST or None, essay=essay, initial={"mode": "exam", "count": 10})
    if request.method == "POST" and form.is_valid():
        try:
            classrooms.create_assignment(classroom, essay=essay, **form.assignment_settings())
        except classrooms.ClassroomError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("The assignment was set."))
            return redirect("class_dashboard", classroom.pk)
    return render(
        request,
        "studyapp/assignment_new.html",
        {
            "classroom": classroom,
            "essay": essay,
            "form": form,
            "essays": essays.visible_essays(request.user).order_by("title"),
        },
    )


@login_required
@require_POST
def assignment_start(request, assignment_id):
    # Another class's assignment is a 404, like one that does not exist: no hint either way.
    assignment = get_object_or_404(
        Assignment.objects.select_related("classroom", "essay"),
        pk=assignment_id,
        classroom__memberships__learner=request.user,
    )
    try:
        attempt = classrooms.start_assignment(request.user, assignment)
    except classrooms.ClassroomError as error:
        messages.error(request, str(error))
        return redirect("classes")
    return redirect("attempt_resume", attempt.pk)


def _csv_response(lines, *name_parts):
    """Rows go out as they are written: a large class never sits in memory as one string."""
    response = StreamingHttpResponse(lines, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = content_disposition(*name_parts, extension="csv")
    return response


@login_required
def gradebook_export(request, classroom_id):
    classroom = taught_classroom(request, classroom_id)
    return _csv_response(
        gradebook_csv(progress.gradebook(classroom)), "gradebook", classroom.join_code
    )


@login_required
def item_analysis_export(request, classroom_id):
    classroom = taught_classroom(request, classroom_id)
    essay = progress.class_essay(classroom, request.GET.get("essay"))
    items = progress.class_items(classroom, essay).iterator(chunk_size=500) if essay else []
    return _csv_response(item_analysis_csv(items), "item-analysis", classroom.join_code)


@login_required
def my_progress(request):
    essay = (
        essays.readable_essay(request.user, request.GET["essay"])
        if request.GET.get("essay")
        else essays.visible_essays(request.user).order_by("title").first()
    )
    if essay is None:
        return render(request, "studyapp/my_progress.html", {"progress": None})
    report = progress.learner_progress(request.user, essay)
    history_chart = charts.line_chart(
        [(day.strftime("%d-%m"), share) for day, share, _n in report.history],
        title=_("Share right per day"),
    )
    mastery_chart = charts.bar_chart(
        [(t.topic.name, t.mastery) for t in report.topics], title=_("Mastery per topic")
    )
    return render(
        request,
        "studyapp/my_progress.html",
        {
            "progress": report,
            "essay": essay,
            "essays": essays.visible_essays(request.user).order_by("title"),
            "history_chart": history_chart,
            "mastery_chart": mastery_chart,
        },
    )
