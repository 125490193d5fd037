import { escapeHtml, html, raw } from './html';

describe(html.name, () => {
  it('should escape every interpolated string, in text and in attributes', () => {
    const evil = `"><script>alert('x')</script>`;
    const sut = html`<p title="${evil}">${evil}</p>`.value;
    expect(sut).not.toContain('<script>');
    expect(sut).toBe(
      '<p title="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;">&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</p>',
    );
  });

  it('should keep nested templates and arrays of them as markup, and render nullish and booleans as nothing', () => {
    const items = ['a<b', 'c'].map((t) => html`<li>${t}</li>`);
    // Prettier formats html`` templates, so whitespace between tags is not part of the contract.
    const sut = html`<ul>
        ${items}
      </ul>
      ${null}${undefined}${false}${raw('<hr>')}`.value
      .replace(/>\s+</g, '><')
      .trim();
    expect(sut).toBe('<ul><li>a&lt;b</li><li>c</li></ul><hr>');
  });

  it('should escape backticks and equals signs too', () => {
    expect(escapeHtml('`a=b`')).toBe('&#96;a&#61;b&#96;');
  });
});
