from django.core.management.base import BaseCommand, CommandError

from studyapp.generation import generate_bank
from studyapp.models import Essay


class Command(BaseCommand):
    help = "Generate (or regenerate) the question bank and flashcards of one essay or all essays."

    def add_arguments(self, parser):
        parser.add_argument("--essay", help="Slug of the essay; all essays when left out.")
        parser.add_argument(
            "--source",
            choices=["auto", "pack", "text"],
            default="auto",
            help="pack: the curated study pack; text: the raw text alone; auto: the pack when "
            "there is one.",
        )

    def handle(self, essay, source, **options):
        essays = Essay.objects.all() if essay is None else Essay.objects.filter(slug=essay)
        if essay and not essays.exists():
            raise CommandError(f"There is no essay with slug {essay!r}; see load_essay.")
        for each in essays:
            report = generate_bank(each, source=source)
            if options["verbosity"]:
                self.stdout.write(self.style.SUCCESS(report.summary()))
