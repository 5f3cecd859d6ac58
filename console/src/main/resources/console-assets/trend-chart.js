// Draws the trend table's figures as a chart once ECharts has loaded; without it the table stays as it is.
(function () {
  var element = document.getElementById('trend-chart');
  if (!element || !window.echarts) { return; }
  var trend = JSON.parse(element.getAttribute('data-trend'));
  var points = trend.points || [];
  var slipped = {};
  (trend.milestones || []).forEach(function (m) { if (m.status === 'SLIPPED') { slipped[m.name] = true; } });
  // one line a date: due dates in orange (a slipped one says so, at the date it slipped to), deliveries in green
  var marks = points.filter(function (p) {
    return p.milestones.length > 0 || p.adoption || (p.delivered || []).length > 0;
  }).map(function (p) {
    var delivered = p.delivered || [];
    var names = p.milestones.filter(function (n) { return delivered.indexOf(n) < 0; })
      .map(function (n) { return slipped[n] ? n + ' (slipped)' : n; })
      .concat(delivered.map(function (n) { return n + ' (delivered)'; }))
      .concat(p.adoption ? ['Adoption'] : []);
    var mark = { xAxis: p.on, name: names.join(', ') };
    if (delivered.length > 0) { mark.lineStyle = { color: '#00703c', type: 'solid' }; }
    return mark;
  });
  var chart = window.echarts.init(element, null, { renderer: 'svg' });
  chart.setOption({
    textStyle: { fontFamily: getComputedStyle(document.body).fontFamily, fontSize: 14 },
    grid: { left: 48, right: 24, top: 40, bottom: 40 },
    // milestone names run up their lines, so close milestones do not write over each other
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: points.map(function (p) { return p.on; }),
      axisLabel: { formatter: function (on) { return new Date(on).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }); } } },
    yAxis: { type: 'value', name: 'Engaged partners', minInterval: 1 },
    series: [{
      type: 'line', name: 'Engaged partners', step: 'end', color: '#1d70b8',
      data: points.map(function (p) { return p.engaged; }),
      markLine: { symbol: 'none', lineStyle: { color: '#f47738' }, label: { formatter: '{b}', position: 'insideEndTop', fontSize: 12, overflow: 'truncate', width: 200 }, data: marks }
    }]
  });
  window.addEventListener('resize', function () { chart.resize(); });
  var table = document.querySelector('.console-trend-table');
  if (table) { table.removeAttribute('open'); }
})();
