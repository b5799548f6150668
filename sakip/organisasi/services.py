"""Verbs of the office itself: its profile, its users, and (national) a new office.

Each checks permission (`akses.boleh_kelola_kantor`: the office's Admin, or the national
superuser; `akses.boleh_buat_kantor`: the superuser), validates everything first and
writes in one transaction. A refusal is an OrganisasiError naming what and why.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import filetype
from axes.models import AccessAttempt
from axes.utils import reset as axes_reset
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction

from sakip.lib.skala import SkalaError, skala_dari_teks

from . import akses
from .models import Keanggotaan, Peran, Satker, UnitKerja

LOGO_MAKS = 1024 * 1024  # 1 MB: a logo for a cover page
LOGO_JENIS = {"png": "image/png", "jpg": "image/jpeg"}
JENIS_ANAK = {
    Satker.Jenis.PUSAT: Satker.Jenis.PROVINSI,
    Satker.Jenis.PROVINSI: Satker.Jenis.KABKOTA,
}


class OrganisasiError(Exception):
    """An office or user change that cannot be made; the message says why."""


def _pastikan_kelola(user, satker: Satker) -> None:
    akses.pastikan(
        akses.boleh_kelola_kantor(user, satker),
        "Hanya Admin kantor ini yang boleh mengelola profil dan pengguna kantor.",
    )


# -- the office profile -----------------------------------------------------------------


def periksa_logo(berkas: UploadedFile) -> str:
    """The logo's extension by its content (PNG or JPEG, at most 1 MB); OrganisasiError else."""
    if berkas.size > LOGO_MAKS:
        raise OrganisasiError(
            f"Berkas logo {berkas.size // 1024} KB, melebihi batas {LOGO_MAKS // 1024} KB."
        )
    kepala = berkas.read(262)
    berkas.seek(0)
    jenis = filetype.guess(kepala)
    if jenis is None or jenis.extension not in LOGO_JENIS:
        raise OrganisasiError(
            f"Berkas logo '{berkas.name}' bukan gambar PNG atau JPEG (dilihat dari isinya)."
        )
    from PIL import Image, UnidentifiedImageError  # Pillow comes with WeasyPrint

    try:
        with Image.open(berkas) as gambar:
            gambar.verify()
    except (UnidentifiedImageError, OSError, SyntaxError) as exc:
        raise OrganisasiError(f"Berkas logo '{berkas.name}' rusak atau tidak lengkap.") from exc
    finally:
        berkas.seek(0)
    return jenis.extension


@transaction.atomic
def simpan_profil(
    user,
    satker: Satker,
    *,
    nama: str,
    alamat: str = "",
    kota: str = "",
    situs: str = "",
    batas_capaian: Decimal | None = None,
    skala_capaian: str,
    skala_penyerapan: str,
    logo: UploadedFile | None = None,
    hapus_logo: bool = False,
) -> Satker:
    """The office's name, address, signing city, logo, scales and capaian cap."""
    _pastikan_kelola(user, satker)
    galat = []
    if not nama.strip():
        galat.append("Nama kantor wajib diisi.")
    if batas_capaian is not None and not (Decimal(100) <= batas_capaian <= Decimal(1000)):
        galat.append("Batas atas capaian diisi antara 100 dan 1.000 %, atau dikosongkan.")
    skala = {}
    for kolom, label, teks in (
        ("skala_capaian", "capaian", skala_capaian),
        ("skala_penyerapan", "penyerapan anggaran", skala_penyerapan),
    ):
        try:
            skala[kolom] = skala_dari_teks(f"Skala {label}", teks).as_data()
        except SkalaError as exc:
            galat.append(f"Skala {label}: {exc}.")
    ekstensi = None
    if logo is not None:
        try:
            ekstensi = periksa_logo(logo)
        except OrganisasiError as exc:
            galat.append(str(exc))
    if galat:
        raise OrganisasiError(" ".join(galat))
    satker.nama, satker.alamat, satker.kota, satker.situs = (
        nama.strip(),
        alamat.strip(),
        kota.strip(),
        situs.strip(),
    )
    satker.batas_capaian = batas_capaian
    satker.skala_capaian, satker.skala_penyerapan = (
        skala["skala_capaian"],
        skala["skala_penyerapan"],
    )
    if hapus_logo and satker.logo:
        satker.logo.delete(save=False)
        satker.logo = ""
    if logo is not None:
        if satker.logo:
            satker.logo.delete(save=False)
        satker.logo.save(f"logo-{satker.kode}.{ekstensi}", logo, save=False)
    satker.save()
    return satker


@transaction.atomic
def simpan_unit(user, satker: Satker, *, kode: str, nama: str) -> UnitKerja:
    """Add a unit (subbagian) to the office, or rename the one with this code."""
    _pastikan_kelola(user, satker)
    kode, nama = kode.strip().lower(), nama.strip()
    galat = []
    if not kode or not all(c.isalnum() or c in "-_" for c in kode) or len(kode) > 30:
        galat.append(
            "Kode unit diisi huruf kecil, angka, tanda hubung atau garis bawah (paling banyak 30)."
        )
    if not nama:
        galat.append("Nama unit wajib diisi.")
    if galat:
        raise OrganisasiError(" ".join(galat))
    unit, _ = UnitKerja.objects.update_or_create(satker=satker, kode=kode, defaults={"nama": nama})
    return unit


# -- the office's users -----------------------------------------------------------------


@dataclass
class Pengguna:
    """A user of the office as the user pages show it."""

    user: object
    keanggotaan: Keanggotaan
    terkunci: bool


def _gagal_login(username: str) -> int:
    return sum(
        AccessAttempt.objects.filter(username=username).values_list(
            "failures_since_start", flat=True
        )
    )


def daftar_pengguna(user, satker: Satker) -> list[Pengguna]:
    _pastikan_kelola(user, satker)
    batas = settings.AXES_FAILURE_LIMIT
    hasil = []
    for k in (
        Keanggotaan.objects.filter(satker=satker)
        .select_related("user", "unit")
        .order_by("user__username")
    ):
        hasil.append(Pengguna(k.user, k, _gagal_login(k.user.get_username()) >= batas))
    return hasil


def pengguna_kantor(user, satker: Satker, user_id: int):
    """A user of this office (LookupError when the user is not one: the view answers 404)."""
    _pastikan_kelola(user, satker)
    k = Keanggotaan.objects.filter(satker=satker, user_id=user_id).select_related("user").first()
    if k is None:
        raise LookupError("Pengguna tidak ditemukan di kantor ini.")
    return k.user


def _peran_unit(satker: Satker, peran: str, unit: UnitKerja | None) -> list[str]:
    galat = []
    if peran not in Peran.values:
        galat.append(f"Peran '{peran}' tidak dikenal.")
    if unit is not None and unit.satker_id != satker.pk:
        galat.append("Unit yang dipilih bukan unit kantor ini.")
    if peran in (Peran.PIC, Peran.VERIFIKATOR) and unit is None:
        galat.append(f"Peran {Peran(peran).label} memerlukan unit kerja.")
    return galat


def _sandi(sandi: str, user=None) -> list[str]:
    try:
        validate_password(sandi, user)
    except ValidationError as exc:
        return [f"Kata sandi: {' '.join(exc.messages)}"]
    return []


@transaction.atomic
def buat_pengguna(
    user,
    satker: Satker,
    *,
    username: str,
    sandi: str,
    peran: str,
    unit: UnitKerja | None = None,
    nama_depan: str = "",
    nama_belakang: str = "",
    email: str = "",
):
    """A new user of the office with a role (and unit for PIC and Kepala Subbagian)."""
    _pastikan_kelola(user, satker)
    User = get_user_model()
    username = username.strip()
    galat = _peran_unit(satker, peran, unit)
    if not username:
        galat.append("Nama pengguna wajib diisi.")
    elif User.objects.filter(username__iexact=username).exists():
        galat.append(f"Nama pengguna '{username}' sudah dipakai.")
    baru = User(username=username, first_name=nama_depan.strip(), last_name=nama_belakang.strip())
    baru.email = email.strip()
    galat += _sandi(sandi, baru)
    if galat:
        raise OrganisasiError(" ".join(galat))
    baru.set_password(sandi)
    baru.save()
    Keanggotaan.objects.create(user=baru, satker=satker, unit=unit, peran=peran)
    return baru


@transaction.atomic
def ubah_pengguna(
    user, satker: Satker, target, *, peran: str, unit: UnitKerja | None, aktif: bool
) -> None:
    """Set a user's role and unit, or (de)activate the user; an Admin cannot lock itself out."""
    _pastikan_kelola(user, satker)
    k = Keanggotaan.objects.select_for_update().get(user=target, satker=satker)
    galat = _peran_unit(satker, peran, unit)
    if target.pk == user.pk and (not aktif or peran != Peran.ADMIN):
        galat.append("Anda tidak dapat menonaktifkan atau mengubah peran akun Anda sendiri.")
    if (
        k.peran == Peran.ADMIN
        and (peran != Peran.ADMIN or not aktif)
        and not Keanggotaan.objects.filter(satker=satker, peran=Peran.ADMIN, user__is_active=True)
        .exclude(user=target)
        .exists()
    ):
        galat.append("Kantor harus tetap memiliki setidaknya satu Admin yang aktif.")
    if galat:
        raise OrganisasiError(" ".join(galat))
    k.peran, k.unit = peran, unit
    k.save()
    if target.is_active != aktif:
        target.is_active = aktif
        target.save(update_fields=["is_active"])


@transaction.atomic
def atur_ulang_sandi(user, satker: Satker, target, sandi: str) -> None:
    """Give the user a new password (the Admin tells it to the user)."""
    _pastikan_kelola(user, satker)
    galat = _sandi(sandi, target)
    if galat:
        raise OrganisasiError(" ".join(galat))
    target.set_password(sandi)
    target.save(update_fields=["password"])


def buka_kunci(user, satker: Satker, target) -> int:
    """Lift the login lockout of the user (django-axes, by username); returns attempts removed."""
    _pastikan_kelola(user, satker)
    return axes_reset(username=target.get_username())


# -- a new office (national) --------------------------------------------------------------


@transaction.atomic
def buat_kantor(
    user,
    *,
    kode: str,
    nama: str,
    induk: Satker,
    admin_username: str = "",
    admin_sandi: str = "",
) -> Satker:
    """A new office under a parent, with only a code and a name; optionally its first Admin."""
    akses.pastikan(
        akses.boleh_buat_kantor(user), "Hanya superuser nasional yang boleh membuat kantor baru."
    )
    kode, nama = kode.strip(), nama.strip()
    galat = []
    if not kode or not kode.replace(".", "").isdigit() or len(kode) > 10:
        galat.append("Kode kantor diisi angka kode wilayah, paling banyak 10 karakter.")
    elif Satker.objects.filter(kode=kode).exists():
        galat.append(f"Kode {kode} sudah dipakai {Satker.objects.get(kode=kode).nama}.")
    if not nama:
        galat.append("Nama kantor wajib diisi.")
    jenis = JENIS_ANAK.get(induk.jenis)
    if jenis is None:
        galat.append(
            f"{induk.nama} adalah KPU Kabupaten/Kota: tidak dapat memiliki kantor di bawahnya."
        )
    if galat:
        raise OrganisasiError(" ".join(galat))
    satker = Satker.objects.create(kode=kode, nama=nama, jenis=jenis, induk=induk)
    if admin_username.strip():
        buat_pengguna(user, satker, username=admin_username, sandi=admin_sandi, peran=Peran.ADMIN)
    return satker
