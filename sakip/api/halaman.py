"""The user's own page of personal API tokens (an HTML page, not part of the API)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from . import services
from .models import TokenApi


@login_required
def token(request):
    """List, create and revoke one's own tokens; a new token is shown once."""
    baru = None
    status = 200
    if request.method == "POST":
        try:
            if "cabut" in request.POST:
                try:
                    token_id = int(request.POST["cabut"])
                except ValueError as exc:
                    raise services.TokenError("Token tidak ditemukan.") from exc
                t = services.cabut_token(request.user, token_id)
                messages.success(
                    request,
                    f"Token “{t.nama}” dicabut; aplikasi yang memakainya tidak dapat masuk lagi.",
                )
                return redirect("api:token")
            baru = services.buat_token(request.user, request.POST.get("nama", ""))
        except services.TokenError as exc:
            messages.error(request, str(exc))
            status = 400
    daftar = TokenApi.objects.filter(user=request.user)
    return render(request, "api/token.html", {"daftar": daftar, "baru": baru}, status=status)
