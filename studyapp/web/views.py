"""Server-rendered pages; each view parses the request, calls a service or selector and renders."""

import secrets

from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from studyapp import (
    accounts,
    assignments,
    authoring,
    classrooms,
    essays,
    processing,
    question_reports,
    reading,
    scheduling,
    tasks,
)
from studyapp.ingest import IngestError
from studyapp.models import Card, QuizAttempt
from studyapp.quizzes import (
    QuizError,
    answer_question,
    attempt_questions,
    attempt_results,
    build_quiz,
    close_if_expired,
    deadline,
    next_unanswered,
    practise_mistakes,
    submit_attempt,
    unanswered_numbers,
)
from studyapp.validation import content_disposition, displayable

from .forms import EssayUploadForm, QuizForm, SignupForm, StudyFilterForm


def healthz(request):
    """For load balancers and the load benchmark: the app answers, nothing more."""
    return HttpResponse("ok", content_type="text/plain")


def favicon(request):
    """Browsers ask for /favicon.ico on their own; the icon itself is a static file."""
    return redirect(static("studyapp/favicon.ico"), permanent=True)


def home(request):
    return render(
        request,
        "studyapp/home.html",
        {
            "essays": reading.essay_list(request.user),
            "can_author": classrooms.can_author(request.user),
        },
    )


def essay_detail(request, slug):
    essay = essays.readable_essay(request.user, slug)
    context = {
        **reading.essay_page(essay),
        "is_teacher": classrooms.is_teacher(request.user),
        "can_manage": essays.can_manage_essay(request.user, essay),
    }
    if context["can_manage"]:
        context["job"] = processing.latest_job(essay)
        context["open_reports"] = question_reports.open_report_count(essay)
    return render(request, "studyapp/essay_detail.html", context)


def safe_next(request) -> str:
    """The `next` address of the request if it stays on this site (a join link), else ""."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    allowed = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return target if allowed else ""


def signup(request):
    form = SignupForm(request.POST or None)
    next_url = safe_next(request)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        return redirect(next_url or "home")
    return render(request, "registration/signup.html", {"form": form, "next": next_url})


# --- quizzes -------------------------------------------------------------------------------


def own_attempt(request, attempt_id) -> QuizAttempt:
    """The attempt if it is the requesting learner's; anyone else gets a 404, not a hint."""
    attempt = get_object_or_404(
        QuizAttempt.objects.select_related("essay", "assignment"), pk=attempt_id
    )
    if attempt.learner_id != request.user.pk:
        raise Http404
    return attempt


@login_required
def quiz_new(request, slug):
    essay = essays.readable_essay(request.user, slug)
    form = QuizForm(request.POST or None, essay=essay)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            attempt = build_quiz(
                request.user,
                essay,
                topics=data["topics"],
                types=data["types"],
                count=data["count"],
                mode=data["mode"],
                time_limit_minutes=data["time_limit"],
            )
        except QuizError as error:
            form.add_error(None, str(error))
        else:
            if len(attempt.layout) < data["count"]:
                # Several questions ask one thing and a quiz asks it once: say so, not less.
                messages.info(
                    request,
                    _("These choices hold %(n)s different questions; your quiz has all of them.")
                    % {"n": len(attempt.layout)},
                )
            return redirect("attempt_question", attempt.pk, 1)
    return render(request, "studyapp/quiz_new.html", {"essay": essay, "form": form})


@login_required
def attempt_resume(request, attempt_id):
    attempt = own_attempt(request, attempt_id)
    if close_if_expired(attempt):
        return redirect("attempt_results", attempt.pk)
    index = next_unanswered(attempt)
    if index is None:
        if attempt.mode == QuizAttempt.Mode.PRACTICE:
            submit_attempt(attempt)
            return redirect("attempt_results", attempt.pk)
        index = len(attempt.layout) - 1
    return redirect("attempt_question", attempt.pk, index + 1)


def response_from_post(question, item, post):
    """Turn the posted form fields into the response the quiz service expects."""
    if question.qtype == "ordering":
        positions = {}
        for index, text in enumerate(item["options"]):
            try:
                positions[text] = int(post.get(f"position-{index}", ""))
            except ValueError:
                return None
        if sorted(positions.values()) != list(range(1, len(positions) + 1)):
            return None
        return sorted(positions, key=positions.get)
    if question.qtype == "matching":
        return {left: post.get(f"match-{index}", "") for index, left in enumerate(item["left"])}
    return post.get("response", "")


def handed_in_message(attempt) -> str:
    """Why a learner's work is handed in: the teacher closed it, the time ran out, or it was
    handed in before."""
    if assignments.closed_by_teacher(attempt):
        return _("Your teacher closed this assignment: your answers were handed in as they were.")
    if attempt.time_limit_seconds:
        return _("Time is up: your answers were handed in.")
    return _("This quiz has been handed in.")


@login_required
def attempt_question(request, attempt_id, number):
    attempt = own_attempt(request, attempt_id)
    if close_if_expired(attempt):
        if not assignments.closed_by_teacher(attempt):  # the results page says that itself
            messages.info(request, handed_in_message(attempt))
        return redirect("attempt_results", attempt.pk)
    questions = attempt_questions(attempt)
    if not 1 <= number <= len(questions):
        raise Http404
    item, question = questions[number - 1]
    answer = attempt.answers.filter(question=question).first()
    if answer is not None:
        answer.response = displayable(answer.response)  # what an older version let in
    error = None
    if request.method == "POST":
        response = response_from_post(question, item, request.POST)
        try:
            if response is None:
                raise QuizError(_("Put every item in a place of its own."))
            answer_question(attempt, question.pk, response, request.POST.get("key", ""))
        except QuizError as exc:
            error = str(exc)
        else:
            if attempt.mode == QuizAttempt.Mode.EXAM and number < len(questions):
                return redirect("attempt_question", attempt.pk, number + 1)
            return redirect("attempt_question", attempt.pk, number)
    answered = set(attempt.answers.values_list("question_id", flat=True))
    context = {
        "attempt": attempt,
        "item": item,
        "question": question,
        "answer": answer,
        "number": number,
        "total": len(questions),
        "answered_count": len(answered),
        "show_feedback": attempt.mode == QuizAttempt.Mode.PRACTICE and answer is not None,
        "key": secrets.token_urlsafe(16),
        "error": error,
        "deadline": deadline(attempt),
        "positions": range(1, len(item.get("options", [])) + 1),
        "navigation": [
            (i, item_q.pk in answered) for i, (_l, item_q) in enumerate(questions, start=1)
        ],
    }
    return render(request, "studyapp/attempt_question.html", context, status=400 if error else 200)


@login_required
def attempt_submit(request, attempt_id):
    """Hand in after a confirmation that says what is still unanswered; nothing by accident."""
    attempt = own_attempt(request, attempt_id)
    if close_if_expired(attempt):
        return redirect("attempt_results", attempt.pk)
    open_numbers = unanswered_numbers(attempt)
    confirmed = request.POST.get("confirm") or (
        attempt.mode == QuizAttempt.Mode.PRACTICE and not open_numbers
    )
    if request.method == "POST" and confirmed:
        submit_attempt(attempt)
        return redirect("attempt_results", attempt.pk)
    return render(
        request,
        "studyapp/attempt_submit.html",
        {"attempt": attempt, "unanswered": open_numbers, "total": len(attempt.layout)},
    )


@login_required
def attempt_results_view(request, attempt_id):
    attempt = own_attempt(request, attempt_id)
    close_if_expired(attempt)
    if not attempt.is_submitted:
        return redirect("attempt_resume", attempt.pk)
    reports = question_reports.reports_by(request.user, attempt.question_ids)
    return render(
        request,
        "studyapp/attempt_results.html",
        {
            "attempt": attempt,
            "results": attempt_results(attempt),
            # Also reached from the classes page or the quiz list, not only from a question.
            "closed_note": (
                handed_in_message(attempt) if assignments.closed_by_teacher(attempt) else ""
            ),
            # The newest report per question: what became of it.
            "reports": {r.question_id: r for r in reversed(list(reports))},
        },
    )


@login_required
@require_POST
def attempt_mistakes(request, attempt_id):
    attempt = own_attempt(request, attempt_id)
    try:
        retry = practise_mistakes(attempt)
    except QuizError as error:
        messages.info(request, str(error))
        return redirect("attempt_results", attempt.pk)
    return redirect("attempt_question", retry.pk, 1)


@login_required
def my_attempts(request):
    attempts = (
        QuizAttempt.objects.filter(learner=request.user)
        .select_related("essay")
        .order_by("-started_at")[:50]
    )
    return render(request, "studyapp/my_attempts.html", {"attempts": attempts})


# --- flashcards ----------------------------------------------------------------------------


def _study_url(slug, topics):
    query = urlencode({"topics": topics}, doseq=True)
    return reverse("study", args=[slug]) + (f"?{query}" if query else "")


@login_required
def study(request, slug):
    essay = essays.readable_essay(request.user, slug)
    form = StudyFilterForm(request.GET or None, essay=essay)
    topics = form.cleaned_data["topics"] if form.is_valid() else []
    queue = scheduling.study_queue(request.user, essay, topics)
    intervals = {}
    if queue.card:
        intervals = {
            name: scheduling.describe_interval(delta)
            for name, delta in scheduling.next_intervals(queue.state).items()
        }
    return render(
        request,
        "studyapp/study.html",
        {
            "essay": essay,
            "form": form,
            "queue": queue,
            "topics": topics,
            "reveal": request.GET.get("reveal") == "1",
            "intervals": intervals,
            "key": secrets.token_urlsafe(16),
            "can_undo": request.user.reviews.filter(card__essay=essay).exists(),
        },
    )


@login_required
@require_POST
def study_rate(request, slug):
    essay = essays.readable_essay(request.user, slug)
    card = get_object_or_404(Card, essay=essay, uid=request.POST.get("card", ""))
    try:
        rating = int(request.POST.get("rating", 0))
    except ValueError:
        rating = 0  # refused by the service, with a message that says what a rating is
    try:
        scheduling.review_card(request.user, card, rating, key=request.POST.get("key") or None)
    except scheduling.ReviewKeyConflict as error:
        # Only a tampered or broken page reuses a key: say so, change nothing.
        return HttpResponse(str(error), status=409, content_type="text/plain; charset=utf-8")
    except scheduling.StudyError as error:
        messages.error(request, str(error))
    return redirect(_study_url(slug, request.POST.getlist("topics")))


@login_required
@require_POST
def study_undo(request, slug):
    essay = essays.readable_essay(request.user, slug)
    scheduling.undo_last_review(request.user, essay)
    return redirect(_study_url(slug, request.POST.getlist("topics")))


# --- your own data -------------------------------------------------------------------------


@login_required
def my_data(request):
    response = JsonResponse(
        accounts.personal_data(request.user), json_dumps_params={"ensure_ascii": False, "indent": 2}
    )
    response["Content-Disposition"] = content_disposition(
        "studyapp", request.user.get_username(), extension="json"
    )
    return response


@login_required
def delete_my_account(request):
    error = None
    if request.method == "POST":
        try:
            accounts.delete_account(request.user, request.POST.get("password", ""))
        except accounts.AccountError as exc:
            error = str(exc)
        else:
            logout(request)
            messages.success(request, _("Your account and all its data were deleted."))
            return redirect("home")
    return render(
        request,
        "studyapp/delete_account.html",
        {"error": error, "teaches": request.user.classrooms_taught.exists()},
        status=400 if error else 200,
    )


@login_required
def essay_new(request):
    if not classrooms.can_author(request.user):
        raise PermissionDenied
    form = EssayUploadForm(
        request.POST or None,
        request.FILES or None,
        initial={"slug": request.GET.get("replace", ""), "replace": "replace" in request.GET},
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            job = authoring.add_essay(
                data["file"],
                owner=request.user,
                title=data["title"],
                slug=data["slug"],
                language=data["language"],
                replace=data["replace"],
            )
        except IngestError as error:
            form.add_error("file", str(error))
        else:
            tasks.enqueue_processing(job)
            # The essay page shows the job's progress and refreshes itself until it is done.
            return redirect("essay_detail", job.essay.slug)
    return render(
        request, "studyapp/essay_new.html", {"form": form}, status=400 if form.errors else 200
    )
