"""Services for accounts and classes: roles, creating classes, joining by code."""

import secrets

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction

from .models import Classroom, Membership, Profile

# No 0/O or 1/I/L: join codes are read aloud and typed from a board.
JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


def new_join_code(length=6):
    return "".join(secrets.choice(JOIN_CODE_ALPHABET) for _ in range(length))


def ensure_user(username, *, role, password, first_name=""):
    """Create the user with a role once; later calls leave an existing account as it is."""
    user_model = get_user_model()
    with transaction.atomic():
        user, created = user_model.objects.get_or_create(
            username=username, defaults={"first_name": first_name}
        )
        if created:
            user.set_password(password)
            user.save(update_fields=["password"])
        Profile.objects.get_or_create(user=user, defaults={"role": role})
    return user, created


def create_classroom(teacher, name, *, join_code=None):
    for _attempt in range(10):
        try:
            with transaction.atomic():
                return Classroom.objects.create(
                    teacher=teacher, name=name, join_code=join_code or new_join_code()
                )
        except IntegrityError:
            if join_code:
                raise
    raise RuntimeError("Could not find a free join code.")


def join_classroom(learner, classroom):
    membership, _created = Membership.objects.get_or_create(classroom=classroom, learner=learner)
    return membership
