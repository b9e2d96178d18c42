import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import { forEachElement } from '../../src/lib/html/elements.ts';

const tree = (html: string): Root => fromHtml(html, { fragment: true });

describe('forEachElement', () => {
  test('visits every element, each before its children, with its parent and index', () => {
    const root = tree('text <p>a <em>b <strong>c</strong></em></p><!-- note --><ul><li>d</li><li>e</li></ul>');
    const seen: string[] = [];
    forEachElement(root, (element, parent, index) => {
      expect(parent.children[index]).toBe(element);
      seen.push(`${element.tagName} in ${parent.type === 'root' ? 'root' : parent.tagName} at ${index}`);
    });
    expect(seen).toEqual(['p in root at 1', 'em in p at 1', 'strong in em at 1', 'ul in root at 3', 'li in ul at 0', 'li in ul at 1']);
  });

  test('goes on after an element the visitor replaced, into the new node when it is an element', () => {
    const root = tree('<p><input type="checkbox"> done</p><b>x</b><i>y</i>');
    const seen: string[] = [];
    forEachElement(root, (element, parent, index) => {
      seen.push(element.tagName);
      if (element.tagName === 'input') parent.children.splice(index, 1, { type: 'text', value: '☐' });
      if (element.tagName === 'b') {
        const replacement: Element = {
          type: 'element',
          tagName: 'span',
          properties: {},
          children: [{ type: 'element', tagName: 'q', properties: {}, children: [] }],
        };
        parent.children.splice(index, 1, replacement);
      }
    });
    expect(seen).toEqual(['p', 'input', 'b', 'q', 'i']);
    expect(root.children.map((child) => (child.type === 'element' ? child.tagName : child.type))).toEqual(['p', 'span', 'i']);
  });
});
