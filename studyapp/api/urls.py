from django.urls import include, path
from rest_framework.authtoken.views import ObtainAuthToken
from rest_framework.routers import DefaultRouter
from rest_framework.settings import api_settings

from . import (
    assignment_views,
    bank_views,
    class_views,
    export_views,
    invitation_views,
    job_views,
    learn_views,
    review_views,
    views,
)

router = DefaultRouter()
router.register("essays", views.EssayViewSet, basename="essay")
router.register("quizzes", views.QuizViewSet, basename="quiz")
router.register("classes", class_views.ClassroomViewSet, basename="classroom")

urlpatterns = [
    # DRF's token view names its own parsers: give it ours, which bound the JSON it reads.
    path(
        "auth/token/",
        ObtainAuthToken.as_view(parser_classes=api_settings.DEFAULT_PARSER_CLASSES),
        name="api_token",
    ),
    path("cards/due/", views.due_cards, name="api_due_cards"),
    path("cards/undo/", views.undo_review, name="api_undo_review"),
    path("cards/<str:uid>/review/", views.review_card, name="api_review_card"),
    path("assignments/", class_views.my_assignments, name="api_my_assignments"),
    path(
        "assignments/<id:assignment_id>/",
        assignment_views.assignment,
        name="api_assignment",
    ),
    path(
        "assignments/<id:assignment_id>/close/",
        assignment_views.close,
        name="api_assignment_close",
    ),
    path(
        "assignments/<id:assignment_id>/start/",
        class_views.start_assignment,
        name="api_start_assignment",
    ),
    path("progress/", class_views.my_progress, name="api_my_progress"),
    path("learn/", learn_views.start, name="api_learn_start"),
    path("learn/<id:session_id>/", learn_views.state, name="api_learn_state"),
    path("learn/<id:session_id>/answers/", learn_views.answer, name="api_learn_answer"),
    path("invitations/", invitation_views.invitation_list, name="api_invitations"),
    path("invitations/accept/", invitation_views.invitation_accept, name="api_invitation_accept"),
    path(
        "invitations/<id:invitation_id>/",
        invitation_views.invitation_revoke,
        name="api_invitation_revoke",
    ),
    path("essays/new/", export_views.add_essay, name="api_add_essay"),
    path("essays/<slug:slug>/job/", job_views.essay_job, name="api_essay_job"),
    path("essays/<slug:slug>/anki/", export_views.essay_anki, name="api_essay_anki"),
    path(
        "essays/<slug:slug>/export/<str:fmt>/", export_views.essay_export, name="api_essay_export"
    ),
    path("me/anki/", export_views.my_anki, name="api_my_anki"),
    path("me/data/", class_views.my_data, name="api_my_data"),
    path("me/", class_views.delete_me, name="api_delete_me"),
    path(
        "assignments/<id:assignment_id>/anki/",
        export_views.assignment_anki,
        name="api_assignment_anki",
    ),
    path("essays/<slug:slug>/bank/questions/", bank_views.bank_questions, name="api_bank"),
    path("essays/<slug:slug>/bank/reports/", bank_views.report_queue, name="api_report_queue"),
    path(
        "essays/<slug:slug>/bank/questions/<str:uid>/",
        bank_views.bank_question,
        name="api_bank_question",
    ),
    path(
        "essays/<slug:slug>/bank/questions/<str:uid>/retire/",
        bank_views.retire,
        name="api_question_retire",
    ),
    path(
        "essays/<slug:slug>/bank/questions/<str:uid>/restore/",
        bank_views.restore,
        name="api_question_restore",
    ),
    path(
        "essays/<slug:slug>/bank/questions/<str:uid>/dismiss/",
        bank_views.dismiss,
        name="api_question_dismiss",
    ),
    path("essays/<slug:slug>/bank/cards/", bank_views.bank_cards, name="api_bank_cards"),
    path(
        "essays/<slug:slug>/bank/cards/<str:uid>/",
        bank_views.bank_card,
        name="api_bank_card",
    ),
    path(
        "essays/<slug:slug>/bank/cards/<str:uid>/retire/",
        bank_views.retire_card,
        name="api_card_retire",
    ),
    path(
        "essays/<slug:slug>/bank/cards/<str:uid>/restore/",
        bank_views.restore_card,
        name="api_card_restore",
    ),
    path(
        "quizzes/<id:attempt_id>/questions/<id:question_id>/report/",
        bank_views.report,
        name="api_report_question",
    ),
    path("essays/<slug:slug>/drafts/", review_views.drafts, name="api_drafts"),
    path(
        "essays/<slug:slug>/drafts/accept-all/",
        review_views.accept_all,
        name="api_drafts_accept_all",
    ),
    path(
        "essays/<slug:slug>/drafts/<str:kind>/<int:pk>/",
        review_views.draft_item,
        name="api_draft_item",
    ),
    path(
        "essays/<slug:slug>/drafts/<str:kind>/<int:pk>/accept/",
        review_views.accept,
        name="api_draft_accept",
    ),
    path(
        "essays/<slug:slug>/drafts/<str:kind>/<int:pk>/reject/",
        review_views.reject,
        name="api_draft_reject",
    ),
    path("essays/<slug:slug>/generate/", review_views.generate, name="api_generate"),
    path("essays/<slug:slug>/publish/", review_views.publish, name="api_publish"),
    path("essays/<slug:slug>/pack/", review_views.pack, name="api_pack"),
    path("", include(router.urls)),
]
