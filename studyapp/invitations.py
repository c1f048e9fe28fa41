"""Roles are granted, not chosen: who becomes a teacher, through an invitation or an admin.

Everyone who signs up is a learner. A teacher account comes from staff (the Django admin, or
`manage.py make_teacher USERNAME`) or from an invitation that a teacher or staff member creates:
a link /invite/TOKEN/ that is used once and expires (after 7 days by default). Opening it, a
logged-out person signs up as a teacher, or a logged-in learner accepts it and becomes one. Only
the token's SHA-256 is stored: the link is shown once, to the person who created it.
"""

import hashlib
import secrets
from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .classrooms import is_teacher
from .models import Profile, TeacherInvitation

VALID_FOR = timedelta(days=7)
MAX_DAYS = 30


class InvitationError(ValueError):
    """The invitation cannot be used or made; the message says why and what to do."""

    def __init__(self, message, *, status=400):
        super().__init__(message)
        self.status = status  # 404 for a link that never existed, 410 for a spent one


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def can_invite(user) -> bool:
    """Teachers and staff may invite teachers."""
    return user.is_authenticated and (user.is_staff or is_teacher(user))


def make_teacher(user) -> None:
    """Give this account the teacher role (staff and invitations only)."""
    Profile.objects.update_or_create(user=user, defaults={"role": Profile.Role.TEACHER})


def create_invitation(creator, *, email: str = "", days: int | None = None):
    """A new invitation and its token: the token exists only in the returned link, never stored."""
    if not can_invite(creator):
        raise InvitationError(_("Only teachers and administrators can invite teachers."))
    days = VALID_FOR.days if days is None else days
    if not 1 <= days <= MAX_DAYS:
        raise InvitationError(
            _("An invitation is valid for 1 to %(max)s days.") % {"max": MAX_DAYS}
        )
    token = secrets.token_urlsafe(32)
    now = timezone.now()
    invitation = TeacherInvitation.objects.create(
        token_hash=_digest(token),
        created_by=creator,
        email=(email or "").strip(),
        created_at=now,
        expires_at=now + timedelta(days=days),
    )
    return invitation, token


def invitations_of(user):
    """The invitations this person made, newest first (staff see everyone's)."""
    invitations = TeacherInvitation.objects.select_related("created_by", "used_by")
    return invitations if user.is_staff else invitations.filter(created_by=user)


def _usable(invitation: TeacherInvitation | None) -> TeacherInvitation:
    if invitation is None:
        raise InvitationError(
            _("This invitation link is not valid; check the link or ask for a new invitation."),
            status=404,
        )
    state = invitation.state
    if state == "used":
        raise InvitationError(
            _("This invitation was already used; ask whoever invited you for a new one."),
            status=410,
        )
    if state == "revoked":
        raise InvitationError(_("This invitation was withdrawn; ask for a new one."), status=410)
    if state == "expired":
        raise InvitationError(_("This invitation has expired; ask for a new one."), status=410)
    return invitation


def check_invitation(token: str) -> TeacherInvitation:
    """The open invitation for this token, or InvitationError saying why it cannot be used."""
    return _usable(TeacherInvitation.objects.filter(token_hash=_digest(token or "")).first())


def check_can_accept(user) -> None:
    """A teacher has nothing to accept: the invitation stays unused for someone else."""
    if user.is_authenticated and is_teacher(user):
        raise InvitationError(_("You are a teacher already; the invitation is still unused."))


def accept_invitation(token: str, user) -> TeacherInvitation:
    """Make this account a teacher and use the invitation up, both or neither."""
    check_can_accept(user)
    with transaction.atomic():
        invitation = _usable(
            TeacherInvitation.objects.select_for_update()
            .filter(token_hash=_digest(token or ""))
            .first()
        )
        invitation.used_by, invitation.used_at = user, timezone.now()
        invitation.save(update_fields=["used_by", "used_at"])
        make_teacher(user)
    return invitation


def sign_up_with_invitation(token: str, form):
    """Create the account from a valid signup form and make it a teacher, or store nothing."""
    with transaction.atomic():
        check_invitation(token)
        user = form.save()
        accept_invitation(token, user)
    return user


def revoke_invitation(user, invitation_id: int) -> TeacherInvitation:
    """Withdraw an open invitation this person made (staff: any); a used one stays as it is."""
    invitation = invitations_of(user).filter(pk=invitation_id).first()
    if invitation is None:
        raise TeacherInvitation.DoesNotExist
    if invitation.state == "used":
        raise InvitationError(_("This invitation was already used; it cannot be withdrawn."))
    if invitation.revoked_at is None:
        invitation.revoked_at = timezone.now()
        invitation.save(update_fields=["revoked_at"])
    return invitation
