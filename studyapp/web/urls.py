from django.urls import path

from . import class_views, export_views, review_views, views

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz/", views.healthz, name="healthz"),
    path("signup/", views.signup, name="signup"),
    path("me/attempts/", views.my_attempts, name="my_attempts"),
    path("me/progress/", class_views.my_progress, name="my_progress"),
    path("me/data.json", views.my_data, name="my_data"),
    path("me/delete/", views.delete_my_account, name="delete_account"),
    path("classes/", class_views.classes_home, name="classes"),
    path("classes/join/", class_views.join_class, name="join_class"),
    path("join/<str:code>/", class_views.join_class, name="join_class_code"),
    path("classes/<int:classroom_id>/", class_views.class_dashboard, name="class_dashboard"),
    path(
        "classes/<int:classroom_id>/members/<int:learner_id>/remove/",
        class_views.remove_member,
        name="remove_member",
    ),
    path(
        "classes/<int:classroom_id>/assignments/new/",
        class_views.assignment_new,
        name="assignment_new",
    ),
    path(
        "classes/<int:classroom_id>/gradebook.csv",
        class_views.gradebook_export,
        name="gradebook_csv",
    ),
    path(
        "classes/<int:classroom_id>/items.csv",
        class_views.item_analysis_export,
        name="item_analysis_csv",
    ),
    path(
        "assignments/<int:assignment_id>/start/",
        class_views.assignment_start,
        name="assignment_start",
    ),
    path("essays/new/", views.essay_new, name="essay_new"),
    path("essays/<slug:slug>/", views.essay_detail, name="essay_detail"),
    path("essays/<slug:slug>/review/", review_views.essay_review, name="essay_review"),
    path("essays/<slug:slug>/review/add/", review_views.review_add, name="review_add"),
    path(
        "essays/<slug:slug>/review/generate/", review_views.review_generate, name="review_generate"
    ),
    path(
        "essays/<slug:slug>/review/<str:kind>/<int:pk>/",
        review_views.review_item,
        name="review_item",
    ),
    path("essays/<slug:slug>/publish/", review_views.essay_publish, name="essay_publish"),
    path("essays/<slug:slug>/pack.yaml", review_views.pack_export, name="pack_export"),
    path("essays/<slug:slug>/pack/", review_views.pack_import, name="pack_import"),
    path("essays/<slug:slug>/quiz/", views.quiz_new, name="quiz_new"),
    path("essays/<slug:slug>/anki/", export_views.essay_anki, name="essay_anki"),
    path("essays/<slug:slug>/export/<str:fmt>/", export_views.essay_export, name="essay_export"),
    path("me/anki/", export_views.my_anki, name="my_anki"),
    path(
        "assignments/<int:assignment_id>/anki/",
        export_views.assignment_anki,
        name="assignment_anki",
    ),
    path("essays/<slug:slug>/study/", views.study, name="study"),
    path("essays/<slug:slug>/study/rate/", views.study_rate, name="study_rate"),
    path("essays/<slug:slug>/study/undo/", views.study_undo, name="study_undo"),
    path("quiz/<int:attempt_id>/", views.attempt_resume, name="attempt_resume"),
    path("quiz/<int:attempt_id>/q/<int:number>/", views.attempt_question, name="attempt_question"),
    path("quiz/<int:attempt_id>/submit/", views.attempt_submit, name="attempt_submit"),
    path("quiz/<int:attempt_id>/results/", views.attempt_results_view, name="attempt_results"),
    path("quiz/<int:attempt_id>/mistakes/", views.attempt_mistakes, name="attempt_mistakes"),
]
