// Shows the Buddhist-era Thai rendering ("๑ มี.ค. ๒๕๖๖") beside each <input type=date> as it changes.
(function () {
  var months = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."];
  function thaiDigits(text) { return text.replace(/[0-9]/g, function (d) { return String.fromCharCode(0x0E50 + Number(d)); }); }
  function render(value) {
    var parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!parts) { return ""; }
    return thaiDigits(Number(parts[3]) + " " + months[Number(parts[2]) - 1] + " " + (Number(parts[1]) + 543));
  }
  document.querySelectorAll("input[data-thai-date]").forEach(function (input) {
    var target = document.getElementById(input.getAttribute("data-thai-date"));
    input.addEventListener("input", function () { target.textContent = render(input.value); });
  });
})();
