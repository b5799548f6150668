"""The realisation workflow: Draf → Diajukan → Terverifikasi → Disetujui, with returns.

Every verb runs in one transaction on the locked row, checks who acts, the state, the
entry window and the version the user saw, and writes one JejakRealisasi entry. Views
and commands call only these functions and turn AlurError into a message and a status.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.db.models import Q

from sakip.lib.agregasi import Agregasi
from sakip.lib.angka import (
    AngkaError,
    bulatkan,
    format_angka_ringkas,
    format_persen,
    format_tanggal,
    periksa_digit,
)
from sakip.lib.capaian import Polaritas, hitung_capaian
from sakip.lib.periode import Keputusan, Triwulan
from sakip.lib.rumus import RumusError, hitung, urai
from sakip.lib.rumus import label_besaran as _label_besaran
from sakip.organisasi import akses
from sakip.organisasi.models import Satker
from sakip.perencanaan.models import Indikator, Target

from . import berkas as berkas_lib
from . import jendela
from .models import Bukti, JejakRealisasi, PengecualianKunci, Realisasi

S = Realisasi.Status
A = JejakRealisasi.Aksi
DAPAT_DIUBAH = (S.DRAF, S.DIKEMBALIKAN)
BATAS_CAPAIAN_TANPA_ANALISIS = Decimal(120)


class AlurError(Exception):
    """A refused action; `status` is the HTTP status a view answers with."""

    status = 400

    def __init__(self, pesan: str):
        super().__init__(pesan)
        self.pesan = pesan


class WorkflowError(AlurError):
    """An illegal transition or an incomplete realisation (400)."""


class AksesError(AlurError):
    """The user's role may not take this action (403)."""

    status = 403


class BukanKantorError(AksesError):
    """The realisation belongs to an office the user may not see (404, no hint it exists)."""

    status = 404


class VersiKedaluwarsa(AlurError):
    """Someone else changed the realisation since the user opened it (409)."""

    status = 409


class IsianError(WorkflowError):
    """Entered values that break a rule; `galat` maps form field names to messages."""

    def __init__(self, galat: dict[str, list[str]]):
        self.galat = dict(galat)
        super().__init__(" ".join(p for daftar in self.galat.values() for p in daftar))


@dataclass
class Isian:
    """What a PIC enters for one quarter."""

    nilai: Decimal | None = None
    nilai_huruf: str = ""
    skor: Decimal | None = None
    besaran: dict[str, Decimal | None] = field(default_factory=dict)
    analisis: str = ""
    kendala: str = ""
    solusi: str = ""
    tindak_lanjut: str = ""


@dataclass
class Hasil:
    realisasi: Realisasi
    peringatan: list[str]


def label_besaran(nama: str) -> str:
    """`keputusan_sesuai` -> 'Keputusan sesuai' (the rule is `lib.rumus.label_besaran`)."""
    return _label_besaran(nama)


def nama_unit(indikator: Indikator) -> str:
    return indikator.unit.nama if indikator.unit_id else "unit penanggung jawab (belum ditetapkan)"


def nama_periode(tahun: int, triwulan: int) -> str:
    return Triwulan(tahun, triwulan).nama


# --- conditions (no writes): the services raise them, the pages show them -----------------


def _pastikan_kantor(user, indikator: Indikator) -> None:
    if not akses.boleh_membaca(user, indikator.satker):
        raise BukanKantorError("Realisasi tidak ditemukan.")


def _alasan_status(r: Realisasi) -> str:
    nama = nama_periode(r.tahun, r.triwulan)
    if r.status == S.DIAJUKAN:
        return (
            f"Realisasi {nama} sudah diajukan dan menunggu verifikasi Kepala Subbagian; "
            "tidak dapat diubah kecuali dikembalikan."
        )
    if r.status == S.TERVERIFIKASI:
        return (
            f"Realisasi {nama} sudah diverifikasi dan menunggu persetujuan Sekretaris; "
            "tidak dapat diubah kecuali dikembalikan."
        )
    return (
        f"Realisasi {nama} sudah disetujui Sekretaris dan terkunci. "
        "Hanya Sekretaris yang dapat membukanya kembali."
    )


def syarat_ubah(
    user, indikator: Indikator, tahun: int, triwulan: int, r: Realisasi | None, hari_ini: date
) -> Keputusan:
    """May this user change the values and evidence now? Raises the reason if not."""
    _pastikan_kantor(user, indikator)
    if not akses.pic_unit(user, indikator):
        raise AksesError(
            f"Hanya PIC {nama_unit(indikator)} yang dapat mengisi realisasi indikator ini."
        )
    if r is not None and r.status not in DAPAT_DIUBAH:
        raise WorkflowError(_alasan_status(r))
    keputusan = jendela.keputusan(indikator.satker, indikator, tahun, triwulan, hari_ini)
    if not keputusan.boleh:
        raise WorkflowError(keputusan.alasan)
    return keputusan


# verb -> (states it starts from, state it leads to, noun used in messages)
ATURAN = {
    A.AJUKAN: ((S.DRAF, S.DIKEMBALIKAN), S.DIAJUKAN, "pengajuan"),
    A.VERIFIKASI: ((S.DIAJUKAN,), S.TERVERIFIKASI, "verifikasi"),
    A.KEMBALIKAN: ((S.DIAJUKAN, S.TERVERIFIKASI), S.DIKEMBALIKAN, "pengembalian"),
    A.SETUJUI: ((S.TERVERIFIKASI,), S.DISETUJUI, "persetujuan"),
    A.BUKA_KEMBALI: ((S.DISETUJUI,), S.DIKEMBALIKAN, "pembukaan kembali"),
}
KOMENTAR_WAJIB = {
    A.KEMBALIKAN: "Tulis komentar yang menjelaskan apa yang harus diperbaiki PIC.",
    A.BUKA_KEMBALI: "Tulis alasan membuka kembali realisasi yang sudah disetujui.",
}


def _syarat_peran(aksi: str, user, indikator: Indikator) -> None:
    unit = nama_unit(indikator)
    if aksi == A.AJUKAN and not akses.pic_unit(user, indikator):
        raise AksesError(f"Hanya PIC {unit} yang dapat mengajukan realisasi indikator ini.")
    if aksi == A.VERIFIKASI and not akses.verifikator_unit(user, indikator):
        raise AksesError(
            f"Hanya Kepala Subbagian {unit} yang dapat memverifikasi realisasi indikator ini."
        )
    if aksi == A.KEMBALIKAN and not (
        akses.verifikator_unit(user, indikator) or akses.sekretaris(user, indikator)
    ):
        raise AksesError(
            f"Hanya Kepala Subbagian {unit} atau Sekretaris yang dapat mengembalikan "
            "realisasi indikator ini."
        )
    if aksi == A.SETUJUI and not akses.sekretaris(user, indikator):
        raise AksesError("Hanya Sekretaris yang dapat menyetujui realisasi.")
    if aksi == A.BUKA_KEMBALI and not akses.sekretaris(user, indikator):
        raise AksesError(
            "Hanya Sekretaris yang dapat membuka kembali realisasi yang sudah disetujui."
        )


def syarat(aksi: str, user, r: Realisasi, hari_ini: date) -> None:
    """May this user take this workflow step on this realisation now? Raises why not."""
    indikator = r.indikator
    _pastikan_kantor(user, indikator)
    _syarat_peran(aksi, user, indikator)
    dari, _, kata = ATURAN[aksi]
    nama = nama_periode(r.tahun, r.triwulan)
    if r.status not in dari:
        boleh = " atau ".join(S(s).label for s in dari)
        raise WorkflowError(
            f"Realisasi {nama} berstatus {r.get_status_display()}; {kata} hanya dapat "
            f"dilakukan pada realisasi berstatus {boleh}."
        )
    if (
        aksi == A.KEMBALIKAN
        and r.status == S.TERVERIFIKASI
        and not akses.sekretaris(user, indikator)
    ):
        raise WorkflowError(
            f"Realisasi {nama} sudah diverifikasi; sekarang hanya Sekretaris yang dapat "
            "mengembalikannya."
        )
    if aksi == A.AJUKAN:
        keputusan = jendela.keputusan(indikator.satker, indikator, r.tahun, r.triwulan, hari_ini)
        if not keputusan.boleh:
            raise WorkflowError(keputusan.alasan)


# --- rules on the entered values ------------------------------------------------------------


def target_pembanding(indikator: Indikator, tahun: int, triwulan: int) -> Decimal | None:
    """The quarter's own target if set, else the year's target, as a number."""
    target = {
        t.triwulan: t
        for t in Target.objects.filter(indikator=indikator, tahun=tahun).filter(
            Q(triwulan=triwulan) | Q(triwulan__isnull=True)
        )
    }
    t = target.get(triwulan) or target.get(None)
    if t is None:
        return None
    t.indikator = indikator  # avoid a query
    return t.nilai_angka()


def capaian_triwulan(indikator: Indikator, r: Realisasi) -> Decimal | None:
    """Uncapped capaian of the quarter's value against its target (None when undefined)."""
    target = target_pembanding(indikator, r.tahun, r.triwulan)
    nilai = r.nilai_angka()
    if target is None or nilai is None or nilai < 0:
        return None
    return hitung_capaian(target, nilai, Polaritas(indikator.polaritas))


def _terapkan(indikator: Indikator, r: Realisasi, isian: Isian) -> None:
    """Copy the entry onto the realisation, computing the value from the formula's quantities."""
    galat: dict[str, list[str]] = defaultdict(list)
    r.analisis, r.kendala = isian.analisis.strip(), isian.kendala.strip()
    r.solusi, r.tindak_lanjut = isian.solusi.strip(), isian.tindak_lanjut.strip()
    if indikator.berhuruf:
        r.nilai, r.nilai_huruf, r.skor, r.besaran = None, isian.nilai_huruf, isian.skor, {}
        if r.skor is not None and not Decimal(0) <= r.skor <= Decimal(100):
            galat["skor"].append("Skor evaluasi harus antara 0 dan 100.")
    elif indikator.rumus:
        try:
            rumus = urai(indikator.rumus)
        except RumusError as exc:
            raise IsianError(
                {"__all__": [f"Rumus indikator tidak sah ({exc}); minta Perencana memperbaikinya."]}
            ) from exc
        besaran = {n: isian.besaran.get(n) for n in rumus.nama}
        for n, v in besaran.items():
            if v is not None and v < 0:
                galat[f"besaran_{n}"].append(f"{label_besaran(n)} tidak boleh negatif.")
        rasio = rumus.rasio()
        if rasio and not galat:
            atas, bawah = besaran[rasio[0]], besaran[rasio[1]]
            if atas is not None and bawah is not None and atas > bawah:
                galat[f"besaran_{rasio[0]}"].append(
                    f"{label_besaran(rasio[0])} ({format_angka_ringkas(atas)}) tidak boleh lebih "
                    f"besar dari {label_besaran(rasio[1])} ({format_angka_ringkas(bawah)})."
                )
        r.besaran = {n: str(v) for n, v in besaran.items() if v is not None}
        r.nilai = None
        if not galat and all(v is not None for v in besaran.values()):
            try:
                r.nilai = bulatkan(hitung(rumus, besaran), 4)
            except RumusError as exc:
                galat["__all__"].append(f"Rumus {rumus.teks} tidak dapat dihitung: {exc}.")
        r.nilai_huruf, r.skor = "", None
    else:
        r.nilai, r.nilai_huruf, r.skor, r.besaran = isian.nilai, "", None, {}
    if galat:
        raise IsianError(galat)
    _periksa_nilai(indikator, r)


def _periksa_nilai(indikator: Indikator, r: Realisasi) -> None:
    """Range of the value, and an explanation for an unusually high capaian."""
    galat: dict[str, list[str]] = defaultdict(list)
    kolom = "__all__" if indikator.rumus else "nilai"
    if r.nilai is not None:
        f = Realisasi._meta.get_field("nilai")
        try:
            periksa_digit(r.nilai, f.max_digits, f.decimal_places)
        except AngkaError as exc:
            asal = "Hasil rumus" if indikator.rumus else "Nilai realisasi"
            raise IsianError({kolom: [f"{asal}: {exc}."]}) from exc
    if r.nilai is not None and r.nilai < 0:
        galat[kolom].append("Realisasi tidak boleh negatif.")
    elif (
        r.nilai is not None and indikator.jenis == Indikator.Jenis.PERSEN and r.nilai > Decimal(100)
    ):
        asal = "Hasil rumus" if indikator.rumus else "Nilai persentase"
        galat[kolom].append(f"{asal} {format_angka_ringkas(r.nilai)} % di luar rentang 0–100 %.")
    if not galat:
        capaian = capaian_triwulan(indikator, r)
        if capaian is not None and capaian > BATAS_CAPAIAN_TANPA_ANALISIS and not r.analisis:
            galat["analisis"].append(
                f"Capaian {format_persen(capaian)} di atas 120 %: jelaskan penyebabnya pada "
                "kolom analisis."
            )
    if galat:
        raise IsianError(galat)


def peringatan(indikator: Indikator, r: Realisasi) -> list[str]:
    """Non-blocking warnings: a cumulative indicator falling from the previous quarter."""
    if indikator.agregasi != Agregasi.LAST or indikator.berhuruf or r.nilai is None:
        return []
    sebelum = (
        Realisasi.objects.filter(
            indikator=indikator, tahun=r.tahun, triwulan__lt=r.triwulan, nilai__isnull=False
        )
        .order_by("-triwulan")
        .first()
    )
    if sebelum is None or sebelum.nilai <= r.nilai:
        return []
    return [
        f"Nilai {nama_periode(r.tahun, r.triwulan)} ({format_angka_ringkas(r.nilai)}) lebih "
        f"rendah dari {nama_periode(sebelum.tahun, sebelum.triwulan)} "
        f"({format_angka_ringkas(sebelum.nilai)}), padahal indikator ini kumulatif (nilai "
        "triwulan terakhir). Periksa kembali bila tidak disengaja."
    ]


def kekurangan(indikator: Indikator, r: Realisasi) -> list[str]:
    """What still stops submission: missing value, missing evidence, a broken rule."""
    hasil = []
    if not r.terisi():
        if indikator.rumus and not indikator.berhuruf:
            kosong = [n for n in urai(indikator.rumus).nama if n not in (r.besaran or {})]
            daftar = ", ".join(label_besaran(n) for n in kosong) or "semua besaran"
            hasil.append(f"Isi besaran {daftar} sebelum mengajukan.")
        else:
            hasil.append("Isi nilai realisasi sebelum mengajukan.")
    if indikator.wajib_bukti and (r.pk is None or not r.bukti.exists()):
        hasil.append(
            "Indikator ini mewajibkan bukti dukung: unggah minimal satu berkas sebelum mengajukan."
        )
    if r.terisi():
        try:
            _periksa_nilai(indikator, r)
        except IsianError as exc:
            hasil.append(exc.pesan)
    return hasil


# --- the verbs --------------------------------------------------------------------------------


def _kunci(pk: int) -> Realisasi:
    """The row locked for this transaction, with its indicator and office."""
    r = Realisasi.objects.select_for_update().get(pk=pk)
    r.indikator = Indikator.objects.select_related("sasaran__renstra__satker", "unit").get(
        pk=r.indikator_id
    )
    return r


def _cek_versi(r: Realisasi, versi: int | None) -> None:
    if versi is None:
        raise WorkflowError(
            f"Versi realisasi {nama_periode(r.tahun, r.triwulan)} tidak dikirim, sehingga tidak "
            "dapat dipastikan Anda melihat data terbaru; muat ulang halaman lalu ulangi."
        )
    if versi != r.versi:
        oleh = r.diubah_oleh.get_username() if r.diubah_oleh_id else "pengguna lain"
        raise VersiKedaluwarsa(
            f"Realisasi {nama_periode(r.tahun, r.triwulan)} sudah diubah oleh {oleh} sejak "
            "Anda membukanya. Perubahan Anda tidak disimpan; data terbaru ditampilkan, "
            "periksa lalu ulangi perubahan Anda."
        )


def _catat(r: Realisasi, user, aksi: str, dari: str, komentar: str = "") -> JejakRealisasi:
    return JejakRealisasi.objects.create(
        realisasi=r,
        pengguna=user,
        aksi=aksi,
        dari_status=dari,
        ke_status=r.status,
        komentar=komentar,
    )


def _simpan_baris(r: Realisasi, user) -> None:
    r.diubah_oleh = user
    r._history_user = user
    r.save()


def simpan(
    user,
    indikator: Indikator,
    tahun: int,
    triwulan: int,
    isian: Isian,
    versi: int,
    hari_ini: date | None = None,
) -> Hasil:
    """Save the PIC's entry (creating the quarter's row); `versi` 0 means a new row."""
    hari_ini = hari_ini or jendela.hari_ini()
    with transaction.atomic():
        r = (
            Realisasi.objects.select_for_update()
            .filter(indikator=indikator, tahun=tahun, triwulan=triwulan)
            .first()
        )
        syarat_ubah(user, indikator, tahun, triwulan, r, hari_ini)
        baru = r is None
        if baru:
            if versi != 0:
                raise VersiKedaluwarsa("Realisasi ini sudah tidak ada; muat ulang halaman.")
            r = Realisasi(indikator=indikator, tahun=tahun, triwulan=triwulan, versi=0)
        else:
            _cek_versi(r, versi)
        r.indikator = indikator
        dari = "" if baru else r.status
        _terapkan(indikator, r, isian)
        r.versi += 1
        if baru:
            try:
                with transaction.atomic():
                    _simpan_baris(r, user)
            except IntegrityError as exc:
                raise VersiKedaluwarsa(
                    f"Realisasi {nama_periode(tahun, triwulan)} baru saja diisi oleh pengguna "
                    "lain. Perubahan Anda tidak disimpan; data terbaru ditampilkan."
                ) from exc
        else:
            _simpan_baris(r, user)
        _catat(r, user, A.SIMPAN, dari)
    return Hasil(r, peringatan(indikator, r))


def _transisi(
    aksi: str, user, pk: int, komentar: str, versi: int | None, hari_ini: date | None
) -> Realisasi:
    hari_ini = hari_ini or jendela.hari_ini()
    komentar = (komentar or "").strip()
    with transaction.atomic():
        r = _kunci(pk)
        syarat(aksi, user, r, hari_ini)
        _cek_versi(r, versi)
        if aksi in KOMENTAR_WAJIB and not komentar:
            raise WorkflowError(KOMENTAR_WAJIB[aksi])
        if aksi == A.AJUKAN:
            kurang = kekurangan(r.indikator, r)
            if kurang:
                raise WorkflowError(" ".join(kurang))
        dari = r.status
        r.status = ATURAN[aksi][1]
        r.versi += 1
        _simpan_baris(r, user)
        _catat(r, user, aksi, dari, komentar)
    return r


# The workflow steps by the name in their URL (the pages' and the API's), and one entry for both.
AKSI_URL = {
    "ajukan": A.AJUKAN,
    "verifikasi": A.VERIFIKASI,
    "kembalikan": A.KEMBALIKAN,
    "setujui": A.SETUJUI,
    "buka-kembali": A.BUKA_KEMBALI,
}


def lakukan(
    aksi: str, user, pk: int, komentar: str, versi: int | None, hari_ini: date | None = None
) -> Realisasi:
    """Take the workflow step `aksi` (a value of AKSI_URL); a submission carries no comment."""
    return _transisi(aksi, user, pk, "" if aksi == A.AJUKAN else komentar, versi, hari_ini)


def ajukan(user, pk: int, versi: int | None = None, hari_ini: date | None = None) -> Realisasi:
    """PIC submits a complete realisation (value, evidence when required) for verification."""
    return _transisi(A.AJUKAN, user, pk, "", versi, hari_ini)


def verifikasi(
    user, pk: int, komentar: str = "", versi: int | None = None, hari_ini: date | None = None
) -> Realisasi:
    """Kepala Subbagian of the unit confirms a submitted realisation."""
    return _transisi(A.VERIFIKASI, user, pk, komentar, versi, hari_ini)


def kembalikan(
    user, pk: int, komentar: str, versi: int | None = None, hari_ini: date | None = None
) -> Realisasi:
    """Kepala Subbagian (from Diajukan) or Sekretaris returns it to the PIC with a comment."""
    return _transisi(A.KEMBALIKAN, user, pk, komentar, versi, hari_ini)


def setujui(
    user, pk: int, komentar: str = "", versi: int | None = None, hari_ini: date | None = None
) -> Realisasi:
    """Sekretaris approves a verified realisation, which locks it."""
    return _transisi(A.SETUJUI, user, pk, komentar, versi, hari_ini)


def buka_kembali(
    user, pk: int, alasan: str, versi: int | None = None, hari_ini: date | None = None
) -> Realisasi:
    """Sekretaris reopens an approved realisation, giving the reason; it returns to the PIC."""
    return _transisi(A.BUKA_KEMBALI, user, pk, alasan, versi, hari_ini)


def tambah_bukti(user, pk: int, unggahan, hari_ini: date | None = None) -> Bukti:
    """Attach an evidence file, checked by size, content and hash before anything is written."""
    hari_ini = hari_ini or jendela.hari_ini()
    with transaction.atomic():
        r = _kunci(pk)
        syarat_ubah(user, r.indikator, r.tahun, r.triwulan, r, hari_ini)
        try:
            berkas_lib.periksa_ukuran(unggahan.size)
            jenis = berkas_lib.kenali_jenis(unggahan)
        except berkas_lib.BerkasError as exc:
            raise WorkflowError(str(exc)) from exc
        sidik = berkas_lib.sha256(unggahan)
        sama = r.bukti.filter(sha256=sidik).first()
        if sama is not None:
            raise WorkflowError(
                f"Berkas yang sama sudah diunggah untuk realisasi ini sebagai “{sama.nama}”."
            )
        bukti = Bukti(
            realisasi=r,
            nama=berkas_lib.nama_aman(unggahan.name, jenis),
            jenis=jenis,
            ukuran=unggahan.size,
            sha256=sidik,
            diunggah_oleh=user,
        )
        bukti._history_user = user
        bukti.berkas.save(f"bukti.{jenis}", unggahan, save=False)
        try:
            bukti.save()
            _catat(r, user, A.TAMBAH_BUKTI, r.status, bukti.nama)
        except Exception:
            bukti.berkas.delete(save=False)
            raise
    return bukti


def hapus_bukti(user, bukti_id: int, hari_ini: date | None = None) -> None:
    """Remove an evidence file while the realisation may still be changed."""
    hari_ini = hari_ini or jendela.hari_ini()
    with transaction.atomic():
        realisasi_id = Bukti.objects.values_list("realisasi_id", flat=True).get(pk=bukti_id)
        r = _kunci(realisasi_id)
        syarat_ubah(user, r.indikator, r.tahun, r.triwulan, r, hari_ini)
        bukti = Bukti.objects.get(pk=bukti_id)
        bukti._history_user = user
        berkas = bukti.berkas
        bukti.delete()
        _catat(r, user, A.HAPUS_BUKTI, r.status, bukti.nama)
        transaction.on_commit(lambda: berkas.storage.delete(berkas.name))


def beri_pengecualian(
    user,
    satker: Satker,
    tahun: int,
    triwulan: int,
    alasan: str,
    berlaku_sampai: date,
    indikator: Indikator | None = None,
    hari_ini: date | None = None,
) -> PengecualianKunci:
    """Sekretaris allows entry into a closed quarter until a date, for a stated reason."""
    hari_ini = hari_ini or jendela.hari_ini()
    if not akses.sekretaris_kantor(user, satker):
        raise AksesError("Hanya Sekretaris yang dapat memberikan pengecualian kunci.")
    if indikator is not None and indikator.satker.pk != satker.pk:
        raise BukanKantorError("Indikator tidak ditemukan.")
    if not (alasan or "").strip():
        raise WorkflowError("Tulis alasan pengecualian kunci.")
    if berlaku_sampai < hari_ini:
        raise WorkflowError(
            f"Tanggal berakhir {format_tanggal(berlaku_sampai)} sudah lewat; pilih tanggal "
            f"mulai {format_tanggal(hari_ini)}."
        )
    Triwulan(tahun, triwulan)
    with transaction.atomic():
        p = PengecualianKunci(
            satker=satker,
            tahun=tahun,
            triwulan=triwulan,
            indikator=indikator,
            alasan=alasan.strip(),
            berlaku_sampai=berlaku_sampai,
            diberikan_oleh=user,
        )
        p._history_user = user
        p.save()
    return p
