from django.core.management.base import BaseCommand, CommandError

from studyapp.export.bank_json import bank_as_json
from studyapp.export.files import write_atomically
from studyapp.models import Essay

FORMATS = {"json": bank_as_json}


class Command(BaseCommand):
    help = "Export an essay's active question bank."

    def add_arguments(self, parser):
        parser.add_argument("--essay", required=True, help="Slug of the essay.")
        parser.add_argument("--format", choices=sorted(FORMATS), default="json", dest="fmt")
        parser.add_argument("-o", "--output", help="File to write; standard output when left out.")

    def handle(self, essay, fmt, output, **options):
        found = Essay.objects.filter(slug=essay).first()
        if found is None:
            raise CommandError(f"There is no essay with slug {essay!r}.")
        text = FORMATS[fmt](found)
        if output:
            write_atomically(output, text.encode("utf-8"))
            self.stderr.write(f"Wrote {output}")
        else:
            self.stdout.write(text)
