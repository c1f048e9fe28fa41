from django.core.management.base import BaseCommand, CommandError

from studyapp.export.files import write_atomically
from studyapp.export.formats import FORMATS, export_text
from studyapp.models import Essay


class Command(BaseCommand):
    help = "Export an essay's active question bank as JSON, GIFT, Moodle XML or CSV."

    def add_arguments(self, parser):
        parser.add_argument("--essay", required=True, help="Slug of the essay.")
        parser.add_argument(
            "--format",
            choices=sorted(FORMATS),
            default="json",
            dest="fmt",
            help="quizlet-csv: the flashcards as term,definition rows.",
        )
        parser.add_argument(
            "--topic",
            action="append",
            default=[],
            dest="topics",
            help="Only this topic (for quizlet-csv); may be repeated.",
        )
        parser.add_argument("-o", "--output", help="File to write; standard output when left out.")

    def handle(self, essay, fmt, topics, output, **options):
        found = Essay.objects.filter(slug=essay).first()
        if found is None:
            raise CommandError(f"There is no essay with slug {essay!r}.")
        text, _format = export_text(found, fmt, topics)
        if output:
            write_atomically(output, text.encode("utf-8"))
            self.stderr.write(f"Wrote {output}")
        else:
            self.stdout.write(text, ending="")
