// Narrows the check-in list as the facilitator types, by the same rule as the server's search (case and runs of
// spaces ignored). The server renders every row, hiding those its search left out, so typing can widen the search
// as well as narrow it; without this script the search form asks the server.
(function () {
  var field = document.getElementById('q');
  var list = document.getElementById('room-list');
  var count = document.getElementById('list-count');
  var none = document.getElementById('no-match');
  if (!field || !list) { return; }
  var rows = Array.prototype.slice.call(list.querySelectorAll('[data-name]'));
  var listed = rows.length;
  var normalise = function (text) { return (text || '').trim().replace(/\s+/g, ' ').toLowerCase(); };
  var describe = function (shown) {
    var partners = listed === 1 ? ' partner' : ' partners';
    return shown === listed ? listed + partners + ' on the list' : 'Showing ' + shown + ' of ' + listed + partners;
  };
  var filter = function () {
    var wanted = normalise(field.value);
    var shown = 0;
    rows.forEach(function (row) {
      var match = normalise(row.getAttribute('data-name')).indexOf(wanted) !== -1;
      row.hidden = !match;
      if (match) { shown += 1; }
    });
    if (count) { count.textContent = describe(shown); }
    if (none) {
      none.hidden = shown > 0;
      none.textContent = 'No partner on the list has a name with \u2018' + field.value.trim() + '\u2019 in it.';
    }
  };
  field.addEventListener('input', filter);
})();
