"""IKPA of an office and year from its budget data (the rules in lib/ikpa.py), with entered figures.

Computed: Revisi DIPA (the revision log), Deviasi Halaman III DIPA (RPD against monthly
realisation per type of spending), Penyerapan Anggaran (cumulative realisation against the
quarterly targets, pagu at the basis dates) and Capaian Output (RO volume). Entered by hand
or imported from OM-SPAN (MasukanIkpa): Belanja Kontraktual, Penyelesaian Tagihan,
Pengelolaan UP dan TUP, Dispensasi SPM. Where the KPPN's figure of a computed indicator is
entered too, both are shown with their difference.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.conf import settings
from django.db import transaction
from django.db.models import Sum

from sakip.anggaran.models import (
    Dipa,
    Pagu,
    RealisasiAnggaran,
    RencanaPenarikan,
    RincianOutput,
)
from sakip.anggaran.services import periksa_boleh_baca
from sakip.lib import ikpa as aturan_ikpa
from sakip.lib.angka import AngkaError, format_angka, parse_angka
from sakip.lib.ikpa import AturanIkpa, IkpaError
from sakip.organisasi import akses
from sakip.organisasi.models import Satker

from .models import MasukanIkpa

NOL = Decimal(0)
SUMBER = {
    "dihitung": "dihitung sakip",
    "diisi": "diisi (manual)",
    "omspan": "impor OM-SPAN",
    "tidak_berlaku": "tidak berlaku (tanpa objek)",
}


class IkpaTidakAda(LookupError):
    """No DIPA to compute from."""


def aturan(tahun: int) -> AturanIkpa:
    return aturan_ikpa.aturan_untuk(tahun, getattr(settings, "SAKIP_IKPA_PILIHAN", {}))


@dataclass
class BarisRevisi:
    nomor: int
    tanggal: date | None
    catatan: str
    pagu: Decimal
    perubahan: Decimal
    pagu_tetap: bool
    dihitung: bool
    periode: int | None


@dataclass
class BarisIndikator:
    kode: str
    nama: str
    bobot: Decimal
    nilai: Decimal | None
    sumber: str
    rincian: str = ""
    dilaporkan: Decimal | None = None  # the KPPN's figure, when entered
    bukti: str = ""

    @property
    def nama_sumber(self) -> str:
        return SUMBER[self.sumber]

    @property
    def selisih(self) -> Decimal | None:
        if self.nilai is None or self.dilaporkan is None:
            return None
        return aturan_ikpa.bulatkan(self.nilai) - self.dilaporkan


@dataclass
class HasilIkpa:
    kode_satker: str
    tahun: int
    sampai_bulan: int
    aturan: AturanIkpa
    baris: list[BarisIndikator]
    nilai_total: Decimal
    konversi_bobot: Decimal
    pengurang: Decimal
    nilai_akhir: Decimal | None
    kategori: str | None
    revisi: list[BarisRevisi] = field(default_factory=list)
    deviasi_bulanan: list[tuple[int, Decimal | None]] = field(default_factory=list)
    penyerapan_triwulan: list[tuple[int, Decimal | None]] = field(default_factory=list)
    dilaporkan: dict[str, Decimal | None] = field(default_factory=dict)

    def as_json(self) -> dict:
        t = _teks
        return {
            "satker": self.kode_satker,
            "tahun": self.tahun,
            "sampai_bulan": self.sampai_bulan,
            "aturan": self.aturan.kode,
            "indikator": [
                {
                    "kode": b.kode,
                    "nama": b.nama,
                    "nilai": t(b.nilai),
                    "bobot": t(b.bobot),
                    "sumber": b.sumber,
                    "rincian": b.rincian,
                    "dilaporkan": t(b.dilaporkan),
                    "selisih": t(b.selisih),
                }
                for b in self.baris
            ],
            "nilai_total": t(self.nilai_total, 4),
            "konversi_bobot": t(self.konversi_bobot),
            "pengurang_dispensasi": t(self.pengurang),
            "nilai_akhir": t(self.nilai_akhir),
            "kategori": self.kategori,
            "dilaporkan_kppn": {k: t(v) for k, v in self.dilaporkan.items()},
            "revisi_dipa": [
                {
                    "nomor": r.nomor,
                    "tanggal": r.tanggal.isoformat() if r.tanggal else None,
                    "catatan": r.catatan,
                    "pagu": t(r.pagu),
                    "perubahan_pagu": t(r.perubahan),
                    "pagu_tetap": r.pagu_tetap,
                    "dihitung": r.dihitung,
                    "periode": r.periode,
                }
                for r in self.revisi
            ],
            "deviasi_bulanan": [{"bulan": b, "deviasi": t(d)} for b, d in self.deviasi_bulanan],
            "penyerapan_triwulan": [
                {"triwulan": q, "nilai": t(v)} for q, v in self.penyerapan_triwulan
            ],
            "pilihan": [{"aturan": n, "pilihan": v} for n, v in self.aturan.pilihan()],
        }


def _id(nilai: Decimal | None) -> str:
    """A figure in a sentence, Indonesian style (11,92)."""
    return "—" if nilai is None else format_angka(nilai, 2)


def _teks(nilai: Decimal | None, tempat: int = 2) -> str | None:
    return None if nilai is None else format(aturan_ikpa.bulatkan(nilai, tempat), "f")


class _Data:
    """The office's budget rows of one year, read once (the monthly history evaluates 12 cut-offs)."""

    def __init__(self, satker: Satker, dipa: Dipa):
        self.satker, self.dipa, self.tahun = satker, dipa, dipa.tahun
        self.revisi = list(dipa.revisi.order_by("nomor"))
        self._pagu: dict[int, dict[str, Decimal]] = {}
        for nomor, jenis, t in (
            Pagu.objects.filter(revisi__dipa=dipa)
            .values_list("revisi__nomor", "pos__jenis_belanja")
            .annotate(t=Sum("jumlah"))
            .order_by()
        ):
            self._pagu.setdefault(nomor, {})[jenis] = t
        self.real = {
            (j, b): t
            for j, b, t in RealisasiAnggaran.objects.filter(pos__dipa=dipa)
            .values_list("pos__jenis_belanja", "bulan")
            .annotate(t=Sum("jumlah"))
            .order_by()
        }
        self.rpd = {
            (r.jenis_belanja, r.bulan): r.jumlah for r in RencanaPenarikan.objects.filter(dipa=dipa)
        }
        self.ro = [
            (ro.target_volume, [(v.bulan, v.volume) for v in ro.realisasi_volume.all()])
            for ro in RincianOutput.objects.filter(dipa=dipa).prefetch_related("realisasi_volume")
        ]
        self.masukan = list(
            MasukanIkpa.objects.filter(satker=satker, tahun=dipa.tahun).order_by("bulan")
        )

    def pagu_jenis(self, nomor: int | None) -> dict[str, Decimal]:
        return dict(self._pagu.get(nomor, {})) if nomor is not None else {}

    def total(self, nomor: int) -> Decimal:
        return sum(self._pagu.get(nomor, {}).values(), NOL)

    @property
    def terakhir(self):
        return self.revisi[-1] if self.revisi else None


def _muat(satker: Satker, tahun: int) -> _Data:
    dipa = Dipa.objects.filter(satker=satker, tahun=tahun).first()
    if dipa is None:
        raise IkpaTidakAda(
            f"Belum ada DIPA {satker.nama} tahun {tahun}; IKPA tidak dapat dihitung."
        )
    return _Data(satker, dipa)


def hitung(pengguna, satker: Satker, tahun: int, sampai_bulan: int = 12) -> HasilIkpa:
    """The IKPA of the office for the year, as of the end of a month (pengguna None: a command)."""
    periksa_boleh_baca(pengguna, satker)
    if not 1 <= sampai_bulan <= 12:
        raise IkpaError(f"Bulan {sampai_bulan} di luar 1–12.")
    return _hitung(_muat(satker, tahun), sampai_bulan)


def _hitung(data: _Data, sampai_bulan: int) -> HasilIkpa:
    satker, tahun = data.satker, data.tahun
    a = aturan(tahun)
    revisi = _revisi(data, a, sampai_bulan)
    nilai: dict[str, Decimal | None] = {}
    rincian: dict[str, str] = {}
    sumber: dict[str, str] = {}

    # 1) Revisi DIPA
    periode_ke = aturan_ikpa.periode_revisi(date(tahun, sampai_bulan, 1), a)
    jumlah = [
        sum(1 for r in revisi if r.dihitung and r.periode == p) for p in range(1, periode_ke + 1)
    ]
    nilai[aturan_ikpa.REVISI] = aturan_ikpa.nilai_revisi(jumlah, a)
    rincian[aturan_ikpa.REVISI] = (
        f"{len(revisi)} revisi; dihitung per {a.periode_revisi}: "
        + ", ".join(f"{a.periode_revisi} {i} = {n}" for i, n in enumerate(jumlah, start=1))
    )
    # 2) Deviasi
    deviasi = _deviasi(data, a, sampai_bulan)
    rata = aturan_ikpa.rata([d for _, d in deviasi])
    nilai[aturan_ikpa.DEVIASI] = None if rata is None else aturan_ikpa.nilai_deviasi(rata, a)
    rincian[aturan_ikpa.DEVIASI] = (
        "tanpa RPD" if rata is None else f"rata-rata deviasi {_id(rata)}% ({a.rerata_deviasi})"
    )
    # 3) Penyerapan
    penyerapan = _penyerapan(data, a, tahun, sampai_bulan)
    nilai[aturan_ikpa.PENYERAPAN] = aturan_ikpa.rata([v for _, v in penyerapan])
    rincian[aturan_ikpa.PENYERAPAN] = (
        ", ".join(f"TW {q} = {_id(v)}" for q, v in penyerapan) or "belum ada triwulan selesai"
    )
    # 7) Capaian Output
    ro = _capaian_ro(data, sampai_bulan)
    rata_ro = aturan_ikpa.rata(ro)
    nilai[aturan_ikpa.CAPAIAN_OUTPUT] = aturan_ikpa.nilai_capaian_output(
        a.ketepatan_output_bawaan, rata_ro, a
    )
    rincian[aturan_ikpa.CAPAIAN_OUTPUT] = (
        f"capaian RO rata-rata {_id(rata_ro)} dari {len(ro)} RO bervolume; ketepatan pelaporan "
        f"{_id(a.ketepatan_output_bawaan)}"
    )
    for k in aturan_ikpa.DIHITUNG:
        sumber[k] = "dihitung" if nilai[k] is not None else "tidak_berlaku"

    # Entered and reported figures: the latest month up to sampai_bulan.
    masukan: dict[str, MasukanIkpa] = {}
    for m in data.masukan:
        if m.bulan <= sampai_bulan:
            masukan[m.indikator] = m
    pengurang = NOL
    for k in aturan_ikpa.DIISI:
        m = masukan.get(k)
        if k == aturan_ikpa.DISPENSASI and a.dispensasi_sebagai == "pengurang":
            pengurang = m.nilai if m is not None and m.nilai is not None else NOL
            continue
        nilai[k] = m.nilai if m is not None else None
        sumber[k] = (
            ("omspan" if m.asal == MasukanIkpa.Asal.OMSPAN else "diisi")
            if m and m.nilai is not None
            else "tidak_berlaku"
        )
        rincian[k] = "belum diisi: dianggap tanpa objek" if m is None else ""
    hasil = aturan_ikpa.nilai_akhir(nilai, a, pengurang, sumber)
    baris = [
        BarisIndikator(
            b.kode,
            b.nama,
            b.bobot,
            b.nilai,
            sumber.get(b.kode, "tidak_berlaku"),
            rincian.get(b.kode, ""),
            dilaporkan=(
                masukan[b.kode].nilai
                if b.kode in aturan_ikpa.DIHITUNG and b.kode in masukan
                else None
            ),
            bukti=masukan[b.kode].bukti if b.kode in masukan else "",
        )
        for b in hasil.baris
    ]
    return HasilIkpa(
        kode_satker=satker.kode,
        tahun=tahun,
        sampai_bulan=sampai_bulan,
        aturan=a,
        baris=baris,
        nilai_total=hasil.nilai_total,
        konversi_bobot=hasil.konversi_bobot,
        pengurang=hasil.pengurang,
        nilai_akhir=hasil.nilai_akhir,
        kategori=hasil.kategori,
        revisi=revisi,
        deviasi_bulanan=deviasi,
        penyerapan_triwulan=penyerapan,
        dilaporkan={
            k: masukan[k].nilai
            for k in ("nilai_total", "konversi_bobot", "nilai_akhir")
            if k in masukan
        },
    )


def _revisi(data: _Data, a: AturanIkpa, sampai_bulan: int) -> list[BarisRevisi]:
    """Every revision of the DIPA (nomor > 0) ratified up to the month, with whether it counts."""
    hasil, sebelumnya = [], data.total(0)
    for r in data.revisi:
        pagu = data.total(r.nomor)
        if r.nomor == 0:
            sebelumnya = pagu
            continue
        if r.tanggal is not None and (
            r.tanggal.year != data.tahun or r.tanggal.month > sampai_bulan
        ):
            sebelumnya = pagu
            continue
        tetap = pagu == sebelumnya
        periode = aturan_ikpa.periode_revisi(r.tanggal, a) if r.tanggal else None
        dihitung = periode is not None and aturan_ikpa.revisi_dihitung("", tetap, a)
        hasil.append(
            BarisRevisi(
                r.nomor, r.tanggal, r.catatan, pagu, pagu - sebelumnya, tetap, dihitung, periode
            )
        )
        sebelumnya = pagu
    return hasil


def _deviasi(data: _Data, a: AturanIkpa, sampai_bulan: int) -> list[tuple[int, Decimal | None]]:
    if not data.rpd:
        return []
    pagu = data.pagu_jenis(data.terakhir.nomor if data.terakhir else None)
    hasil = []
    for bulan in a.bulan_deviasi:
        if bulan > sampai_bulan:
            break
        per_jenis = {
            j: (p, data.rpd.get((j, bulan), NOL), data.real.get((j, bulan), NOL))
            for j, p in pagu.items()
        }
        hasil.append((bulan, aturan_ikpa.deviasi_bulan(per_jenis, a)))
    return hasil


def _penyerapan(
    data: _Data, a: AturanIkpa, tahun: int, sampai_bulan: int
) -> list[tuple[int, Decimal | None]]:
    """Per completed quarter; the pagu of the revision in force at the basis date (TW IV: the last)."""
    hasil = []
    for q in range(1, 5):
        if 3 * q > sampai_bulan:
            break
        dasar = aturan_ikpa.tanggal_dasar_pagu(tahun, q)
        if dasar is None:
            revisi = data.terakhir
        else:
            berlaku = [r for r in data.revisi if r.tanggal is not None and r.tanggal <= dasar]
            revisi = berlaku[-1] if berlaku else (data.revisi[0] if data.revisi else None)
        pagu = data.pagu_jenis(revisi.nomor if revisi else None)
        per_jenis = {
            j: (p, sum((v for (jj, b), v in data.real.items() if jj == j and b <= 3 * q), NOL))
            for j, p in pagu.items()
        }
        hasil.append((q, aturan_ikpa.nilai_penyerapan_triwulan(per_jenis, q, a)))
    return hasil


def _capaian_ro(data: _Data, sampai_bulan: int) -> list[Decimal]:
    hasil = []
    for target, volume in data.ro:
        rvro = sum((v for b, v in volume if b <= sampai_bulan), NOL)
        c = aturan_ikpa.capaian_ro(target, rvro)
        if c is not None:
            hasil.append(c)
    return hasil


# -- entering and importing ------------------------------------------------------------------

INDIKATOR_MASUKAN = {
    **{k: aturan_ikpa.NAMA_INDIKATOR[k] for k in aturan_ikpa.NAMA_INDIKATOR},
    "nilai_total": "Nilai Total",
    "konversi_bobot": "Konversi Bobot",
    "nilai_akhir": "Nilai Akhir",
}


class MasukanError(ValueError):
    """Entered or imported IKPA figures that break a rule (400)."""


def _nilai(teks, tempat: str) -> Decimal | None:
    if teks is None or str(teks).strip() in ("", "-"):
        return None
    try:
        v = parse_angka(teks)
    except AngkaError as e:
        raise MasukanError(f"{tempat}: {e}.") from e
    if v < 0 or v > 120:
        raise MasukanError(f"{tempat}: nilai {teks} di luar 0–120.")
    return v


@transaction.atomic
def simpan_masukan(
    pengguna,
    satker: Satker,
    tahun: int,
    bulan: int,
    isian: dict[str, str],
    bukti: str,
    asal: str = "manual",
) -> list[MasukanIkpa]:
    """Enter (or import) the figures of one month; an empty figure means no object. All or nothing."""
    akses.pastikan(
        akses.boleh_isi_ikpa(pengguna, satker),
        "Hanya Perencana atau Admin kantor yang dapat mengisi IKPA.",
    )
    if not 1 <= bulan <= 12:
        raise MasukanError(f"Bulan {bulan} di luar 1–12.")
    galat, siap = [], []
    for kode, teks in isian.items():
        if kode not in INDIKATOR_MASUKAN:
            galat.append(f"Indikator '{kode}' tidak dikenal.")
            continue
        try:
            siap.append((kode, _nilai(teks, INDIKATOR_MASUKAN[kode])))
        except MasukanError as e:
            galat.append(str(e))
    pengurang = aturan(tahun).dispensasi_sebagai == "pengurang"
    for kode, v in siap:
        if pengurang and kode == aturan_ikpa.DISPENSASI and v is not None and v > 1:
            galat.append(
                f"Dispensasi SPM tahun {tahun} adalah pengurang 0–1 poin ({aturan(tahun).kode}), bukan {v}."
            )
    diisi = [k for k, v in siap if v is not None and k in aturan_ikpa.DIISI]
    if asal == "manual" and diisi and not bukti.strip():
        galat.append(
            "Bukti (tautan atau nomor dokumen OM-SPAN/KPPN) wajib untuk nilai yang diisi manual."
        )
    if galat:
        raise MasukanError(" ".join(galat))
    hasil = []
    for kode, v in siap:
        m, _ = MasukanIkpa.objects.update_or_create(
            satker=satker,
            tahun=tahun,
            bulan=bulan,
            indikator=kode,
            defaults={"nilai": v, "asal": asal, "bukti": bukti.strip(), "diisi_oleh": pengguna},
        )
        hasil.append(m)
    return hasil


def impor_omspan(
    pengguna, satker: Satker, tahun: int, baris: list[dict[str, str]], bukti: str = ""
) -> int:
    """Rows of an OM-SPAN IKPA export (header names of B.1, plus 'Bulan' or 'Periode'). All or nothing."""
    akses.pastikan(
        akses.boleh_isi_ikpa(pengguna, satker),
        "Hanya Perencana atau Admin kantor yang dapat mengimpor IKPA.",
    )
    galat, siap = [], []
    for i, b in enumerate(baris, start=2):
        kolom = {str(k).strip(): v for k, v in b.items() if k is not None}
        bulan_teks = kolom.get("Bulan") or kolom.get("Periode") or ""
        try:
            bulan = int(str(bulan_teks).strip())
            if not 1 <= bulan <= 12:
                raise ValueError
        except ValueError:
            galat.append(f"baris {i}: kolom Bulan '{bulan_teks}' harus 1–12.")
            continue
        isian = {}
        for nama, kode in aturan_ikpa.KOLOM_OMSPAN.items():
            if nama in kolom:
                try:
                    isian[kode] = _nilai(kolom[nama], f"baris {i}, kolom {nama}")
                except MasukanError as e:
                    galat.append(str(e))
        if not isian:
            galat.append(f"baris {i}: tidak ada kolom IKPA OM-SPAN yang dikenal.")
        siap.append((bulan, isian))
    if galat:
        raise MasukanError(" ".join(galat))
    with transaction.atomic():
        for bulan, isian in siap:
            for kode, v in isian.items():
                MasukanIkpa.objects.update_or_create(
                    satker=satker,
                    tahun=tahun,
                    bulan=bulan,
                    indikator=kode,
                    defaults={
                        "nilai": v,
                        "asal": MasukanIkpa.Asal.OMSPAN,
                        "bukti": bukti,
                        "diisi_oleh": pengguna,
                    },
                )
    return len(siap)


def riwayat(pengguna, satker: Satker, tahun: int) -> list[tuple[int, Decimal | None]]:
    """Nilai akhir at the end of each month (the page's history and chart); the rows read once."""
    periksa_boleh_baca(pengguna, satker)
    data = _muat(satker, tahun)
    return [(b, _hitung(data, b).nilai_akhir) for b in range(1, 13)]


__all__ = [
    "IkpaError",
    "IkpaTidakAda",
    "MasukanError",
    "hitung",
    "impor_omspan",
    "riwayat",
    "simpan_masukan",
]
