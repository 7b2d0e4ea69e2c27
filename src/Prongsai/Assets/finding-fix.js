// The "แทนด้วย …" button of a finding with a fix: replaces the text in the field's line (item) of the edit form.
(function () {
  var fields = { name: "Input.Name", responsiblePersons: "Input.ResponsiblePersons", steps: "Input.Steps", monitoring: "Input.Monitoring", results: "Input.Results", reporting: "Input.ReportingText" };
  document.querySelectorAll("button[data-fix-find]").forEach(function (button) {
    button.addEventListener("click", function () {
      var input = document.getElementsByName(fields[button.getAttribute("data-fix-field")] || "")[0];
      if (!input) { return; }
      var find = button.getAttribute("data-fix-find"), replace = button.getAttribute("data-fix-replace");
      var item = Number(button.getAttribute("data-fix-item") || "0");
      var lines = input.value.split("\n");
      var at = item > 0 && item <= lines.length && lines[item - 1].indexOf(find) >= 0 ? item - 1 : lines.findIndex(function (l) { return l.indexOf(find) >= 0; });
      if (at < 0) { return; }
      lines[at] = lines[at].split(find).join(replace);
      input.value = lines.join("\n");
      button.disabled = true;
      button.textContent = "แทนแล้ว กดบันทึกเพื่อเก็บ (Replaced: save to keep it)";
    });
  });
})();
