"""Downloads: Anki decks and the bank in LMS and CSV formats.

What each deck holds is decided by studyapp.assessment: the answer key only for those who
manage the essay, flashcards and already-seen questions for everyone else.
"""

from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import get_object_or_404

from studyapp import assessment, essays
from studyapp.export.formats import FORMATS, TEACHER_FORMATS, export_text
from studyapp.export.responses import anki_response, can_export_assignment, download
from studyapp.models import Assignment
from studyapp.validation import InputError, known_topics


def bad_request(error) -> HttpResponseBadRequest:
    return HttpResponseBadRequest(str(error), content_type="text/plain; charset=utf-8")


def essay_anki(request, slug):
    essay = essays.readable_essay(request.user, slug)
    try:
        topics = known_topics(essay, request.GET.getlist("topics"))
    except InputError as error:
        return bad_request(error)
    return anki_response(assessment.essay_deck(request.user, essay, topics))


@login_required
def my_anki(request):
    essay = essays.readable_essay(request.user, request.GET.get("essay", ""))
    return anki_response(assessment.learner_deck(request.user, essay))


@login_required
def assignment_anki(request, assignment_id):
    assignment = get_object_or_404(
        Assignment.objects.select_related("classroom", "essay"), pk=assignment_id
    )
    if not can_export_assignment(request.user, assignment):
        raise Http404
    return anki_response(assessment.assignment_deck(request.user, assignment))


def essay_export(request, slug, fmt):
    essay = essays.readable_essay(request.user, slug)
    if fmt not in FORMATS:
        raise Http404
    if fmt in TEACHER_FORMATS:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not assessment.may_see_answer_key(request.user, essay):
            raise PermissionDenied
    try:
        topics = known_topics(essay, request.GET.getlist("topics"))
    except InputError as error:
        return bad_request(error)
    text, spec = export_text(essay, fmt, topics)
    return download(text, spec.content_type, essay.slug, extension=spec.extension)
