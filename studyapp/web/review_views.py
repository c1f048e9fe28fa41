"""The author's review of a drafted study pack: thin views over studyapp.drafting.review."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from studyapp import essays, studypack
from studyapp.drafting import review, review_display


def _back(slug, anchor=""):
    url = reverse("essay_review", args=[slug])
    return redirect(f"{url}#{anchor}" if anchor else url)


@login_required
def essay_review(request, slug):
    essay = essays.managed_essay(request.user, slug)
    return render(request, "studyapp/essay_review.html", review_display.review_page(essay))


@login_required
@require_POST
def review_item(request, slug, kind, pk):
    essay = essays.managed_essay(request.user, slug)
    action = request.POST.get("action", "")
    try:
        if action == "accept":
            review.set_status(essay, kind, pk, review.ReviewStatus.ACCEPTED)
        elif action == "reject":
            review.set_status(essay, kind, pk, review.ReviewStatus.REJECTED)
        elif action == "reopen":
            review.set_status(essay, kind, pk, review.ReviewStatus.DRAFTED)
        elif action == "edit":
            review.edit_item(essay, kind, pk, request.POST.dict())
        elif action == "move":
            review.move_to_topic(
                essay, kind, pk, request.POST.get("new_topic") or request.POST.get("topic", "")
            )
        elif action == "merge":
            review.merge_people(essay, pk, int(request.POST.get("other") or 0))
        else:
            raise review.ReviewError(_("Unknown action."))
    except review.ReviewError as error:
        messages.error(request, str(error))
        return _back(slug, f"item-{kind}-{pk}")
    return _back(slug, request.POST.get("next") or f"item-{kind}-{pk}")


@login_required
@require_POST
def review_accept_all(request, slug):
    """Accept every item still drafted, as drafted (rejected items stay rejected)."""
    essay = essays.managed_essay(request.user, slug)
    accepted = review.accept_all_drafted(essay)
    messages.success(
        request,
        ngettext(
            "%(n)s drafted item was accepted as drafted.",
            "%(n)s drafted items were accepted as drafted.",
            accepted,
        )
        % {"n": accepted},
    )
    return _back(slug)


@login_required
@require_POST
def review_add(request, slug):
    essay = essays.managed_essay(request.user, slug)
    data = request.POST.dict()
    try:
        item = review.add_item(
            essay, data.get("kind", ""), data.get("passage"), data.get("span", ""), data
        )
    except review.ReviewError as error:
        messages.error(request, str(error))
        return _back(slug, "add")
    messages.success(request, _("Added and accepted: %(label)s") % {"label": str(item)[:80]})
    return _back(slug, f"item-{data['kind']}-{item.pk}")


@login_required
@require_POST
def review_generate(request, slug):
    essay = essays.managed_essay(request.user, slug)
    report = review.generate(essay)
    messages.success(
        request,
        _("%(n)s questions were generated from %(source)s.")
        % {
            "n": sum(report.by_type.values()),
            "source": _("the accepted items") if report.source == "pack" else _("the raw text"),
        },
    )
    advice = review.thin_bank_advice(report)
    if advice:
        messages.warning(request, advice)
    return _back(slug)


@login_required
@require_POST
def essay_publish(request, slug):
    essay = essays.managed_essay(request.user, slug)
    try:
        review.publish(essay)
    except review.ReviewError as error:
        messages.error(request, str(error))
        return _back(slug)
    messages.success(request, _("The essay is published; learners can study it now."))
    return redirect("essay_detail", essay.slug)


@login_required
def pack_export(request, slug):
    essay = essays.managed_essay(request.user, slug)
    response = HttpResponse(
        studypack.export_study_pack(essay), content_type="application/yaml; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{essay.slug}.yaml"'
    return response


@login_required
@require_POST
def pack_import(request, slug):
    essay = essays.managed_essay(request.user, slug)
    upload = request.FILES.get("file")
    if upload is None:
        messages.error(request, _("Choose a YAML file to import."))
        return _back(slug)
    try:
        if upload.size > studypack.PACK_MAX_BYTES:
            raise studypack.StudyPackError(
                [_("The study pack is larger than %(n)s bytes.") % {"n": studypack.PACK_MAX_BYTES}]
            )
        report = studypack.import_study_pack(essay, upload.read().decode("utf-8"))
    except UnicodeDecodeError:
        messages.error(request, _("The file is not UTF-8 text; save it as UTF-8 and try again."))
    except studypack.StudyPackError as error:
        messages.error(
            request,
            _("The pack was not imported: %(problems)s")
            % {"problems": "; ".join(error.problems[:5])},
        )
    else:
        messages.success(request, report.summary())
    return _back(slug)
