// tonghop: the few things the pages do in the browser. Served by the app itself (no CDN), no inline script.
(function () {
  'use strict';

  // Dashboard: while a run is going, poll its progress and update the bar; reload once when it has finished.
  function followProgress() {
    var box = document.getElementById('progress');
    if (!box || box.dataset.running !== 'true') { return; }
    var text = document.getElementById('progress-text');
    var bar = document.getElementById('progress-bar');
    function poll() {
      fetch(box.dataset.url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
        .then(function (r) { return r.json(); })
        .then(function (p) {
          text.textContent = p.text;
          if (p.total) { bar.max = p.total; bar.value = p.done; }
          if (p.running) { setTimeout(poll, 1500); } else { setTimeout(function () { location.reload(); }, 800); }
        })
        .catch(function () { setTimeout(poll, 5000); });
    }
    poll();
  }

  function formatSize(bytes) {
    return bytes >= 1e6 ? (bytes / 1e6).toFixed(1).replace('.', ',') + ' MB'
      : (bytes / 1e3).toFixed(1).replace('.', ',') + ' KB';
  }

  // Upload: list the chosen files, say at once which are over the limit, and accept files dropped on the box.
  function upload() {
    var form = document.getElementById('upload-form');
    if (!form) { return; }
    var input = document.getElementById('files');
    var drop = document.getElementById('drop');
    var list = document.getElementById('chosen');
    var warning = document.getElementById('client-warning');
    var limit = Number(form.dataset.limit);
    function show() {
      list.textContent = '';
      var problems = [];
      Array.prototype.forEach.call(input.files, function (f) {
        var li = document.createElement('li');
        li.textContent = f.name + ' (' + formatSize(f.size) + ')';
        list.appendChild(li);
        // A zip is bounded by the sending's limit; each workbook in it by the file limit, checked when it is sent.
        if (f.size > limit && !/\.zip$/i.test(f.name)) {
          problems.push(form.dataset.tooLarge.replace('{0}', f.name).replace('{1}', formatSize(f.size)));
        }
      });
      if (input.files.length > Number(form.dataset.maxFiles)) {
        problems.push(form.dataset.tooMany);
      }
      var total = Array.prototype.reduce.call(input.files, function (sum, f) { return sum + f.size; }, 0);
      if (total > Number(form.dataset.sendingLimit)) {
        problems.push(form.dataset.tooMuch);
      }
      warning.textContent = problems.join(' ');
      warning.classList.toggle('hidden', problems.length === 0);
    }
    input.addEventListener('change', show);
    ['dragenter', 'dragover'].forEach(function (type) {
      drop.addEventListener(type, function (e) { e.preventDefault(); drop.classList.add('over'); });
    });
    ['dragleave', 'drop'].forEach(function (type) {
      drop.addEventListener(type, function () { drop.classList.remove('over'); });
    });
    drop.addEventListener('drop', function (e) {
      e.preventDefault();
      input.files = e.dataTransfer.files;
      show();
    });
    // Each file is checked before the page comes back (a zip of many forms takes a while): say so, and do not let a
    // second click send the same files again.
    var send = document.getElementById('send');
    var label = send.textContent;
    form.addEventListener('submit', function () {
      send.disabled = true;
      send.textContent = form.dataset.sending;
    });
    // Back to this page from the browser's history: it can be sent again.
    window.addEventListener('pageshow', function (e) {
      if (e.persisted) {
        send.disabled = false;
        send.textContent = label;
      }
    });
  }

  /** Forms that change something for good ask first; the question is the form's data-confirm text. */
  function confirmations() {
    document.querySelectorAll('form[data-confirm]').forEach(function (form) {
      form.addEventListener('submit', function (e) {
        if (!window.confirm(form.getAttribute('data-confirm'))) {
          e.preventDefault();
        }
      });
    });
  }

  /** The round picker of the header: choosing a round shows it at once (a button stands in without scripts). */
  function autosubmit() {
    document.querySelectorAll('select[data-autosubmit]').forEach(function (select) {
      select.addEventListener('change', function () { select.form.submit(); });
    });
  }

  /** "Sao chép danh sách": the plain-text list onto the clipboard, for chat groups. */
  function copyList() {
    var button = document.getElementById('copy-missing');
    if (!button) { return; }
    button.addEventListener('click', function () {
      var source = document.getElementById(button.dataset.source);
      var done = document.getElementById(button.dataset.done);
      function shown() { done.classList.remove('hidden'); }
      function selectAndCopy() {
        // Plain http on an office network has no clipboard API: select the text and copy it the old way (the text
        // stays selected, so Ctrl+C works too where even that is refused).
        source.closest('details').open = true;
        source.select();
        if (document.execCommand('copy')) { shown(); }
      }
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(source.value).then(shown, selectAndCopy);
      } else {
        selectAndCopy();
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    copyList();
    followProgress();
    upload();
    confirmations();
    autosubmit();
  });
}());
