from django import forms
from django.contrib.auth.forms import UserCreationForm
from django.utils.translation import gettext_lazy as _

from studyapp.models import Profile, Question, QuizAttempt
from studyapp.quizzes import MAX_QUESTIONS
from studyapp.validation import check_text


class SignupForm(UserCreationForm):
    """Everyone signs up as a learner: the teacher role is granted (see studyapp.invitations)."""

    class Meta(UserCreationForm.Meta):
        fields = ["username", "email"]

    def save(self, commit=True):
        user = super().save(commit=commit)
        if commit:
            Profile.objects.update_or_create(user=user, defaults={"role": Profile.Role.LEARNER})
        return user


class InvitationForm(forms.Form):
    email = forms.EmailField(
        label=_("Email address of the teacher (optional, a note for you)"), required=False
    )
    days = forms.IntegerField(label=_("Valid for (days)"), min_value=1, max_value=30, initial=7)


class QuizForm(forms.Form):
    topics = forms.MultipleChoiceField(
        label=_("Topics"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("None ticked: all topics."),
    )
    types = forms.MultipleChoiceField(
        label=_("Question types"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("None ticked: all types."),
    )
    count = forms.IntegerField(
        label=_("Number of questions"), min_value=1, max_value=MAX_QUESTIONS, initial=10
    )
    mode = forms.ChoiceField(
        label=_("Mode"),
        widget=forms.RadioSelect,
        initial=QuizAttempt.Mode.PRACTICE,
        choices=[
            (QuizAttempt.Mode.PRACTICE, _("Practice: feedback after each answer")),
            (QuizAttempt.Mode.EXAM, _("Exam: feedback at the end")),
        ],
    )
    time_limit = forms.IntegerField(
        label=_("Time limit in minutes (exam only)"),
        required=False,
        min_value=1,
        max_value=240,
    )

    def __init__(self, *args, essay, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topics"].choices = [(t.slug, t.name) for t in essay.topics.all()]
        present = set(
            Question.objects.filter(essay=essay, status="active")
            .values_list("qtype", flat=True)
            .distinct()
        )
        self.fields["types"].choices = [
            (v, label) for v, label in Question.Type.choices if v in present
        ]


class StudyFilterForm(forms.Form):
    topics = forms.MultipleChoiceField(
        label=_("Topics"), required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, essay, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topics"].choices = [(t.slug, t.name) for t in essay.topics.all()]


class ClassroomForm(forms.Form):
    name = forms.CharField(label=_("Name of the class"), max_length=120, validators=[check_text])


class JoinForm(forms.Form):
    code = forms.CharField(label=_("Join code"), max_length=12, validators=[check_text])


class AssignmentForm(QuizForm):
    title = forms.CharField(label=_("Title"), max_length=200, validators=[check_text])
    due_at = forms.DateTimeField(
        label=_("Due"),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
    )
    field_order = ["title", "due_at", "topics", "types", "count", "mode", "time_limit"]

    def assignment_settings(self) -> dict:
        """The cleaned form as the assignment services take it."""
        data = self.cleaned_data
        return {
            "title": data["title"],
            "due_at": data["due_at"],
            "topics": data["topics"],
            "types": data["types"],
            "count": data["count"],
            "mode": data["mode"],
            "time_limit_minutes": data["time_limit"],
        }


class EssayUploadForm(forms.Form):
    file = forms.FileField(label=_("Essay file (plain text, Markdown or HTML, UTF-8)"))
    title = forms.CharField(
        label=_("Title"),
        max_length=300,
        required=False,
        validators=[check_text],
        help_text=_("Left empty: taken from the file."),
    )
    slug = forms.SlugField(label=_("Short name in links"), max_length=80, required=False)
    language = forms.ChoiceField(
        label=_("Language"),
        required=False,
        choices=[("", _("detect")), ("nl", _("Dutch")), ("en", _("English"))],
    )
    replace = forms.BooleanField(
        label=_("Replace the text of my essay with this short name"),
        required=False,
        help_text=_("Unticked, the file always becomes a new essay and changes no other one."),
    )


class LearnForm(StudyFilterForm):
    size = forms.TypedChoiceField(
        label=_("How many items"),
        coerce=int,
        empty_value=None,
        initial=20,
        widget=forms.RadioSelect,
        choices=[
            (10, _("10 items")),
            (20, _("20 items")),
            (50, _("50 items")),
            ("", _("all of them")),
        ],
        required=False,
    )
