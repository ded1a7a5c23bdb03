/// The report's only script, inline: the type filter. It reads nothing but the page's own `data-type` attributes,
/// its checkboxes and a `#types=phone,email` fragment (a link that opens the page filtered), so no scanned text ever
/// reaches script context; without scripts every finding is simply shown.
enum HTMLScript {
    static let javascript = """
        (function () {
          var boxes = Array.prototype.slice.call(document.querySelectorAll('#filter input[type=checkbox]'));
          if (!boxes.length) return;
          function apply() {
            var on = {};
            boxes.forEach(function (box) { on[box.value] = box.checked; });
            var shown = 0;
            Array.prototype.forEach.call(document.querySelectorAll('.file'), function (group) {
              var visible = 0;
              Array.prototype.forEach.call(group.querySelectorAll('tr[data-type]'), function (row) {
                var show = on[row.getAttribute('data-type')] !== false;
                row.hidden = !show;
                if (show) visible++;
              });
              group.hidden = visible === 0;
              shown += visible;
            });
            document.getElementById('shown').textContent = String(shown);
          }
          function setAll(value) { boxes.forEach(function (box) { box.checked = value; }); apply(); }
          var match = /^#types=([a-z_,]*)$/.exec(location.hash);
          if (match) {
            var wanted = match[1].split(',');
            boxes.forEach(function (box) { box.checked = wanted.indexOf(box.value) >= 0; });
          }
          boxes.forEach(function (box) { box.addEventListener('change', apply); });
          document.getElementById('show-all').addEventListener('click', function () { setAll(true); });
          document.getElementById('show-none').addEventListener('click', function () { setAll(false); });
          apply();
        })();
        """
}
