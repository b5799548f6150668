// Ask before an irreversible step: a form with data-konfirmasi="question" submits only when confirmed.
document.addEventListener("submit", function (e) {
  var f = e.target;
  if (f.dataset && f.dataset.konfirmasi && !window.confirm(f.dataset.konfirmasi)) {
    e.preventDefault();
  }
});
