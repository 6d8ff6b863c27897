// Asks before leaving a routine's form with changes not saved yet (a link, the back button,
// closing the tab). The form's own buttons all save, so submitting never asks. Without
// JavaScript those buttons are the way out that keeps what was typed.
(function () {
  var form = document.querySelector("form[data-unsaved]");
  if (!form) {
    return;
  }
  var changed = false;
  var submitting = false;
  form.addEventListener("input", function () {
    changed = true;
  });
  form.addEventListener("change", function () {
    changed = true;
  });
  form.addEventListener("submit", function () {
    submitting = true;
  });
  window.addEventListener("beforeunload", function (event) {
    if (changed && !submitting) {
      event.preventDefault();
      event.returnValue = form.getAttribute("data-unsaved");
      return event.returnValue;
    }
  });
  // Back from a page the form led to: the browser may restore this page as it was left.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) {
      submitting = false;
    }
  });
})();
