from django.contrib import admin
from django.urls import include, path, register_converter
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from studyapp.validation import IdConverter
from studyapp.web import account_views

# `<id:…>`: a database id; a number too large for one is a 404, never an overflow (500).
register_converter(IdConverter, "id")

urlpatterns = [
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="api_docs"),
    path("api/", include("studyapp.api.urls")),
    path("accounts/logout/", account_views.LogoutPage.as_view(), name="logout"),
    path(
        "accounts/reset/<uidb64>/<token>/",
        account_views.PasswordResetConfirmPage.as_view(),
        name="password_reset_confirm",
    ),
    path("accounts/", include("django.contrib.auth.urls")),
    path("", include("studyapp.web.urls")),
]

handler403 = "studyapp.api.errors.forbidden"
handler404 = "studyapp.api.errors.not_found"
handler500 = "studyapp.api.errors.server_error"
