"""The API's shapes: output of each resource, and the validated input of its writes."""

from __future__ import annotations

from rest_framework import serializers

from sakip.lib.periode import TAHUN_MAX, TAHUN_MIN
from sakip.organisasi.models import Satker
from sakip.pengukuran.models import Realisasi
from sakip.perencanaan.models import Indikator, PerjanjianKinerja, Renstra


class SatkerSerializer(serializers.ModelSerializer):
    induk = serializers.SlugRelatedField(slug_field="kode", read_only=True, allow_null=True)

    class Meta:
        model = Satker
        fields = ["kode", "nama", "jenis", "induk", "kota", "alamat", "situs", "batas_capaian"]


class SatkerRinciSerializer(SatkerSerializer):
    anak = serializers.SlugRelatedField(slug_field="kode", read_only=True, many=True)

    class Meta(SatkerSerializer.Meta):
        fields = [*SatkerSerializer.Meta.fields, "anak"]


class TargetSerializer(serializers.Serializer):
    tahun = serializers.IntegerField()
    triwulan = serializers.IntegerField(allow_null=True)
    nilai = serializers.DecimalField(max_digits=18, decimal_places=4, allow_null=True)
    nilai_huruf = serializers.CharField(allow_blank=True)


class IndikatorSerializer(serializers.ModelSerializer):
    """An indicator with its whole definition sheet and its targets."""

    sasaran = serializers.IntegerField(source="sasaran.nomor", read_only=True)
    unit = serializers.CharField(source="unit.nama", read_only=True, allow_null=True, default=None)
    target = TargetSerializer(many=True, read_only=True)

    class Meta:
        model = Indikator
        fields = [
            "id",
            "sasaran",
            "nomor",
            "nama",
            "satuan",
            "jenis",
            "polaritas",
            "agregasi",
            "uraian",
            "cara_penghitungan",
            "rumus",
            "sumber_data",
            "unit",
            "iku",
            "standar_nasional",
            "wajib_bukti",
            "target",
        ]


class SasaranSerializer(serializers.Serializer):
    nomor = serializers.IntegerField()
    uraian = serializers.CharField()
    indikator = IndikatorSerializer(many=True)


class NomorUraianSerializer(serializers.Serializer):
    nomor = serializers.IntegerField()
    uraian = serializers.CharField()


class RenstraSerializer(serializers.ModelSerializer):
    misi = NomorUraianSerializer(many=True, read_only=True)
    tujuan = NomorUraianSerializer(many=True, read_only=True)
    sasaran = SasaranSerializer(many=True, read_only=True)

    class Meta:
        model = Renstra
        fields = ["tahun_awal", "tahun_akhir", "dasar_hukum", "visi", "misi", "tujuan", "sasaran"]


class BarisPkSerializer(serializers.Serializer):
    urutan = serializers.IntegerField()
    indikator = serializers.IntegerField(source="indikator_id")
    nama_indikator = serializers.CharField(source="indikator.nama")
    target = serializers.DecimalField(max_digits=18, decimal_places=4, allow_null=True)
    target_huruf = serializers.CharField(allow_blank=True)


class AnggaranPkSerializer(serializers.Serializer):
    urutan = serializers.IntegerField()
    kode_program = serializers.CharField()
    nama_program = serializers.CharField()
    anggaran = serializers.DecimalField(max_digits=18, decimal_places=2)


class PkSerializer(serializers.ModelSerializer):
    baris = BarisPkSerializer(many=True, read_only=True)
    anggaran = AnggaranPkSerializer(many=True, read_only=True)

    class Meta:
        model = PerjanjianKinerja
        fields = [
            "tahun",
            "perubahan",
            "tempat",
            "tanggal",
            "pihak_pertama_nama",
            "pihak_pertama_jabatan",
            "pihak_kedua_nama",
            "pihak_kedua_jabatan",
            "baris",
            "anggaran",
        ]


class RealisasiSerializer(serializers.ModelSerializer):
    indikator = serializers.IntegerField(source="indikator_id", read_only=True)

    class Meta:
        model = Realisasi
        fields = [
            "id",
            "indikator",
            "tahun",
            "triwulan",
            "nilai",
            "nilai_huruf",
            "skor",
            "besaran",
            "analisis",
            "kendala",
            "solusi",
            "tindak_lanjut",
            "status",
            "versi",
            "diubah_pada",
        ]


class BarisCapaianSerializer(serializers.Serializer):
    """One row of the measurement table, exactly as `manage.py capaian --json` prints it."""

    sasaran = serializers.CharField()
    indikator = serializers.CharField()
    target = serializers.CharField(allow_null=True)
    realisasi = serializers.CharField(allow_null=True)
    capaian = serializers.CharField(allow_null=True)
    kategori = serializers.CharField(allow_null=True)


class TemuanSerializer(serializers.Serializer):
    kind = serializers.CharField()
    severity = serializers.CharField()
    message = serializers.CharField()
    expected = serializers.CharField(allow_blank=True)
    found = serializers.CharField(allow_blank=True)
    letak = serializers.CharField(allow_blank=True)
    tautan = serializers.CharField(allow_blank=True)


class PemeriksaanSerializer(serializers.Serializer):
    satker = serializers.CharField()
    tahun = serializers.IntegerField()
    jumlah = serializers.DictField(child=serializers.IntegerField())
    temuan = TemuanSerializer(many=True)


class VersiLaporanSerializer(serializers.Serializer):
    satker = serializers.CharField(source="satker.kode")
    tahun = serializers.IntegerField()
    dokumen = serializers.CharField()
    nomor = serializers.IntegerField()
    diterbitkan_pada = serializers.DateTimeField()
    sha256_pdf = serializers.CharField()
    sha256_docx = serializers.CharField()
    sha256_data = serializers.CharField()
    unduh = serializers.DictField(child=serializers.URLField())


# -- input ------------------------------------------------------------------------------


class SaringanTahunSerializer(serializers.Serializer):
    tahun = serializers.IntegerField(required=False, min_value=TAHUN_MIN, max_value=TAHUN_MAX)


POLA_KODE = r"^[0-9A-Za-z._-]{1,10}$"


def kode_satker(**kw) -> serializers.RegexField:
    return serializers.RegexField(
        POLA_KODE,
        max_length=10,
        error_messages={
            "invalid": "Kode satker hanya huruf, angka, titik, garis bawah atau strip."
        },
        **kw,
    )


class SaringanSatkerSerializer(serializers.Serializer):
    induk = kode_satker(required=False, help_text="hanya kantor langsung di bawah kode ini")


class SaringanAnggaranSerializer(serializers.Serializer):
    revisi = serializers.IntegerField(
        required=False, min_value=0, max_value=99, help_text="nomor revisi pagu; bawaan: terakhir"
    )
    sampai_bulan = serializers.IntegerField(
        required=False,
        min_value=1,
        max_value=12,
        help_text="realisasi sampai bulan ini; bawaan: 12",
    )


class SaringanRealisasiSerializer(SaringanTahunSerializer):
    triwulan = serializers.IntegerField(required=False, min_value=1, max_value=4)
    status = serializers.ChoiceField(
        required=False,
        choices=[*Realisasi.Status.values, "semua"],
        help_text="Bawaan: hanya yang disetujui. Status lain hanya untuk anggota kantor itu.",
    )


class SaringanLaporanSerializer(SaringanTahunSerializer):
    satker = kode_satker(required=False)


class SaringanRekapSerializer(serializers.Serializer):
    provinsi = kode_satker(required=False, help_text="hanya kantor satu provinsi, mis. 36")
    urut = serializers.ChoiceField(
        required=False,
        choices=["kode", "nama", "lkj", "indikator", "rata", "menunggu", "penyerapan"],
        help_text="urutan; bawaan: kode",
    )
    turun = serializers.BooleanField(required=False, help_text="urutan menurun")
    page = serializers.IntegerField(required=False, min_value=1, max_value=100000)


class TerbitSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=["tepat", "terlambat", "belum"])
    versi = serializers.IntegerField(allow_null=True)
    terbit = serializers.DateTimeField(allow_null=True)
    tenggat = serializers.DateField(allow_null=True)


class BarisRekapSerializer(serializers.Serializer):
    """One office's row, exactly as `manage.py rekap --json` prints it."""

    kode = serializers.CharField()
    nama = serializers.CharField()
    induk = serializers.CharField(allow_null=True)
    indikator = serializers.IntegerField()
    dinilai = serializers.IntegerField()
    menunggu = serializers.IntegerField()
    rata_capaian = serializers.CharField(allow_null=True)
    kategori_rata = serializers.CharField(allow_null=True)
    kategori = serializers.DictField(child=serializers.IntegerField())
    pagu = serializers.CharField(allow_null=True)
    realisasi_anggaran = serializers.CharField(allow_null=True)
    penyerapan = serializers.CharField(allow_null=True)
    kategori_penyerapan = serializers.CharField(allow_null=True)
    lkj = TerbitSerializer()
    pk = TerbitSerializer()


class RekapSerializer(serializers.Serializer):
    count = serializers.IntegerField()
    halaman = serializers.IntegerField()
    jumlah_halaman = serializers.IntegerField()
    results = BarisRekapSerializer(many=True)


class IsianRealisasiSerializer(serializers.Serializer):
    """What a PIC enters for a quarter; checked again by the same form and service as the page."""

    versi = serializers.IntegerField(min_value=0, help_text="0 untuk realisasi baru.")
    nilai = serializers.CharField(required=False, allow_blank=True, max_length=40)
    nilai_huruf = serializers.CharField(required=False, allow_blank=True, max_length=2)
    skor = serializers.CharField(required=False, allow_blank=True, max_length=40)
    besaran = serializers.DictField(
        child=serializers.CharField(allow_blank=True, max_length=40), required=False
    )
    analisis = serializers.CharField(required=False, allow_blank=True, max_length=5000)
    kendala = serializers.CharField(required=False, allow_blank=True, max_length=5000)
    solusi = serializers.CharField(required=False, allow_blank=True, max_length=5000)
    tindak_lanjut = serializers.CharField(required=False, allow_blank=True, max_length=5000)


class AksiSerializer(serializers.Serializer):
    versi = serializers.IntegerField(min_value=1)
    komentar = serializers.CharField(required=False, allow_blank=True, max_length=2000)


class BuktiSerializer(serializers.Serializer):
    berkas = serializers.FileField(max_length=500)


class ImporAnggaranSerializer(serializers.Serializer):
    berkas = serializers.ListField(child=serializers.FileField(max_length=500), max_length=5)
    revisi = serializers.IntegerField(required=False, min_value=0, max_value=99)
    catatan = serializers.CharField(required=False, allow_blank=True, max_length=500)


class HasilImporSerializer(serializers.Serializer):
    pesan = serializers.CharField()


class GalatSerializer(serializers.Serializer):
    detail = serializers.CharField()
