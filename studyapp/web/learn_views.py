"""Learn mode pages: choose topics, then answer what the app asks next until all is mastered."""

import secrets

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from studyapp import essays, learn
from studyapp.models import LearnSession
from studyapp.quizzes import QuizError

from .forms import LearnForm
from .views import response_from_post


def _own_session(request, session_id) -> LearnSession:
    try:
        return learn.own_session(request.user, session_id)
    except LearnSession.DoesNotExist:
        raise Http404 from None


@login_required
def learn_new(request, slug):
    essay = essays.readable_essay(request.user, slug)
    form = LearnForm(request.POST or None, essay=essay)
    if request.method == "POST" and form.is_valid():
        try:
            session = learn.start_session(
                request.user,
                essay,
                topics=form.cleaned_data["topics"],
                size=form.cleaned_data["size"],
            )
        except QuizError as error:
            form.add_error(None, str(error))
        else:
            return redirect("learn_session", session.pk)
    return render(request, "studyapp/learn_new.html", {"essay": essay, "form": form})


@login_required
def learn_session(request, session_id):
    session = _own_session(request, session_id)
    item = learn.pending_item(session)
    error = None
    if request.method == "POST" and item is not None:
        question = session.pending_question
        response = response_from_post(question, item, request.POST)
        try:
            if response is None:
                raise QuizError(_("Put every item in a place of its own."))
            learn.answer_pending(session, question.pk, response, request.POST.get("key", ""))
        except QuizError as exc:
            error = str(exc)
        else:
            return redirect("learn_feedback", session.pk)
    return _render_question(request, session, item, error)


def _render_question(request, session, item, error=None):
    question = session.pending_question
    context = {
        "session": session,
        "essay": session.essay,
        "progress": learn.progress(session),
        "question": question,
        "item": item,
        "answer": None,
        "error": error,
        "show_feedback": False,
        "key": secrets.token_urlsafe(16),
        "positions": range(1, len((item or {}).get("options", [])) + 1),
        "stage": learn.stage_of(session, question.origin) if question else None,
    }
    return render(request, "studyapp/learn_session.html", context, status=400 if error else 200)


@login_required
def learn_feedback(request, session_id):
    session = _own_session(request, session_id)
    answer = session.last_answer
    if answer is None:
        return redirect("learn_session", session.pk)
    context = {
        "session": session,
        "essay": session.essay,
        "progress": learn.progress(session),
        "answer": answer,
        "question": answer.question,
        "comes_back": answer.question.origin in session.queue,
    }
    return render(request, "studyapp/learn_feedback.html", context)
