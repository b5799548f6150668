"""The onboarding workbook with its realisations: import (validate everything, then write in
one transaction) and export of an office and year.

The plan's reading, checks and writing live in `sakip.perencanaan.buku_kerja`; this module
adds the realisasi sheet, which needs the measurement models: earlier quarters' values an
office brings from its spreadsheets. Each is stored approved as of the import, with a
trail entry "Dimigrasikan dari buku kerja" (JejakRealisasi.Aksi.MIGRASI) that marks it as
migrated. A value entered through the app's workflow is never overwritten by a workbook.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from sakip.lib.angka import format_tanggal
from sakip.lib.kesalahan import ImporError, Kesalahan
from sakip.lib.periode import Triwulan
from sakip.organisasi import akses
from sakip.organisasi.models import Satker
from sakip.perencanaan.buku_kerja import rekaman as r
from sakip.perencanaan.buku_kerja.baca import baca_buku_kerja
from sakip.perencanaan.buku_kerja.ekspor import rencana_satker
from sakip.perencanaan.buku_kerja.periksa import Pemeriksaan, periksa_buku_kerja, rapikan
from sakip.perencanaan.buku_kerja.simpan import Tertulis, profil_berubah, simpan_rencana
from sakip.perencanaan.buku_kerja.tulis import tulis_buku_kerja
from sakip.perencanaan.models import Indikator, Renstra

from . import jendela
from .models import JejakRealisasi, Realisasi

S = Realisasi.Status


def _nilai_realisasi(x: r.Realisasi) -> dict:
    return {
        "nilai": x.nilai.angka,
        "nilai_huruf": x.nilai.huruf,
        "skor": x.skor,
        "analisis": x.analisis,
        "kendala": x.kendala,
        "solusi": x.solusi,
        "tindak_lanjut": x.tindak_lanjut,
    }


def _sama(lama: Realisasi, baru: dict) -> bool:
    return all(getattr(lama, k) == v for k, v in baru.items())


def _termigrasi(realisasi: Realisasi) -> bool:
    """Whether a stored realisation came only from workbook imports (no workflow step)."""
    aksi = set(realisasi.jejak.values_list("aksi", flat=True))
    return aksi == {JejakRealisasi.Aksi.MIGRASI}


def periksa_izin(pengguna, bk: r.BukuKerja, cek: Pemeriksaan) -> None:
    """Refuse (403) a user who may not write this workbook; None is the trusted command line.

    A new office is created only by a national superuser (with everything the workbook holds);
    an existing office's workbook is imported by its Perencana or Admin, and its profile (when
    the workbook changes it) and users only by its Admin.
    """
    if pengguna is None or bk.profil is None:
        return
    if cek.satker is None:
        akses.pastikan(
            akses.boleh_buat_kantor(pengguna),
            "Hanya pengelola pusat yang boleh membuat kantor baru.",
        )
        return
    akses.pastikan(
        akses.boleh_mengelola_perencanaan(pengguna, cek.satker),
        "Hanya Perencana atau Admin kantor ini yang boleh mengimpor buku kerja.",
    )
    if bk.pengguna:
        akses.pastikan(
            akses.boleh_kelola_kantor(pengguna, cek.satker),
            "Lembar pengguna hanya boleh diimpor oleh Admin kantor ini.",
        )
    if profil_berubah(bk, cek):
        akses.pastikan(
            akses.boleh_kelola_kantor(pengguna, cek.satker),
            "Lembar profil mengubah profil kantor; hanya Admin kantor ini yang boleh "
            "mengubahnya. Samakan lembar profil dengan profil kantor.",
        )


def _cek_realisasi_db(bk: r.BukuKerja, cek: Pemeriksaan, hari_ini: date) -> None:
    """Quarters not yet ended, and values the workflow already holds that would be replaced."""
    for x in bk.realisasi:
        tw = Triwulan(x.tahun, x.triwulan)
        if tw.akhir >= hari_ini:
            bk.kesalahan.append(
                x.letak.salah(
                    "triwulan",
                    f"{tw.nama} belum berakhir (berakhir {format_tanggal(tw.akhir)}); buku kerja "
                    "hanya memuat realisasi triwulan yang sudah lewat, isi yang lain lewat alur "
                    "realisasi",
                )
            )
    if cek.satker is None or bk.renstra is None:
        return
    renstra = Renstra.objects.filter(satker=cek.satker, tahun_awal=bk.renstra.tahun_awal).first()
    if renstra is None:
        return
    ada = {
        (r_.indikator.sasaran.nomor, r_.indikator.nomor, r_.tahun, r_.triwulan): r_
        for r_ in Realisasi.objects.filter(indikator__sasaran__renstra=renstra).select_related(
            "indikator__sasaran"
        )
    }
    for x in bk.realisasi:
        lama = ada.get((x.sasaran, x.indikator, x.tahun, x.triwulan))
        if lama is None or _sama(lama, _nilai_realisasi(x)):
            continue
        if lama.jejak.exists() and not _termigrasi(lama):
            bk.kesalahan.append(
                x.letak.salah(
                    "nilai",
                    f"realisasi indikator {x.sasaran}.{x.indikator} {lama.tw.nama} sudah diisi "
                    f"lewat alur realisasi (status {lama.get_status_display()}); ubah di "
                    "halaman realisasi, bukan lewat buku kerja",
                )
            )


def _simpan_realisasi(
    pengguna, bk: r.BukuKerja, tertulis: Tertulis, nama_berkas: str, hari_ini: date
) -> None:
    indikator: dict[tuple[int, int], Indikator] = tertulis.indikator
    komentar = (
        f"Dimigrasikan dari buku kerja {nama_berkas}; disetujui per {format_tanggal(hari_ini)}."
    )
    ada = {
        (r_.indikator_id, r_.tahun, r_.triwulan): r_
        for r_ in Realisasi.objects.filter(
            indikator__in=[indikator[(x.sasaran, x.indikator)] for x in bk.realisasi]
        ).order_by()
    }
    baru_semua: list[Realisasi] = []  # every row written, each gets its trail entry
    for x in bk.realisasi:
        ind = indikator[(x.sasaran, x.indikator)]
        nilai = _nilai_realisasi(x)
        lama = ada.get((ind.pk, x.tahun, x.triwulan))
        if lama is not None and _sama(lama, nilai) and lama.status == S.DISETUJUI:
            continue
        baru = lama is None
        rr = lama or Realisasi(indikator=ind, tahun=x.tahun, triwulan=x.triwulan, versi=0)
        rr._dari = "" if baru else rr.status
        for k, v in nilai.items():
            setattr(rr, k, v)
        rr.besaran = {} if baru else rr.besaran
        rr.status = S.DISETUJUI
        rr.versi += 1
        rr.diubah_oleh = pengguna
        if not baru:
            rr._history_user = pengguna
            rr.save()
        baru_semua.append(rr)
        tertulis.hitung["realisasi (migrasi)"][0 if baru else 1] += 1
    dibuat = [rr for rr in baru_semua if rr.pk is None]
    if dibuat:
        sekarang = timezone.now()
        for rr in dibuat:
            rr.diubah_pada = sekarang
        bulk_create_with_history(dibuat, Realisasi, default_user=pengguna)
        if any(rr.pk is None for rr in dibuat):  # a database that returns no keys
            kunci = {(rr.indikator_id, rr.tahun, rr.triwulan): rr for rr in dibuat}
            for rr in Realisasi.objects.filter(
                indikator__in={rr.indikator_id for rr in dibuat}
            ).order_by():
                if (rr.indikator_id, rr.tahun, rr.triwulan) in kunci:
                    kunci[(rr.indikator_id, rr.tahun, rr.triwulan)].pk = rr.pk
    JejakRealisasi.objects.bulk_create(
        JejakRealisasi(
            realisasi=rr,
            pengguna=pengguna,
            aksi=JejakRealisasi.Aksi.MIGRASI,
            dari_status=getattr(rr, "_dari", ""),
            ke_status=S.DISETUJUI,
            komentar=komentar,
        )
        for rr in baru_semua
    )


@dataclass
class HasilImpor:
    satker: Satker
    satker_baru: bool
    tertulis: Tertulis

    def pesan(self) -> list[str]:
        return self.tertulis.pesan()


def impor_buku_kerja(
    pengguna,
    nama_berkas: str,
    data: bytes,
    kode_satker: str | None = None,
    hari_ini: date | None = None,
) -> HasilImpor:
    """Read, check and import an onboarding workbook; raises ImporError listing every error
    (nothing written) or PermissionDenied. `kode_satker` is the office the caller means: the
    profil sheet must name it or a new office directly under it."""
    hari_ini = hari_ini or jendela.hari_ini()
    bk = baca_buku_kerja(nama_berkas, data)
    cek = periksa_buku_kerja(bk, kode_satker)
    periksa_izin(pengguna, bk, cek)
    _cek_realisasi_db(bk, cek, hari_ini)
    rapikan(bk)
    if bk.profil is None and not bk.kesalahan:
        bk.kesalahan.append(Kesalahan("profil", None, None, "lembar profil tidak berisi kantor"))
    if bk.kesalahan:
        raise ImporError(bk.kesalahan)
    try:
        with transaction.atomic():
            tertulis = simpan_rencana(pengguna, bk, cek)
            _simpan_realisasi(pengguna, bk, tertulis, nama_berkas, hari_ini)
    except ValidationError as exc:
        # a model rule the workbook checks do not know yet: refused whole, nothing written
        pesan = "; ".join(exc.messages)
        raise ImporError(
            [Kesalahan(None, None, None, f"data ditolak aturan sakip: {pesan}")]
        ) from exc
    return HasilImpor(tertulis.satker, tertulis.satker_baru, tertulis)


def buku_kerja_satker(satker: Satker, tahun: int, pengguna: bool = False) -> r.BukuKerja:
    """The office's workbook for a year: its plan, and the approved realisations of the
    Renstra's years up to this one (raises TidakAdaRenstra)."""
    bk = rencana_satker(satker, tahun, pengguna=pengguna)
    bk.realisasi = [
        r.Realisasi(
            sasaran=x.indikator.sasaran.nomor,
            indikator=x.indikator.nomor,
            tahun=x.tahun,
            triwulan=x.triwulan,
            nilai=r.Nilai(huruf=x.nilai_huruf) if x.nilai_huruf else r.Nilai(angka=x.nilai),
            skor=x.skor,
            analisis=x.analisis,
            kendala=x.kendala,
            solusi=x.solusi,
            tindak_lanjut=x.tindak_lanjut,
        )
        for x in Realisasi.objects.filter(
            indikator__sasaran__renstra__satker=satker,
            indikator__sasaran__renstra__tahun_awal=bk.renstra.tahun_awal,
            tahun__gte=bk.renstra.tahun_awal,
            tahun__lte=tahun,
            status=S.DISETUJUI,
        )
        .select_related("indikator__sasaran")
        .order_by("indikator__sasaran__nomor", "indikator__nomor", "tahun", "triwulan")
        if x.terisi()
    ]
    return bk


def ekspor_buku_kerja(satker: Satker, tahun: int, pengguna: bool = False) -> bytes:
    buf = io.BytesIO()
    tulis_buku_kerja(buf, buku_kerja_satker(satker, tahun, pengguna))
    return buf.getvalue()


def template_buku_kerja() -> bytes:
    buf = io.BytesIO()
    tulis_buku_kerja(buf)
    return buf.getvalue()
