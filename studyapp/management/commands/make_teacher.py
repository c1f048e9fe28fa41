from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from studyapp.invitations import make_teacher
from studyapp.models import Profile


class Command(BaseCommand):
    help = "Give an existing account the teacher role (or, with --learner, take it away)."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument(
            "--learner", action="store_true", help="make the account a learner again"
        )

    def handle(self, username, learner=False, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"There is no account {username!r}.")
        if learner:
            Profile.objects.update_or_create(user=user, defaults={"role": Profile.Role.LEARNER})
            self.stdout.write(f"{username} is a learner now.")
        else:
            make_teacher(user)
            self.stdout.write(f"{username} is a teacher now.")
