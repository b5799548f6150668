"""A corpus of broken budget files: each refused with a clear message, nothing written."""

import io
import zipfile

import pytest
from openpyxl import Workbook

from sakip.anggaran.impor import ImporError
from sakip.anggaran.models import Dipa, Pagu, RealisasiAnggaran, RevisiDipa
from sakip.anggaran.services import impor_berkas
from sakip.organisasi.models import Satker

from .berkas import KODE_A, KODE_B, dipa_kecil, xlsx

pytestmark = pytest.mark.django_db

PAGU = ["kode", "uraian", "pagu"]


@pytest.fixture
def kantor(db_kosong):
    return Satker.objects.create(kode="3674", nama="KPU Kota Tangerang Selatan", jenis="kabkota")


def _xlsx_kosong() -> bytes:
    buf = io.BytesIO()
    Workbook().save(buf)
    return buf.getvalue()


def _zip_bukan_xlsx() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("catatan.txt", "bukan lembar kerja")
    return buf.getvalue()


KORPUS = [
    (
        "judul salah",
        "dipa.xlsx",
        xlsx({"pagu": [["kode", "nama barang", "nilai"], [KODE_A, "Bahan", 100]]}),
        [
            "lembar 'pagu', baris 1: kolom 'pagu' tidak ada; judul yang ditemukan: kode, "
            "nama barang, nilai"
        ],
    ),
    (
        "judul tidak ada",
        "dipa.xlsx",
        xlsx({"realisasi": [[KODE_A, 1, 100]]}),
        [
            "lembar 'realisasi', baris 1: judul kolom tidak ditemukan; seharusnya: kode, bulan, realisasi"
        ],
    ),
    (
        "kode tidak sah",
        "dipa.xlsx",
        xlsx({"pagu": [PAGU, ["076.01.CQ.67O9.QGE.001.051.A.521211", "Bahan", 100]]}),
        [
            "lembar 'pagu', baris 2, kolom A (kode): kode '076.01.CQ.67O9.QGE.001.051.A.521211': "
            "kode Kegiatan '67O9' tidak sah (harus 4 angka, mis. 6709)"
        ],
    ),
    (
        "bukan akun belanja",
        "dipa.xlsx",
        xlsx({"pagu": [PAGU, ["076.01.CQ.6709.QGE.001.051.A.425111", "Pendapatan", 100]]}),
        [
            "lembar 'pagu', baris 2, kolom A (kode): akun '425111' bukan akun belanja (harus "
            "diawali 51 sampai 58)"
        ],
    ),
    (
        "bulan di luar 1-12",
        "dipa.xlsx",
        dipa_kecil(realisasi=[["kode", "bulan", "realisasi"], [KODE_A, 13, 100]]),
        ["lembar 'realisasi', baris 2, kolom B (bulan): bulan 13 di luar 1 sampai 12"],
    ),
    (
        "pagu negatif",
        "dipa.xlsx",
        xlsx({"pagu": [PAGU, [KODE_A, "Bahan", -100]]}),
        [
            "lembar 'pagu', baris 2, kolom C (pagu): pagu: '-100' negatif; nilai uang tidak "
            "boleh negatif"
        ],
    ),
    (
        "teks di sel angka",
        "dipa.xlsx",
        xlsx({"pagu": [PAGU, [KODE_A, "Bahan", "seratus ribu"]]}),
        [
            "lembar 'pagu', baris 2, kolom C (pagu): pagu: 'seratus ribu' bukan angka yang "
            "dikenali (contoh yang benar: 1.234.567,89 atau 99,21%)"
        ],
    ),
    ("berkas kosong", "dipa.xlsx", b"", ["lembar 'dipa.xlsx': berkas kosong"]),
    (
        "lembar kerja tanpa isi",
        "dipa.xlsx",
        _xlsx_kosong(),
        [
            "lembar 'dipa.xlsx': tidak ada lembar yang dikenali; lembar template: pagu, volume_ro, "
            "realisasi, realisasi_volume, rpd, revisi (atau laporan SAKTI GLP039 Laporan "
            "Ketersediaan Dana Detail)"
        ],
    ),
    (
        "PDF yang diberi nama .xlsx",
        "dipa.xlsx",
        b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n",
        ["lembar 'dipa.xlsx': berkas bukan lembar kerja XLSX yang sah (rusak atau bukan XLSX)"],
    ),
    (
        "ZIP yang bukan XLSX",
        "dipa.xlsx",
        _zip_bukan_xlsx(),
        ["lembar 'dipa.xlsx': berkas bukan lembar kerja XLSX yang sah (rusak atau bukan XLSX)"],
    ),
    (
        "XLS lama",
        "dipa.xls",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100,
        ["lembar 'dipa.xls': format .xls lama tidak didukung; simpan ulang sebagai .xlsx"],
    ),
    (
        "baris ganda",
        "dipa.xlsx",
        xlsx(
            {
                "pagu": [
                    PAGU,
                    [KODE_A, "Bahan", 100],
                    [KODE_B, "Perjalanan", 50],
                    [KODE_A, "Bahan", 100],
                ]
            }
        ),
        [
            "lembar 'pagu', baris 4: baris pagu 076.01.CQ.6709.QGE.001.051.A.521211 ganda: sudah "
            "ada di lembar 'pagu' baris 2"
        ],
    ),
    (
        "realisasi akun yang tidak ada di DIPA",
        "dipa.xlsx",
        dipa_kecil(
            realisasi=[
                ["kode", "bulan", "realisasi"],
                ["076.01.CQ.6709.QGE.001.051.A.521219", 1, 5],
            ]
        ),
        [
            "lembar 'realisasi', baris 2: kode 076.01.CQ.6709.QGE.001.051.A.521219 tidak ada di "
            "DIPA; realisasi ditolak"
        ],
    ),
    (
        "hanya judul kolom",
        "pagu.csv",
        b"kode;uraian;pagu\n",
        ["berkas tidak berisi baris data (hanya judul kolom)"],
    ),
    (
        "CSV tak dikenal",
        "data.csv",
        b"nama,alamat\nBudi,Serpong\n",
        [
            "lembar 'data.csv', baris 1: judul kolom CSV tidak dikenali; beri nama berkas sesuai "
            "lembar (pagu, volume_ro, realisasi, realisasi_volume, rpd, revisi) atau gunakan "
            "judul kolom template"
        ],
    ),
]


@pytest.mark.parametrize(
    ("nama_kasus", "nama", "data", "pesan"), KORPUS, ids=[k[0] for k in KORPUS]
)
def test_broken_file_is_refused_with_its_message_and_nothing_written(
    kantor, nama_kasus, nama, data, pesan
):
    with pytest.raises(ImporError) as e:
        impor_berkas(None, kantor, 2023, [(nama, data)])
    assert [str(k) for k in e.value.kesalahan] == pesan
    assert not Dipa.objects.exists()
    assert not Pagu.objects.exists()


def test_every_error_of_a_file_is_reported_at_once(kantor):
    data = dipa_kecil(
        realisasi=[
            ["kode", "bulan", "realisasi"],
            [KODE_A, 0, 100],
            [KODE_A, 2, "abc"],
            ["076.01", 3, 100],
        ]
    )
    with pytest.raises(ImporError) as e:
        impor_berkas(None, kantor, 2023, [("dipa.xlsx", data)])
    assert [(k.lembar, k.baris, k.kolom) for k in e.value.kesalahan] == [
        ("realisasi", 2, "B (bulan)"),
        ("realisasi", 3, "C (realisasi)"),
        ("realisasi", 4, "A (kode)"),
    ]
    assert not Dipa.objects.exists()


def test_a_file_over_the_size_limit_is_refused(kantor):
    with pytest.raises(ImporError) as e:
        impor_berkas(None, kantor, 2023, [("dipa.xlsx", dipa_kecil())], maks_ukuran=1024)
    assert len(e.value.kesalahan) == 1
    assert "melebihi batas 0,0 MB" in str(e.value.kesalahan[0])
    assert not Dipa.objects.exists()


def test_a_broken_import_leaves_an_existing_dipa_as_it_was(kantor):
    impor_berkas(None, kantor, 2023, [("dipa.xlsx", dipa_kecil())])
    sebelum = sorted(Pagu.objects.values_list("pos__kode", "jumlah"))
    rusak = dipa_kecil(
        realisasi=[["kode", "bulan", "realisasi"], [KODE_A, 1, 100], [KODE_A, 1, 100]]
    )
    with pytest.raises(ImporError):
        impor_berkas(None, kantor, 2023, [("dipa.xlsx", rusak)], revisi=0)
    assert sorted(Pagu.objects.values_list("pos__kode", "jumlah")) == sebelum
    assert not RealisasiAnggaran.objects.exists()
    assert RevisiDipa.objects.count() == 1
