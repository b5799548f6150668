"""Write a checked workbook's plan (office, units, staff, users, Renstra, indicators, targets,
PK) to the database. Runs inside the caller's transaction; call only once nothing is wrong.

Rows are matched by their natural keys (office code; unit code; staff name; username;
Renstra start year; sasaran, misi and tujuan number; indicator number in its sasaran;
target year and quarter; PK year and revision; PK row indicator; budget row order) and
saved only when a value differs, so importing the same workbook twice writes nothing (no
row, no history entry). Nothing the workbook does not name is deleted.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth import get_user_model
from django.db import models
from simple_history.utils import bulk_create_with_history

from sakip.lib.skala import SKALA_CAPAIAN_KPU, SKALA_PENYERAPAN
from sakip.organisasi import models as org
from sakip.perencanaan import models as ren

from . import rekaman as r
from .periksa import Pemeriksaan


@dataclass
class Tertulis:
    """What an import wrote: per kind of row, how many were created and how many changed."""

    satker: org.Satker | None = None
    satker_baru: bool = False
    hitung: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    indikator: dict[tuple[int, int], ren.Indikator] = field(default_factory=dict)

    @property
    def kosong(self) -> bool:
        return not any(a or b for a, b in self.hitung.values())

    def pesan(self) -> list[str]:
        """One line per kind of row written, in Bahasa Indonesia."""
        hasil = []
        for nama, (baru, ubah) in self.hitung.items():
            bagian = []
            if baru:
                bagian.append(f"{baru} baru")
            if ubah:
                bagian.append(f"{ubah} diubah")
            if bagian:
                hasil.append(f"{nama}: {', '.join(bagian)}.")
        return hasil or ["Tidak ada yang berubah: isi berkas sama dengan data yang tersimpan."]


def _kunci(model: type[models.Model], nilai: dict) -> tuple:
    """A natural key as plain values (a related row by its id), in field-name order."""
    hasil = []
    for k in sorted(nilai):
        v = nilai[k]
        if model._meta.get_field(k).is_relation:
            v = v.pk if v is not None else None
        hasil.append((k, v))
    return tuple(hasil)


class Penulis:
    """Saves a row only when it is new or one of its values differs, counting what it did.

    `siapkan` reads the rows a loop will match once (one query), so matching a row costs no
    query; a model not prepared is looked up row by row.
    """

    def __init__(self, pengguna, tertulis: Tertulis):
        self.pengguna = pengguna
        self.tertulis = tertulis
        self._ada: dict[type, dict[tuple, models.Model]] = {}
        self._tertunda: dict[type, list[models.Model]] = {}

    def tulis_tertunda(self) -> None:
        """Insert the queued new rows, one bulk insert per model (with their history rows)."""
        for model, daftar in self._tertunda.items():
            if hasattr(model, "history"):
                bulk_create_with_history(daftar, model, default_user=self.pengguna)
            else:
                model._default_manager.bulk_create(daftar)
        self._tertunda = {}

    def siapkan(self, model: type[models.Model], kolom: tuple[str, ...], **saring) -> None:
        baris = self._ada.setdefault(model, {})
        for obj in model._default_manager.filter(**saring).order_by():
            kunci = tuple(
                sorted((k, getattr(obj, model._meta.get_field(k).attname)) for k in kolom)
            )
            baris[kunci] = obj

    def simpan(
        self,
        model: type[models.Model],
        kunci: dict,
        nilai: dict,
        nama: str = "",
        tunda: bool = False,
    ):
        """The row with this key saved with these values; `tunda` queues a new row for one
        bulk insert (`tulis_tertunda`), for rows nothing else refers to in the same import."""
        nama = nama or str(model._meta.verbose_name_plural)
        if model in self._ada:
            obj = self._ada[model].get(_kunci(model, kunci))
        else:
            obj = model._default_manager.filter(**kunci).order_by().first()
        if obj is None:
            obj = model(**kunci, **nilai)
            if tunda:
                obj.clean()
                self._tertunda.setdefault(model, []).append(obj)
            else:
                self._simpan(obj)
            self.tertulis.hitung[nama][0] += 1
            if model in self._ada:
                self._ada[model][_kunci(model, kunci)] = obj
            return obj
        beda = False
        for k, v in nilai.items():
            f = model._meta.get_field(k)
            if f.is_relation:
                lama, baru = getattr(obj, f.attname), (v.pk if v is not None else None)
            else:
                lama, baru = getattr(obj, k), v
            if lama != baru:
                setattr(obj, k, v)
                beda = True
        if beda:
            self._simpan(obj)
            self.tertulis.hitung[nama][1] += 1
        return obj

    def _simpan(self, obj: models.Model) -> None:
        # every value was checked by `periksa`; the models' own rules (clean) are the same
        obj._history_user = self.pengguna
        obj.clean()
        obj.save()


def nilai_profil(bk: r.BukuKerja, cek: Pemeriksaan) -> dict[str, Any]:
    """The office's fields as the workbook gives them (scales only where the sheet has them)."""
    p = bk.profil
    nilai: dict[str, Any] = {
        "nama": p.nama,
        "jenis": cek.jenis,
        "induk": cek.induk,
        "kota": p.kota,
        "alamat": p.alamat,
        "situs": p.situs,
        "batas_capaian": p.batas_capaian,
    }
    for jenis, kolom, bawaan in (
        ("capaian", "skala_capaian", SKALA_CAPAIAN_KPU),
        ("penyerapan", "skala_penyerapan", SKALA_PENYERAPAN),
    ):
        if jenis in cek.skala:
            nilai[kolom] = cek.skala[jenis].as_data()
        elif cek.satker is None:
            nilai[kolom] = bawaan.as_data()
    return nilai


def profil_berubah(bk: r.BukuKerja, cek: Pemeriksaan) -> bool:
    """Whether importing would change an existing office's profile."""
    if cek.satker is None or bk.profil is None:
        return False
    for k, v in nilai_profil(bk, cek).items():
        lama = cek.satker.induk_id if k == "induk" else getattr(cek.satker, k)
        if lama != (v.pk if k == "induk" and v is not None else v):
            return True
    return False


def simpan_rencana(pengguna, bk: r.BukuKerja, cek: Pemeriksaan) -> Tertulis:
    """Write everything of the workbook but its realisations; returns what was written."""
    tertulis = Tertulis()
    tulis = Penulis(pengguna, tertulis)
    p = bk.profil
    tertulis.satker_baru = cek.satker is None
    nilai_satker = nilai_profil(bk, cek)
    satker = tulis.simpan(org.Satker, {"kode": p.kode}, nilai_satker, "kantor")
    tertulis.satker = satker

    tulis.siapkan(org.UnitKerja, ("satker", "kode"), satker=satker)
    tulis.siapkan(org.Pegawai, ("satker", "nama"), satker=satker)
    unit = {
        u.kode: tulis.simpan(org.UnitKerja, {"satker": satker, "kode": u.kode}, {"nama": u.nama})
        for u in bk.unit
    }
    unit.update(
        {u.kode: u for u in org.UnitKerja.objects.filter(satker=satker) if u.kode not in unit}
    )
    for x in bk.pegawai:
        tulis.simpan(
            org.Pegawai,
            {"satker": satker, "nama": x.nama},
            {
                "nip": x.nip,
                "jabatan": x.jabatan,
                "status": x.status,
                "pendidikan": x.pendidikan,
                "golongan": x.golongan,
                "unit": unit.get(x.unit),
                "aktif": x.aktif,
            },
        )
    _simpan_pengguna(tulis, bk, satker, unit)
    if bk.renstra is not None:
        _simpan_renstra(tulis, bk, satker, unit)
    return tertulis


def _simpan_pengguna(tulis: Penulis, bk: r.BukuKerja, satker, unit) -> None:
    User = get_user_model()
    for x in bk.pengguna:
        user = User.objects.filter(username__iexact=x.username).first()
        nilai = {
            "first_name": x.nama_depan,
            "last_name": x.nama_belakang,
            "email": x.email,
            "is_active": x.aktif,
        }
        if user is None:
            user = User(username=x.username, **nilai)
            user.set_unusable_password()
            user.save()
            tulis.tertulis.hitung["pengguna"][0] += 1
        elif any(getattr(user, k) != v for k, v in nilai.items()):
            for k, v in nilai.items():
                setattr(user, k, v)
            user.save()
            tulis.tertulis.hitung["pengguna"][1] += 1
        tulis.simpan(
            org.Keanggotaan,
            {"user": user},
            {"satker": satker, "unit": unit.get(x.unit), "peran": x.peran},
        )


def _simpan_renstra(tulis: Penulis, bk: r.BukuKerja, satker, unit) -> None:
    rs = bk.renstra
    renstra = tulis.simpan(
        ren.Renstra,
        {"satker": satker, "tahun_awal": rs.tahun_awal},
        {"tahun_akhir": rs.tahun_akhir, "dasar_hukum": rs.dasar_hukum, "visi": rs.visi},
    )
    for model in (ren.Misi, ren.Tujuan, ren.Sasaran):
        tulis.siapkan(model, ("renstra", "nomor"), renstra=renstra)
    tulis.siapkan(ren.Indikator, ("sasaran", "nomor"), sasaran__renstra=renstra)
    tulis.siapkan(
        ren.Target, ("indikator", "tahun", "triwulan"), indikator__sasaran__renstra=renstra
    )
    for nomor, uraian in sorted(rs.misi.items()):
        tulis.simpan(ren.Misi, {"renstra": renstra, "nomor": nomor}, {"uraian": uraian})
    tujuan = {
        nomor: tulis.simpan(ren.Tujuan, {"renstra": renstra, "nomor": nomor}, {"uraian": uraian})
        for nomor, uraian in sorted(rs.tujuan.items())
    }
    tujuan.update(
        {t.nomor: t for t in ren.Tujuan.objects.filter(renstra=renstra) if t.nomor not in tujuan}
    )
    sasaran = {
        s.nomor: tulis.simpan(
            ren.Sasaran,
            {"renstra": renstra, "nomor": s.nomor},
            {"uraian": s.uraian, "tujuan": tujuan.get(s.tujuan)},
        )
        for s in bk.sasaran
    }
    indikator = tulis.tertulis.indikator
    for i in bk.indikator:
        indikator[(i.sasaran, i.nomor)] = tulis.simpan(
            ren.Indikator,
            {"sasaran": sasaran[i.sasaran], "nomor": i.nomor},
            {
                "nama": i.nama,
                "uraian": i.definisi,
                "cara_penghitungan": i.cara_penghitungan,
                "rumus": i.rumus,
                "satuan": i.satuan,
                "jenis": i.jenis,
                "polaritas": i.polaritas,
                "agregasi": i.agregasi,
                "sumber_data": i.sumber_data,
                "unit": unit.get(i.unit),
                "iku": i.iku,
                "wajib_bukti": i.wajib_bukti,
                "standar_nasional": i.standar_nasional,
            },
        )
    for t in bk.target:
        tulis.simpan(
            ren.Target,
            {
                "indikator": indikator[(t.sasaran, t.indikator)],
                "tahun": t.tahun,
                "triwulan": t.triwulan,
            },
            {"nilai": t.nilai.angka, "nilai_huruf": t.nilai.huruf, "tonggak": t.tonggak},
            tunda=True,
        )
    tulis.tulis_tertunda()
    _simpan_pk(tulis, bk, satker, indikator)


def _simpan_pk(tulis: Penulis, bk: r.BukuKerja, satker, indikator) -> None:
    baris = defaultdict(list)
    for b in bk.pk_indikator:
        baris[(b.tahun, b.perubahan)].append(b)
    anggaran = defaultdict(list)
    for a in bk.pk_anggaran:
        anggaran[(a.tahun, a.perubahan)].append(a)
    tahunan = {(t.sasaran, t.indikator, t.tahun): t.nilai for t in bk.target if t.triwulan is None}
    tulis.siapkan(ren.BarisPK, ("pk_dokumen", "indikator"), pk_dokumen__satker=satker)
    tulis.siapkan(ren.AnggaranPK, ("pk_dokumen", "urutan"), pk_dokumen__satker=satker)
    for p in bk.pk:
        pk = tulis.simpan(
            ren.PerjanjianKinerja,
            {"satker": satker, "tahun": p.tahun, "perubahan": p.perubahan},
            {
                "tempat": p.tempat,
                "tanggal": p.tanggal,
                "pihak_pertama_nama": p.pihak_pertama_nama,
                "pihak_pertama_nip": p.pihak_pertama_nip,
                "pihak_pertama_jabatan": p.pihak_pertama_jabatan,
                "pihak_kedua_nama": p.pihak_kedua_nama,
                "pihak_kedua_nip": p.pihak_kedua_nip,
                "pihak_kedua_jabatan": p.pihak_kedua_jabatan,
                "alasan_perubahan": p.alasan_perubahan,
            },
        )
        daftar = baris.get((p.tahun, p.perubahan))
        if daftar is None:  # no rows given: the year's targets, in the indicators' order
            daftar = [
                r.BarisPk(p.tahun, p.perubahan, n, i.sasaran, i.nomor, tahunan[kunci])
                for n, (i, kunci) in enumerate(
                    (
                        (i, (i.sasaran, i.nomor, p.tahun))
                        for i in sorted(bk.indikator, key=lambda i: (i.sasaran, i.nomor))
                        if (i.sasaran, i.nomor, p.tahun) in tahunan
                    ),
                    start=1,
                )
            ]
        for b in daftar:
            tulis.simpan(
                ren.BarisPK,
                {"pk_dokumen": pk, "indikator": indikator[(b.sasaran, b.indikator)]},
                {"urutan": b.urutan, "target": b.target.angka, "target_huruf": b.target.huruf},
                "baris PK",
            )
        for a in anggaran.get((p.tahun, p.perubahan), []):
            tulis.simpan(
                ren.AnggaranPK,
                {"pk_dokumen": pk, "urutan": a.urutan},
                {
                    "kode_program": a.kode_program,
                    "nama_program": a.nama_program,
                    "anggaran": a.anggaran,
                },
                "anggaran PK",
            )
