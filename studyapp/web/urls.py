from django.urls import path

from . import views

urlpatterns = [
    path("", views.home, name="home"),
    path("essays/<slug:slug>/", views.essay_detail, name="essay_detail"),
]
