from django.urls import include, path
from rest_framework.authtoken.views import obtain_auth_token
from rest_framework.routers import DefaultRouter

from . import class_views, export_views, review_views, views

router = DefaultRouter()
router.register("essays", views.EssayViewSet, basename="essay")
router.register("quizzes", views.QuizViewSet, basename="quiz")
router.register("classes", class_views.ClassroomViewSet, basename="classroom")

urlpatterns = [
    path("auth/token/", obtain_auth_token, name="api_token"),
    path("cards/due/", views.due_cards, name="api_due_cards"),
    path("cards/undo/", views.undo_review, name="api_undo_review"),
    path("cards/<str:uid>/review/", views.review_card, name="api_review_card"),
    path("assignments/", class_views.my_assignments, name="api_my_assignments"),
    path(
        "assignments/<int:assignment_id>/start/",
        class_views.start_assignment,
        name="api_start_assignment",
    ),
    path("progress/", class_views.my_progress, name="api_my_progress"),
    path("essays/new/", export_views.add_essay, name="api_add_essay"),
    path("essays/<slug:slug>/anki/", export_views.essay_anki, name="api_essay_anki"),
    path(
        "essays/<slug:slug>/export/<str:fmt>/", export_views.essay_export, name="api_essay_export"
    ),
    path("me/anki/", export_views.my_anki, name="api_my_anki"),
    path("me/data/", class_views.my_data, name="api_my_data"),
    path("me/", class_views.delete_me, name="api_delete_me"),
    path(
        "assignments/<int:assignment_id>/anki/",
        export_views.assignment_anki,
        name="api_assignment_anki",
    ),
    path("essays/<slug:slug>/drafts/", review_views.drafts, name="api_drafts"),
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
