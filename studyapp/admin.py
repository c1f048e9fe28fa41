"""Admin: authors browse and edit the essay, the study pack and the generated bank."""

from django.contrib import admin

from .models import (
    Argument,
    ArgumentPoint,
    Card,
    Classroom,
    Concept,
    Essay,
    EssayJob,
    Event,
    Fact,
    Membership,
    Passage,
    Person,
    Profile,
    Question,
    Quote,
    TeacherInvitation,
    Topic,
    Work,
)


class PassageInline(admin.TabularInline):
    model = Passage
    fields = ["number", "text", "retired"]
    readonly_fields = ["number", "retired"]
    extra = 0
    show_change_link = True


@admin.register(Essay)
class EssayAdmin(admin.ModelAdmin):
    list_display = ["title", "slug", "author", "language", "loaded_at"]
    search_fields = ["title", "slug", "author"]
    inlines = [PassageInline]


@admin.register(Passage)
class PassageAdmin(admin.ModelAdmin):
    list_display = ["__str__", "essay", "number", "retired"]
    list_filter = ["essay", "retired"]
    search_fields = ["text"]


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "essay", "position"]
    list_filter = ["essay"]


class AnchoredAdmin(admin.ModelAdmin):
    """Shared list and form behaviour of every study-pack item."""

    list_filter = ["essay", "topics"]
    search_fields = ["key", "span"]
    raw_id_fields = ["passage"]
    filter_horizontal = ["topics"]

    @admin.display(boolean=True, description="anchored")
    def anchored(self, obj):
        return obj.span_is_anchored()


@admin.register(Person)
class PersonAdmin(AnchoredAdmin):
    list_display = ["name", "role", "passage", "anchored"]
    search_fields = ["name", "role", "key"]


@admin.register(Event)
class EventAdmin(AnchoredAdmin):
    list_display = ["when", "title", "place", "passage", "anchored"]
    search_fields = ["title", "when", "key"]
    filter_horizontal = ["topics", "people"]


@admin.register(Work)
class WorkAdmin(AnchoredAdmin):
    list_display = ["title", "kind", "author", "year", "footnote", "anchored"]
    search_fields = ["title", "key"]


@admin.register(Quote)
class QuoteAdmin(AnchoredAdmin):
    list_display = ["__str__", "speaker", "work", "year", "anchored"]
    search_fields = ["text", "key"]


@admin.register(Fact)
class FactAdmin(AnchoredAdmin):
    list_display = ["statement", "answer", "kind", "passage", "anchored"]
    list_filter = ["essay", "kind", "topics"]
    search_fields = ["statement", "answer", "key"]


@admin.register(Concept)
class ConceptAdmin(AnchoredAdmin):
    list_display = ["term", "definition", "passage", "anchored"]
    search_fields = ["term", "definition", "key"]


class ArgumentPointInline(admin.StackedInline):
    model = ArgumentPoint
    extra = 0
    raw_id_fields = ["passage"]


@admin.register(Argument)
class ArgumentAdmin(AnchoredAdmin):
    list_display = ["subject", "stance", "passage", "anchored"]
    list_filter = ["essay", "stance", "topics"]
    search_fields = ["subject", "claim", "position", "key"]
    inlines = [ArgumentPointInline]


class GeneratedAdmin(admin.ModelAdmin):
    """Teachers and authors review, edit and retire generated items; an edit survives regeneration."""

    list_filter = ["essay", "status", "edited", "topics"]
    raw_id_fields = ["passage"]
    filter_horizontal = ["topics"]
    readonly_fields = ["uid", "origin", "generated_at", "updated_at"]
    actions = ["retire", "reactivate"]

    def save_model(self, request, obj, form, change):
        if change and form.changed_data:
            obj.edited = True
        super().save_model(request, obj, form, change)

    @admin.action(description="Retire the selected items")
    def retire(self, request, queryset):
        queryset.update(status="retired", edited=True)

    @admin.action(description="Make the selected items active again")
    def reactivate(self, request, queryset):
        queryset.update(status="active")


@admin.register(Question)
class QuestionAdmin(GeneratedAdmin):
    list_display = ["uid", "qtype", "prompt", "passage", "difficulty", "status", "edited"]
    list_filter = ["essay", "qtype", "status", "edited", "topics"]
    search_fields = ["uid", "prompt", "explanation", "origin"]


@admin.register(Card)
class CardAdmin(GeneratedAdmin):
    list_display = ["uid", "kind", "front", "passage", "status", "edited"]
    list_filter = ["essay", "kind", "status", "edited", "topics"]
    search_fields = ["uid", "front", "back", "origin"]


@admin.register(Profile)
class ProfileAdmin(admin.ModelAdmin):
    list_display = ["user", "role"]
    list_filter = ["role"]


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    raw_id_fields = ["learner"]


@admin.register(Classroom)
class ClassroomAdmin(admin.ModelAdmin):
    list_display = ["name", "teacher", "join_code", "created_at"]
    inlines = [MembershipInline]


@admin.register(TeacherInvitation)
class TeacherInvitationAdmin(admin.ModelAdmin):
    """Invitations are created on /invitations/ (the token is shown only there, once)."""

    list_display = ["email", "created_by", "created_at", "expires_at", "used_by", "revoked_at"]
    list_filter = ["created_at"]
    readonly_fields = ["token_hash", "created_by", "created_at", "used_by", "used_at"]

    def has_add_permission(self, request):
        return False


@admin.register(EssayJob)
class EssayJobAdmin(admin.ModelAdmin):
    list_display = ["essay", "stage", "done", "total", "created_at", "finished_at"]
    list_filter = ["stage"]
    exclude = ["source_text"]
    readonly_fields = ["essay", "requested_by", "stage", "done", "total", "summary", "error"]
