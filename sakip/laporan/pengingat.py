"""Reminders: who should be reminded of what on a day, and giving them (app and e-mail).

`manage.py kirim_pengingat` runs `kirim(hari)` once a day (cron or the job queue). Four
kinds (`JenisPengingat`), each given once per user (`Pengingat.kunci`):

- jendela: a quarter's input window opens, or closes, within SAKIP_PENGINGAT_HARI days
  (the PICs of the units with indicators; for closing only those with indicators left);
- menunggu: a realisation waits for verification (Kepala Subbagian of its unit) or approval
  (the Sekretaris) for more than SAKIP_PENGINGAT_TUNGGU_HARI days;
- dikembalikan: a realisation was returned to the PIC (the PICs of its unit);
- tenggat: the LKj of last year is not published, or the year's PK not signed, within
  SAKIP_PENGINGAT_HARI days of its deadline or after it (Perencana and Sekretaris).

It lives in `laporan` because the LKj deadline needs the published versions; the models
(`Pengingat`, `PreferensiPengingat`) are in `pengukuran`, so the work list can show them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.db.models import F, Max, Q
from django.urls import reverse
from django.utils import timezone

from sakip.anggaran.models import RevisiDipa
from sakip.lib.angka import format_tanggal
from sakip.lib.periode import Triwulan, jendela
from sakip.lib.tenggat import tenggat_lkj, tenggat_pk
from sakip.organisasi.models import Keanggotaan, Peran, Satker
from sakip.pengukuran import jendela as jendela_kantor
from sakip.pengukuran import tugas
from sakip.pengukuran.models import (
    JejakRealisasi,
    JenisPengingat,
    Pengingat,
    PreferensiPengingat,
    Realisasi,
)
from sakip.perencanaan.models import PerjanjianKinerja, Renstra

from .models import JenisDokumen, VersiLaporan

J = JenisPengingat
S = Realisasi.Status


@dataclass(frozen=True)
class Calon:
    """A reminder due for one user (not yet given)."""

    user_id: int
    jenis: str
    kunci: str
    judul: str
    pesan: str
    tautan: str


def _hari(n: int) -> str:
    return "hari ini" if n == 0 else f"dalam {n} hari"


def _anggota(satker: Satker, peran: set[str], unit_id: int | None = None) -> list[Keanggotaan]:
    qs = Keanggotaan.objects.filter(satker=satker, peran__in=peran, user__is_active=True)
    if unit_id is not None:
        qs = qs.filter(unit_id=unit_id)
    return list(qs.select_related("user").order_by("user__username"))


def _jendela(satker: Satker, hari: date, n: int) -> list[Calon]:
    batas = jendela_kantor.batas_hari()
    sekarang = Triwulan.dari_tanggal(hari)
    berikut = (
        Triwulan(sekarang.tahun + 1, 1)
        if sekarang.nomor == 4
        else Triwulan(sekarang.tahun, sekarang.nomor + 1)
    )
    hasil = []
    for tw in (sekarang.sebelumnya(), sekarang, berikut):
        j = jendela(tw, batas)
        indikator = tugas.indikator_tahun(satker, tw.tahun)
        unit = sorted(set(indikator.exclude(unit=None).values_list("unit_id", flat=True)))
        if not unit:
            continue
        tautan = reverse("pengukuran:periode", args=[satker.kode, tw.tahun, tw.nomor])
        sisa_buka = (j.buka - hari).days
        if 0 < sisa_buka <= n:
            for u in unit:
                for k in _anggota(satker, {Peran.PIC}, u):
                    hasil.append(
                        Calon(
                            k.user_id,
                            J.JENDELA,
                            f"jendela:buka:{satker.pk}:{tw.kode}",
                            f"Pengisian realisasi {tw.nama} dibuka {_hari(sisa_buka)}",
                            f"Pengisian realisasi {tw.nama} {satker.nama} dibuka pada "
                            f"{format_tanggal(j.buka)} dan ditutup pada {format_tanggal(j.tutup)}.",
                            tautan,
                        )
                    )
        sisa_tutup = (j.tutup - hari).days
        if j.buka <= hari and 0 <= sisa_tutup <= n:
            p = tugas.PeriodeIsian(tw)
            for u in unit:
                kurang = tugas.belum_diisi(satker, u, p).count()
                if not kurang:
                    continue
                for k in _anggota(satker, {Peran.PIC}, u):
                    hasil.append(
                        Calon(
                            k.user_id,
                            J.JENDELA,
                            f"jendela:tutup:{satker.pk}:{tw.kode}",
                            f"Pengisian realisasi {tw.nama} ditutup {_hari(sisa_tutup)}",
                            f"Pengisian realisasi {tw.nama} ditutup pada "
                            f"{format_tanggal(j.tutup)}; {kurang} indikator unit Anda belum "
                            "diajukan.",
                            tautan,
                        )
                    )
    return hasil


def _sejak(realisasi: list[Realisasi]) -> dict[int, datetime]:
    """When each realisation entered its present state (its last step into it)."""
    waktu = (
        JejakRealisasi.objects.filter(realisasi__in=realisasi)
        .filter(ke_status=F("realisasi__status"))
        .values("realisasi_id")
        .annotate(w=Max("waktu"))
    )
    return {b["realisasi_id"]: b["w"] for b in waktu}


def _menunggu(satker: Satker, hari: date, m: int) -> list[Calon]:
    batas = timezone.make_aware(datetime.combine(hari - timedelta(days=m), time.max))
    daftar = list(
        Realisasi.objects.filter(
            indikator__sasaran__renstra__satker=satker,
            status__in=[S.DIAJUKAN, S.TERVERIFIKASI],
        )
        .select_related("indikator")
        .order_by("tahun", "triwulan", "indikator_id")
    )
    sejak = _sejak(daftar)
    hasil = []
    for r in daftar:
        w = sejak.get(r.pk)
        if w is None or w > batas:
            continue
        lama = (hari - timezone.localtime(w).date()).days
        if r.status == S.DIAJUKAN:
            penerima = _anggota(satker, {Peran.VERIFIKATOR}, r.indikator.unit_id)
            apa = "menunggu verifikasi Anda"
        else:
            penerima = _anggota(satker, {Peran.PIMPINAN})
            apa = "menunggu persetujuan Anda"
        tautan = reverse(
            "pengukuran:realisasi", args=[satker.kode, r.indikator_id, r.tahun, r.triwulan]
        )
        for k in penerima:
            hasil.append(
                Calon(
                    k.user_id,
                    J.MENUNGGU,
                    f"menunggu:{r.pk}:{r.versi}",
                    f"Realisasi {r.tw.nama} {apa} sejak {lama} hari",
                    f"“{r.indikator.nama}” ({r.tw.nama}) {apa} sejak "
                    f"{format_tanggal(timezone.localtime(w).date())}.",
                    tautan,
                )
            )
    return hasil


def _dikembalikan(satker: Satker) -> list[Calon]:
    hasil = []
    for r in (
        Realisasi.objects.filter(indikator__sasaran__renstra__satker=satker, status=S.DIKEMBALIKAN)
        .select_related("indikator")
        .order_by("tahun", "triwulan", "indikator_id")
    ):
        komentar = (
            r.jejak.exclude(komentar="")
            .order_by("-waktu", "-pk")
            .values_list("komentar", flat=True)
        ).first()
        tautan = reverse(
            "pengukuran:realisasi", args=[satker.kode, r.indikator_id, r.tahun, r.triwulan]
        )
        for k in _anggota(satker, {Peran.PIC}, r.indikator.unit_id):
            hasil.append(
                Calon(
                    k.user_id,
                    J.DIKEMBALIKAN,
                    f"dikembalikan:{r.pk}:{r.versi}",
                    f"Realisasi {r.tw.nama} dikembalikan kepada Anda",
                    f"“{r.indikator.nama}” ({r.tw.nama}) dikembalikan untuk diperbaiki."
                    + (f" Komentar: “{komentar}”" if komentar else ""),
                    tautan,
                )
            )
    return hasil


def _tenggat_satu(satker, dokumen, tahun, tenggat, hari, n, tautan) -> list[Calon]:
    sisa = (tenggat - hari).days
    if sisa > n:
        return []
    keadaan = "lewat" if sisa < 0 else "dekat"
    if dokumen == "lkj":
        apa = f"Laporan Kinerja {tahun} belum diterbitkan"
    else:
        apa = f"Perjanjian Kinerja {tahun} belum ditandatangani"
    judul = (
        f"{apa}; tenggat {format_tanggal(tenggat)} terlewati"
        if sisa < 0
        else f"{apa}; tenggat {_hari(sisa)}"
    )
    return [
        Calon(
            k.user_id,
            J.TENGGAT,
            f"tenggat:{dokumen}:{satker.pk}:{tahun}:{keadaan}",
            judul,
            f"{apa} untuk {satker.nama}. Tenggatnya {format_tanggal(tenggat)}.",
            tautan,
        )
        for k in _anggota(satker, {Peran.PERENCANA, Peran.PIMPINAN})
    ]


def _tenggat(satker: Satker, hari: date, n: int) -> list[Calon]:
    hasil = []
    renstra = list(Renstra.objects.filter(satker=satker).values_list("tahun_awal", "tahun_akhir"))

    def direncanakan(tahun):
        return any(a <= tahun <= b for a, b in renstra)

    # the LKj of last year (due two months after it ended), if that year was planned
    lalu = hari.year - 1
    if (
        direncanakan(lalu)
        and not VersiLaporan.objects.filter(
            satker=satker, tahun=lalu, dokumen=JenisDokumen.LKJ
        ).exists()
    ):
        hasil += _tenggat_satu(
            satker,
            "lkj",
            lalu,
            tenggat_lkj(lalu),
            hari,
            n,
            reverse("laporan:halaman", args=[satker.kode, lalu]),
        )
    # the PK of this year, and of next year once its DIPA is in
    for tahun in (hari.year, hari.year + 1):
        if (
            not direncanakan(tahun)
            or PerjanjianKinerja.objects.filter(satker=satker, tahun=tahun).exists()
        ):
            continue
        dipa = (
            RevisiDipa.objects.filter(dipa__satker=satker, dipa__tahun=tahun)
            .exclude(tanggal=None)
            .order_by("nomor")
            .values_list("tanggal", flat=True)
            .first()
        )
        if tahun > hari.year and dipa is None:
            continue
        hasil += _tenggat_satu(
            satker,
            "pk",
            tahun,
            tenggat_pk(tahun, dipa),
            hari,
            n,
            reverse("renstra", args=[satker.kode]),
        )
    return hasil


def calon(hari: date) -> list[Calon]:
    """Every reminder due on this day, for every office with members (none given yet)."""
    n = settings.SAKIP_PENGINGAT_HARI
    m = settings.SAKIP_PENGINGAT_TUNGGU_HARI
    hasil = []
    for satker in Satker.objects.filter(pk__in=Keanggotaan.objects.values("satker_id")).order_by(
        "kode"
    ):
        hasil += _jendela(satker, hari, n)
        hasil += _menunggu(satker, hari, m)
        hasil += _dikembalikan(satker)
        hasil += _tenggat(satker, hari, n)
    return hasil


@dataclass(frozen=True)
class Hasil:
    pengingat: int  # new reminders in the app
    surel: int  # e-mails sent
    tanpa_alamat: list[str]  # users who would get an e-mail but have no address


def _isi_surel(user, daftar: list[Pengingat]) -> tuple[str, str]:
    situs = settings.SAKIP_ALAMAT_SITUS.rstrip("/")
    subjek = (
        f"[SAKIP] {daftar[0].judul}" if len(daftar) == 1 else f"[SAKIP] {len(daftar)} pengingat"
    )
    baris = [f"Yth. {user.get_full_name() or user.get_username()},", ""]
    for p in daftar:
        baris += [f"- {p.judul}", f"  {p.pesan}", f"  {situs}{p.tautan}" if p.tautan else "", ""]
    baris += [
        "Pesan ini dikirim otomatis oleh SAKIP. Atur pengingat yang Anda terima di "
        f"{situs}{reverse('pengingat')}.",
    ]
    return subjek, "\n".join(b for b in baris if b is not None)


def kirim(hari: date) -> Hasil:
    """Give every due reminder once: in the app, and by e-mail to users who want it."""
    semua = calon(hari)
    preferensi = {
        p.user_id: p
        for p in PreferensiPengingat.objects.filter(user_id__in={c.user_id for c in semua})
    }
    sudah = set(
        Pengingat.objects.filter(
            Q(user_id__in={c.user_id for c in semua}), kunci__in={c.kunci for c in semua}
        ).values_list("user_id", "kunci")
    )
    baru: list[Pengingat] = []
    for c in semua:
        pref = preferensi.get(c.user_id)
        if (c.user_id, c.kunci) in sudah or (pref is not None and not pref.menerima(c.jenis)):
            continue
        sudah.add((c.user_id, c.kunci))
        baru.append(
            Pengingat(
                user_id=c.user_id,
                jenis=c.jenis,
                kunci=c.kunci,
                judul=c.judul,
                pesan=c.pesan,
                tautan=c.tautan,
            )
        )
    per_user: dict[int, list[Pengingat]] = defaultdict(list)
    for p in baru:
        pref = preferensi.get(p.user_id)
        if pref is None or pref.surel:
            per_user[p.user_id].append(p)
    pengguna = get_user_model().objects.in_bulk(list(per_user))
    pesan, tanpa = [], []
    for uid in sorted(per_user, key=lambda u: pengguna[u].get_username()):
        user = pengguna[uid]
        if not user.email:
            tanpa.append(user.get_username())
            continue
        subjek, isi = _isi_surel(user, per_user[uid])
        pesan.append(EmailMessage(subjek, isi, settings.DEFAULT_FROM_EMAIL, [user.email]))
        for p in per_user[uid]:
            p.dikirim_surel = True
    # e-mail first: when the mail server refuses, nothing is recorded and tomorrow tries again
    terkirim = get_connection().send_messages(pesan) if pesan else 0
    with transaction.atomic():
        Pengingat.objects.bulk_create(baru)
    return Hasil(len(baru), terkirim or 0, tanpa)


def terbaru(user, batas: int = 10) -> list[Pengingat]:
    """The user's latest reminders, for the work list."""
    return list(Pengingat.objects.filter(user=user)[:batas])
