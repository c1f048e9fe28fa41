"""Server-rendered pages; each view parses the request, calls a selector and renders."""

from django.shortcuts import get_object_or_404, render

from studyapp import reading
from studyapp.models import Essay


def home(request):
    return render(request, "studyapp/home.html", {"essays": reading.essay_list()})


def essay_detail(request, slug):
    essay = get_object_or_404(Essay, slug=slug)
    return render(request, "studyapp/essay_detail.html", reading.essay_page(essay))
