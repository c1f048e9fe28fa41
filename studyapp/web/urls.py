from django.urls import path

from . import views

urlpatterns = [
    path("", views.home, name="home"),
    path("signup/", views.signup, name="signup"),
    path("me/attempts/", views.my_attempts, name="my_attempts"),
    path("essays/<slug:slug>/", views.essay_detail, name="essay_detail"),
    path("essays/<slug:slug>/quiz/", views.quiz_new, name="quiz_new"),
    path("essays/<slug:slug>/study/", views.study, name="study"),
    path("essays/<slug:slug>/study/rate/", views.study_rate, name="study_rate"),
    path("essays/<slug:slug>/study/undo/", views.study_undo, name="study_undo"),
    path("quiz/<int:attempt_id>/", views.attempt_resume, name="attempt_resume"),
    path("quiz/<int:attempt_id>/q/<int:number>/", views.attempt_question, name="attempt_question"),
    path("quiz/<int:attempt_id>/submit/", views.attempt_submit, name="attempt_submit"),
    path("quiz/<int:attempt_id>/results/", views.attempt_results_view, name="attempt_results"),
    path("quiz/<int:attempt_id>/mistakes/", views.attempt_mistakes, name="attempt_mistakes"),
]
