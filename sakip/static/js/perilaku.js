// Behaviour declared with data-* attributes, so no template needs an inline handler (CSP).
//   <select data-pindah>        go to the selected option's value (a URL)
//   <select data-kirim>         submit its form when changed
//   <form data-konfirmasi="…">  ask before submitting
//   <form data-tanpa-kirim>     never submits (its controls act on their own)
document.addEventListener("change", function (e) {
  var el = e.target;
  if (el.matches("select[data-pindah]") && el.value) {
    window.location = el.value;
  } else if (el.matches("select[data-kirim]") && el.form) {
    el.form.submit();
  }
});
document.addEventListener("submit", function (e) {
  var form = e.target;
  if (form.matches("form[data-tanpa-kirim]")) {
    e.preventDefault();
  } else if (form.matches("form[data-konfirmasi]") && !window.confirm(form.dataset.konfirmasi)) {
    e.preventDefault();
  }
});
