from django.core.management.base import BaseCommand, CommandError

from studyapp.classrooms import create_classroom, ensure_user, join_classroom
from studyapp.demo import build_demo_class
from studyapp.models import Classroom, Essay, Profile

DEMO_PASSWORD = "studyapp-demo"
DEMO_CLASS = "Klas 5 vwo geschiedenis"
DEMO_LEARNERS = [("anna", "Anna"), ("bram", "Bram"), ("chloe", "Chloë")]


class Command(BaseCommand):
    help = (
        "Create demo accounts (a teacher, a class with a join code, three learners) and a "
        "realistic class of learners answering over weeks, for the dashboard and benchmarks."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--learners",
            type=int,
            default=24,
            help="Learners in the realistic demo class (0: none).",
        )
        parser.add_argument(
            "--answers",
            type=int,
            default=2400,
            help="Answers in all, spread over the learners and six weeks.",
        )
        parser.add_argument("--essay", default="trotski-deel-2")
        parser.add_argument("--seed", type=int, default=7)

    def handle(self, learners, answers, essay, seed, **options):
        teacher, _ = ensure_user(
            "docent", role=Profile.Role.TEACHER, password=DEMO_PASSWORD, first_name="Docent"
        )
        classroom = Classroom.objects.filter(teacher=teacher, name=DEMO_CLASS).first()
        if classroom is None:
            classroom = create_classroom(teacher, DEMO_CLASS)
        for username, first_name in DEMO_LEARNERS:
            learner, _ = ensure_user(
                username, role=Profile.Role.LEARNER, password=DEMO_PASSWORD, first_name=first_name
            )
            join_classroom(learner, classroom)
        # The demo teacher looks after the demo essay: its bank, reports and exports are his.
        adopted = Essay.objects.filter(slug=essay, owner__isnull=True).update(owner=teacher)
        self.stdout.write(f"Demo accounts (password for all: {DEMO_PASSWORD}):")
        self.stdout.write(
            "  teacher:  docent" + (f" (now the owner of {essay})" if adopted else "")
        )
        self.stdout.write("  learners: " + ", ".join(u for u, _ in DEMO_LEARNERS))
        self.stdout.write(f"  class:    {classroom.name} (join code {classroom.join_code})")
        if learners <= 0:
            return
        if learners > 5000 or answers < 0:
            raise CommandError("Choose at most 5000 learners and a positive number of answers.")
        name = f"Demoklas {learners} leerlingen, {answers} antwoorden"
        existing = Classroom.objects.filter(teacher=teacher, name=name).first()
        if existing:
            self.stdout.write(f"  {name}: already there (join code {existing.join_code})")
            return
        found = Essay.objects.filter(slug=essay).first()
        if found is None:
            raise CommandError(f"There is no essay {essay!r}; load it first.")
        demo = build_demo_class(
            teacher, found, learners=learners, answers=answers, seed=seed, name=name
        )
        self.stdout.write(f"  {name}: created (join code {demo.join_code})")
