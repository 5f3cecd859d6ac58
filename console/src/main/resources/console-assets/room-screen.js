// Keeps the room screen's figures current from the workshop's live stream (same origin: the session cookie goes
// with it). Each connection starts with the whole state, so after a drop the screen re-reads everything it missed;
// the reconnecting is done here rather than left to EventSource, which gives up for good on an HTTP error.
(function () {
  var main = document.querySelector('[data-live]');
  var status = document.getElementById('live-status');
  if (!main || !status || !window.EventSource) { return; }
  var url = main.getAttribute('data-live');
  var present = {};
  var feedback = {};
  var source = null;
  var retry = null;
  var failures = 0;

  function say(text, state) {
    if (status.textContent !== text) { status.textContent = text; }
    main.setAttribute('data-live-state', state);
  }

  // the time a figure last changed is kept on it: the browser tests measure how soon the screen follows the room
  function show(element, value) {
    var text = String(value);
    if (element && element.textContent !== text) {
      element.textContent = text;
      element.setAttribute('data-changed-at', String(Date.now()));
    }
  }

  function render() {
    show(document.getElementById('attendance-count'), Object.keys(present).length);
    Array.prototype.forEach.call(document.querySelectorAll('[data-hypothesis]'), function (card) {
      var id = card.getAttribute('data-hypothesis');
      var tally = { SUPPORT: 0, OPPOSE: 0, NEUTRAL: 0, CONDITIONAL: 0 };
      var total = 0;
      Object.keys(feedback).forEach(function (key) {
        var item = feedback[key];
        if (item.hypothesisId === id && tally.hasOwnProperty(item.stance)) { tally[item.stance] += 1; total += 1; }
      });
      Array.prototype.forEach.call(card.querySelectorAll('[data-stance]'), function (count) {
        var stance = count.getAttribute('data-stance');
        show(count, tally[stance]);
        var bar = card.querySelector('[data-bar="' + stance + '"]');
        if (bar) { bar.style.width = (total === 0 ? 0 : Math.round(100 * tally[stance] / total)) + '%'; }
      });
      show(card.querySelector('[data-total]'), total);
    });
  }

  // a check-in withdrawn (recorded by mistake) comes again, with withdrawnAt: the partner is no longer counted
  function attended(item) {
    if (item.withdrawnAt) { delete present[item.partnerId]; } else { present[item.partnerId] = true; }
  }
  // a correction comes as the same feedback again with its new stance
  function heard(item) { feedback[item.id] = { hypothesisId: item.hypothesisId, stance: item.stance }; }

  function connect() {
    source = new EventSource(url);
    source.addEventListener('open', function () {
      failures = 0;
      say('Live: this screen follows the room as partners check in and give feedback.', 'live');
    });
    source.addEventListener('state', function (event) {
      var state = JSON.parse(event.data);
      present = {};
      feedback = {};
      (state.attendance || []).forEach(attended);
      (state.feedback || []).forEach(heard);
      render();
    });
    source.addEventListener('attendance', function (event) { attended(JSON.parse(event.data)); render(); });
    source.addEventListener('feedback', function (event) { heard(JSON.parse(event.data)); render(); });
    source.addEventListener('error', reconnectSoon);
  }

  function reconnectSoon() {
    if (source) { source.close(); source = null; }
    if (retry) { return; }
    failures += 1;
    say(failures > 5 ? 'Not live: the service cannot be reached; still trying. If this lasts, reload the page and sign in again.'
      : 'Reconnecting\u2026 the figures may be out of date.', 'reconnecting');
    retry = setTimeout(function () { retry = null; connect(); }, Math.min(500 * Math.pow(2, failures - 1), 10000));
  }

  window.addEventListener('offline', reconnectSoon);
  window.addEventListener('online', function () {
    if (source && source.readyState === EventSource.OPEN) { return; }
    if (retry) { clearTimeout(retry); retry = null; }
    if (source) { source.close(); }
    connect();
  });
  say('Connecting\u2026', 'connecting');
  connect();
})();
