"""API for teacher invitations: the same service (studyapp.invitations) as the pages."""

from django.urls import reverse
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.decorators import api_view, permission_classes
from rest_framework.exceptions import NotFound, PermissionDenied, ValidationError
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from studyapp import invitations
from studyapp.models import TeacherInvitation

from .schema import ERRORS, Error


class InvitationCreate(serializers.Serializer):
    email = serializers.EmailField(required=False, allow_blank=True, default="")
    days = serializers.IntegerField(required=False, min_value=1, max_value=30, default=7)


class Invitation(serializers.Serializer):
    id = serializers.IntegerField()
    email = serializers.CharField()
    created_at = serializers.DateTimeField()
    expires_at = serializers.DateTimeField()
    state = serializers.ChoiceField(choices=["open", "used", "revoked", "expired"])
    used_by = serializers.CharField(allow_null=True)
    used_at = serializers.DateTimeField(allow_null=True)


class InvitationCreated(Invitation):
    link = serializers.CharField(help_text="The link to send; shown only in this response.")
    token = serializers.CharField()


class AcceptInvitation(serializers.Serializer):
    token = serializers.CharField(max_length=100)


class Accepted(serializers.Serializer):
    role = serializers.CharField()


def _data(invitation):
    return {
        "id": invitation.pk,
        "email": invitation.email,
        "created_at": invitation.created_at,
        "expires_at": invitation.expires_at,
        "state": invitation.state,
        "used_by": invitation.used_by.get_username() if invitation.used_by else None,
        "used_at": invitation.used_at,
    }


def _inviter(request):
    if not invitations.can_invite(request.user):
        raise PermissionDenied("Only teachers and administrators can invite teachers.")


@extend_schema(
    methods=["GET"],
    responses={200: Invitation(many=True), **ERRORS},
    operation_id="invitations_list",
)
@extend_schema(
    methods=["POST"],
    request=InvitationCreate,
    responses={201: InvitationCreated, **ERRORS},
    operation_id="invitations_create",
)
@api_view(["GET", "POST"])
@permission_classes([IsAuthenticated])
def invitation_list(request):
    """Your teacher invitations; POST creates one and returns its link (once)."""
    _inviter(request)
    if request.method == "GET":
        return Response([_data(i) for i in invitations.invitations_of(request.user)[:100]])
    params = InvitationCreate(data=request.data)
    params.is_valid(raise_exception=True)
    try:
        invitation, token = invitations.create_invitation(
            request.user, email=params.validated_data["email"], days=params.validated_data["days"]
        )
    except invitations.InvitationError as error:
        raise ValidationError({"detail": str(error)}) from None
    link = request.build_absolute_uri(reverse("invite", args=[token]))
    return Response(
        {**_data(invitation), "link": link, "token": token}, status=status.HTTP_201_CREATED
    )


@extend_schema(request=None, responses={204: None, **ERRORS})
@api_view(["DELETE"])
@permission_classes([IsAuthenticated])
def invitation_revoke(request, invitation_id):
    """Withdraw an open invitation; its link stops working."""
    _inviter(request)
    try:
        invitations.revoke_invitation(request.user, invitation_id)
    except TeacherInvitation.DoesNotExist:
        raise NotFound("No such invitation.") from None
    except invitations.InvitationError as error:
        raise ValidationError({"detail": str(error)}) from None
    return Response(status=status.HTTP_204_NO_CONTENT)


@extend_schema(request=AcceptInvitation, responses={200: Accepted, 410: Error, **ERRORS})
@api_view(["POST"])
@permission_classes([IsAuthenticated])
def invitation_accept(request):
    """Accept an invitation with the account you are logged in with: it becomes a teacher."""
    params = AcceptInvitation(data=request.data)
    params.is_valid(raise_exception=True)
    try:
        invitations.accept_invitation(params.validated_data["token"], request.user)
    except invitations.InvitationError as error:
        if error.status == 404:
            raise NotFound(str(error)) from None
        return Response({"detail": str(error)}, status=error.status)
    return Response({"role": "teacher"})
