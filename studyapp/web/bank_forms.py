"""Forms for the owner's bank pages and learners' reports."""

from django import forms
from django.utils.translation import gettext_lazy as _

from studyapp.models import Card, Question, QuestionReport

LINES_HELP = _("One per line.")


def _lines(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


class BankFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    qtype = forms.ChoiceField(label=_("Type"), required=False)
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[
            ("", _("all")),
            ("active", _("active")),
            ("retired", _("retired")),
            ("reported", _("reported")),
            ("flagged", _("flagged by the item analysis")),
        ],
    )

    def __init__(self, *args, essay, kind="questions", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].choices = [("", _("all"))] + [
            (t.slug, t.name) for t in essay.topics.all()
        ]
        self.fields["qtype"].choices = [("", _("all")), *Question.Type.choices]
        if kind == "cards":
            # Learners report questions, and the item analysis weighs questions only.
            self.fields["status"].choices = self.fields["status"].choices[:3]


class QuestionEditForm(forms.Form):
    prompt = forms.CharField(label=_("Question"), widget=forms.Textarea(attrs={"rows": 3}))
    options = forms.CharField(
        label=_("Options"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=LINES_HELP,
    )
    answers = forms.CharField(
        label=_("Right answer(s)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One per line; for an ordering the right order, for matching “left → right”."),
    )
    explanation = forms.CharField(label=_("Explanation"), widget=forms.Textarea(attrs={"rows": 4}))
    topics = forms.MultipleChoiceField(
        label=_("Topics"), required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, question: Question, **kwargs):
        kwargs.setdefault(
            "initial",
            {
                "prompt": question.prompt,
                "options": "\n".join(map(str, question.options)),
                "answers": "\n".join(map(str, question.answers)),
                "explanation": question.explanation,
                "topics": [t.slug for t in question.topics.all()],
            },
        )
        super().__init__(*args, **kwargs)
        self.question = question
        self.fields["topics"].choices = [(t.slug, t.name) for t in question.essay.topics.all()]
        if question.qtype == "true_false":
            self.fields["options"].disabled = True
            self.fields["options"].help_text = _("A true/false question always has these two.")
        elif question.qtype not in {
            "multiple_choice",
            "quote_attribution",
            "argument",
            "ordering",
        }:
            del self.fields["options"]

    def edit_values(self) -> dict:
        data = self.cleaned_data
        return {
            "prompt": data["prompt"],
            "options": _lines(data["options"])
            if "options" in self.fields
            else list(self.question.options),
            "answers": _lines(data["answers"]),
            "explanation": data["explanation"],
            "topics": data["topics"],
        }


class CardEditForm(forms.Form):
    front = forms.CharField(label=_("Front"), widget=forms.Textarea(attrs={"rows": 3}))
    back = forms.CharField(label=_("Back"), widget=forms.Textarea(attrs={"rows": 5}))
    cloze = forms.CharField(
        label=_("Cloze text"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "Put {{c1::…}} around the words to recall; the front shows a gap there, "
            "the back the whole sentence."
        ),
    )
    topics = forms.MultipleChoiceField(
        label=_("Topics"), required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, card: Card, **kwargs):
        kwargs.setdefault(
            "initial",
            {
                "front": card.front,
                "back": card.back,
                "cloze": card.cloze,
                "topics": [t.slug for t in card.topics.all()],
            },
        )
        super().__init__(*args, **kwargs)
        self.fields["topics"].choices = [(t.slug, t.name) for t in card.essay.topics.all()]
        # A cloze card is one text with gaps; its front and back follow from it.
        if card.kind == Card.Kind.CLOZE:
            del self.fields["front"], self.fields["back"]
        else:
            del self.fields["cloze"]

    def edit_values(self) -> dict:
        data = self.cleaned_data
        return {name: data[name] for name in ("front", "back", "cloze", "topics") if name in data}


class ReportForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("What is wrong?"), choices=QuestionReport.Reason.choices, widget=forms.RadioSelect
    )
    comment = forms.CharField(
        label=_("Comment (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
