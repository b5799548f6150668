"""Who may see and change what: the one place every view, service and command asks.

Roles are those of DESIGN.md. A user belongs to one office; evaluators also read every
office below theirs. A superuser (the national IT staff of the Django admin) reads every
office, for support, creates offices and manages their profile and users (the national
role), but otherwise acts only through a membership like anyone else: no workflow step,
plan change, narrative edit or publication is open to a superuser as such.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404

from .models import Keanggotaan, Peran, Satker


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


def membaca_semua(user) -> bool:
    """A superuser reads every office (and nothing more, see the module's docstring)."""
    return bool(getattr(user, "is_superuser", False))


def pastikan(boleh: bool, pesan: str) -> None:
    """Refuse with a 403 and its reason when a rule below says no."""
    if not boleh:
        raise PermissionDenied(pesan)


# -- reading ----------------------------------------------------------------------------


def boleh_membaca(user, satker: Satker) -> bool:
    """Members read their own office; evaluators also every office below theirs."""
    if membaca_semua(user):
        return True
    k = keanggotaan(user)
    if k is None:
        return False
    if k.satker_id == satker.pk:
        return True
    return k.peran == Peran.EVALUATOR and any(s.pk == k.satker_id for s in satker.leluhur())


def satker_terlihat(user, kode: str) -> Satker:
    """The office with this code if the user may read it; 404 otherwise (no hint it exists)."""
    try:  # get(), not first(): the code is unique, and no ORDER BY to build (every page)
        satker = Satker.objects.select_related("induk__induk__induk").get(kode=kode)
    except Satker.DoesNotExist:
        satker = None
    if satker is None or not boleh_membaca(user, satker):
        raise Http404("Satuan kerja tidak ditemukan.")
    return satker


def boleh_membaca_bawahan(user, satker: Satker) -> bool:
    """Roll-ups of the offices below this one: its evaluators and those of an office above it."""
    if membaca_semua(user):
        return True
    k = keanggotaan(user)
    if k is None or k.peran != Peran.EVALUATOR:
        return False
    return k.satker_id == satker.pk or any(s.pk == k.satker_id for s in satker.leluhur())


def satker_yang_dapat_dibaca(user):
    """Offices this user may read (own office, and for evaluators every office below)."""
    if membaca_semua(user):
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


# -- the office's own work --------------------------------------------------------------


def boleh_mengelola_perencanaan(user, satker: Satker) -> bool:
    """Perencana and Admin of the office maintain the plan and the budget."""
    return peran(user, satker) in {Peran.PERENCANA, Peran.ADMIN}


def boleh_kelola_kantor(user, satker: Satker) -> bool:
    """The office's Admin edits its profile and manages its users; so does a national
    superuser (who creates offices and their first Admin). Nobody else, in no other office."""
    return membaca_semua(user) or peran(user, satker) == Peran.ADMIN


def boleh_buat_kantor(user) -> bool:
    """Creating an office is national: the superuser only."""
    return membaca_semua(user)


def boleh_sunting_narasi(user, satker: Satker) -> bool:
    """The Perencana (and Admin) of the office write the report's narrative and its signing."""
    return boleh_mengelola_perencanaan(user, satker)


def boleh_terbitkan(user, satker: Satker) -> bool:
    """Only the office's Pimpinan (the Sekretaris) publishes."""
    return peran(user, satker) == Peran.PIMPINAN


def sekretaris_kantor(user, satker: Satker) -> bool:
    """The Sekretaris of the office: approves, reopens and grants lock exceptions."""
    return peran(user, satker) == Peran.PIMPINAN


# -- a realisation: the PIC and Kepala Subbagian of its indicator's unit, the Sekretaris ----


def _anggota_unit(user, indikator, peran_: str) -> bool:
    k = keanggotaan(user)
    return (
        k is not None
        and k.peran == peran_
        and k.satker_id == indikator.satker.pk
        and indikator.unit_id is not None
        and k.unit_id == indikator.unit_id
    )


def pic_unit(user, indikator) -> bool:
    """The PIC of the indicator's unit fills and submits its realisations."""
    return _anggota_unit(user, indikator, Peran.PIC)


def verifikator_unit(user, indikator) -> bool:
    """The Kepala Subbagian of the indicator's unit verifies or returns them."""
    return _anggota_unit(user, indikator, Peran.VERIFIKATOR)


def sekretaris(user, indikator) -> bool:
    """The Sekretaris of the indicator's office approves, returns and reopens them."""
    return sekretaris_kantor(user, indikator.satker)


# -- the Django admin (Data Induk) -----------------------------------------------------------


def satker_data_induk(user):
    """Offices whose master data this user may keep in the Django admin.

    The superuser is the national role: every office. An office Admin: only their own office,
    never one above, beside or below it. Anyone else: none.
    """
    if membaca_semua(user):
        return Satker.objects.all()
    k = keanggotaan(user)
    if k is None or k.peran != Peran.ADMIN:
        return Satker.objects.none()
    return Satker.objects.filter(pk=k.satker_id)


# -- national work in the job queue (organisasi/antrean.py) ------------------------------


def boleh_kerja_nasional(user) -> bool:
    """The national roll-up, generator and checks run for every office: IT staff only."""
    return user is None or bool(getattr(user, "is_superuser", False))


# -- evaluation (LKE, LHE, tindak lanjut, IKPA) --------------------------------------------


def boleh_isi_ikpa(user, satker: Satker) -> bool:
    """The Perencana and Admin of the office enter IKPA figures (as they maintain the budget)."""
    return boleh_mengelola_perencanaan(user, satker)


def boleh_menilai_mandiri(user, satker: Satker) -> bool:
    """The office's Perencana, Admin and Pimpinan fill its self-assessment and submit it."""
    return peran(user, satker) in {Peran.PERENCANA, Peran.ADMIN, Peran.PIMPINAN}


def boleh_menilai_lke(user, satker: Satker) -> bool:
    """An evaluator of an office above (KPU Provinsi for its kab/kota) scores and finalises."""
    k = keanggotaan(user)
    return (
        k is not None
        and k.peran == Peran.EVALUATOR
        and any(s.pk == k.satker_id for s in satker.leluhur())
    )


def boleh_tindak_lanjut(user, satker: Satker, unit_id: int | None) -> bool:
    """A recommendation is followed up by the office's Perencana/Admin/Pimpinan, or by the
    PIC and Kepala Subbagian of the unit responsible for it."""
    if boleh_menilai_mandiri(user, satker):
        return True
    k = keanggotaan(user)
    return (
        k is not None
        and k.satker_id == satker.pk
        and k.peran in {Peran.PIC, Peran.VERIFIKATOR}
        and unit_id is not None
        and k.unit_id == unit_id
    )


def boleh_atur_evaluasi(user, satker: Satker) -> bool:
    """The evaluators and Admin of an evaluating office set the deadlines of the offices below."""
    return peran(user, satker) in {Peran.EVALUATOR, Peran.ADMIN}
