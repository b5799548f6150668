"""Load the demo office (KPU Kota Tangerang Selatan 2023) and one user per role; idempotent."""

from __future__ import annotations

from decimal import Decimal

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import transaction

from sakip.evaluasi.lke import KERANGKA_BAWAAN, muat_berkas
from sakip.laporan.models import PengesahanLaporan
from sakip.organisasi.models import Keanggotaan, Pegawai, Peran, Satker, UnitKerja
from sakip.pengukuran.models import Realisasi
from sakip.perencanaan.models import (
    AnggaranPK,
    BarisPK,
    Indikator,
    Misi,
    PerjanjianKinerja,
    Renstra,
    Sasaran,
    Target,
    Tujuan,
)

from . import data_2023 as d
from .triwulan_2024 import muat_triwulan_2024

KATA_SANDI_DEMO = "sakip-demo"
# The national superuser (the IT staff of KPU RI): the Django admin and new offices; no office.
SUPERUSER_NASIONAL = "nasional"


@transaction.atomic
def muat_organisasi() -> Satker:
    """The KPU hierarchy, the office's units and staff."""
    satker = {}
    for kode, nama, jenis, induk, kota in d.SATKER:
        satker[kode], _ = Satker.objects.update_or_create(
            kode=kode,
            defaults={"nama": nama, "jenis": jenis, "induk": satker.get(induk), "kota": kota},
        )
    kantor = satker["3674"]
    kantor.alamat, kantor.situs = d.ALAMAT, d.SITUS
    kantor.save(update_fields=["alamat", "situs"])
    for kode, nama in d.UNIT:
        UnitKerja.objects.update_or_create(satker=kantor, kode=kode, defaults={"nama": nama})
    if not kantor.pegawai.exists():
        Pegawai.objects.bulk_create(
            Pegawai(
                satker=kantor,
                nama=nama,
                status=status,
                pendidikan=pendidikan,
                golongan=golongan,
                jabatan="Sekretaris" if nama == d.SEKRETARIS else "",
            )
            for status, pendidikan, golongan, nama in d.PEGAWAI
        )
    return kantor


@transaction.atomic
def muat_perencanaan(kantor: Satker) -> PerjanjianKinerja:
    """Renstra 2020–2024, sasaran, IKU with targets, the 2023 PK and its realisations."""
    renstra, _ = Renstra.objects.update_or_create(
        satker=kantor,
        tahun_awal=d.RENSTRA["tahun_awal"],
        defaults={k: v for k, v in d.RENSTRA.items() if k != "tahun_awal"},
    )
    for i, uraian in enumerate(d.MISI, start=1):
        Misi.objects.update_or_create(renstra=renstra, nomor=i, defaults={"uraian": uraian})
    tujuan = {}
    for i, uraian in enumerate(d.TUJUAN, start=1):
        tujuan[i], _ = Tujuan.objects.update_or_create(
            renstra=renstra, nomor=i, defaults={"uraian": uraian}
        )
    unit = {u.kode: u for u in kantor.unit.all()}
    pk, _ = PerjanjianKinerja.objects.update_or_create(
        satker=kantor,
        tahun=d.TAHUN,
        perubahan=0,
        defaults={
            **d.PK,
            "pihak_pertama_nama": d.SEKRETARIS,
            "pihak_kedua_nama": d.KETUA,
        },
    )
    urutan = 0
    for nomor_sasaran, (uraian_sasaran, nomor_tujuan, daftar) in enumerate(d.SASARAN, start=1):
        sasaran, _ = Sasaran.objects.update_or_create(
            renstra=renstra,
            nomor=nomor_sasaran,
            defaults={"uraian": uraian_sasaran, "tujuan": tujuan[nomor_tujuan]},
        )
        for nomor, row in enumerate(daftar, start=1):
            nama, jenis, satuan, kode_unit, target, realisasi, uraian, cara, rumus, sumber = row
            indikator, _ = Indikator.objects.update_or_create(
                sasaran=sasaran,
                nomor=nomor,
                defaults={
                    "nama": nama,
                    "jenis": jenis,
                    "satuan": satuan,
                    "unit": unit[kode_unit],
                    "uraian": uraian,
                    "cara_penghitungan": cara,
                    "rumus": rumus,
                    "sumber_data": sumber,
                    "iku": True,
                },
            )
            berhuruf = jenis == Indikator.Jenis.HURUF
            nilai_target = {
                "nilai": None if berhuruf else Decimal(target),
                "nilai_huruf": target if berhuruf else "",
            }
            for tahun in (d.TAHUN, d.RENSTRA["tahun_akhir"]):
                Target.objects.update_or_create(
                    indikator=indikator, tahun=tahun, triwulan=None, defaults=nilai_target
                )
            urutan += 1
            BarisPK.objects.update_or_create(
                pk_dokumen=pk,
                indikator=indikator,
                defaults={
                    "urutan": urutan,
                    "target": nilai_target["nilai"],
                    "target_huruf": nilai_target["nilai_huruf"],
                },
            )
            for tw, nilai in enumerate(d.triwulan_2023(realisasi), start=1):
                Realisasi.objects.update_or_create(
                    indikator=indikator,
                    tahun=d.TAHUN,
                    triwulan=tw,
                    defaults={
                        "nilai": None if berhuruf else Decimal(nilai),
                        "nilai_huruf": nilai if berhuruf else "",
                        "status": Realisasi.Status.DISETUJUI,
                    },
                )
    PengesahanLaporan.objects.update_or_create(
        satker=kantor, tahun=d.TAHUN, defaults=d.PENGESAHAN_LKJ
    )
    for i, (kode, nama, anggaran) in enumerate(d.PK_ANGGARAN, start=1):
        AnggaranPK.objects.update_or_create(
            pk_dokumen=pk,
            urutan=i,
            defaults={"kode_program": kode, "nama_program": nama, "anggaran": Decimal(anggaran)},
        )
    return pk


def daftar_pengguna_demo() -> list[tuple[str, str, str, str | None]]:
    """(username, role, office code, unit code) of every demo user."""
    hasil = [
        ("admin", Peran.ADMIN, "3674", None),
        ("perencana", Peran.PERENCANA, "3674", "perencanaan"),
        ("sekretaris", Peran.PIMPINAN, "3674", None),
    ]
    for kode, _ in d.UNIT:
        hasil.append((f"kasubbag-{kode}", Peran.VERIFIKATOR, "3674", kode))
        hasil.append((f"pic-{kode}", Peran.PIC, "3674", kode))
    hasil.append(("evaluator-banten", Peran.EVALUATOR, "36", None))
    return hasil


@transaction.atomic
def muat_pengguna() -> list[tuple[str, str, str]]:
    """One user per role, password sakip-demo; returns (username, role label, office)."""
    User = get_user_model()
    sandi = make_password(KATA_SANDI_DEMO)  # one hash for all demo users: 12× faster to load
    hasil = []
    for username, peran, kode_satker, kode_unit in daftar_pengguna_demo():
        satker = Satker.objects.get(kode=kode_satker)
        user, dibuat = User.objects.get_or_create(username=username)
        if dibuat:
            user.password = sandi
        user.is_staff = user.is_superuser = False  # office roles, the Admin too
        user.save()
        unit = UnitKerja.objects.get(satker=satker, kode=kode_unit) if kode_unit else None
        Keanggotaan.objects.update_or_create(
            user=user, defaults={"satker": satker, "unit": unit, "peran": peran}
        )
        hasil.append(
            (username, Peran(peran).label, satker.nama + (f" — {unit.nama}" if unit else ""))
        )
    user, dibuat = User.objects.get_or_create(username=SUPERUSER_NASIONAL)
    if dibuat:
        user.password = sandi
    user.is_staff = user.is_superuser = True
    user.save()
    hasil.append((SUPERUSER_NASIONAL, "Superuser nasional", "Data induk (/admin/), kantor baru"))
    return hasil


def muat_semua() -> list[tuple[str, str, str]]:
    """Everything the demo needs."""
    kantor = muat_organisasi()
    muat_perencanaan(kantor)
    pengguna = muat_pengguna()
    muat_triwulan_2024(kantor)
    muat_kerangka_lke()
    return pengguna


def muat_kerangka_lke() -> None:
    """The LKE framework of PermenPAN-RB 88/2021 (the JSON `manage.py muat_lke` reads)."""
    muat_berkas(KERANGKA_BAWAAN)
