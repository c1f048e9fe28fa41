"""The person's own account page, in the app's style: details, password, data, reports."""

from datetime import timedelta

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import LogoutView, PasswordResetConfirmView
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.timesince import timeuntil
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from studyapp import classrooms, question_reports


class ProfileForm(forms.ModelForm):
    class Meta:
        model = get_user_model()
        fields = ["first_name", "last_name", "email"]
        labels = {
            "first_name": gettext_lazy("First name"),
            "last_name": gettext_lazy("Last name"),
            "email": gettext_lazy("E-mail address (for a forgotten password)"),
        }


@login_required
def profile(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your details were saved."))
        return redirect("profile")
    return render(
        request,
        "studyapp/profile.html",
        {
            "form": form,
            "role": classrooms.role_of(request.user),
            "reports": question_reports.reports_by(request.user)[:20],
        },
        status=400 if form.errors else 200,
    )


class LogoutPage(LogoutView):
    """Logging out is a POST (Django 5); a link or a typed address (a GET) gets a page with
    the button instead of an empty 405."""

    http_method_names = ["get", "post", "options"]

    def get(self, request, *args, **kwargs):
        return render(request, "registration/logout_confirm.html")


class PasswordResetConfirmPage(PasswordResetConfirmView):
    """Django's view; a used or expired link's page says how long a link lasts, from the
    setting, so the text stays true if the setting changes."""

    def get_context_data(self, **kwargs):
        now = timezone.now()
        lasts = now + timedelta(seconds=settings.PASSWORD_RESET_TIMEOUT)
        return {**super().get_context_data(**kwargs), "link_lasts": timeuntil(lasts, now)}
