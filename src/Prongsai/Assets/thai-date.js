// Date fields (Shared/_DateField.cshtml) are text inputs the server reads in every form people type; this only adds
// a calendar beside each, in Buddhist-era years with Thai month names (or English), driven by the keyboard too.
// Without script the text input alone works.
(function () {
  var en = document.documentElement.lang === "en";
  var thFull = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"];
  var thAbbr = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."];
  var enFull = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  var thDays = [["อา", "อาทิตย์"], ["จ", "จันทร์"], ["อ", "อังคาร"], ["พ", "พุธ"], ["พฤ", "พฤหัสบดี"], ["ศ", "ศุกร์"], ["ส", "เสาร์"]];
  var enDays = [["Su", "Sunday"], ["Mo", "Monday"], ["Tu", "Tuesday"], ["We", "Wednesday"], ["Th", "Thursday"], ["Fr", "Friday"], ["Sa", "Saturday"]];
  var words = en
    ? { open: "Choose from calendar", calendar: "Calendar", prevYear: "Previous year", prevMonth: "Previous month", nextMonth: "Next month",
        nextYear: "Next year", close: "Close", today: "today", help: "Arrows move, Page Up/Down change month, Enter chooses, Esc closes." }
    : { open: "เลือกจากปฏิทิน", calendar: "ปฏิทิน", prevYear: "ปีก่อน", prevMonth: "เดือนก่อน", nextMonth: "เดือนถัดไป",
        nextYear: "ปีถัดไป", close: "ปิด", today: "วันนี้", help: "ลูกศรเลื่อนวัน Page Up/Down เปลี่ยนเดือน Enter เลือก Esc ปิด" };

  function thaiDigits(text) { return String(text).replace(/[0-9]/g, function (d) { return String.fromCharCode(0x0E50 + Number(d)); }); }
  function arabic(text) { return text.replace(/[\u0E50-\u0E59]/g, function (d) { return String(d.charCodeAt(0) - 0x0E50); }); }
  function num(n) { return en ? String(n) : thaiDigits(n); }
  function day(y, m, d) { var date = new Date(y, m, d, 12); return date.getFullYear() === y && date.getMonth() === m && date.getDate() === d ? date : null; }
  function iso(date) { return date.getFullYear() + "-" + ("0" + (date.getMonth() + 1)).slice(-2) + "-" + ("0" + date.getDate()).slice(-2); }
  function same(a, b) { return a && b && iso(a) === iso(b); }
  function shift(date, days) { return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days, 12); }
  function shiftMonths(date, months) {
    var first = new Date(date.getFullYear(), date.getMonth() + months, 1, 12);
    var last = new Date(first.getFullYear(), first.getMonth() + 1, 0, 12).getDate();
    return new Date(first.getFullYear(), first.getMonth(), Math.min(date.getDate(), last), 12);
  }

  // The same forms the server reads (ThaiDates.Parse); the server stays the judge, this only places the calendar.
  function monthOf(word) {
    var w = word.replace(/\s|\./g, "").toLowerCase();
    for (var i = 0; i < 12; i++) {
      if (w === thFull[i] || w === thAbbr[i].replace(/\./g, "") || w === enFull[i].toLowerCase() || w === enFull[i].slice(0, 3).toLowerCase()) { return i; }
    }
    return -1;
  }
  function parse(text) {
    var value = arabic((text || "").trim());
    var y, m, d, parts;
    if ((parts = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value))) { y = +parts[1]; m = +parts[2] - 1; d = +parts[3]; }
    else if ((parts = /^(\d{1,2})[\/.](\d{1,2})[\/.](\d{4})$/.exec(value))) { d = +parts[1]; m = +parts[2] - 1; y = +parts[3]; }
    else if ((parts = /^(\d{1,2})\s+(.+?)\s+(\d{4})$/.exec(value))) { d = +parts[1]; m = monthOf(parts[2]); y = +parts[3]; }
    else { return null; }
    if (y >= 2400) { y -= 543; }
    return m >= 0 && y >= 1900 && y <= 2200 ? day(y, m, d) : null;
  }
  function show(date) {
    return en ? date.getDate() + " " + enFull[date.getMonth()].slice(0, 3) + " " + date.getFullYear()
      : thaiDigits(date.getDate() + " " + thAbbr[date.getMonth()] + " " + (date.getFullYear() + 543));
  }
  function spoken(date) {
    return en ? date.getDate() + " " + enFull[date.getMonth()] + " " + date.getFullYear() + " (BE " + (date.getFullYear() + 543) + ")"
      : thaiDigits(date.getDate() + " " + thFull[date.getMonth()] + " " + (date.getFullYear() + 543));
  }
  function title(date) {
    return en ? enFull[date.getMonth()] + " " + date.getFullYear() + " · BE " + (date.getFullYear() + 543)
      : thFull[date.getMonth()] + " " + thaiDigits(date.getFullYear() + 543);
  }
  function make(tag, className, text) {
    var element = document.createElement(tag);
    if (className) { element.className = className; }
    if (text) { element.textContent = text; }
    return element;
  }
  function button(className, text, label) {
    var b = make("button", className, text);
    b.type = "button";
    if (label) { b.setAttribute("aria-label", label); }
    return b;
  }

  function enhance(input, index) {
    var control = input.parentNode;
    var id = input.id || "date-" + index;
    var toggle = button("secondary calendar-toggle", words.calendar, words.open + ": " + (document.querySelector("label[for='" + id + "']") || {}).textContent);
    toggle.setAttribute("aria-haspopup", "dialog");
    toggle.setAttribute("aria-expanded", "false");
    toggle.setAttribute("aria-controls", id + "-calendar");
    control.appendChild(toggle);

    var popup = make("div", "calendar");
    popup.id = id + "-calendar";
    popup.hidden = true;
    popup.setAttribute("role", "dialog");
    popup.setAttribute("aria-modal", "false");
    popup.setAttribute("aria-label", words.calendar);
    var head = make("div", "calendar-head");
    var caption = make("p", "calendar-title");
    caption.id = id + "-calendar-title";
    caption.setAttribute("aria-live", "polite");
    var moves = [[-12, "«", words.prevYear], [-1, "‹", words.prevMonth], [1, "›", words.nextMonth], [12, "»", words.nextYear]];
    var navs = moves.map(function (move) { var b = button("secondary calendar-nav", move[1], move[2]); b.setAttribute("data-move", move[0]); return b; });
    head.appendChild(navs[0]); head.appendChild(navs[1]); head.appendChild(caption); head.appendChild(navs[2]); head.appendChild(navs[3]);
    var grid = make("table", "calendar-grid");
    grid.setAttribute("role", "grid");
    grid.setAttribute("aria-labelledby", caption.id);
    var headRow = make("tr");
    (en ? enDays : thDays).forEach(function (d) { var th = make("th", "", d[0]); th.scope = "col"; th.abbr = d[1]; headRow.appendChild(th); });
    var thead = make("thead"); thead.appendChild(headRow); grid.appendChild(thead);
    var body = make("tbody"); grid.appendChild(body);
    var foot = make("div", "calendar-foot");
    foot.appendChild(make("p", "hint", words.help));
    var close = button("link calendar-close", words.close);
    foot.appendChild(close);
    popup.appendChild(head); popup.appendChild(grid); popup.appendChild(foot);
    control.appendChild(popup);

    var focused = null;
    function render(date, focus) {
      focused = date;
      caption.textContent = title(date);
      body.textContent = "";
      var chosen = parse(input.value);
      var today = new Date();
      var first = new Date(date.getFullYear(), date.getMonth(), 1, 12);
      var cursor = shift(first, -first.getDay());
      for (var week = 0; week < 6 && (week === 0 || cursor.getMonth() === date.getMonth()); week++) {
        var row = make("tr");
        for (var d = 0; d < 7; d++) {
          var cell = make("td");
          if (cursor.getMonth() === date.getMonth()) {
            var b = button("calendar-day", num(cursor.getDate()), spoken(cursor) + (same(cursor, today) ? ", " + words.today : ""));
            b.setAttribute("data-date", iso(cursor));
            b.tabIndex = same(cursor, date) ? 0 : -1;
            b.setAttribute("aria-pressed", same(cursor, chosen) ? "true" : "false");
            if (same(cursor, today)) { b.classList.add("today"); b.setAttribute("aria-current", "date"); }
            cell.appendChild(b);
          }
          row.appendChild(cell);
          cursor = shift(cursor, 1);
        }
        body.appendChild(row);
      }
      if (focus) { body.querySelector("button[tabindex='0']").focus(); }
    }
    function open() {
      var start = parse(input.value) || parse(input.getAttribute("data-default") || "") || new Date();
      popup.hidden = false;
      toggle.setAttribute("aria-expanded", "true");
      render(start, true);
    }
    function hide(refocus) {
      popup.hidden = true;
      toggle.setAttribute("aria-expanded", "false");
      if (refocus) { toggle.focus(); }
    }
    function choose(date) {
      input.value = show(date);
      input.dispatchEvent(new Event("change", { bubbles: true }));
      hide(false);
      input.focus();
    }

    toggle.addEventListener("click", function () { if (popup.hidden) { open(); } else { hide(true); } });
    input.addEventListener("keydown", function (e) { if (e.altKey && e.key === "ArrowDown") { e.preventDefault(); open(); } });
    close.addEventListener("click", function () { hide(true); });
    navs.forEach(function (nav) {
      nav.addEventListener("click", function () { render(shiftMonths(focused, Number(nav.getAttribute("data-move"))), false); });
    });
    body.addEventListener("click", function (e) {
      var target = e.target.closest("button[data-date]");
      if (target) { var p = target.getAttribute("data-date").split("-"); choose(day(+p[0], +p[1] - 1, +p[2])); }
    });
    body.addEventListener("keydown", function (e) {
      var moves = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };
      var next = null;
      if (e.key in moves) { next = shift(focused, moves[e.key]); }
      else if (e.key === "PageUp" || e.key === "PageDown") { next = shiftMonths(focused, (e.key === "PageUp" ? -1 : 1) * (e.shiftKey ? 12 : 1)); }
      else if (e.key === "Home") { next = shift(focused, -focused.getDay()); }
      else if (e.key === "End") { next = shift(focused, 6 - focused.getDay()); }
      else if (e.key === "Enter" || e.key === " ") { e.preventDefault(); choose(focused); return; }
      if (next) { e.preventDefault(); render(next, true); }
    });
    popup.addEventListener("keydown", function (e) { if (e.key === "Escape") { e.preventDefault(); hide(true); } });
    document.addEventListener("click", function (e) { if (!popup.hidden && !control.contains(e.target)) { hide(false); } });
  }

  document.querySelectorAll("input[data-date-field]:not([disabled])").forEach(enhance);

  // Older pages: the Thai rendering beside an <input type=date> as it changes.
  document.querySelectorAll("input[data-thai-date]").forEach(function (input) {
    var target = document.getElementById(input.getAttribute("data-thai-date"));
    input.addEventListener("input", function () { var date = parse(input.value); target.textContent = date ? thaiDigits(date.getDate() + " " + thAbbr[date.getMonth()] + " " + (date.getFullYear() + 543)) : ""; });
  });
})();
