from django.core.management.base import BaseCommand

from studyapp.classrooms import create_classroom, ensure_user, join_classroom
from studyapp.models import Classroom, Profile

DEMO_PASSWORD = "studyapp-demo"
DEMO_CLASS = "Klas 5 vwo geschiedenis"
DEMO_LEARNERS = [("anna", "Anna"), ("bram", "Bram"), ("chloe", "Chloë")]


class Command(BaseCommand):
    help = "Create demo accounts: a teacher, a class with a join code and a few learners."

    def handle(self, **options):
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
        self.stdout.write(f"Demo accounts (password for all: {DEMO_PASSWORD}):")
        self.stdout.write("  teacher:  docent")
        self.stdout.write("  learners: " + ", ".join(u for u, _ in DEMO_LEARNERS))
        self.stdout.write(f"  class:    {classroom.name} (join code {classroom.join_code})")
