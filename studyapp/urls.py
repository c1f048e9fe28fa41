from django.contrib import admin
from django.templatetags.static import static
from django.urls import include, path
from django.views.generic import RedirectView
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

urlpatterns = [
    path("admin/", admin.site.urls),
    # Browsers ask for /favicon.ico on their own; the icon itself is a static file.
    path(
        "favicon.ico",
        RedirectView.as_view(url=static("studyapp/favicon.ico"), permanent=True),
        name="favicon",
    ),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="api_docs"),
    path("api/", include("studyapp.api.urls")),
    path("accounts/", include("django.contrib.auth.urls")),
    path("", include("studyapp.web.urls")),
]

handler404 = "studyapp.api.errors.not_found"
handler500 = "studyapp.api.errors.server_error"
