// The reminder form's time zone: when nothing is saved yet, choose the zone the browser runs in
// instead of the server's default. Without JavaScript the default stays, and the person can change it.
(function () {
  var select = document.querySelector("select[data-guess=browser]");
  if (!select || !window.Intl || !Intl.DateTimeFormat) {
    return;
  }
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  for (var i = 0; i < select.options.length; i++) {
    if (select.options[i].value === zone) {
      select.value = zone;
      return;
    }
  }
})();
