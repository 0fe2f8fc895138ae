// Progressive enhancement only: every flow works without this file.
(function () {
  'use strict';
  // Confirm destructive actions when the form asks for it (data-bevestig holds the question).
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var question = form.getAttribute && form.getAttribute('data-bevestig');
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });
})();
