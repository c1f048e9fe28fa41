"""The owner's pages for an essay itself: change its details, delete it."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from studyapp import essay_editing, essays
from studyapp.models import Essay


class EssayDetailsForm(forms.ModelForm):
    class Meta:
        model = Essay
        fields = list(essay_editing.EDITABLE)
        labels = {
            "title": gettext_lazy("Title"),
            "author": gettext_lazy("Author"),
            "byline": gettext_lazy("Byline (shown under the title)"),
            "language": gettext_lazy("Language"),
        }
        widgets = {
            "language": forms.Select(
                choices=[("nl", gettext_lazy("Dutch")), ("en", gettext_lazy("English"))]
            )
        }


@login_required
def essay_edit(request, slug):
    essay = essays.managed_essay(request.user, slug)
    form = EssayDetailsForm(request.POST or None, instance=essay)
    if request.method == "POST" and form.is_valid():
        try:
            essay_editing.update_essay(essay, **form.cleaned_data)
        except essay_editing.EssayEditError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("The essay's details were saved."))
            return redirect("essay_detail", essay.slug)
    return render(
        request,
        "studyapp/essay_edit.html",
        {"essay": essay, "form": form},
        status=400 if form.errors else 200,
    )


@login_required
def essay_delete(request, slug):
    essay = essays.managed_essay(request.user, slug)
    if request.method == "POST":
        title = essay.title
        essay_editing.delete_essay(essay)
        messages.success(request, _("“%(title)s” was deleted.") % {"title": title})
        return redirect("home")
    return render(
        request,
        "studyapp/essay_delete.html",
        {"essay": essay, "footprint": essay_editing.essay_footprint(essay)},
    )
