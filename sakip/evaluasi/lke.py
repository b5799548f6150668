"""The LKE worksheet: the office's self-assessment, the evaluator's scores, finalisation, follow-up.

Every verb checks permission (organisasi/akses.py), the worksheet's state and the version the
user saw, writes in one transaction and leaves a JejakLke (or RiwayatTindakLanjut) row.
The scores are computed by lib/lke.py; nothing here decides a grade.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from sakip.lib import lke as aturan_lke
from sakip.lib.lke import HasilLke, Kerangka, LkeError
from sakip.organisasi import akses
from sakip.organisasi.models import Satker, UnitKerja
from sakip.pengukuran import services as alur
from sakip.pengukuran.models import Realisasi
from sakip.pengukuran.tugas import indikator_tahun
from sakip.perencanaan.models import Indikator

from . import ikpa
from .models import (
    JawabanKriteria,
    JawabanSub,
    JejakLke,
    KerangkaLke,
    LembarKerja,
    PengaturanEvaluasi,
    Rekomendasi,
    RiwayatTindakLanjut,
    SumberRealisasi,
)

DATA = Path(__file__).parent / "data"
KERANGKA_BAWAAN = DATA / "lke_permenpanrb_88_2021.json"
St = LembarKerja.Status


class LkeGagal(Exception):
    """A refused step; `status` is the HTTP status a view answers with."""

    status = 400

    def __init__(self, pesan: str, status: int = 400):
        super().__init__(pesan)
        self.pesan = pesan
        self.status = status


# -- the framework ------------------------------------------------------------------------


def muat_kerangka(data: dict, tahun_akhir: int | None = None) -> KerangkaLke:
    """Validate a framework document (lib/lke.baca_kerangka) and store it under its code."""
    try:
        k = aturan_lke.baca_kerangka(data)
        tahun_mulai = int(data.get("tahun_mulai", 0))
    except (LkeError, ValueError, TypeError) as e:
        raise LkeGagal(f"Kerangka LKE tidak sah: {e}") from e
    if tahun_mulai < 2000:
        raise LkeGagal("Kerangka LKE tidak sah: 'tahun_mulai' harus diisi (mis. 2021).")
    obj, _ = KerangkaLke.objects.update_or_create(
        kode=k.kode,
        defaults={
            "nama": k.nama,
            "tahun_mulai": tahun_mulai,
            "tahun_akhir": tahun_akhir,
            "struktur": data,
        },
    )
    return obj


def muat_berkas(path: Path) -> KerangkaLke:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise LkeGagal(f"Berkas kerangka {path} tidak terbaca sebagai JSON: {e}") from e
    return muat_kerangka(data)


def kerangka_untuk(satker: Satker, tahun: int) -> KerangkaLke:
    """The evaluating office's chosen framework for the year, else the latest one in force."""
    if satker.induk_id:
        p = PengaturanEvaluasi.objects.filter(satker_id=satker.induk_id, tahun=tahun).first()
        if p and p.kerangka_id:
            return p.kerangka
    k = (
        KerangkaLke.objects.filter(tahun_mulai__lte=tahun)
        .exclude(tahun_akhir__lt=tahun)
        .order_by("-tahun_mulai")
        .first()
    )
    if k is None:
        raise LkeGagal(
            f"Belum ada kerangka LKE untuk tahun {tahun}; muat dengan `manage.py muat_lke`.", 404
        )
    return k


# -- reading -------------------------------------------------------------------------------


def lembar_ada(pengguna, satker: Satker, tahun: int) -> LembarKerja | None:
    if pengguna is not None:
        akses.pastikan(
            akses.boleh_membaca(pengguna, satker), "Anda tidak dapat membaca kantor ini."
        )
    return (
        LembarKerja.objects.filter(satker=satker, tahun=tahun)
        .select_related("kerangka", "evaluator")
        .first()
    )


def riwayat_kriteria(satker: Satker, tahun: int) -> dict[str, dict[int, bool]]:
    """Each criterion's final Y/T in the office's earlier final worksheets."""
    hasil: dict[str, dict[int, bool]] = {}
    for kode, t, nilai in JawabanKriteria.objects.filter(
        lembar__satker=satker, lembar__tahun__lt=tahun, lembar__status=St.FINAL
    ).values_list("kode", "lembar__tahun", "penetapan"):
        if nilai is not None:
            hasil.setdefault(kode, {})[t] = nilai
    return hasil


@dataclass
class Nilai:
    usulan: HasilLke  # the office's self-assessment (prefill where it did not answer)
    penetapan: HasilLke | None  # the evaluator's, once every criterion is scored
    kerangka: Kerangka


def nilai(lembar: LembarKerja, prefill: dict | None = None) -> Nilai:
    """Score the self-assessment and (when complete) the evaluator's answers."""
    k = lembar.kerangka.kerangka()
    jawaban = {j.kode: j for j in lembar.jawaban.all()}
    prefill = prefill or {}
    usul = {}
    for c in k.semua_kriteria():
        j = jawaban.get(c.kode)
        if j is not None and j.usulan is not None:
            usul[c.kode] = j.usulan
        elif c.kode in prefill:
            usul[c.kode] = prefill[c.kode].nilai
    riwayat = riwayat_kriteria(lembar.satker, lembar.tahun)
    h_usul = aturan_lke.nilai_lke(k, usul, riwayat=riwayat, tahun=lembar.tahun)
    tetap = {c: j.penetapan for c, j in jawaban.items() if j.penetapan is not None}
    h_tetap = None
    if all(c.kode in tetap for c in k.semua_kriteria()):
        sub = dict(lembar.jawaban_sub.values_list("kode", "jawaban"))
        h_tetap = aturan_lke.nilai_lke(k, tetap, jawaban=sub, riwayat=riwayat, tahun=lembar.tahun)
    return Nilai(h_usul, h_tetap, k)


# -- the office ------------------------------------------------------------------------------


def _catat(lembar: LembarKerja, pengguna, aksi: str, keterangan: str = "") -> None:
    JejakLke.objects.create(lembar=lembar, pengguna=pengguna, aksi=aksi, keterangan=keterangan)


def _kunci(lembar_id: int, versi: int | None) -> LembarKerja:
    lembar = (
        LembarKerja.objects.select_for_update()
        .select_related("satker", "kerangka")
        .get(pk=lembar_id)
    )
    if versi is not None and versi != lembar.versi:
        raise LkeGagal(
            "Lembar kerja telah diubah orang lain sejak Anda membukanya; muat ulang halaman.", 409
        )
    return lembar


@transaction.atomic
def buka(pengguna, satker: Satker, tahun: int) -> LembarKerja:
    """The office's worksheet for the year, created on first use by the office or its evaluator."""
    akses.pastikan(
        akses.boleh_menilai_mandiri(pengguna, satker) or akses.boleh_menilai_lke(pengguna, satker),
        "Hanya Perencana, Admin atau Pimpinan kantor, atau evaluator kantor di atasnya, yang dapat membuka LKE.",
    )
    ada = LembarKerja.objects.filter(satker=satker, tahun=tahun).first()
    if ada is not None:
        return ada
    if satker.induk_id is None:
        raise LkeGagal(f"{satker.nama} tidak memiliki kantor di atasnya yang mengevaluasi.")
    try:
        with transaction.atomic():
            lembar = LembarKerja.objects.create(
                satker=satker,
                tahun=tahun,
                kerangka=kerangka_untuk(satker, tahun),
                evaluator_id=satker.induk_id,
            )
    except IntegrityError:  # opened by someone else a moment ago
        return LembarKerja.objects.get(satker=satker, tahun=tahun)
    _catat(lembar, pengguna, "buka")
    return lembar


def _teks_ya(nilai: bool | None) -> str:
    return {True: "Ya", False: "Tidak", None: "—"}[nilai]


def _kriteria_sah(lembar: LembarKerja, kode: str) -> None:
    try:
        lembar.kerangka.kerangka().kriteria(kode)
    except LkeError as e:
        raise LkeGagal(str(e), 404) from e


@transaction.atomic
def simpan_usulan(
    pengguna,
    lembar_id: int,
    isian: dict[str, tuple[bool | None, str, str]],
    versi: int | None = None,
) -> LembarKerja:
    """The office's answers {kode: (Y/T or None, evidence links, note)}, all or nothing."""
    lembar = _kunci(lembar_id, versi)
    akses.pastikan(
        akses.boleh_menilai_mandiri(pengguna, lembar.satker),
        "Hanya Perencana, Admin atau Pimpinan kantor yang mengisi penilaian mandiri.",
    )
    if lembar.status != St.MANDIRI:
        raise LkeGagal(
            f"Penilaian mandiri sudah {lembar.get_status_display().lower()}; tidak dapat diubah."
        )
    for kode, (usulan, bukti, catatan) in isian.items():
        _kriteria_sah(lembar, kode)
        j, _ = JawabanKriteria.objects.get_or_create(lembar=lembar, kode=kode)
        if (j.usulan, j.bukti, j.catatan_usulan) == (usulan, bukti.strip(), catatan.strip()):
            continue
        j.usulan, j.bukti, j.catatan_usulan = usulan, bukti.strip(), catatan.strip()
        j.save()
        _catat(lembar, pengguna, "usulan", f"{kode}: {_teks_ya(usulan)}")
    lembar.versi += 1
    lembar.save(update_fields=["versi"])
    return lembar


@transaction.atomic
def ajukan(pengguna, lembar_id: int, prefill: dict, versi: int | None = None) -> LembarKerja:
    """Submit the self-assessment; criteria the office left blank take the prefill's proposal."""
    lembar = _kunci(lembar_id, versi)
    akses.pastikan(
        akses.boleh_menilai_mandiri(pengguna, lembar.satker),
        "Hanya kantor yang mengajukan penilaian mandiri.",
    )
    if lembar.status != St.MANDIRI:
        raise LkeGagal("Penilaian mandiri sudah diajukan.")
    for c in lembar.kerangka.kerangka().semua_kriteria():
        j, _ = JawabanKriteria.objects.get_or_create(lembar=lembar, kode=c.kode)
        if j.usulan is None and c.kode in prefill and prefill[c.kode].nilai is not None:
            j.usulan = prefill[c.kode].nilai
            j.catatan_usulan = j.catatan_usulan or f"Diisi otomatis sakip: {prefill[c.kode].aturan}"
            j.save()
    lembar.status, lembar.diajukan_pada = St.DIAJUKAN, timezone.now()
    lembar.versi += 1
    lembar.save()
    _catat(lembar, pengguna, "ajukan")
    return lembar


# -- the evaluator ------------------------------------------------------------------------------


def _evaluator(pengguna, lembar: LembarKerja) -> None:
    akses.pastikan(
        akses.boleh_menilai_lke(pengguna, lembar.satker),
        "Hanya evaluator kantor di atasnya yang menilai LKE ini.",
    )
    if lembar.status != St.DIAJUKAN:
        raise LkeGagal(
            "LKE belum diajukan kantor."
            if lembar.status == St.MANDIRI
            else "LKE sudah final; tidak dapat diubah."
        )


@transaction.atomic
def nilai_evaluator(
    pengguna,
    lembar_id: int,
    kriteria: dict[str, tuple[bool | None, str]],
    sub: dict[str, tuple[str, str]] | None = None,
    versi: int | None = None,
) -> LembarKerja:
    """The evaluator's scores {kode: (Y/T or None, comment)} and sub-component answers
    {kode: (AA…E or '' for the proposal, comment)}, all or nothing.

    A score that differs from the office's proposal needs a comment; a sub-component answer
    may not exceed what the share of criteria met allows (lib/lke.jawaban_sah) and needs a
    comment.
    """
    lembar = _kunci(lembar_id, versi)
    _evaluator(pengguna, lembar)
    galat = []
    for kode, (penetapan, catatan) in kriteria.items():
        _kriteria_sah(lembar, kode)
        j, _ = JawabanKriteria.objects.get_or_create(lembar=lembar, kode=kode)
        if (
            penetapan is not None
            and j.usulan is not None
            and penetapan != j.usulan
            and not catatan.strip()
        ):
            galat.append(
                f"Kriteria {kode}: catatan wajib bila nilai evaluator berbeda dari usulan kantor."
            )
            continue
        if (j.penetapan, j.catatan_evaluator) != (penetapan, catatan.strip()):
            j.penetapan, j.catatan_evaluator = penetapan, catatan.strip()
            j.save()
            _catat(lembar, pengguna, "nilai", f"{kode}: {_teks_ya(penetapan)}")
    k = lembar.kerangka.kerangka()
    tetap = dict(lembar.jawaban.values_list("kode", "penetapan"))
    for kode, (jawaban, catatan) in (sub or {}).items():
        try:
            s = k.sub(kode)
        except LkeError as e:
            raise LkeGagal(str(e), 404) from e
        jawaban = (jawaban or "").strip().upper()
        if not jawaban:
            JawabanSub.objects.filter(lembar=lembar, kode=kode).delete()
            continue
        n = sum(1 for c in s.kriteria if tetap.get(c.kode) is True)
        try:
            aturan_lke.jawaban_sah(jawaban, n, len(s.kriteria))
        except LkeError as e:
            galat.append(f"Sub-komponen {kode}: {e}")
            continue
        if not catatan.strip():
            galat.append(
                f"Sub-komponen {kode}: catatan wajib untuk jawaban yang ditetapkan evaluator."
            )
            continue
        JawabanSub.objects.update_or_create(
            lembar=lembar, kode=kode, defaults={"jawaban": jawaban, "catatan": catatan.strip()}
        )
        _catat(lembar, pengguna, "jawaban_sub", f"{kode}: {jawaban}")
    # A score changed above may leave an earlier sub-component answer above what is now met.
    tetap = dict(lembar.jawaban.values_list("kode", "penetapan"))
    for js in lembar.jawaban_sub.all():
        s = k.sub(js.kode)
        n = sum(1 for c in s.kriteria if tetap.get(c.kode) is True)
        try:
            aturan_lke.jawaban_sah(js.jawaban, n, len(s.kriteria))
        except LkeError as e:
            galat.append(
                f"Sub-komponen {js.kode}: {e} Ubah jawaban sub-komponen atau nilai kriterianya."
            )
    if galat:
        raise LkeGagal(" ".join(galat))
    lembar.versi += 1
    lembar.save(update_fields=["versi"])
    return lembar


@transaction.atomic
def kembalikan(pengguna, lembar_id: int, alasan: str, versi: int | None = None) -> LembarKerja:
    """The evaluator returns the self-assessment to the office (with the reason) for correction."""
    lembar = _kunci(lembar_id, versi)
    _evaluator(pengguna, lembar)
    if not alasan.strip():
        raise LkeGagal("Alasan pengembalian wajib diisi.")
    lembar.status, lembar.diajukan_pada = St.MANDIRI, None
    lembar.versi += 1
    lembar.save()
    _catat(lembar, pengguna, "kembalikan", alasan.strip())
    return lembar


@transaction.atomic
def tambah_rekomendasi(
    pengguna,
    lembar_id: int,
    temuan: str,
    rekomendasi: str,
    unit_id: int | None = None,
    batas_waktu: date | None = None,
    komponen: int | None = None,
) -> Rekomendasi:
    lembar = _kunci(lembar_id, None)
    _evaluator(pengguna, lembar)
    if not temuan.strip() or not rekomendasi.strip():
        raise LkeGagal("Temuan dan rekomendasi wajib diisi.")
    if (
        unit_id is not None
        and not UnitKerja.objects.filter(pk=unit_id, satker=lembar.satker).exists()
    ):
        raise LkeGagal("Unit penanggung jawab harus unit kerja kantor yang dievaluasi.")
    if komponen is not None and komponen not in {
        c.nomor for c in lembar.kerangka.kerangka().komponen
    }:
        raise LkeGagal(f"Komponen {komponen} tidak ada dalam kerangka LKE.")
    nomor = (lembar.rekomendasi.order_by("-nomor").values_list("nomor", flat=True).first() or 0) + 1
    r = Rekomendasi.objects.create(
        lembar=lembar,
        nomor=nomor,
        komponen=komponen,
        temuan=temuan.strip(),
        rekomendasi=rekomendasi.strip(),
        unit_id=unit_id,
        batas_waktu=batas_waktu,
    )
    _catat(lembar, pengguna, "rekomendasi", f"Rekomendasi {nomor}")
    return r


@transaction.atomic
def finalkan(
    pengguna, lembar_id: int, nomor_lhe: str, simpulan: str = "", versi: int | None = None
) -> LembarKerja:
    """Freeze the evaluator's scores: every criterion must be scored Y/T; Nilai AKIP and predikat stored."""
    lembar = _kunci(lembar_id, versi)
    _evaluator(pengguna, lembar)
    if not nomor_lhe.strip():
        raise LkeGagal("Nomor LHE wajib diisi sebelum finalisasi.")
    k = lembar.kerangka.kerangka()
    tetap = dict(lembar.jawaban.values_list("kode", "penetapan"))
    kurang = [c.kode for c in k.semua_kriteria() if tetap.get(c.kode) is None]
    if kurang:
        raise LkeGagal(
            f"{len(kurang)} kriteria belum dinilai evaluator: {', '.join(kurang[:10])}{' …' if len(kurang) > 10 else ''}."
        )
    h = nilai(lembar).penetapan
    lembar.nilai_akhir = aturan_lke.bulatkan(h.nilai)
    lembar.predikat = h.predikat
    lembar.status = St.FINAL
    lembar.nomor_lhe, lembar.simpulan = nomor_lhe.strip(), simpulan.strip()
    lembar.difinalkan_pada, lembar.difinalkan_oleh = timezone.now(), pengguna
    lembar.versi += 1
    lembar.save()
    _catat(lembar, pengguna, "finalkan", f"Nilai AKIP {lembar.nilai_akhir} ({lembar.predikat})")
    return lembar


# -- follow-up -------------------------------------------------------------------------------------

RS = Rekomendasi.Status


@transaction.atomic
def tindak_lanjut(
    pengguna, rekomendasi_id: int, status: str, uraian: str, bukti: str, versi: int | None = None
) -> Rekomendasi:
    """The office reports progress on a recommendation; 'selesai' needs evidence."""
    r = (
        Rekomendasi.objects.select_for_update()
        .select_related("lembar__satker")
        .get(pk=rekomendasi_id)
    )
    akses.pastikan(
        akses.boleh_tindak_lanjut(pengguna, r.lembar.satker, r.unit_id),
        "Hanya kantor yang dievaluasi (unit penanggung jawab) yang menindaklanjuti rekomendasi.",
    )
    if versi is not None and versi != r.versi:
        raise LkeGagal("Tindak lanjut telah diubah orang lain; muat ulang halaman.", 409)
    if r.lembar.status != St.FINAL:
        raise LkeGagal("Rekomendasi baru dapat ditindaklanjuti setelah LHE final.")
    if status not in RS.values:
        raise LkeGagal(f"Status '{status}' tidak dikenal; gunakan {', '.join(RS.values)}.")
    if status == RS.SELESAI and not bukti.strip():
        raise LkeGagal(
            "Bukti tindak lanjut (tautan atau nomor dokumen) wajib untuk status Selesai."
        )
    if not uraian.strip():
        raise LkeGagal("Uraian tindak lanjut wajib diisi.")
    dari = r.status
    r.status, r.uraian_tindak_lanjut, r.bukti = status, uraian.strip(), bukti.strip()
    r.versi += 1
    r.save()
    RiwayatTindakLanjut.objects.create(
        rekomendasi=r,
        pengguna=pengguna,
        dari_status=dari,
        ke_status=status,
        keterangan=uraian.strip(),
    )
    return r


def rekomendasi_kantor(satker: Satker, sampai_tahun: int | None = None):
    """The office's recommendations from final LHE (for BAB IV of the LKj and the work list)."""
    qs = Rekomendasi.objects.filter(lembar__satker=satker, lembar__status=St.FINAL).select_related(
        "lembar", "unit"
    )
    if sampai_tahun is not None:
        qs = qs.filter(lembar__tahun__lte=sampai_tahun)
    return qs.order_by("-lembar__tahun", "nomor")


def _ikpa_atau_kosong(satker: Satker, tahun: int):
    try:
        return ikpa.hitung(None, satker, tahun)
    except (ikpa.IkpaTidakAda, ikpa.IkpaError):
        return None


def kemajuan_bawahan(pengguna, satker: Satker, tahun: int) -> list[dict]:
    """For an evaluator's office: each office below with its LKE status and follow-up progress."""
    hasil = []
    for anak in satker.anak.order_by("kode"):
        if not akses.boleh_membaca(pengguna, anak):
            continue
        lembar = LembarKerja.objects.filter(satker=anak, tahun=tahun).first()
        rek = list(Rekomendasi.objects.filter(lembar__satker=anak, lembar__status=St.FINAL))
        hasil.append(
            {
                "satker": anak,
                "lembar": lembar,
                "rekomendasi": len(rek),
                "selesai": sum(1 for r in rek if r.status == RS.SELESAI),
                "proses": sum(1 for r in rek if r.status == RS.PROSES),
                "ikpa": _ikpa_atau_kosong(anak, tahun),
            }
        )
    return hasil


# -- the grade feeds the plan ------------------------------------------------------------


def indikator_nak(satker: Satker, tahun: int):
    """The year's "Nilai Akuntabilitas Kinerja" indicator (a grade indicator), if the office has one."""
    nama = settings.SAKIP_INDIKATOR_NAK
    return (
        indikator_tahun(satker, tahun)
        .filter(nama__iexact=nama, jenis=Indikator.Jenis.HURUF)
        .select_related("unit", "sasaran__renstra__satker")
        .first()
    )


def realisasi_nak(pengguna, lembar_id: int, triwulan: int, hari_ini: date | None = None):
    """Enter the final Nilai AKIP of year N as next year's NAK realisation (letter and score),
    through the normal workflow (the PIC saves a draft, then submits it), with its source."""
    lembar = LembarKerja.objects.select_related("satker", "evaluator").get(pk=lembar_id)
    if lembar.status != St.FINAL:
        raise LkeGagal("Nilai AKIP baru dapat dipakai setelah LHE final.")
    tahun = lembar.tahun + 1
    indikator = indikator_nak(lembar.satker, tahun)
    if indikator is None:
        raise LkeGagal(
            f"Tidak ada indikator '{settings.SAKIP_INDIKATOR_NAK}' (nilai huruf) pada tahun {tahun}.",
            404,
        )
    r = Realisasi.objects.filter(indikator=indikator, tahun=tahun, triwulan=triwulan).first()
    isian = alur.Isian(
        nilai_huruf=lembar.predikat,
        skor=lembar.nilai_akhir,
        analisis=(
            f"Sumber: Laporan Hasil Evaluasi AKIP tahun {lembar.tahun} nomor {lembar.nomor_lhe} oleh "
            f"{lembar.evaluator.nama}, final {lembar.difinalkan_pada:%d-%m-%Y}: Nilai AKIP "
            f"{format(lembar.nilai_akhir, 'f').replace('.', ',')}, predikat {lembar.predikat}."
        ),
    )
    try:
        hasil = alur.simpan(
            pengguna, indikator, tahun, triwulan, isian, r.versi if r else 0, hari_ini
        )
    except alur.AlurError as e:
        raise LkeGagal(e.pesan, e.status) from e
    SumberRealisasi.objects.update_or_create(realisasi=hasil.realisasi, defaults={"lembar": lembar})
    return hasil.realisasi


def tindak_lanjut_terbuka(pengguna) -> list[Rekomendasi]:
    """Recommendations of final LHE not yet done that this user is responsible for following up."""
    k = akses.keanggotaan(pengguna)
    if k is None:
        return []
    qs = (
        Rekomendasi.objects.filter(lembar__satker_id=k.satker_id, lembar__status=St.FINAL)
        .exclude(status=RS.SELESAI)
        .select_related("lembar__satker", "unit")
        .order_by("batas_waktu", "lembar__tahun", "nomor")
    )
    return [r for r in qs if akses.boleh_tindak_lanjut(pengguna, r.lembar.satker, r.unit_id)]


@transaction.atomic
def simpan_pengaturan(
    pengguna,
    satker: Satker,
    tahun: int,
    tenggat_lkj_hari: int,
    tenggat_pk_hari: int,
    ambang: Decimal,
    kode_kerangka: str = "",
) -> PengaturanEvaluasi:
    """The deadlines (the office's `tenggat_*`, also read by the roll-ups), and the year's
    threshold and framework, that an evaluating office sets for the offices below it."""
    akses.pastikan(
        akses.boleh_atur_evaluasi(pengguna, satker),
        "Hanya evaluator atau Admin kantor ini yang mengatur tenggat evaluasi.",
    )
    for nama, hari in (("LKj", tenggat_lkj_hari), ("PK", tenggat_pk_hari)):
        if not 1 <= hari <= 365:
            raise LkeGagal(f"Batas {nama} harus hari ke-1 sampai ke-365.")
    if not 0 <= ambang <= 100:
        raise LkeGagal("Ambang indikator tercapai harus 0–100%.")
    kerangka = None
    if kode_kerangka:
        kerangka = KerangkaLke.objects.filter(kode=kode_kerangka).first()
        if kerangka is None:
            raise LkeGagal(f"Kerangka LKE '{kode_kerangka}' tidak ada.")
    satker.tenggat_lkj_hari, satker.tenggat_pk_hari = tenggat_lkj_hari, tenggat_pk_hari
    satker.save(update_fields=["tenggat_lkj_hari", "tenggat_pk_hari"])
    p, _ = PengaturanEvaluasi.objects.update_or_create(
        satker=satker,
        tahun=tahun,
        defaults={"ambang_target_tercapai": ambang, "kerangka": kerangka},
    )
    return p
