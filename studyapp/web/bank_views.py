"""The owner's question bank in the app, and learners' reports on questions."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from studyapp import bank_editing, card_editing, essays, question_reports
from studyapp.models import Card, Question

from .bank_forms import BankFilterForm, CardEditForm, QuestionEditForm, ReportForm
from .views import own_attempt


def managed_question(request, slug, uid) -> Question:
    essay = essays.managed_essay(request.user, slug)
    return get_object_or_404(
        Question.objects.select_related("essay", "passage"), essay=essay, uid=uid
    )


@login_required
def bank(request, slug):
    essay = essays.managed_essay(request.user, slug)
    kind = "cards" if request.GET.get("kind") == "cards" else "questions"
    form = BankFilterForm(request.GET or None, essay=essay, kind=kind)
    filters = form.cleaned_data if form.is_valid() else {}
    if kind == "cards":
        items = bank_editing.bank_cards(
            essay,
            topic=filters.get("topic", ""),
            status=filters.get("status", ""),
            search=filters.get("q", ""),
        )
    else:
        items = bank_editing.bank_questions(
            essay,
            topic=filters.get("topic", ""),
            qtype=filters.get("qtype", ""),
            status=filters.get("status", ""),
            search=filters.get("q", ""),
        )
    page = bank_editing.page_of(items, request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "studyapp/bank.html",
        {
            "essay": essay,
            "form": form,
            "kind": kind,
            "page": page,
            "query": query.urlencode(),
            "queue_size": len(question_reports.report_queue(essay)),
        },
    )


@login_required
def question_detail(request, slug, uid):
    question = managed_question(request, slug, uid)
    return render(
        request,
        "studyapp/question_detail.html",
        {"overview": bank_editing.question_overview(question), "question": question},
    )


@login_required
def question_edit(request, slug, uid):
    question = managed_question(request, slug, uid)
    form = QuestionEditForm(request.POST or None, question=question)
    problems = []
    if request.method == "POST" and form.is_valid():
        try:
            _q, changed = bank_editing.edit_question(question, request.user, **form.edit_values())
        except bank_editing.BankEditError as error:
            problems = error.messages
        else:
            if changed:
                messages.success(request, _("The question was saved; it keeps its id."))
            else:
                messages.info(request, _("Nothing was changed."))
            return redirect("question_detail", slug, uid)
    return render(
        request,
        "studyapp/question_edit.html",
        {"question": question, "form": form, "problems": problems},
        status=400 if problems or form.errors else 200,
    )


@login_required
@require_POST
def question_retire(request, slug, uid):
    question = managed_question(request, slug, uid)
    bank_editing.retire_question(question, request.user)
    messages.success(request, _("The question was retired: it no longer appears in new quizzes."))
    return redirect("question_detail", slug, uid)


@login_required
@require_POST
def question_restore(request, slug, uid):
    question = managed_question(request, slug, uid)
    bank_editing.restore_question(question, request.user)
    messages.success(request, _("The question is active again."))
    return redirect("question_detail", slug, uid)


@login_required
@require_POST
def question_dismiss(request, slug, uid):
    question = managed_question(request, slug, uid)
    count = bank_editing.dismiss_reports(question, request.user)
    messages.success(
        request,
        ngettext(
            "%(n)s report dismissed; the question stays as it is.",
            "%(n)s reports dismissed; the question stays as it is.",
            count,
        )
        % {"n": count},
    )
    return redirect("report_queue", slug)


def managed_card(request, slug, uid) -> Card:
    essay = essays.managed_essay(request.user, slug)
    return get_object_or_404(Card.objects.select_related("essay", "passage"), essay=essay, uid=uid)


@login_required
def card_edit(request, slug, uid):
    """One flashcard: its source and how learners fare with it, and the form that edits it."""
    card = managed_card(request, slug, uid)
    form = CardEditForm(request.POST or None, card=card)
    problems = []
    if request.method == "POST" and form.is_valid():
        try:
            _card, changed = card_editing.edit_card(card, request.user, **form.edit_values())
        except card_editing.CardEditError as error:
            problems = error.messages
        else:
            if changed:
                messages.success(request, _("The flashcard was saved; it keeps its id."))
            else:
                messages.info(request, _("Nothing was changed."))
            return redirect("card_edit", slug, uid)
    return render(
        request,
        "studyapp/card_edit.html",
        {
            "card": card,
            "form": form,
            "problems": problems,
            "stats": card_editing.card_stats(card),
            "history": card.changes.select_related("user"),
        },
        status=400 if problems or form.errors else 200,
    )


@login_required
@require_POST
def card_status(request, slug, uid):
    card = managed_card(request, slug, uid)
    retire = request.POST.get("status") == Card.Status.RETIRED
    card_editing.set_card_status(
        card, request.user, Card.Status.RETIRED if retire else Card.Status.ACTIVE
    )
    messages.success(
        request,
        _("The flashcard was retired.") if retire else _("The flashcard is active again."),
    )
    back = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(back, {request.get_host()}):
        return redirect(back)
    return redirect(f"{reverse('bank', args=[slug])}?kind=cards")


@login_required
def report_queue(request, slug):
    essay = essays.managed_essay(request.user, slug)
    return render(
        request,
        "studyapp/report_queue.html",
        {
            "essay": essay,
            "rows": question_reports.report_queue(essay),
            "hold_after": question_reports.HOLD_AFTER,
        },
    )


@login_required
def report_question(request, attempt_id, question_id):
    """A learner reports a question of one of their own quizzes."""
    attempt = own_attempt(request, attempt_id)
    if question_id not in attempt.question_ids:
        raise Http404
    question = get_object_or_404(Question, pk=question_id)
    back = request.POST.get("next") or request.GET.get("next") or ""
    if not url_has_allowed_host_and_scheme(back, {request.get_host()}):
        back = ""
    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            question_reports.report_question(
                request.user, question, form.cleaned_data["reason"], form.cleaned_data["comment"]
            )
        except question_reports.ReportError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request,
                _(
                    "Thank you: the essay's owner will look at this question. Your results "
                    "show what was done with it."
                ),
            )
            if back:
                return redirect(back)
            return redirect("attempt_resume", attempt.pk)
    return render(
        request,
        "studyapp/report_question.html",
        {"attempt": attempt, "question": question, "form": form, "next": back},
        status=400 if form.errors else 200,
    )
