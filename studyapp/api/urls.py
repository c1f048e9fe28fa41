from django.urls import include, path
from rest_framework.authtoken.views import obtain_auth_token
from rest_framework.routers import DefaultRouter

from . import views

router = DefaultRouter()
router.register("essays", views.EssayViewSet, basename="essay")
router.register("quizzes", views.QuizViewSet, basename="quiz")

urlpatterns = [
    path("auth/token/", obtain_auth_token, name="api_token"),
    path("cards/due/", views.due_cards, name="api_due_cards"),
    path("cards/undo/", views.undo_review, name="api_undo_review"),
    path("cards/<str:uid>/review/", views.review_card, name="api_review_card"),
    path("", include(router.urls)),
]
