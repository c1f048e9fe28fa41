"""Services for accounts and classes: roles, creating classes, joining by code."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import Assignment, Classroom, Essay, Membership, Profile, QuizAttempt
from .quizzes import QuizError, build_quiz, quiz_capacity
from .throttle import Throttle


class ClassroomError(ValueError):
    """A class or assignment action that cannot be carried out; the message says why."""


class TooManyJoinAttempts(ClassroomError):
    """Too many wrong join codes from this person and address: wait before trying again."""


# Join codes are short: like logins (django-axes), wrong guesses per account and address are
# limited, by default 10 per 15 minutes.
JOIN_THROTTLE = Throttle(
    "join-code",
    limit=getattr(settings, "JOIN_CODE_FAILURE_LIMIT", 10),
    window=getattr(settings, "JOIN_CODE_LOCKOUT_SECONDS", 15 * 60),
)


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


def role_of(user) -> str:
    if not user.is_authenticated:
        return ""
    profile = Profile.objects.filter(user=user).only("role").first()
    return profile.role if profile else Profile.Role.LEARNER


def is_teacher(user) -> bool:
    return role_of(user) == Profile.Role.TEACHER


def can_author(user) -> bool:
    """Teachers and staff may add essays."""
    return user.is_authenticated and (user.is_staff or is_teacher(user))


def classes_taught(user):
    return Classroom.objects.filter(teacher=user)


def classes_joined(user):
    return Classroom.objects.filter(memberships__learner=user).select_related("teacher")


def start_classroom(teacher, name: str) -> Classroom:
    """A teacher's new class, with a fresh join code."""
    if not is_teacher(teacher):
        raise ClassroomError(_("Only teachers can create classes."))
    name = (name or "").strip()
    if not name or len(name) > 120:
        raise ClassroomError(_("Give the class a name of at most 120 characters."))
    return create_classroom(teacher, name)


def join_by_code(learner, code: str, *, address: str = "") -> Classroom:
    """Join the class with this code; wrong codes count towards a lockout per learner and address."""
    throttle_key = f"{learner.pk}:{address}"
    if JOIN_THROTTLE.locked(throttle_key):
        raise TooManyJoinAttempts(
            _("Too many wrong join codes; wait %(minutes)s minutes and try again.")
            % {"minutes": JOIN_THROTTLE.window // 60}
        )
    code = (code or "").strip().upper().replace(" ", "")
    classroom = Classroom.objects.filter(join_code=code).first()
    if classroom is None:
        JOIN_THROTTLE.fail(throttle_key)
        raise ClassroomError(
            _("There is no class with join code %(code)s; check the code with your teacher.")
            % {"code": code or "–"}
        )
    if classroom.teacher_id == learner.pk:
        raise ClassroomError(_("You teach this class; learners join it with the code."))
    JOIN_THROTTLE.reset(throttle_key)
    join_classroom(learner, classroom)
    return classroom


def remove_learner(classroom: Classroom, learner_id: int) -> bool:
    deleted, _details = Membership.objects.filter(
        classroom=classroom, learner_id=learner_id
    ).delete()
    return bool(deleted)


def create_assignment(
    classroom: Classroom,
    *,
    title,
    essay: Essay,
    due_at,
    topics=(),
    types=(),
    count=10,
    mode="exam",
    time_limit_minutes=None,
) -> Assignment:
    """Set work for a class; refused when it could not produce a quiz."""
    title = (title or "").strip()
    if not title:
        raise ClassroomError(_("Give the assignment a title."))
    if due_at <= timezone.now():
        raise ClassroomError(_("The due date must lie in the future."))
    if not 1 <= count <= 100:
        raise ClassroomError(_("Choose between 1 and 100 questions."))
    if mode not in QuizAttempt.Mode.values:
        raise ClassroomError(_("Choose practice or exam mode."))
    check_capacity(essay, topics, types, count)
    return Assignment.objects.create(
        classroom=classroom,
        title=title[:200],
        essay=essay,
        topics=list(topics),
        types=list(types),
        count=count,
        mode=mode,
        time_limit_minutes=time_limit_minutes,
        due_at=due_at,
    )


def check_capacity(essay, topics, types, count):
    """Refuse work that promises learners more questions than the choices hold."""
    capacity = quiz_capacity(essay, topics, types)
    if capacity == 0:
        raise ClassroomError(_("No questions match these choices; choose more topics or types."))
    if count > capacity:
        raise ClassroomError(
            _(
                "These choices hold %(n)s different questions (some questions ask the same "
                "thing, and a quiz asks it once): ask for %(n)s or fewer, or choose more topics "
                "or types."
            )
            % {"n": capacity}
        )


def assignments_for(learner):
    """The assignments of every class the learner is in, with the learner's attempt if any."""
    assignments = list(
        Assignment.objects.filter(classroom__memberships__learner=learner)
        .select_related("classroom", "essay")
        .order_by("due_at")
    )
    attempts = {
        a.assignment_id: a
        for a in QuizAttempt.objects.filter(learner=learner, assignment__in=assignments)
    }
    for assignment in assignments:
        assignment.my_attempt = attempts.get(assignment.pk)
    return assignments


def start_assignment(learner, assignment: Assignment) -> QuizAttempt:
    """The learner's attempt at an assignment: started once, resumed after that."""
    if not Membership.objects.filter(classroom=assignment.classroom, learner=learner).exists():
        raise ClassroomError(_("This assignment is for another class."))
    existing = QuizAttempt.objects.filter(assignment=assignment, learner=learner).first()
    if existing:
        return existing
    if assignment.closed_at is not None:
        raise ClassroomError(_("Your teacher has closed this assignment."))
    try:
        with transaction.atomic():
            attempt = build_quiz(
                learner,
                assignment.essay,
                topics=assignment.topics,
                types=assignment.types,
                count=assignment.count,
                mode=assignment.mode,
                time_limit_minutes=assignment.time_limit_minutes,
                assignment=assignment,
            )
            return attempt
    except IntegrityError:
        return QuizAttempt.objects.get(assignment=assignment, learner=learner)
    except QuizError as error:
        raise ClassroomError(str(error)) from None
