from django.core.management.base import BaseCommand, CommandError

from studyapp import studypack
from studyapp.drafting import draft_study_pack
from studyapp.drafting.review import accept_all_drafted
from studyapp.models import Essay


class Command(BaseCommand):
    help = (
        "Draft an essay's study pack from its text (drafted items wait for review; accepted and "
        "rejected ones stay), or export its reviewed pack as YAML with --export."
    )

    def add_arguments(self, parser):
        parser.add_argument("essay", help="Slug of the essay.")
        parser.add_argument(
            "--export", metavar="FILE", help="Write the accepted items as a YAML pack instead."
        )
        parser.add_argument(
            "--accept-all",
            action="store_true",
            help="Then accept every drafted item as drafted (what a teacher's 'accept all' does).",
        )

    def handle(self, essay, export=None, accept_all=False, **options):
        found = Essay.objects.filter(slug=essay).first()
        if found is None:
            raise CommandError(f"There is no essay with slug {essay!r}; see load_essay.")
        if export:
            with open(export, "w", encoding="utf-8") as out:
                out.write(studypack.export_study_pack(found))
            self.stdout.write(self.style.SUCCESS(f"Wrote {export}."))
            return
        report = draft_study_pack(found)
        self.stdout.write(self.style.SUCCESS(report.summary()))
        if accept_all:
            accepted = accept_all_drafted(found)
            self.stdout.write(self.style.SUCCESS(f"Accepted {accepted} drafted items as drafted."))
