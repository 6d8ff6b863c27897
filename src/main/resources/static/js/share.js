// The "Share" button beside the email and text-message links: the device's own share sheet, where
// the browser has the Web Share API. Without it (or without JavaScript) the button stays hidden.
document.querySelectorAll("button.share").forEach(function (button) {
  if (!navigator.share) {
    return;
  }
  button.hidden = false;
  button.addEventListener("click", function () {
    navigator
      .share({
        title: button.getAttribute("data-title"),
        text: button.getAttribute("data-text"),
        url: button.getAttribute("data-url")
      })
      .catch(function () {
        // the person closed the share sheet: nothing to do
      });
  });
});
