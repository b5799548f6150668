"""Who may see and change what: the one place the views and services ask."""

from __future__ import annotations

from django.http import Http404

from .models import Keanggotaan, Peran, Satker, UnitKerja


def keanggotaan(user) -> Keanggotaan | None:
    """The user's membership, or None for an anonymous user or one without an office."""
    if not getattr(user, "is_authenticated", False):
        return None
    try:
        return user.keanggotaan
    except Keanggotaan.DoesNotExist:
        return None


def peran(user, satker: Satker) -> str | None:
    """The user's role in this office (None when not a member)."""
    k = keanggotaan(user)
    if k is None or k.satker_id != satker.pk:
        return None
    return k.peran


def boleh_membaca(user, satker: Satker) -> bool:
    """Members read their own office; evaluators also every office below theirs."""
    if getattr(user, "is_superuser", False):
        return True
    k = keanggotaan(user)
    if k is None:
        return False
    if k.satker_id == satker.pk:
        return True
    return k.peran == Peran.EVALUATOR and any(s.pk == k.satker_id for s in satker.leluhur())


def boleh_mengelola_perencanaan(user, satker: Satker) -> bool:
    """Perencana and Admin of the office maintain the plan and the budget."""
    return getattr(user, "is_superuser", False) or peran(user, satker) in {
        Peran.PERENCANA,
        Peran.ADMIN,
    }


def satker_terlihat(user, kode: str) -> Satker:
    """The office with this code if the user may read it; 404 otherwise (no hint it exists)."""
    satker = Satker.objects.filter(kode=kode).select_related("induk__induk__induk").first()
    if satker is None or not boleh_membaca(user, satker):
        raise Http404("Satuan kerja tidak ditemukan.")
    return satker


def satker_yang_dapat_dibaca(user):
    """Offices this user may read (own office, and for evaluators every office below)."""
    if getattr(user, "is_superuser", False):
        return Satker.objects.all()
    k = keanggotaan(user)
    if k is None:
        return Satker.objects.none()
    if k.peran != Peran.EVALUATOR:
        return Satker.objects.filter(pk=k.satker_id)
    kode = {k.satker_id}
    batas = [k.satker_id]
    while batas:
        batas = list(Satker.objects.filter(induk_id__in=batas).values_list("pk", flat=True))
        kode.update(batas)
    return Satker.objects.filter(pk__in=kode)


def unit_pengguna(user) -> UnitKerja | None:
    """The unit of a PIC or Verifikator."""
    k = keanggotaan(user)
    return k.unit if k else None
