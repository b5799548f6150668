"""Generated national data: every KPU office with a plan, realisations and a budget.

`manage.py buat_data_nasional --tahun 2023 [--skala S]` builds the whole hierarchy
(`organisasi.wilayah.muat_wilayah`) and, for every office that has no Renstra yet, a
plausible Renstra (five years around the year), sasaran, indicators cascaded from the
parent office's, yearly targets, a PK per year (some offices with a PK Perubahan, some with
none so the Renstra targets count), quarterly realisations of every year up to the given
one (in the given year the fourth quarter is in every workflow state), and a DIPA of the
year with two revisions of pagu, monthly realisation and RPD. Some offices have a cap on
capaian (100 or 120) or a four-band scale of their own.

At `--skala 1` an office has 15 indicators and 400 budget lines; the skala multiplies both
(at least 4 indicators, one of each kind, and 4 lines). Rows are written in bulk with
explicit ids: COPY on PostgreSQL, executemany INSERT elsewhere; no model is saved one by
one and no history rows are written (this is generated data, not entered data).
Deterministic: the same arguments give the same rows.
"""

from __future__ import annotations

import datetime
import random
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.management.color import no_style
from django.db import connection, models, transaction
from django.utils import timezone

from sakip.anggaran.models import (
    Dipa,
    Pagu,
    PosAnggaran,
    RealisasiAnggaran,
    RencanaPenarikan,
    RevisiDipa,
    RincianOutput,
)
from sakip.lib.skala import Pita, Skala
from sakip.organisasi.models import Satker
from sakip.organisasi.wilayah import muat_wilayah
from sakip.pengukuran.models import Realisasi
from sakip.perencanaan.models import (
    BarisPK,
    Indikator,
    PerjanjianKinerja,
    Renstra,
    Sasaran,
    Target,
)

# (name, jenis, satuan, polaritas, agregasi, target) — the first four cover every kind.
INDIKATOR = [
    (
        "Persentase tahapan pemilihan yang dilaksanakan sesuai jadwal",
        "persen",
        "%",
        "naik",
        "last",
        "100",
    ),
    (
        "Jumlah kegiatan sosialisasi dan pendidikan pemilih",
        "angka",
        "kegiatan",
        "naik",
        "sum",
        "24",
    ),
    ("Jumlah temuan pemeriksaan BPK yang berulang", "angka", "temuan", "turun", "sum", "2"),
    ("Nilai evaluasi SAKIP", "huruf", "", "naik", "last", "BB"),
    ("Persentase penyelesaian rekomendasi hasil pengawasan", "persen", "%", "naik", "last", "90"),
    ("Indeks kepuasan layanan informasi publik", "angka", "indeks", "naik", "average", "3.5"),
    ("Persentase pemutakhiran data pemilih berkelanjutan", "persen", "%", "naik", "max", "100"),
    ("Persentase keputusan KPU yang ditetapkan tepat waktu", "persen", "%", "naik", "last", "95"),
    (
        "Persentase pegawai yang mengikuti pengembangan kompetensi",
        "persen",
        "%",
        "naik",
        "last",
        "80",
    ),
    ("Rata-rata hari keterlambatan laporan keuangan", "angka", "hari", "turun", "average", "3"),
    ("Persentase ketepatan waktu pelaporan keuangan", "persen", "%", "naik", "last", "100"),
    ("Persentase arsip yang dikelola sesuai standar", "persen", "%", "naik", "last", "85"),
    ("Jumlah produk hukum yang didokumentasikan", "angka", "dokumen", "naik", "sum", "40"),
    (
        "Persentase sarana dan prasarana logistik dalam kondisi baik",
        "persen",
        "%",
        "naik",
        "last",
        "90",
    ),
    ("Indeks reformasi birokrasi", "angka", "indeks", "naik", "last", "75"),
]
SASARAN = [
    "Terselenggaranya tahapan pemilu dan pemilihan yang berkualitas",
    "Meningkatnya partisipasi dan pendidikan pemilih",
    "Meningkatnya akuntabilitas pengelolaan keuangan dan kinerja",
    "Meningkatnya kualitas layanan dan keterbukaan informasi",
    "Meningkatnya kapasitas kelembagaan dan sumber daya manusia",
]
HURUF = ["AA", "A", "BB", "B", "CC"]
AKUN = [("521211", "52"), ("522151", "52"), ("524111", "52"), ("521111", "51"), ("532111", "53")]
KEGIATAN = ["6709", "6871", "6887", "3355", "6872"]
# The fourth quarter of the year: two in three approved, the rest in every other state.
STATUS_TW4 = [
    Realisasi.Status.DISETUJUI,
    Realisasi.Status.DISETUJUI,
    Realisasi.Status.DISETUJUI,
    Realisasi.Status.DISETUJUI,
    Realisasi.Status.DISETUJUI,
    Realisasi.Status.DISETUJUI,
    Realisasi.Status.DISETUJUI,
    Realisasi.Status.DISETUJUI,
    Realisasi.Status.DRAF,
    Realisasi.Status.DIAJUKAN,
    Realisasi.Status.TERVERIFIKASI,
    Realisasi.Status.DIKEMBALIKAN,
]
SKALA_LAIN = Skala(
    "Skala empat pita",
    [
        Pita("Kurang", Decimal(0), Decimal(60)),
        Pita("Cukup", Decimal(60), Decimal(80)),
        Pita("Baik", Decimal(80), Decimal(100), atas_inklusif=True),
        Pita("Sangat Baik", Decimal(100), None, bawah_inklusif=False),
    ],
)


def ukuran(skala: Decimal) -> tuple[int, int]:
    """(indicators, budget lines) per office at this skala."""
    return (
        min(len(INDIKATOR), max(4, round(len(INDIKATOR) * skala))),
        max(4, round(400 * skala)),
    )


def ragam_kantor(kode: str) -> tuple[Decimal | None, str]:
    """An office's cap and scale, by its code: 1 in 10 caps at 100, 1 in 10 at 120, 1 in 10
    uses the four-band scale (and 1 in 30 both a cap and that scale)."""
    h = zlib.crc32(kode.encode()) % 30
    batas = Decimal(100) if h % 10 == 0 else Decimal(120) if h % 10 == 1 else None
    return batas, ("lain" if h % 10 == 2 or h == 3 else "kpu")


@dataclass
class Penulis:
    """Rows per model with ids given here, written in one go per model."""

    baris: dict[type[models.Model], list[dict]] = field(default_factory=dict)
    id_berikut: dict[type[models.Model], int] = field(default_factory=dict)
    jumlah: dict[str, int] = field(default_factory=dict)
    tertunda: int = 0

    def tambah(self, model: type[models.Model], **nilai) -> int:
        if model not in self.id_berikut:
            terakhir = model.objects.aggregate(m=models.Max("pk"))["m"] or 0
            self.id_berikut[model] = terakhir + 1
        nilai["id"] = self.id_berikut[model]
        self.id_berikut[model] += 1
        self.baris.setdefault(model, []).append(nilai)
        self.tertunda += 1
        return nilai["id"]

    def tulis(self) -> None:
        """Write what is buffered (foreign keys are checked at commit, so any order does)."""
        for model, baris in self.baris.items():
            tulis_massal(model, baris)
            label = model._meta.label
            self.jumlah[label] = self.jumlah.get(label, 0) + len(baris)
            baris.clear()
        self.tertunda = 0

    def selesai(self) -> dict[str, int]:
        self.tulis()
        if connection.vendor == "postgresql":
            with connection.cursor() as c:
                for sql in connection.ops.sequence_reset_sql(no_style(), list(self.baris)):
                    c.execute(sql)
        return dict(sorted(self.jumlah.items()))


def tulis_massal(model: type[models.Model], baris: Iterable[dict], batch: int = 5000) -> None:
    """Insert plain rows (attname → value, defaults filled in): COPY on PostgreSQL."""
    medan = [f for f in model._meta.concrete_fields]
    kolom = ", ".join(connection.ops.quote_name(f.column) for f in medan)
    tabel = connection.ops.quote_name(model._meta.db_table)
    bawaan = {f.attname: f.get_default() for f in medan if f.attname != "id"}
    sekarang = timezone.now()
    for f in medan:
        if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False):
            bawaan[f.attname] = sekarang

    langsung = (
        models.IntegerField,  # and the auto, positive and small integer fields
        models.CharField,
        models.TextField,
        models.BooleanField,
        models.ForeignKey,
    )

    def pengubah(f):
        """None when the value goes to the driver as it is, else the field's own conversion."""
        if isinstance(f, langsung):
            return None
        if isinstance(f, models.DecimalField) and connection.vendor == "postgresql":
            return None
        return lambda v: f.get_db_prep_save(v, connection)

    ubah = [(f.attname, bawaan.get(f.attname), pengubah(f)) for f in medan]

    def siap(b: dict) -> tuple:
        return tuple(
            b.get(nama, awal) if u is None else u(b.get(nama, awal)) for nama, awal, u in ubah
        )

    with connection.cursor() as c:
        if connection.vendor == "postgresql":
            with c.cursor.copy(f"COPY {tabel} ({kolom}) FROM STDIN") as copy:
                for b in baris:
                    copy.write_row(siap(b))
            return
        tanda = ", ".join(["%s"] * len(medan))
        sql = f"INSERT INTO {tabel} ({kolom}) VALUES ({tanda})"
        potong: list[tuple] = []
        for b in baris:
            potong.append(siap(b))
            if len(potong) >= batch:
                c.executemany(sql, potong)
                potong = []
        if potong:
            c.executemany(sql, potong)


def _sekitar(
    rng: random.Random, dasar: Decimal, bawah: float, atas: float, tempat: int = 2
) -> Decimal:
    return round(dasar * Decimal(str(round(rng.uniform(bawah, atas), 4))), tempat)


@transaction.atomic
def buat_data_nasional(
    tahun: int, skala: Decimal = Decimal(1), benih: int = 2023
) -> dict[str, int]:
    """Generate the national data set for the year; returns the rows written per model."""
    muat_wilayah()
    n_ind, n_pos = ukuran(skala)
    awal = 2020 + 5 * ((tahun - 2020) // 5)
    akhir = awal + 4
    tahun_data = list(range(awal, tahun + 1))
    sudah = set(Renstra.objects.values_list("satker_id", flat=True))
    kantor = [s for s in Satker.objects.order_by("jenis", "kode") if s.pk not in sudah]
    # parents before children, so a child's indicator can point at its parent's
    urutan_jenis = {Satker.Jenis.PUSAT: 0, Satker.Jenis.PROVINSI: 1, Satker.Jenis.KABKOTA: 2}
    kantor.sort(key=lambda s: (urutan_jenis[s.jenis], s.kode))
    p = Penulis()
    indikator_kantor: dict[int, list[int]] = {
        sid: [] for sid in Renstra.objects.values_list("satker_id", flat=True)
    }
    sekarang = timezone.now()
    ubah_satker = []
    for s in kantor:
        rng = random.Random(f"{benih}-{s.kode}")
        batas, skala_kantor = ragam_kantor(s.kode)
        s.batas_capaian = batas
        if skala_kantor == "lain":
            s.skala_capaian = SKALA_LAIN.as_data()
        ubah_satker.append(s)
        renstra = p.tambah(
            Renstra, satker_id=s.pk, tahun_awal=awal, tahun_akhir=akhir, visi=f"Visi {s.nama}"
        )
        n_sas = max(1, min(len(SASARAN), round(n_ind / 3)))
        sasaran = [
            p.tambah(Sasaran, renstra_id=renstra, nomor=i + 1, uraian=SASARAN[i])
            for i in range(n_sas)
        ]
        induk = indikator_kantor.get(s.induk_id, [])
        daftar = []
        nomor_di_sasaran = dict.fromkeys(sasaran, 0)
        for i in range(n_ind):
            nama, jenis, satuan, polaritas, agregasi, target = INDIKATOR[i]
            sas = sasaran[i % n_sas]
            nomor_di_sasaran[sas] += 1
            daftar.append(
                p.tambah(
                    Indikator,
                    sasaran_id=sas,
                    nomor=nomor_di_sasaran[sas],
                    nama=nama,
                    satuan=satuan,
                    jenis=jenis,
                    polaritas=polaritas,
                    agregasi=agregasi,
                    uraian=f"Definisi nasional: {nama.lower()}.",
                    indikator_induk_id=induk[i] if i < len(induk) else None,
                )
            )
        indikator_kantor[s.pk] = daftar
        tanpa_pk = rng.random() < 0.1
        perubahan = rng.random() < 0.2
        for t in tahun_data:
            nilai_target = {}
            for i, ind in enumerate(daftar):
                _, jenis, _, _, agregasi, target = INDIKATOR[i]
                if jenis == "huruf":
                    nilai_target[ind] = (None, rng.choice(["BB", "A"]))
                else:
                    nilai = _sekitar(rng, Decimal(target), 0.9, 1.1)
                    if "." not in target:  # a whole-number target stays whole
                        nilai = max(Decimal(1), Decimal(round(nilai)))
                    nilai_target[ind] = (nilai, "")
                n, h = nilai_target[ind]
                p.tambah(Target, indikator_id=ind, tahun=t, triwulan=None, nilai=n, nilai_huruf=h)
            if not tanpa_pk:
                for ubah in range(2 if perubahan else 1):
                    pk = p.tambah(
                        PerjanjianKinerja,
                        satker_id=s.pk,
                        tahun=t,
                        perubahan=ubah,
                        tempat=s.kota or s.nama,
                        tanggal=datetime.date(t, 1 + ubah, 15 + ubah * 13),
                        pihak_pertama_nama=f"Sekretaris {s.nama}",
                        pihak_pertama_jabatan="Sekretaris",
                        pihak_kedua_nama=f"Ketua {s.nama}",
                        pihak_kedua_jabatan="Ketua",
                    )
                    for urutan, ind in enumerate(daftar, start=1):
                        n, h = nilai_target[ind]
                        if ubah == 0 and perubahan and n is not None:
                            n = n + 1  # the first PK's target, replaced by the revision
                        p.tambah(
                            BarisPK,
                            pk_dokumen_id=pk,
                            urutan=urutan,
                            indikator_id=ind,
                            target=n,
                            target_huruf=h,
                        )
            for i, ind in enumerate(daftar):
                _, jenis, _, _, agregasi, target = INDIKATOR[i]
                n, _ = nilai_target[ind]
                for tw in range(1, 5):
                    status = Realisasi.Status.DISETUJUI
                    if t == tahun and tw == 4:
                        status = rng.choice(STATUS_TW4)
                    nilai, huruf, skor = None, "", None
                    if jenis == "huruf":
                        huruf = rng.choice(HURUF)
                        if rng.random() < 0.3:
                            skor = Decimal(rng.randint(55, 92))
                    elif agregasi == "sum":
                        nilai = max(Decimal(0), _sekitar(rng, n / 4, 0.3, 1.6, 0))
                    else:
                        nilai = _sekitar(rng, n, 0.55, 1.25)
                    if status == Realisasi.Status.DRAF and rng.random() < 0.3:
                        nilai, huruf, skor = None, "", None  # a draft not filled in yet
                    p.tambah(
                        Realisasi,
                        indikator_id=ind,
                        tahun=t,
                        triwulan=tw,
                        nilai=nilai,
                        nilai_huruf=huruf,
                        skor=skor,
                        besaran={},
                        status=status,
                        diubah_pada=sekarang,
                    )
        _anggaran(p, s, tahun, n_pos, rng)
        if p.tertunda > 200_000:  # keep memory flat at skala 1
            p.tulis()
    Satker.objects.bulk_update(ubah_satker, ["batas_capaian", "skala_capaian"], batch_size=1000)
    return p.selesai()


def _anggaran(p: Penulis, s: Satker, tahun: int, n_pos: int, rng: random.Random) -> None:
    dipa = p.tambah(Dipa, satker_id=s.pk, tahun=tahun)
    revisi = [
        p.tambah(RevisiDipa, dipa_id=dipa, nomor=n, tanggal=datetime.date(tahun, 1 + 5 * n, 2))
        for n in (0, 1)
    ]
    ro_id: dict[int, int] = {}
    per_jenis = {"51": Decimal(0), "52": Decimal(0), "53": Decimal(0)}
    for i in range(n_pos):
        nomor_ro = i // 10
        keg = KEGIATAN[nomor_ro % len(KEGIATAN)]
        kode_ro = f"076.01.CQ.{keg}.QGE.{nomor_ro + 1:03d}"
        if nomor_ro not in ro_id:
            ro_id[nomor_ro] = p.tambah(
                RincianOutput,
                dipa_id=dipa,
                kode=kode_ro,
                target_volume=Decimal(rng.randint(1, 12)),
                satuan="Dokumen",
            )
        akun, jenis = AKUN[i % 5]
        komponen = f"{51 + (i % 10) // 5:03d}"
        pos = p.tambah(
            PosAnggaran,
            dipa_id=dipa,
            rincian_output_id=ro_id[nomor_ro],
            kode=f"{kode_ro}.{komponen}.A.{akun}",
            ba="076",
            eselon="01",
            program="CQ",
            kegiatan=keg,
            kro="QGE",
            ro=f"{nomor_ro + 1:03d}",
            komponen=komponen,
            subkomponen="A",
            akun=akun,
            jenis_belanja=jenis,
        )
        pagu = Decimal(rng.randint(5, 400) * 250_000)
        p.tambah(Pagu, revisi_id=revisi[0], pos_id=pos, jumlah=pagu)
        pagu_akhir = round(pagu * Decimal(str(round(rng.uniform(0.85, 1.1), 2))), -3)
        p.tambah(Pagu, revisi_id=revisi[1], pos_id=pos, jumlah=pagu_akhir)
        per_jenis[jenis] += pagu_akhir
        serapan = Decimal(str(round(rng.uniform(0.45, 1.0), 3)))
        for bulan in range(1, 13):
            p.tambah(
                RealisasiAnggaran,
                pos_id=pos,
                bulan=bulan,
                jumlah=round(pagu_akhir * serapan / 12, 2),
            )
    for jenis, total in per_jenis.items():
        for bulan in range(1, 13):
            p.tambah(
                RencanaPenarikan,
                dipa_id=dipa,
                jenis_belanja=jenis,
                bulan=bulan,
                jumlah=round(total / 12, 2),
            )
