from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from studyapp.export.anki import anki_bytes
from studyapp.export.files import write_atomically
from studyapp.export.selection import essay_selection, learner_selection
from studyapp.models import Essay, Topic


class Command(BaseCommand):
    help = "Export an Anki deck (.apkg): a whole essay, some topics, or a learner's own deck."

    def add_arguments(self, parser):
        parser.add_argument("--essay", required=True, help="Slug of the essay.")
        parser.add_argument(
            "--topic",
            action="append",
            default=[],
            dest="topics",
            help="Only this topic (slug); may be repeated.",
        )
        parser.add_argument("--learner", help="Username: only what this learner has not mastered.")
        parser.add_argument("-o", "--output", required=True, help="The .apkg file to write.")

    def handle(self, essay, topics, learner, output, **options):
        found = Essay.objects.filter(slug=essay).first()
        if found is None:
            raise CommandError(f"There is no essay with slug {essay!r}.")
        unknown = set(topics) - set(
            Topic.objects.filter(essay=found).values_list("slug", flat=True)
        )
        if unknown:
            raise CommandError(f"Unknown topic(s) for {essay}: {', '.join(sorted(unknown))}.")
        if learner:
            user = get_user_model().objects.filter(username=learner).first()
            if user is None:
                raise CommandError(f"There is no user {learner!r}.")
            selection = learner_selection(user, found)
        else:
            selection = essay_selection(found, topics)
        if not output.endswith(".apkg"):
            raise CommandError("The output file must end in .apkg.")
        write_atomically(output, anki_bytes(selection))
        self.stdout.write(
            self.style.SUCCESS(
                f"Wrote {output}: {len(selection.cards)} cards and {len(selection.questions)} "
                f"multiple-choice questions."
            )
        )
