"""The JSON API, version 1: thin views over the same permission module and services as the pages.

Every office-scoped resource starts with `akses.satker_terlihat` (404 for an office the
user may not read); writes go through the services of the pages (validation, workflow,
trail, `versi`). Error bodies are `{"detail": "…"}` in Indonesian, or field errors.
"""

from __future__ import annotations

import re

from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import serializers as s
from rest_framework.decorators import api_view, permission_classes
from rest_framework.exceptions import ValidationError
from rest_framework.generics import GenericAPIView
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from sakip.anggaran import services as anggaran_services
from sakip.anggaran.impor import ImporError
from sakip.anggaran.ringkasan import DipaTidakAda, ringkasan
from sakip.laporan.pemeriksaan import DataTidakDikenal, jumlah_tingkat, periksa_data
from sakip.laporan.rekap import ProvinsiTidakAda, RekapError, rekap
from sakip.laporan.rekap import sebagai_json as rekap_json
from sakip.lib.periode import TAHUN_MAX, TAHUN_MIN, tahun_sah
from sakip.organisasi import akses
from sakip.organisasi.models import Satker
from sakip.pengukuran import jendela
from sakip.pengukuran import services as pengukuran_services
from sakip.pengukuran.capaian import tabel_capaian
from sakip.pengukuran.forms import RealisasiForm
from sakip.pengukuran.management.commands.capaian import sebagai_json
from sakip.pengukuran.models import Realisasi
from sakip.perencanaan.models import (
    Indikator,
    PerjanjianKinerja,
    Renstra,
    Sasaran,
    Target,
    tahun_tersedia,
)

from . import serializers as sz

TAHUN = OpenApiParameter("tahun", int, OpenApiParameter.PATH, description="tahun, mis. 2023")
KODE = OpenApiParameter(
    "kode",
    {"type": "string", "pattern": sz.POLA_KODE, "maxLength": 10},
    OpenApiParameter.PATH,
    description="kode satker, mis. 3674",
)


def _kantor(request, kode: str) -> Satker:
    return akses.satker_terlihat(request.user, kode)


class _Dasar:
    """Query parameters are checked before anything is read: unknown or empty ones are a 400.

    `saringan` names the serializer of the view's query parameters (None: it takes none);
    the validated values are `self.saringan_sah`.
    """

    saringan = None
    parameter_lain: frozenset[str] = frozenset()

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        kenal = set(self.saringan().fields) if self.saringan else set()
        kenal |= self.parameter_lain
        galat = {}
        for kunci in request.query_params:
            if kunci not in kenal:
                daftar = ", ".join(sorted(kenal)) or "tidak ada"
                galat[kunci] = [f"Parameter tidak dikenal (yang dikenal: {daftar})."]
            elif request.query_params.get(kunci) == "":
                galat[kunci] = ["Parameter tidak boleh kosong; hapus bila tidak dipakai."]
        if galat:
            raise ValidationError(galat)
        self.saringan_sah = {}
        if self.saringan:
            ser = self.saringan(data=request.query_params)
            ser.is_valid(raise_exception=True)
            self.saringan_sah = ser.validated_data


class Api(_Dasar, APIView):
    """Every office-scoped view: a year or quarter in the path outside its range is a 404."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        kode = kwargs.get("kode")
        if kode is not None and not re.fullmatch(sz.POLA_KODE, kode):
            raise Http404("Satuan kerja tidak ditemukan.")
        tahun, triwulan = kwargs.get("tahun"), kwargs.get("triwulan")
        if tahun is not None and not tahun_sah(tahun):
            raise Http404(f"Tahun {tahun} di luar {TAHUN_MIN}–{TAHUN_MAX}.")
        if triwulan is not None and not 1 <= triwulan <= 4:
            raise Http404(f"Triwulan {triwulan} tidak ada; triwulan 1 sampai 4.")


class ApiDaftar(_Dasar, GenericAPIView):
    """A paginated list (`?page=`)."""

    parameter_lain = frozenset({"page"})


@extend_schema(exclude=True)
@api_view(["GET", "POST", "PUT", "PATCH", "DELETE"])
@permission_classes([AllowAny])
def tidak_ada(request):
    """Any address under /api/v1/ that names no resource: a JSON 404."""
    raise Http404("Alamat API tidak dikenal; lihat /api/v1/docs/.")


# -- offices ----------------------------------------------------------------------------


class DaftarSatker(ApiDaftar):
    """Offices the user may read: their own, and for evaluators every office below."""

    saringan = sz.SaringanSatkerSerializer

    serializer_class = sz.SatkerSerializer

    @extend_schema(
        parameters=[sz.SaringanSatkerSerializer],
        responses=sz.SatkerSerializer(many=True),
    )
    def get(self, request):
        q = akses.satker_yang_dapat_dibaca(request.user).select_related("induk").order_by("kode")
        f = self.saringan_sah
        if "induk" in f:
            q = q.filter(induk__kode=f["induk"])
        halaman = self.paginate_queryset(q)
        return self.get_paginated_response(self.get_serializer(halaman, many=True).data)


class RinciSatker(Api):
    @extend_schema(parameters=[KODE], responses=sz.SatkerRinciSerializer)
    def get(self, request, kode):
        satker = _kantor(request, kode)
        anak = akses.satker_yang_dapat_dibaca(request.user).filter(induk=satker)
        data = sz.SatkerSerializer(satker).data
        data["anak"] = sorted(anak.values_list("kode", flat=True))
        return Response(data)


# -- the plan ---------------------------------------------------------------------------


def _indikator_qs():
    return Indikator.objects.select_related("sasaran", "unit").prefetch_related(
        Prefetch("target", queryset=Target.objects.order_by("tahun", "triwulan"))
    )


class DaftarRenstra(Api):
    """The office's Renstra with misi, tujuan, sasaran and indicators (definition sheets)."""

    @extend_schema(parameters=[KODE], responses=sz.RenstraSerializer(many=True))
    def get(self, request, kode):
        satker = _kantor(request, kode)
        q = (
            Renstra.objects.filter(satker=satker)
            .order_by("-tahun_awal")
            .prefetch_related(
                "misi",
                "tujuan",
                Prefetch(
                    "sasaran",
                    queryset=Sasaran.objects.order_by("nomor").prefetch_related(
                        Prefetch("indikator", queryset=_indikator_qs().order_by("nomor"))
                    ),
                ),
            )
        )
        return Response(sz.RenstraSerializer(q, many=True).data)


class DaftarIndikator(ApiDaftar):
    saringan = sz.SaringanTahunSerializer
    serializer_class = sz.IndikatorSerializer

    @extend_schema(
        parameters=[KODE, sz.SaringanTahunSerializer],
        responses=sz.IndikatorSerializer(many=True),
    )
    def get(self, request, kode):
        satker = _kantor(request, kode)
        f = self.saringan_sah
        q = _indikator_qs().filter(sasaran__renstra__satker=satker)
        if "tahun" in f:
            q = q.filter(
                sasaran__renstra__tahun_awal__lte=f["tahun"],
                sasaran__renstra__tahun_akhir__gte=f["tahun"],
            )
        q = q.order_by("sasaran__renstra__tahun_awal", "sasaran__nomor", "nomor")
        halaman = self.paginate_queryset(q)
        return self.get_paginated_response(self.get_serializer(halaman, many=True).data)


class DaftarPk(Api):
    saringan = sz.SaringanTahunSerializer

    @extend_schema(
        parameters=[KODE, sz.SaringanTahunSerializer], responses=sz.PkSerializer(many=True)
    )
    def get(self, request, kode):
        satker = _kantor(request, kode)
        f = self.saringan_sah
        q = PerjanjianKinerja.objects.filter(satker=satker).prefetch_related(
            "baris__indikator", "anggaran"
        )
        if "tahun" in f:
            q = q.filter(tahun=f["tahun"])
        return Response(sz.PkSerializer(q.order_by("-tahun", "-perubahan"), many=True).data)


# -- measurement ------------------------------------------------------------------------


class DaftarRealisasi(ApiDaftar):
    """Quarterly realisations: approved ones by default; other states for the office's members."""

    saringan = sz.SaringanRealisasiSerializer

    serializer_class = sz.RealisasiSerializer

    @extend_schema(
        parameters=[KODE, sz.SaringanRealisasiSerializer],
        responses=sz.RealisasiSerializer(many=True),
    )
    def get(self, request, kode):
        satker = _kantor(request, kode)
        f = self.saringan_sah
        status_ = f.get("status", Realisasi.Status.DISETUJUI)
        if status_ != Realisasi.Status.DISETUJUI and akses.peran(request.user, satker) is None:
            raise PermissionDenied(
                "Realisasi yang belum disetujui hanya dapat dibaca anggota kantor itu."
            )
        q = Realisasi.objects.filter(indikator__sasaran__renstra__satker=satker)
        if status_ != "semua":
            q = q.filter(status=status_)
        for kolom in ("tahun", "triwulan"):
            if kolom in f:
                q = q.filter(**{kolom: f[kolom]})
        q = q.order_by("tahun", "triwulan", "indikator__sasaran__nomor", "indikator__nomor")
        halaman = self.paginate_queryset(q)
        return self.get_paginated_response(self.get_serializer(halaman, many=True).data)


def _tahun_kinerja(satker: Satker, tahun: int) -> None:
    if tahun not in tahun_tersedia(satker):
        raise Http404(f"{satker.nama} tidak memiliki data kinerja tahun {tahun}.")


class TabelCapaian(Api):
    """The measurement table of an office and year: the figures of `manage.py capaian --json`."""

    @extend_schema(parameters=[KODE, TAHUN], responses=sz.BarisCapaianSerializer(many=True))
    def get(self, request, kode, tahun):
        satker = _kantor(request, kode)
        _tahun_kinerja(satker, tahun)
        return Response([sebagai_json(b) for b in tabel_capaian(satker, tahun)])


class RingkasanAnggaran(Api):
    """The budget summary of an office and year: the figures of `manage.py anggaran --json`."""

    saringan = sz.SaringanAnggaranSerializer

    @extend_schema(
        parameters=[KODE, TAHUN, sz.SaringanAnggaranSerializer],
        responses=OpenApiTypes.OBJECT,
    )
    def get(self, request, kode, tahun):
        satker = _kantor(request, kode)
        d = self.saringan_sah
        try:
            r = ringkasan(request.user, satker, tahun, d.get("revisi"), d.get("sampai_bulan", 12))
        except DipaTidakAda as exc:
            raise Http404(str(exc)) from exc
        return Response(r.as_json())


class PemeriksaanData(Api):
    """The office's data-check findings for a year (what the publishing gate checks)."""

    @extend_schema(parameters=[KODE, TAHUN], responses=sz.PemeriksaanSerializer)
    def get(self, request, kode, tahun):
        satker = _kantor(request, kode)
        try:
            hasil = periksa_data(satker, tahun)
        except DataTidakDikenal as exc:
            raise Http404(str(exc)) from exc
        return Response(
            {
                "satker": satker.kode,
                "tahun": tahun,
                "jumlah": jumlah_tingkat(hasil.findings),
                "temuan": [
                    {
                        "kind": t.kind,
                        "severity": t.severity,
                        "message": t.message,
                        "expected": t.expected,
                        "found": t.found,
                        "letak": getattr(t, "letak", ""),
                        "tautan": getattr(t, "tautan", ""),
                    }
                    for t in hasil.findings
                ],
            }
        )


class RekapBawahan(Api):
    """The roll-up of the offices below (evaluators): the figures of `manage.py rekap --json`."""

    saringan = sz.SaringanRekapSerializer

    @extend_schema(
        parameters=[KODE, TAHUN, sz.SaringanRekapSerializer], responses=sz.RekapSerializer
    )
    def get(self, request, kode, tahun):
        atas = _kantor(request, kode)
        f = self.saringan_sah
        try:
            r = rekap(
                request.user,
                atas,
                tahun,
                provinsi=f.get("provinsi"),
                urut=f.get("urut", "kode"),
                turun=f.get("turun", False),
                halaman=f.get("page", 1),
            )
        except ProvinsiTidakAda as exc:
            raise Http404(str(exc)) from exc
        except RekapError as exc:
            raise ValidationError({"detail": str(exc)}) from exc
        return Response(
            {
                "count": r.jumlah,
                "halaman": r.halaman,
                "jumlah_halaman": r.jumlah_halaman,
                "results": [rekap_json(b) for b in r.baris],
            }
        )


# -- published reports (public) ---------------------------------------------------------


class DaftarLaporanTerbit(ApiDaftar):
    """Published LKj and PK versions with their SHA-256, readable by anyone."""

    saringan = sz.SaringanLaporanSerializer

    permission_classes = [AllowAny]
    serializer_class = sz.VersiLaporanSerializer

    @extend_schema(
        parameters=[sz.SaringanLaporanSerializer],
        responses=sz.VersiLaporanSerializer(many=True),
    )
    def get(self, request):
        from sakip.laporan.models import VersiLaporan

        f = self.saringan_sah
        q = VersiLaporan.objects.select_related("satker").order_by(
            "satker__kode", "-tahun", "dokumen", "-nomor"
        )
        if "tahun" in f:
            q = q.filter(tahun=f["tahun"])
        if "satker" in f:
            q = q.filter(satker__kode=f["satker"])
        halaman = self.paginate_queryset(q)
        data = []
        for v in halaman:
            d = sz.VersiLaporanSerializer(
                {
                    "satker": v.satker,
                    "tahun": v.tahun,
                    "dokumen": v.dokumen,
                    "nomor": v.nomor,
                    "diterbitkan_pada": v.diterbitkan_pada,
                    "sha256_pdf": v.sha256_pdf,
                    "sha256_docx": v.sha256_docx,
                    "sha256_data": v.sha256_data,
                    "unduh": {
                        f: request.build_absolute_uri(
                            reverse(
                                "laporan:publik_unduh",
                                args=[v.satker.kode, v.tahun, v.dokumen, v.nomor, f],
                            )
                        )
                        for f in ("pdf", "docx", "json")
                    },
                }
            ).data
            data.append(d)
        return self.get_paginated_response(data)


# -- writes -----------------------------------------------------------------------------


def _indikator(request, kode: str, indikator_id: int) -> tuple[Satker, Indikator]:
    satker = _kantor(request, kode)
    item = get_object_or_404(
        Indikator.objects.select_related("sasaran__renstra__satker", "unit"),
        pk=indikator_id,
        sasaran__renstra__satker=satker,
    )
    return satker, item


def _periode(item: Indikator, tahun: int, triwulan: int) -> None:
    if not item.sasaran.renstra.memuat(tahun):
        raise Http404(f"Indikator ini tidak berlaku pada tahun {tahun}.")


def _gagal_alur(exc: pengukuran_services.AlurError) -> Response:
    if isinstance(exc, pengukuran_services.IsianError):
        return Response(exc.galat, status=400)
    return Response({"detail": exc.pesan}, status=exc.status)


def _realisasi_id(item: Indikator, tahun: int, triwulan: int) -> Realisasi:
    r = Realisasi.objects.filter(indikator=item, tahun=tahun, triwulan=triwulan).first()
    if r is None:
        raise Http404("Realisasi triwulan ini belum diisi.")
    return r


class IsiRealisasi(Api):
    """Read or save one quarter's realisation (the PIC's entry), with `versi` for locking."""

    parser_classes = [JSONParser, FormParser]

    @extend_schema(parameters=[KODE, TAHUN], responses=sz.RealisasiSerializer)
    def get(self, request, kode, indikator_id, tahun, triwulan):
        satker, item = _indikator(request, kode, indikator_id)
        _periode(item, tahun, triwulan)
        r = _realisasi_id(item, tahun, triwulan)
        if r.status != Realisasi.Status.DISETUJUI and akses.peran(request.user, satker) is None:
            raise Http404("Realisasi triwulan ini belum disetujui.")
        return Response(sz.RealisasiSerializer(r).data)

    @extend_schema(
        parameters=[KODE, TAHUN],
        request=sz.IsianRealisasiSerializer,
        responses={200: sz.RealisasiSerializer, 400: OpenApiTypes.OBJECT, 409: sz.GalatSerializer},
    )
    def put(self, request, kode, indikator_id, tahun, triwulan):
        satker, item = _indikator(request, kode, indikator_id)
        _periode(item, tahun, triwulan)
        masuk = sz.IsianRealisasiSerializer(data=request.data)
        masuk.is_valid(raise_exception=True)
        d = dict(masuk.validated_data)
        besaran = d.pop("besaran", {}) or {}
        data = {k: v for k, v in d.items()}
        for nama, nilai in besaran.items():
            data[f"besaran_{nama}"] = nilai
        r = Realisasi.objects.filter(indikator=item, tahun=tahun, triwulan=triwulan).first()
        form = RealisasiForm(data, indikator=item, realisasi=r)
        if not form.is_valid():
            return Response(form.errors, status=400)
        try:
            hasil = pengukuran_services.simpan(
                request.user,
                item,
                tahun,
                triwulan,
                form.isian(),
                form.cleaned_data["versi"],
                jendela.hari_ini(),
            )
        except pengukuran_services.AlurError as exc:
            return _gagal_alur(exc)
        out = sz.RealisasiSerializer(hasil.realisasi).data
        out["peringatan"] = hasil.peringatan
        return Response(out)


AKSI = pengukuran_services.AKSI_URL


class AksiRealisasi(Api):
    """A workflow step (ajukan, verifikasi, kembalikan, setujui, buka-kembali); `versi` required."""

    parser_classes = [JSONParser, FormParser]

    @extend_schema(
        parameters=[
            KODE,
            TAHUN,
            OpenApiParameter("aksi", str, OpenApiParameter.PATH, enum=list(AKSI)),
        ],
        request=sz.AksiSerializer,
        responses={200: sz.RealisasiSerializer, 400: sz.GalatSerializer, 409: sz.GalatSerializer},
    )
    def post(self, request, kode, indikator_id, tahun, triwulan, aksi):
        if aksi not in AKSI:
            raise Http404("Aksi tidak dikenal.")
        satker, item = _indikator(request, kode, indikator_id)
        _periode(item, tahun, triwulan)
        masuk = sz.AksiSerializer(data=request.data)
        masuk.is_valid(raise_exception=True)
        r = _realisasi_id(item, tahun, triwulan)
        v, komentar = masuk.validated_data["versi"], masuk.validated_data.get("komentar", "")
        try:
            hasil = pengukuran_services.lakukan(
                AKSI[aksi], request.user, r.pk, komentar, v, jendela.hari_ini()
            )
        except pengukuran_services.AlurError as exc:
            return _gagal_alur(exc)
        return Response(sz.RealisasiSerializer(hasil).data)


class UnggahBukti(Api):
    """Attach an evidence file to a quarter's realisation (checked by content like the page)."""

    parser_classes = [MultiPartParser]

    @extend_schema(
        parameters=[KODE, TAHUN],
        request={"multipart/form-data": sz.BuktiSerializer},
        responses={
            201: inline_serializer(
                "BuktiTersimpan", {"id": s.IntegerField(), "nama": s.CharField()}
            ),
            400: sz.GalatSerializer,
        },
    )
    def post(self, request, kode, indikator_id, tahun, triwulan):
        satker, item = _indikator(request, kode, indikator_id)
        _periode(item, tahun, triwulan)
        masuk = sz.BuktiSerializer(data=request.data)
        masuk.is_valid(raise_exception=True)
        r = _realisasi_id(item, tahun, triwulan)
        try:
            bukti = pengukuran_services.tambah_bukti(
                request.user, r.pk, masuk.validated_data["berkas"], jendela.hari_ini()
            )
        except pengukuran_services.AlurError as exc:
            return _gagal_alur(exc)
        return Response({"id": bukti.pk, "nama": bukti.nama}, status=201)


class ImporAnggaran(Api):
    """A Perencana uploads budget files (template XLSX/CSV or SAKTI GLP039) for import."""

    parser_classes = [MultiPartParser]

    @extend_schema(
        parameters=[KODE, TAHUN],
        request={"multipart/form-data": sz.ImporAnggaranSerializer},
        responses={200: sz.HasilImporSerializer, 400: OpenApiTypes.OBJECT},
    )
    def post(self, request, kode, tahun):
        satker = _kantor(request, kode)
        akses.pastikan(
            akses.boleh_mengelola_perencanaan(request.user, satker),
            "Hanya Perencana atau Admin kantor ini yang boleh mengimpor anggaran.",
        )
        masuk = sz.ImporAnggaranSerializer(data=request.data)
        masuk.is_valid(raise_exception=True)
        d = masuk.validated_data
        berkas = [(f.name, f.read()) for f in d["berkas"]]
        try:
            hasil = anggaran_services.impor_berkas(
                request.user,
                satker,
                tahun,
                berkas,
                revisi=d.get("revisi"),
                catatan=d.get("catatan", ""),
            )
        except ImporError as exc:
            return Response(
                {
                    "detail": "Berkas ditolak; tidak ada yang disimpan.",
                    "kesalahan": [str(k) for k in exc.kesalahan],
                },
                status=400,
            )
        return Response({"pesan": " ".join(hasil.pesan())})
