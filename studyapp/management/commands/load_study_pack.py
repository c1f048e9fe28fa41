from django.core.management.base import BaseCommand, CommandError

from studyapp.ingest import IngestError
from studyapp.studypack import StudyPackError, load_study_pack


class Command(BaseCommand):
    help = "Load a curated study pack (and the essay it names) into the database."

    def add_arguments(self, parser):
        parser.add_argument("path")

    def handle(self, path, **options):
        try:
            report = load_study_pack(path)
        except (StudyPackError, IngestError) as exc:
            raise CommandError(f"The study pack was not loaded:\n{exc}") from None
        self.stdout.write(self.style.SUCCESS(report.summary()))
