// The sheet's "Print sheet" button opens the browser's print dialog. Without JavaScript it stays
// hidden and the page says how to print.
document.querySelectorAll("button.print-button").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () {
    window.print();
  });
});
