// The logging form's day: the server filled in today as its clock has it; where the browser's
// own date differs (another time zone, just after midnight), the browser knows better.
(function () {
  var day = document.getElementById('day');
  if (!day || !day.dataset.serverToday || day.value !== day.dataset.serverToday) {
    return;
  }
  var now = new Date();
  var local = [
    now.getFullYear(),
    String(now.getMonth() + 1).padStart(2, '0'),
    String(now.getDate()).padStart(2, '0')
  ].join('-');
  day.value = local;
  if (day.max && day.max < local) {
    day.max = local;
  }
})();
