/* sakip: the page behaviour, by data-* attributes only (no inline script; the CSP allows 'self').
 *
 * data-konfirmasi="…"   on a <form> or a submit <button>: ask in the <dialog id="dialogKonfirmasi">
 *                       before the form is sent (workflow steps, deletes, publishing).
 * data-peringatan-ubah  on a <form> (or a container of forms): warn before leaving the page
 *                       with unsaved changes; sending the form clears the warning. Every POST
 *                       form is watched the same way unless inside [data-tanpa-peringatan].
 * data-navigasi         on a <select>: go to the selected option's value (a URL).
 * data-kirim-otomatis   on a <select> or <input>: send its form when it changes.
 * data-sedang="#id"     on a <form>: while it is sent, disable its buttons and show #id.
 * data-simpan-bagian    on a submit button of one section ([data-bagian]) of a bigger form:
 *                       asks first when other sections have unsaved changes.
 * data-jumlah-ubah      an element inside such a form: "N bagian belum disimpan".
 */
(function () {
  "use strict";

  var dialog = document.getElementById("dialogKonfirmasi");
  var pesan = document.getElementById("dialogKonfirmasiPesan");
  var diizinkan = null; // the element whose confirmation was just given

  function tanya(teks, lanjut, asal) {
    if (!dialog || typeof dialog.showModal !== "function") {
      if (window.confirm(teks)) { lanjut(); }
      return;
    }
    pesan.textContent = teks;
    dialog.returnValue = "";
    dialog.addEventListener("close", function tutup() {
      dialog.removeEventListener("close", tutup);
      if (dialog.returnValue === "ya") { lanjut(); } else if (asal && asal.focus) { asal.focus(); }
    });
    dialog.showModal();
    var ya = dialog.querySelector("[value=ya]");
    if (ya) { ya.focus(); }
  }

  document.addEventListener("submit", function (e) {
    var form = e.target;
    if (!(form instanceof HTMLFormElement) || form.method === "dialog") { return; }
    var tombol = e.submitter || null;
    var teks = (tombol && tombol.getAttribute("data-konfirmasi")) || form.getAttribute("data-konfirmasi");
    var kunci = tombol || form;
    if (teks && diizinkan !== kunci) {
      e.preventDefault();
      tanya(teks, function () {
        diizinkan = kunci;
        bersih(form);
        if (tombol && form.requestSubmit) { form.requestSubmit(tombol); } else { form.submit(); }
        diizinkan = null;
      }, tombol || form);
      return;
    }
    bersih(form);
    sedang(form);
  });

  /* data-sedang="#id" on a form: while it is being sent, disable its buttons and show #id */
  function sedang(form) {
    var sel = form.getAttribute("data-sedang");
    if (!sel) { return; }
    window.setTimeout(function () {
      form.querySelectorAll("button[type=submit]").forEach(function (b) { b.disabled = true; });
    }, 0);
    var tanda = document.querySelector(sel);
    if (tanda) { tanda.classList.remove("d-none"); }
  }

  /* unsaved changes */
  var kotor = new Set();
  function pantauan(el) {
    if (el.closest("[data-tanpa-peringatan]")) { return null; }
    if (el.closest("[data-peringatan-ubah]")) { return el.closest("[data-peringatan-ubah]"); }
    // every form that sends changes (POST) is watched, also on pages added later
    return el.form && el.form.method === "post" ? el.form : null;
  }
  function bersih(form) {
    kotor.delete(form);
    form.querySelectorAll(".belum-disimpan").forEach(function (x) { x.classList.remove("belum-disimpan"); });
  }
  function tandai(e) {
    var el = e.target;
    if (!el.form || !pantauan(el)) { return; }
    kotor.add(el.form);
    var kartu = el.closest("[data-bagian]");
    if (kartu) { kartu.classList.add("belum-disimpan"); }
  }
  document.addEventListener("input", tandai);
  document.addEventListener("change", tandai);
  window.addEventListener("beforeunload", function (e) {
    if (kotor.size) {
      e.preventDefault();
      e.returnValue = "Ada perubahan yang belum disimpan.";
      return e.returnValue;
    }
  });

  document.addEventListener("change", function (e) {
    var el = e.target;
    if (el.matches("select[data-navigasi]") && el.value) { window.location.assign(el.value); }
    if (el.matches("[data-kirim-otomatis]") && el.form) { el.form.submit(); }
  });

  /* a section's own save button in a form of several sections: warn that the other
     changed sections would not be saved by it */
  document.addEventListener("click", function (e) {
    var tombol = e.target.closest("button[data-simpan-bagian]");
    if (!tombol || !tombol.form) { return; }
    var bagian = tombol.closest("[data-bagian]");
    var lain = Array.from(tombol.form.querySelectorAll("[data-bagian].belum-disimpan"))
      .filter(function (b) { return b !== bagian; });
    if (lain.length) {
      tombol.setAttribute("data-konfirmasi", "Ada " + lain.length + " bagian lain yang diubah " +
        "tetapi belum disimpan; tombol ini hanya menyimpan bagian ini dan perubahan lain akan hilang. " +
        "Lanjutkan? (Pilih Batal, lalu “Simpan semua” untuk menyimpan semuanya.)");
    } else {
      tombol.removeAttribute("data-konfirmasi");
    }
  }, true);

  function hitungUbah() {
    document.querySelectorAll("[data-jumlah-ubah]").forEach(function (el) {
      var form = el.closest("form");
      var n = form ? form.querySelectorAll("[data-bagian].belum-disimpan").length : 0;
      el.textContent = n ? n + " bagian belum disimpan" : "";
    });
  }
  document.addEventListener("input", hitungUbah);
})();
