// The budget import form: disable the button and show the progress note while uploading.
document.getElementById("formImpor").addEventListener("submit", function () {
  document.getElementById("tombolImpor").disabled = true;
  document.getElementById("sedangImpor").classList.remove("d-none");
});
