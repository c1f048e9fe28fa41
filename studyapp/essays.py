"""Who may read and who may manage an essay: the one place that decides it.

Learners see published essays; an essay's owner also sees its drafts; staff see and manage
everything. Only the owner (or staff) replaces, regenerates, edits, publishes or deletes an
essay and its bank. Shipped essays have no owner, so only staff manage them.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.http import Http404

from .models import Essay


def visible_essays(user) -> QuerySet:
    """The essays this person may read and study."""
    published = Q(status=Essay.Status.PUBLISHED)
    if not user.is_authenticated:
        return Essay.objects.filter(published)
    if user.is_staff:
        return Essay.objects.all()
    return Essay.objects.filter(published | Q(owner=user))


def managed_essays(user) -> QuerySet:
    """The essays this person may change: their own, or all of them for staff."""
    if not user.is_authenticated:
        return Essay.objects.none()
    if user.is_staff:
        return Essay.objects.all()
    return Essay.objects.filter(owner=user)


def can_manage_essay(user, essay: Essay) -> bool:
    """True for the essay's owner and for staff."""
    return user.is_authenticated and (
        user.is_staff or (essay.owner_id is not None and essay.owner_id == user.pk)
    )


def readable_essay(user, slug: str) -> Essay:
    """The essay with this slug if this person may read it; a 404 otherwise, never a hint."""
    essay = visible_essays(user).filter(slug=slug).first()
    if essay is None:
        raise Http404("No such essay.")
    return essay


def managed_essay(user, slug: str) -> Essay:
    """The essay if this person may change it: 404 when they cannot see it, 403 when they only read it."""
    essay = readable_essay(user, slug)
    if not can_manage_essay(user, essay):
        raise PermissionDenied
    return essay
