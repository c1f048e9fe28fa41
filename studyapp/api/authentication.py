"""Token authentication with a prepared query: every API request of a learner starts here."""

from django.utils.translation import gettext_lazy as _
from rest_framework import exceptions
from rest_framework.authentication import TokenAuthentication
from rest_framework.authtoken.models import Token

from studyapp.prepared import user_by_token


class PreparedTokenAuthentication(TokenAuthentication):
    """DRF's token authentication, the same answers and errors, without a per-request compile.

    The token is looked up on every request (no cache): a deleted token or a deactivated user is
    refused at once, on every server.
    """

    def authenticate_credentials(self, key):
        user = user_by_token(key)
        if user is None:
            raise exceptions.AuthenticationFailed(_("Invalid token."))
        if not user.is_active:
            raise exceptions.AuthenticationFailed(_("User inactive or deleted."))
        return user, Token(key=key, user=user)
