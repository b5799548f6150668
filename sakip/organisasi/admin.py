"""Data Induk in the Django admin, scoped by office.

The superuser is the national role and keeps every office. An office Admin (is_staff with a
membership as Admin) sees and changes only rows of their own office: lists, change pages and
the choices of every foreign key are filtered through `akses.satker_data_induk`, so no row can
be moved into, or read from, another office. Workflow data (realisations, evidence, their
trail, published reports) is read-only here: see `HanyaBacaAdmin`.
"""

from django.contrib import admin
from django.db import models

from sakip.formulir import AngkaField

from . import akses
from .models import Keanggotaan, Pegawai, Satker, UnitKerja

# model -> lookup from that model to its Satker ("" for Satker itself); every app's admin.py
# adds its models, so foreign-key choices anywhere can be scoped the same way.
JALUR_SATKER: dict[type[models.Model], str] = {}


def daftarkan_jalur(model: type[models.Model], jalur: str) -> None:
    JALUR_SATKER[model] = jalur


def saring_kantor(qs, user):
    """The rows of `qs` that belong to an office the user keeps in the admin."""
    jalur = JALUR_SATKER.get(qs.model)
    if jalur is None or akses.membaca_semua(user):
        return qs
    kantor = akses.satker_data_induk(user)
    kunci = "pk__in" if jalur == "" else f"{jalur}__in"
    return qs.filter(**{kunci: kantor})


class KantorAdmin(admin.ModelAdmin):
    """A ModelAdmin whose rows, objects and foreign-key choices stay within the user's office."""

    jalur_satker: str | None = None

    def __init__(self, model, admin_site):
        super().__init__(model, admin_site)
        if self.jalur_satker is not None:
            daftarkan_jalur(model, self.jalur_satker)

    def _boleh_masuk(self, request) -> bool:
        return akses.satker_data_induk(request.user).exists()

    def has_module_permission(self, request):
        return self._boleh_masuk(request) and super().has_module_permission(request)

    def has_view_permission(self, request, obj=None):
        return self._boleh_masuk(request) and super().has_view_permission(request, obj)

    def has_change_permission(self, request, obj=None):
        return self._boleh_masuk(request) and super().has_change_permission(request, obj)

    def has_add_permission(self, request, *args):
        return self._boleh_masuk(request) and super().has_add_permission(request, *args)

    def has_delete_permission(self, request, obj=None):
        return self._boleh_masuk(request) and super().has_delete_permission(request, obj)

    def get_queryset(self, request):
        return saring_kantor(super().get_queryset(request), request.user)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if field is not None and hasattr(field, "queryset"):
            field.queryset = saring_kantor(field.queryset, request.user)
        return field

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        field = super().formfield_for_manytomany(db_field, request, **kwargs)
        if field is not None and hasattr(field, "queryset"):
            field.queryset = saring_kantor(field.queryset, request.user)
        return field


class KantorInline:
    """Foreign-key choices of an inline stay within the user's office too."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if field is not None and hasattr(field, "queryset"):
            field.queryset = saring_kantor(field.queryset, request.user)
        return field


class HanyaBacaAdmin(KantorAdmin):
    """Workflow data: shown, never added, changed or deleted here (the pages' services do it,
    with the permission check, the `versi` bump and the trail entry)."""

    def has_add_permission(self, request, *args):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class UnitInline(KantorInline, admin.TabularInline):
    model = UnitKerja
    extra = 0


@admin.register(Satker)
class SatkerAdmin(KantorAdmin):
    jalur_satker = ""
    formfield_overrides = {models.DecimalField: {"form_class": AngkaField}}
    list_display = ["kode", "nama", "jenis", "induk"]
    list_filter = ["jenis"]
    search_fields = ["kode", "nama"]
    inlines = [UnitInline]

    def get_readonly_fields(self, request, obj=None):
        # the place in the hierarchy is national data: only the superuser moves an office
        if akses.membaca_semua(request.user):
            return super().get_readonly_fields(request, obj)
        return ["kode", "jenis", "induk"]

    def has_add_permission(self, request, *args):
        return akses.membaca_semua(request.user) and super().has_add_permission(request, *args)

    def has_delete_permission(self, request, obj=None):
        return akses.membaca_semua(request.user) and super().has_delete_permission(request, obj)


@admin.register(UnitKerja)
class UnitKerjaAdmin(KantorAdmin):
    jalur_satker = "satker"
    list_display = ["kode", "nama", "satker"]
    list_filter = ["satker"]


@admin.register(Pegawai)
class PegawaiAdmin(KantorAdmin):
    jalur_satker = "satker"
    list_display = ["nama", "satker", "status", "pendidikan", "golongan", "unit"]
    list_filter = ["satker", "status", "pendidikan", "golongan"]
    search_fields = ["nama", "nip"]


@admin.register(Keanggotaan)
class KeanggotaanAdmin(KantorAdmin):
    jalur_satker = "satker"
    list_display = ["user", "satker", "unit", "peran"]
    list_filter = ["satker", "peran"]
    search_fields = ["user__username"]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if db_field.name == "user" and not akses.membaca_semua(request.user):
            # an office Admin may pick a user of the office or one without an office, never a
            # user of another office or a superuser
            kantor = akses.satker_data_induk(request.user)
            field.queryset = field.queryset.filter(is_superuser=False).filter(
                models.Q(keanggotaan__isnull=True) | models.Q(keanggotaan__satker__in=kantor)
            )
        return field
