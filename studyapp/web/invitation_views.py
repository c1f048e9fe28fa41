"""Pages for teacher invitations: create and withdraw them, and open one to become a teacher."""

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from studyapp import invitations
from studyapp.models import TeacherInvitation

from .forms import InvitationForm, SignupForm


@login_required
def invitation_list(request):
    if not invitations.can_invite(request.user):
        raise PermissionDenied
    form = InvitationForm(request.POST or None)
    new_link = None
    if request.method == "POST" and form.is_valid():
        try:
            _invitation, token = invitations.create_invitation(
                request.user, email=form.cleaned_data["email"], days=form.cleaned_data["days"]
            )
        except invitations.InvitationError as error:
            form.add_error(None, str(error))
        else:
            new_link = request.build_absolute_uri(reverse("invite", args=[token]))
            form = InvitationForm()
    context = {
        "form": form,
        "new_link": new_link,
        "invitations": invitations.invitations_of(request.user)[:100],
    }
    status = 201 if new_link else 400 if form.errors else 200
    return render(request, "studyapp/invitations.html", context, status=status)


@login_required
@require_POST
def invitation_revoke(request, invitation_id):
    try:
        invitations.revoke_invitation(request.user, invitation_id)
    except TeacherInvitation.DoesNotExist:
        raise Http404 from None
    except invitations.InvitationError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The invitation was withdrawn; its link no longer works."))
    return redirect("invitations")


def invite(request, token):
    """Open an invitation: sign up as a teacher, or accept it with the account you are in."""
    try:
        invitation = invitations.check_invitation(token)
        invitations.check_can_accept(request.user)
    except invitations.InvitationError as error:
        return render(request, "studyapp/invite.html", {"error": str(error)}, status=error.status)
    form = SignupForm(request.POST or None) if not request.user.is_authenticated else None
    error = None
    if request.method == "POST":
        try:
            if request.user.is_authenticated:
                invitations.accept_invitation(token, request.user)
            elif form.is_valid():
                user = invitations.sign_up_with_invitation(token, form)
                login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        except invitations.InvitationError as exc:
            error = str(exc)
        else:
            if request.user.is_authenticated:
                messages.success(
                    request, _("Welcome: you are a teacher now. Create your first class here.")
                )
                return redirect("classes")
    context = {"invitation": invitation, "form": form, "error": error}
    status = 400 if error or (form is not None and form.errors) else 200
    return render(request, "studyapp/invite.html", context, status=status)
