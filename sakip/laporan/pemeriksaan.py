"""Checks on an office's own data for a year: what must be put right before the LKj is published.

    hasil = periksa_data(satker, 2023)          # a Satker or its code
    for f in hasil.findings: print(f.kind, f.severity, f.message, f.letak, f.tautan)

Each check is a function in PEMERIKSAAN taking a Konteks and returning TemuanData, the
document checker's Finding with the place to fix it (label and link) instead of a line.

Decisions, stated here because no rule settles them:
- Severity: missing data, figures that disagree, a budget line over its pagu and a broken
  scale are errors (publishing is refused); a realisation not yet approved and a missing
  DIPA are warnings (publishing needs them acknowledged).
- An indicator's quarter is due once the quarter has ended (the day after its last day);
  the entry window after it does not delay the finding.
- Capaian above 120 % is judged per quarter, as the entry form judges it (the quarter's
  target, else the year's; uncapped); the year's value comes from the quarters.
- Budget figures are the latest revision's pagu against the whole year's realisation; a
  line missing from the latest revision has pagu 0.
- An RO needs a volume target (TVRO, not zero) when its lines have pagu in the latest
  revision.
- Placeholder text ("[Nama …]", "xxx", "…" as a blank, "NIP. -"; the rule is
  sakip.lib.placeholder) in a signatory of the PK, the LKj's place of signing, an edited
  narrative or a realisation's analysis, kendala, solusi or tindak lanjut is an error: it
  would be printed in a published document.
- The pohon kinerja (sakip.perencanaan.pohon): a sasaran without an indicator or an
  indicator without a unit is an error; a unit without a PIC or an indicator under two
  sasaran a warning.
- The signing dates (sakip.lib.penandatanganan): in the future is an error; outside the
  usual window a warning (confirmed when it was saved, acknowledged again when
  publishing). The LKj's date is judged only once its year is over.
- Indicator quality (definition, way of computing, data source, unit, a percentage target
  above 100 %, a letter target on a numeric indicator, duplicate names) is the rule of
  sakip.perencanaan.mutu, with its decisions stated there.
- An edited narrative is judged by the report's own check (sakip.lib.narasi through
  sakip.laporan.narasi): each year, figure or number-in-words it states
  that the section's data does not hold is an error.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cached_property

from django.db.models import Count, DecimalField, F, OuterRef, Q, Subquery, Sum, Value
from django.db.models.functions import Coalesce
from django.urls import reverse

from sakip.anggaran.models import Dipa, Pagu, PosAnggaran, RevisiDipa, RincianOutput, UraianKode
from sakip.lib.angka import format_persen, format_rupiah, format_tanggal
from sakip.lib.nilai import format_nilai
from sakip.lib.penandatanganan import nilai_tanggal
from sakip.lib.periksa import Hasil
from sakip.lib.periksa.temuan import ERROR, SEVERITIES, WARNING, Finding
from sakip.lib.periode import Triwulan
from sakip.lib.placeholder import cari_placeholder
from sakip.lib.skala import Skala, SkalaError
from sakip.organisasi.models import Pegawai, Satker
from sakip.pengukuran import jendela
from sakip.pengukuran.capaian import indikator_tahun
from sakip.pengukuran.models import Realisasi
from sakip.pengukuran.services import (
    BATAS_CAPAIAN_TANPA_ANALISIS,
    capaian_triwulan,
    target_pembanding,
)
from sakip.perencanaan.models import Indikator, PerjanjianKinerja, Renstra, Target
from sakip.perencanaan.mutu import periksa_mutu
from sakip.perencanaan.pohon import masalah_pohon, renstra_tahun

from .kumpul import DataTidakAda
from .models import NarasiLaporan, PengesahanLaporan
from .narasi import narasi_laporan

NOL = Decimal(0)
# Amounts have two decimals; SQLite sums them as floats, so "over" means by half a cent.
TOLERANSI_UANG = Decimal("0.005")


class DataTidakDikenal(LookupError):
    """An unknown office code, or a year for which the office has no plan, PK or DIPA."""


@dataclass(frozen=True)
class TemuanData(Finding):
    """A finding on the office's data: `letak` names where to fix it, `tautan` links there."""

    letak: str = ""
    tautan: str = ""


def _temuan(
    kind: str,
    severity: str,
    message: str,
    letak: str,
    tautan: str,
    expected: str = "",
    found: str = "",
) -> TemuanData:
    return TemuanData(
        kind, severity, 0, message, expected=expected, found=found, letak=letak, tautan=tautan
    )


@dataclass
class Konteks:
    """The office and year under check, with the rows several checks share, read once."""

    satker: Satker
    tahun: int
    hari_ini: date

    @cached_property
    def pk(self) -> PerjanjianKinerja | None:
        return PerjanjianKinerja.berlaku(self.satker, self.tahun)

    @cached_property
    def indikator(self) -> list[tuple[Indikator, Decimal | None, str]]:
        """(indicator, PK target, PK grade) of the year, in the PK's order."""
        return indikator_tahun(self.satker, self.tahun)

    @cached_property
    def target_renstra(self) -> dict[int, Target]:
        """The year's target (triwulan empty) of each indicator, from the Renstra/RKT."""
        rows = Target.objects.filter(
            indikator_id__in=[i.pk for i, _, _ in self.indikator],
            tahun=self.tahun,
            triwulan__isnull=True,
        )
        return {t.indikator_id: t for t in rows}

    @cached_property
    def realisasi(self) -> list[Realisasi]:
        """The year's realisations of the indicators, in table order, with their evidence count."""
        urutan = {i.pk: n for n, (i, _, _) in enumerate(self.indikator)}
        indikator = {i.pk: i for i, _, _ in self.indikator}
        rows = list(
            Realisasi.objects.filter(indikator_id__in=list(indikator), tahun=self.tahun)
            .annotate(jumlah_bukti=Count("bukti"))
            .order_by()
        )
        for r in rows:
            r.indikator = indikator[r.indikator_id]  # avoid one query per row
        return sorted(rows, key=lambda r: (urutan[r.indikator_id], r.triwulan))

    @cached_property
    def pengesahan(self) -> PengesahanLaporan | None:
        return PengesahanLaporan.objects.filter(satker=self.satker, tahun=self.tahun).first()

    @cached_property
    def dipa(self) -> Dipa | None:
        return Dipa.objects.filter(satker=self.satker, tahun=self.tahun).first()

    @cached_property
    def revisi(self) -> RevisiDipa | None:
        return self.dipa.revisi_terakhir() if self.dipa else None


# -- names and links ----------------------------------------------------------------------


def _nama_indikator(i: Indikator) -> str:
    return f"indikator {i.sasaran.nomor}.{i.nomor} “{i.nama}”"


def _nama_tw(tahun: int, triwulan: int) -> str:
    return Triwulan(tahun, triwulan).nama


def _nilai(indikator: Indikator, angka: Decimal | None, huruf: str = "") -> str:
    return format_nilai(angka, indikator.satuan, indikator.jenis, huruf)


def _rupiah(nilai: Decimal) -> str:
    return format_rupiah(nilai, 0 if nilai == nilai.to_integral_value() else 2)


def _nama_revisi(revisi: RevisiDipa | None) -> str:
    if revisi is None:
        return "DIPA (belum ada pagu)"
    return "DIPA awal" if revisi.nomor == 0 else f"revisi DIPA ke-{revisi.nomor}"


def _ke_realisasi(k: Konteks, i: Indikator, triwulan: int) -> tuple[str, str]:
    letak = f"Realisasi {_nama_tw(k.tahun, triwulan)} · indikator {i.sasaran.nomor}.{i.nomor}"
    tautan = reverse(
        "pengukuran:realisasi",
        kwargs={
            "kode": k.satker.kode,
            "indikator_id": i.pk,
            "tahun": k.tahun,
            "triwulan": triwulan,
        },
    )
    return letak, tautan


def _ke_pk(k: Konteks) -> tuple[str, str]:
    tautan = reverse("perencanaan:pk_ubah", kwargs={"kode": k.satker.kode, "tahun": k.tahun})
    if k.pk is None:
        return f"Perencanaan · buat Perjanjian Kinerja {k.tahun}", tautan
    return f"Perencanaan · {k.pk}", tautan


def _ke_indikator(i: Indikator, tahun: int | None = None) -> tuple[str, str]:
    renstra = i.sasaran.renstra
    if tahun is not None and renstra.memuat(tahun):
        return (
            f"Perencanaan · target {tahun} indikator {i.sasaran.nomor}.{i.nomor}",
            reverse(
                "perencanaan:target",
                kwargs={"kode": renstra.satker.kode, "renstra_id": renstra.pk, "tahun": tahun},
            ),
        )
    return (
        f"Perencanaan · indikator {i.sasaran.nomor}.{i.nomor}",
        reverse(
            "perencanaan:indikator_ubah",
            kwargs={"kode": renstra.satker.kode, "indikator_id": i.pk},
        ),
    )


def _ke_impor(k: Konteks) -> tuple[str, str]:
    return (
        f"Impor anggaran {k.tahun}",
        reverse("anggaran:impor", kwargs={"kode": k.satker.kode, "tahun": k.tahun}),
    )


# -- the checks ---------------------------------------------------------------------------


def cek_kelengkapan(k: Konteks) -> list[TemuanData]:
    """The PK, each indicator's targets, each ended quarter's realisation, and the DIPA."""
    hasil = []
    if k.pk is None:
        hasil.append(
            _temuan(
                "kelengkapan",
                ERROR,
                f"Belum ada Perjanjian Kinerja tahun {k.tahun}; indikator dan target diambil "
                "dari Renstra.",
                *_ke_pk(k),
            )
        )
    if not k.indikator:
        hasil.append(
            _temuan(
                "kelengkapan",
                ERROR,
                f"Tidak ada indikator yang diukur pada tahun {k.tahun}: isi sasaran dan "
                "indikator Renstra serta Perjanjian Kinerja.",
                "Perencanaan · Renstra, sasaran dan indikator",
                reverse("perencanaan:kelola", kwargs={"kode": k.satker.kode}),
            )
        )
    terisi = {(r.indikator_id, r.triwulan) for r in k.realisasi if r.terisi()}
    berakhir = [n for n in range(1, 5) if Triwulan(k.tahun, n).akhir < k.hari_ini]
    for indikator, target, target_huruf in k.indikator:
        nama = _nama_indikator(indikator)
        if k.pk is not None and not (target_huruf if indikator.berhuruf else target is not None):
            hasil.append(
                _temuan(
                    "kelengkapan",
                    ERROR,
                    f"Target {nama} pada {k.pk} belum diisi.",
                    *_ke_pk(k),
                )
            )
        renstra = k.target_renstra.get(indikator.pk)
        if renstra is None or not (
            renstra.nilai_huruf if indikator.berhuruf else renstra.nilai is not None
        ):
            hasil.append(
                _temuan(
                    "kelengkapan",
                    ERROR,
                    f"Target tahun {k.tahun} {nama} pada Renstra/RKT belum diisi.",
                    *_ke_indikator(indikator, k.tahun),
                )
            )
        for n in berakhir:
            if (indikator.pk, n) not in terisi:
                akhir = format_tanggal(Triwulan(k.tahun, n).akhir)
                hasil.append(
                    _temuan(
                        "kelengkapan",
                        ERROR,
                        f"Realisasi {_nama_tw(k.tahun, n)} {nama} belum diisi, padahal "
                        f"triwulan itu berakhir {akhir}.",
                        *_ke_realisasi(k, indikator, n),
                    )
                )
    if k.dipa is None:
        hasil.append(
            _temuan(
                "kelengkapan",
                WARNING,
                f"Belum ada DIPA tahun {k.tahun}: pagu, realisasi anggaran dan target volume RO "
                "belum dapat diperiksa.",
                *_ke_impor(k),
            )
        )
    return hasil


def cek_persetujuan(k: Konteks) -> list[TemuanData]:
    """Realisations the Sekretaris has not approved yet."""
    return [
        _temuan(
            "persetujuan",
            WARNING,
            f"Realisasi {_nama_tw(r.tahun, r.triwulan)} {_nama_indikator(r.indikator)} masih "
            f"berstatus {r.get_status_display()}; belum disetujui Sekretaris.",
            *_ke_realisasi(k, r.indikator, r.triwulan),
            expected=Realisasi.Status.DISETUJUI.label,
            found=r.get_status_display(),
        )
        for r in k.realisasi
        if r.status != Realisasi.Status.DISETUJUI
    ]


def cek_bukti(k: Konteks) -> list[TemuanData]:
    """Realisations of indicators that require evidence, without any evidence file."""
    return [
        _temuan(
            "bukti",
            ERROR,
            f"Realisasi {_nama_tw(r.tahun, r.triwulan)} {_nama_indikator(r.indikator)} belum "
            "memiliki bukti dukung, padahal indikator ini mewajibkannya.",
            *_ke_realisasi(k, r.indikator, r.triwulan),
        )
        for r in k.realisasi
        if r.indikator.wajib_bukti and r.jumlah_bukti == 0
    ]


def cek_analisis(k: Konteks) -> list[TemuanData]:
    """A quarter's capaian above 120 % with nothing written in its analysis."""
    hasil = []
    for r in k.realisasi:
        if r.analisis.strip() or not r.terisi():
            continue
        capaian = capaian_triwulan(r.indikator, r)
        if capaian is None or capaian <= BATAS_CAPAIAN_TANPA_ANALISIS:
            continue
        target = target_pembanding(r.indikator, r.tahun, r.triwulan)
        hasil.append(
            _temuan(
                "analisis",
                ERROR,
                f"Capaian {_nama_tw(r.tahun, r.triwulan)} {_nama_indikator(r.indikator)} "
                f"{format_persen(capaian)} (realisasi {_nilai(r.indikator, r.nilai_angka())} "
                f"terhadap target {_nilai(r.indikator, target)}) di atas 120 % tanpa "
                "penjelasan pada kolom analisis.",
                *_ke_realisasi(k, r.indikator, r.triwulan),
                found=format_persen(capaian),
            )
        )
    return hasil


def cek_target(k: Konteks) -> list[TemuanData]:
    """PK targets that differ from the Renstra/RKT target of the year."""
    if k.pk is None:
        return []
    hasil = []
    for indikator, target, target_huruf in k.indikator:
        renstra = k.target_renstra.get(indikator.pk)
        if renstra is None:
            continue
        if indikator.berhuruf:
            pk, rkt = target_huruf, renstra.nilai_huruf
            kosong = not pk or not rkt
        else:
            pk, rkt = target, renstra.nilai
            kosong = pk is None or rkt is None
        if kosong or pk == rkt:  # a missing target is cek_kelengkapan's finding
            continue
        teks_pk = _nilai(indikator, target, target_huruf)
        teks_rkt = _nilai(indikator, renstra.nilai, renstra.nilai_huruf)
        hasil.append(
            _temuan(
                "target",
                ERROR,
                f"Target {_nama_indikator(indikator)} pada {k.pk} adalah {teks_pk}, berbeda "
                f"dari target Renstra/RKT tahun {k.tahun} yaitu {teks_rkt}.",
                *_ke_pk(k),
                expected=teks_rkt,
                found=teks_pk,
            )
        )
    return hasil


def cek_pagu(k: Konteks) -> list[TemuanData]:
    """Budget lines whose year's realisation exceeds the latest pagu (summed in the database)."""
    if k.dipa is None:
        return []
    uang = DecimalField(max_digits=18, decimal_places=2)
    pagu = Pagu.objects.filter(revisi=k.revisi, pos=OuterRef("pk")).values("jumlah")[:1]
    lebih = (
        PosAnggaran.objects.filter(dipa=k.dipa)
        .annotate(
            nilai_pagu=Coalesce(Subquery(pagu), Value(NOL), output_field=uang),
            nilai_realisasi=Sum("realisasi__jumlah", output_field=uang),
        )
        .filter(nilai_realisasi__gt=F("nilai_pagu") + Value(TOLERANSI_UANG, output_field=uang))
        .order_by("kode")
    )
    revisi = _nama_revisi(k.revisi)
    hasil = []
    for pos in lebih:
        pagu_pos = Decimal(pos.nilai_pagu).quantize(Decimal("0.01"))
        realisasi = Decimal(pos.nilai_realisasi).quantize(Decimal("0.01"))
        hasil.append(
            _temuan(
                "pagu",
                ERROR,
                f"Realisasi pos {pos.kode} tahun {k.tahun} sebesar {_rupiah(realisasi)} melebihi "
                f"pagu {revisi} {_rupiah(pagu_pos)} (selisih {_rupiah(realisasi - pagu_pos)}).",
                *_ke_impor(k),
                expected=_rupiah(pagu_pos),
                found=_rupiah(realisasi),
            )
        )
    return hasil


def cek_volume(k: Konteks) -> list[TemuanData]:
    """ROs with pagu in the latest revision but no volume target (TVRO)."""
    if k.revisi is None:
        return []
    tanpa_target = (
        RincianOutput.objects.filter(dipa=k.dipa)
        .filter(Q(target_volume__isnull=True) | Q(target_volume=0))
        .filter(pos__pagu__revisi=k.revisi, pos__pagu__jumlah__gt=0)
        .distinct()
        .order_by("kode")
    )
    daftar = list(tanpa_target)
    nama = dict(
        UraianKode.objects.filter(dipa=k.dipa, kode__in=[ro.kode for ro in daftar]).values_list(
            "kode", "uraian"
        )
    )
    hasil = []
    for ro in daftar:
        uraian = f" “{nama[ro.kode]}”" if nama.get(ro.kode) else ""
        hasil.append(
            _temuan(
                "volume",
                ERROR,
                f"RO {ro.kode_pendek}{uraian} pada DIPA {k.tahun} belum memiliki target volume "
                "(TVRO).",
                *_ke_impor(k),
            )
        )
    return hasil


def cek_skala(k: Konteks) -> list[TemuanData]:
    """The office's capaian and absorption scales must cover [0, +inf) with no gap or overlap."""
    hasil = []
    for nama, data in (
        ("capaian", k.satker.skala_capaian),
        ("penyerapan anggaran", k.satker.skala_penyerapan),
    ):
        try:
            Skala.from_data(f"Skala {nama} {k.satker.nama}", data)
        except SkalaError as exc:
            alasan = str(exc)
            hasil.append(
                _temuan(
                    "skala",
                    ERROR,
                    f"{alasan[:1].upper()}{alasan[1:]}; kategori tidak dapat ditentukan.",
                    f"Profil kantor · skala {nama}",
                    reverse("organisasi:profil", kwargs={"kode": k.satker.kode}),
                )
            )
    return hasil


def cek_narasi(k: Konteks) -> list[TemuanData]:
    """Edited LKj sections stating a year or figure the data does not hold, or wrong words."""
    if not NarasiLaporan.objects.filter(satker=k.satker, tahun=k.tahun).exists():
        return []
    try:
        daftar = narasi_laporan(k.satker, k.tahun)
    except (DataTidakAda, SkalaError):  # no report to write yet, or cek_skala's finding
        return []
    tautan = reverse("laporan:narasi", kwargs={"kode": k.satker.kode, "tahun": k.tahun})
    return [
        _temuan(
            "narasi",
            ERROR,
            f"Narasi “{n.bagian.grup} — {n.bagian.judul}” LKj {k.tahun} yang disunting: {t.pesan}.",
            f"Narasi LKj {k.tahun} · {n.bagian.judul}",
            f"{tautan}#narasi-{n.bagian.kunci}",
            found=t.teks,
        )
        for n in daftar
        for t in n.temuan
    ]


_KOLOM_PK = [
    ("pihak_pertama_nama", "nama pihak pertama"),
    ("pihak_pertama_nip", "NIP pihak pertama"),
    ("pihak_pertama_jabatan", "jabatan pihak pertama"),
    ("pihak_kedua_nama", "nama pihak kedua"),
    ("pihak_kedua_nip", "NIP pihak kedua"),
    ("pihak_kedua_jabatan", "jabatan pihak kedua"),
    ("tempat", "tempat penandatanganan"),
    ("alasan_perubahan", "alasan perubahan"),
]
_KOLOM_CATATAN = [
    ("analisis", "analisis"),
    ("kendala", "kendala"),
    ("solusi", "solusi"),
    ("tindak_lanjut", "tindak lanjut"),
]


def _isian_sementara(apa: str, teks: str, letak: str, tautan: str) -> TemuanData | None:
    bagian = cari_placeholder(teks)
    if not bagian:
        return None
    daftar = ", ".join(f"“{b}”" for b in bagian)
    return _temuan(
        "placeholder",
        ERROR,
        f"{apa} masih memuat isian sementara {daftar}: ganti dengan isi yang sebenarnya "
        "sebelum diterbitkan.",
        letak,
        tautan,
        found=teks,
    )


def temuan_placeholder(satker: Satker, tahun: int, dokumen: str = "lkj") -> list[TemuanData]:
    """Placeholder text in what the document prints: the PK's signatories (PK and LKj), and
    for the LKj also its place of signing, edited narratives and the realisations' notes."""
    return _placeholder(Konteks(satker, tahun, jendela.hari_ini()), dokumen)


def _placeholder(k: Konteks, dokumen: str) -> list[TemuanData]:
    satker, tahun = k.satker, k.tahun
    hasil = []
    if k.pk is not None:
        letak, tautan = _ke_pk(k)
        for kolom, label in _KOLOM_PK:
            t = _isian_sementara(f"Isian {label} pada {k.pk}", getattr(k.pk, kolom), letak, tautan)
            if t:
                hasil.append(t)
    if dokumen == "pk":
        return hasil
    if k.pk is None:  # the LKj is then signed by the staff member titled Sekretaris
        sekretaris = Pegawai.objects.filter(satker=satker, jabatan__iexact="Sekretaris").first()
        if sekretaris is not None:
            t = _isian_sementara(
                f"Nama Sekretaris (penanda tangan LKj {tahun})",
                sekretaris.nama,
                "Pegawai kantor · Sekretaris",
                reverse("organisasi:profil", kwargs={"kode": satker.kode}),
            )
            if t:
                hasil.append(t)
    narasi = reverse("laporan:narasi", kwargs={"kode": satker.kode, "tahun": tahun})
    pengesahan = k.pengesahan
    if pengesahan is not None:
        t = _isian_sementara(
            f"Tempat penandatanganan LKj {tahun}",
            pengesahan.tempat,
            f"Narasi LKj {tahun} · tempat dan tanggal",
            narasi,
        )
        if t:
            hasil.append(t)
    for n in NarasiLaporan.objects.filter(satker=satker, tahun=tahun).order_by("bagian"):
        t = _isian_sementara(
            f"Narasi LKj {tahun} bagian “{n.bagian}”",
            n.teks,
            f"Narasi LKj {tahun} · {n.bagian}",
            f"{narasi}#narasi-{n.bagian}",
        )
        if t:
            hasil.append(t)
    for r in k.realisasi:
        for kolom, label in _KOLOM_CATATAN:
            t = _isian_sementara(
                f"Kolom {label} realisasi {_nama_tw(r.tahun, r.triwulan)} "
                f"{_nama_indikator(r.indikator)}",
                getattr(r, kolom),
                *_ke_realisasi(k, r.indikator, r.triwulan),
            )
            if t:
                hasil.append(t)
    return hasil


def cek_placeholder(k: Konteks) -> list[TemuanData]:
    """Placeholder text in a signatory, the place of signing or a narrative of the LKj."""
    return _placeholder(k, "lkj")


def cek_tanggal(k: Konteks) -> list[TemuanData]:
    """The LKj's and the PK's signing dates against sakip.lib.penandatanganan."""
    hasil = []
    pengesahan = k.pengesahan
    tanggal = []
    # the LKj's date is judged once the year is over (before that no LKj is due)
    if pengesahan is not None and pengesahan.tanggal is not None and k.hari_ini.year > k.tahun:
        tautan = reverse("laporan:narasi", kwargs={"kode": k.satker.kode, "tahun": k.tahun})
        tanggal.append(("lkj", pengesahan.tanggal, f"Narasi LKj {k.tahun} · tanggal", tautan))
    if k.pk is not None:
        tanggal.append(("pk", k.pk.tanggal, *_ke_pk(k)))
    for dokumen, t, letak, tautan in tanggal:
        nilai = nilai_tanggal(t, k.tahun, dokumen, k.hari_ini)
        if nilai.galat or nilai.perlu_konfirmasi:
            hasil.append(
                _temuan(
                    "tanggal",
                    ERROR if nilai.galat else WARNING,
                    nilai.galat
                    or nilai.perlu_konfirmasi.replace(
                        "Centang konfirmasi bila tanggal ini memang benar.",
                        "Pastikan tanggal ini memang benar.",
                    ),
                    letak,
                    tautan,
                    found=format_tanggal(t),
                )
            )
    return hasil


def cek_mutu(k: Konteks) -> list[TemuanData]:
    """Indicator quality (sakip.perencanaan.mutu): each finding links to where to fill it in."""
    target_pk = {i.pk: (t, h) for i, t, h in k.indikator} if k.pk is not None else None
    hasil = []
    for t in periksa_mutu([i for i, _, _ in k.indikator], k.tahun, target_pk):
        if t.di_pk:
            letak, tautan = _ke_pk(k)
        elif t.target is not None:
            letak, tautan = _ke_indikator(t.indikator, k.tahun)
        else:
            letak, tautan = _ke_indikator(t.indikator)
            tautan += f"#id_{t.isian}"
        hasil.append(_temuan("mutu", ERROR if t.galat else WARNING, t.pesan, letak, tautan))
    return hasil


def cek_pohon(k: Konteks) -> list[TemuanData]:
    """The pohon kinerja of the year's Renstra (sakip.perencanaan.pohon): a sasaran without
    an indicator and an indicator without a unit are errors (the LKj would show a gap and
    nobody could fill the value); a unit without a PIC and an indicator under two sasaran
    are warnings."""
    renstra = renstra_tahun(k.satker, k.tahun)
    if renstra is None:
        return []
    tingkat = {
        "sasaran_tanpa_indikator": ERROR,
        "tanpa_unit": ERROR,
        "tanpa_pic": WARNING,
        "dua_sasaran": WARNING,
    }
    hasil = []
    for m in masalah_pohon(renstra):
        if m.indikator is not None:
            letak = f"Perencanaan · indikator {m.sasaran.nomor}.{m.indikator.nomor}"
            tautan = reverse(
                "perencanaan:indikator_ubah",
                kwargs={"kode": k.satker.kode, "indikator_id": m.indikator.pk},
            )
        else:
            letak = f"Perencanaan · sasaran {m.sasaran.nomor}"
            tautan = reverse(
                "perencanaan:indikator_baru",
                kwargs={"kode": k.satker.kode, "sasaran_id": m.sasaran.pk},
            )
        if m.jenis == "tanpa_pic":
            letak = "Pengguna kantor · tambah PIC"
            tautan = reverse("organisasi:pengguna_baru", kwargs={"kode": k.satker.kode})
        hasil.append(_temuan("pohon", tingkat[m.jenis], m.pesan, letak, tautan))
    return hasil


PEMERIKSAAN: dict[str, Callable[[Konteks], list[TemuanData]]] = {
    "kelengkapan": cek_kelengkapan,
    "persetujuan": cek_persetujuan,
    "bukti": cek_bukti,
    "analisis": cek_analisis,
    "target": cek_target,
    "pagu": cek_pagu,
    "volume": cek_volume,
    "skala": cek_skala,
    "narasi": cek_narasi,
    "placeholder": cek_placeholder,
    "tanggal": cek_tanggal,
    "pohon": cek_pohon,
    "mutu": cek_mutu,
}


def jumlah_tingkat(temuan: list[Finding]) -> dict[str, int]:
    """How many findings of each severity: {'error': n, 'warning': m, 'note': k}."""
    return {s: sum(1 for f in temuan if f.severity == s) for s in SEVERITIES}


def _satker(satker: Satker | str) -> Satker:
    if isinstance(satker, Satker):
        return satker
    hasil = Satker.objects.filter(kode=satker).first()
    if hasil is None:
        raise DataTidakDikenal(f"Satuan kerja dengan kode '{satker}' tidak ditemukan.")
    return hasil


def _tahun_dikenal(satker: Satker, tahun: int) -> bool:
    """Whether the office has anything for the year: a PK, a Renstra covering it, or a DIPA."""
    return (
        PerjanjianKinerja.objects.filter(satker=satker, tahun=tahun).exists()
        or Renstra.objects.filter(
            satker=satker, tahun_awal__lte=tahun, tahun_akhir__gte=tahun
        ).exists()
        or Dipa.objects.filter(satker=satker, tahun=tahun).exists()
    )


def periksa_data(satker: Satker | str, tahun: int, hari_ini: date | None = None) -> Hasil:
    """Run every check on the office's data for the year; raises DataTidakDikenal if none."""
    satker = _satker(satker)
    if not _tahun_dikenal(satker, tahun):
        raise DataTidakDikenal(
            f"{satker.nama} tidak memiliki data tahun {tahun}: belum ada Renstra yang "
            "mencakupnya, Perjanjian Kinerja, maupun DIPA."
        )
    k = Konteks(satker, tahun, hari_ini or jendela.hari_ini())
    temuan = [f for cek in PEMERIKSAAN.values() for f in cek(k)]
    return Hasil(f"data {satker.nama} ({satker.kode})", tahun, temuan)
