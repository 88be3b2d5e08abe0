import { describe, expect, it } from 'vitest';
import { stripTemplating } from '../../src/build/templating';

describe('stripTemplating', () => {
  it('keeps the inner text of paired shortcodes and drops the markers', () => {
    expect(
      stripTemplating('{{% note %}}Be careful{{% /note %}}\n{{< note >}}\nAlso{{< /note >}}'),
    ).toBe('Be careful\n\nAlso');
  });

  it('turns a figure into its caption link, or its caption when the image is relative', () => {
    expect(stripTemplating('{{< figure src="https://x.io/a.png" caption="A cat" >}}')).toContain(
      '[A cat](https://x.io/a.png)',
    );
    const relative = stripTemplating(
      '{{<figure width="600"\n  src="/images/a.png" caption="Phases">}}',
    );
    expect(relative.trim()).toBe('Phases');
  });

  it('turns a youtube shortcode into a link and drops unknown ones', () => {
    expect(stripTemplating('{{< youtube abc_123 >}}')).toBe(
      '[YouTube video](https://www.youtube.com/watch?v=abc_123)',
    );
    expect(stripTemplating('see [docs]({{< ref "page.md" >}})')).toBe('see [docs]()');
  });

  it('removes Liquid tags and output, keeping highlight blocks as fenced code', () => {
    expect(stripTemplating('a {% raw %}{% endraw %} b {{ site.baseurl }}/x')).toBe('a  b /x');
    expect(stripTemplating('{% highlight go %}\nfunc main() {}\n{% endhighlight %}')).toBe(
      '\n```go\n\nfunc main() {}\n\n```\n',
    );
  });

  it('keeps Go template expressions inside fenced code, removing only template tags there', () => {
    const code = '```yaml\nimage: {{ .Values.image }} {% raw %}\n```';
    expect(stripTemplating(code)).toBe('```yaml\nimage: {{ .Values.image }} \n```');
  });

  it('removes an unclosed shortcode opener up to the end of its line', () => {
    expect(stripTemplating('x {{< broken\nnext')).toBe('x \nnext');
  });
});
