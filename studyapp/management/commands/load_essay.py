from django.core.management.base import BaseCommand, CommandError

from studyapp.ingest import IngestError, load_essay_file


class Command(BaseCommand):
    help = "Load an essay (UTF-8 plain text, Markdown or HTML) into passages and sentences."

    def add_arguments(self, parser):
        parser.add_argument("path")
        parser.add_argument("--slug")
        parser.add_argument("--title")
        parser.add_argument("--language", help="nl, en, ... (guessed from the text when left out)")
        parser.add_argument("--format", choices=["text", "markdown", "html"], dest="fmt")

    def handle(self, path, slug, title, language, fmt, **options):
        try:
            result = load_essay_file(path, slug=slug, title=title, language=language, fmt=fmt)
        except IngestError as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(self.style.SUCCESS(result.summary()))
