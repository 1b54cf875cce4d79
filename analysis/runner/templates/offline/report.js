/* The project's one script: sort and search the report's tables, offline.
   Reads and moves the rows that are already on the page (their text was
   escaped when the page was made); never builds markup from cell text. */
(function () {
  "use strict";
  var SEARCH_ROWS = 8; /* tables with more rows than this get a search box */
  function valueOf(cell) {
    var value = cell ? cell.getAttribute("data-value") : "";
    return value === null ? cell.textContent.trim() : value;
  }
  function sortTable(table, column, header) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var values = rows.map(function (row) { return valueOf(row.cells[column]); });
    var numeric = values.every(function (v) { return v === "" || !isNaN(Number(v)); });
    var direction = header.getAttribute("aria-sort") === "ascending" ? -1 : 1;
    var order = rows.map(function (row, index) { return index; });
    order.sort(function (a, b) {
      var x = values[a], y = values[b];
      if (x === "" || y === "") { return (x === "") - (y === "") || a - b; }
      var c = numeric ? Number(x) - Number(y)
        : x.localeCompare(y, undefined, { numeric: true, sensitivity: "base" });
      return c * direction || a - b;
    });
    Array.prototype.forEach.call(header.parentNode.cells, function (h) {
      h.removeAttribute("aria-sort");
    });
    header.setAttribute("aria-sort", direction === 1 ? "ascending" : "descending");
    order.forEach(function (index) { body.appendChild(rows[index]); });
  }
  function searchTable(table, query, count) {
    var words = query.toLowerCase().split(/\s+/).filter(Boolean);
    var rows = table.tBodies[0].rows, shown = 0;
    Array.prototype.forEach.call(rows, function (row) {
      var text = row.textContent.toLowerCase();
      var hit = words.every(function (w) { return text.indexOf(w) !== -1; });
      row.hidden = !hit;
      shown += hit ? 1 : 0;
    });
    count.textContent = shown + " of " + rows.length + " rows";
  }
  function enhance(table) {
    if (!table.tHead || !table.tBodies.length) { return; }
    var headers = table.tHead.rows[table.tHead.rows.length - 1].cells;
    Array.prototype.forEach.call(headers, function (header, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "report-sort";
      button.textContent = header.textContent;
      button.title = "Sort by this column (again: reverse)";
      header.textContent = "";
      header.appendChild(button);
      button.addEventListener("click", function () { sortTable(table, column, header); });
    });
    if (table.tBodies[0].rows.length <= SEARCH_ROWS) { return; }
    var tools = document.createElement("div");
    tools.className = "report-table-tools";
    var input = document.createElement("input");
    input.type = "search";
    input.placeholder = "Search this table";
    input.setAttribute("aria-label", "Search this table");
    var count = document.createElement("span");
    tools.appendChild(input);
    tools.appendChild(count);
    var box = table.closest(".analysis-table") || table;
    box.parentNode.insertBefore(tools, box);
    input.addEventListener("input", function () { searchTable(table, input.value, count); });
    searchTable(table, "", count);
  }
  Array.prototype.forEach.call(document.querySelectorAll("table.report-table"), enhance);
})();
