"""Upload an LKj document and see its inconsistencies; nothing is stored."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from sakip.lib.periksa import DokumenError, periksa_bytes
from sakip.lib.periksa.temuan import JUDUL_TINGKAT, SEVERITIES, kelompokkan

from .forms import UnggahForm


@login_required
def unggah(request):
    hasil, status = None, 200
    form = UnggahForm(request.POST, request.FILES) if request.method == "POST" else UnggahForm()
    if form.is_bound:
        if form.is_valid():
            berkas = form.cleaned_data["berkas"]
            try:
                hasil = periksa_bytes(form.isi, berkas.name, form.cleaned_data["tahun"])
            except DokumenError as exc:
                form.add_error("berkas", str(exc))
        if hasil is None:
            status = 400
    konteks = {"form": form, "hasil": hasil}
    if hasil is not None:
        konteks["kelompok"] = kelompokkan(hasil.findings)
        konteks["hitung"] = [
            (s, JUDUL_TINGKAT[s], sum(1 for f in hasil.findings if f.severity == s))
            for s in SEVERITIES
        ]
    return render(request, "pemeriksa/unggah.html", konteks, status=status)
