/**
 * A corpus of hostile notes, generated so tests need nothing outside the repository: script and
 * handler injection in every format, unsafe link schemes, deep nesting, binary and empty files,
 * broken front matter, and templating. Each file is named for what it tries.
 */

/** File name → content of every hostile document. */
export function hostileCorpus(): Record<string, string | Uint8Array> {
  const script = '<script>window.__pwned = 1</script>';
  return {
    'md-script.md': `# Script\n\n${script}\n\nText <img src=x onerror="window.__pwned=1"> after.\n`,
    'md-links.md': [
      '# Links',
      '',
      '[js](javascript:alert(1)) [data](data:text/html,<b>x</b>) [vb](vbscript:msgbox) [ok](https://example.com/a)',
      '[file](file:///etc/passwd) [rel](../../secret) [mail](mailto:a@example.com)',
      '',
      '<a href="javascript:alert(1)" onclick="alert(1)">html link</a>',
    ].join('\n'),
    'md-front.md': `---\ntitle: "<img src=x onerror=alert(1)>"\ntags: [a, "<b onmouseover=alert(1)>"]\n---\n\nBody.\n`,
    'md-broken-front.md': `---\ntitle: [unclosed\n---\n\nStill read.\n`,
    'md-template.md': `# Tpl\n\n{{< shortcode onload="x" >}} {% raw %}<script>x</script>{% endraw %}\n`,
    'md-deep-marks.md': `# Deep\n\n${'w <b>'.repeat(2100)}\n`,
    'md-deep-quotes.md': `# Quotes\n\n${'>'.repeat(2100)} deep\n`,
    'html-page.html': `<!doctype html><html><head><title>Page</title><script>${script}</script><style>body{}</style></head><body onload="alert(1)"><h1>Page</h1><p>Hello <a href="javascript:alert(1)">x</a> <a href="https://example.com">ok</a></p><iframe src="https://evil.example/"></iframe><svg onload="alert(1)"><script>alert(1)</script></svg><form action="https://evil.example"><input></form></body></html>`,
    'html-deep.html': `<title>Deep</title><body>${'<ul><li>x'.repeat(2100)}</body>`,
    'notes.org': `#+TITLE: Org\n\n* Topic\n[[javascript:alert(1)][click]] [[https://example.com][ok]]\n#+BEGIN_SRC html\n${script}\n#+END_SRC\n`,
    'notes.rst': `Title\n=====\n\nSection\n-------\n\n\`click <javascript:alert(1)>\`_ and \`ok <https://example.com>\`_\n\n.. raw:: html\n\n   ${script}\n`,
    'text.txt': `Plain title\n\n${script} <b onclick="x">bold</b> javascript:alert(1)\n`,
    'empty.md': '',
    'spaces.md': '   \n\n  ',
    'binary.bin': new Uint8Array([0, 1, 2, 255, 0, 0, 7, 8, 0, 0]),
  };
}
