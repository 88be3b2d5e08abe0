import { describe, expect, it } from 'vitest';
import { detectLanguage, rankLanguages } from '../../src/build/detect-language';

describe('detectLanguage', () => {
  it('tells English, Russian, Chinese and Japanese apart', () => {
    expect(detectLanguage('Istio is a set of components on top of Kubernetes.')).toBe('en');
    expect(detectLanguage('Мало деталей, рассуждения на тему почему большие компании уходят')).toBe(
      'ru',
    );
    expect(detectLanguage('随着Alpine Linux被越来越多的官方镜像使用,我们有必要了解一下')).toBe(
      'zh',
    );
    expect(detectLanguage('これは日本語の文章です。Kubernetesについて')).toBe('ja');
  });

  it('keeps Russian notes Russian despite English terms', () => {
    expect(
      detectLanguage(
        'Dynamic Configuration (via ConfigMap API): приложения могут вытаскивать конфигурацию во время старта',
      ),
    ).toBe('ru');
  });

  it('says und when there are too few letters', () => {
    expect(detectLanguage('42 — !!')).toBe('und');
    expect(detectLanguage('\ud800\udfff\ud800 ab')).toBe('und');
  });

  it('counts Han characters beyond the BMP', () => {
    expect(detectLanguage('𠀀𠀁𠀂 text')).toBe('zh');
  });
});

describe('rankLanguages', () => {
  it('orders by frequency and leaves out und unless it is alone', () => {
    expect(rankLanguages(['en', 'zh', 'zh', 'und'])).toEqual(['zh', 'en']);
    expect(rankLanguages(['und'])).toEqual(['und']);
  });
});
