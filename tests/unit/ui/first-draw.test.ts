import { describe, expect, it, vi } from 'vitest';
import { drawLater, warmUp } from '../../../src/ui/first-draw.ts';

describe('drawLater', () => {
  /** Runs nothing until asked: each scheduled task in turn. */
  const queue = () => {
    const tasks: Array<() => void> = [];
    return { later: (task: () => void) => tasks.push(task), tasks };
  };

  it('warms up in a task of its own, then draws in the next one and says so', () => {
    const { later, tasks } = queue();
    const draw = vi.fn();
    const drawn = vi.fn();
    const createElement = vi.spyOn(document, 'createElement');
    drawLater(later, document, () => false, draw, vi.fn(), drawn);
    expect(tasks).toHaveLength(2);
    tasks[0]?.();
    expect(createElement).toHaveBeenCalledWith('div');
    expect(draw).not.toHaveBeenCalled();
    tasks[1]?.();
    expect(draw).toHaveBeenCalledTimes(1);
    expect(drawn).toHaveBeenCalledTimes(1);
  });

  it('a warm-up that throws throws nothing out of its task, and the card is drawn all the same', () => {
    const { later, tasks } = queue();
    const broken = {
      createElement() {
        throw new Error('no elements here');
      },
    } as unknown as Document;
    const draw = vi.fn();
    drawLater(later, broken, () => false, draw, vi.fn(), vi.fn());
    expect(() => tasks[0]?.()).not.toThrow();
    tasks[1]?.();
    expect(draw).toHaveBeenCalledTimes(1);
  });

  it('a draw that throws is told as failed, never as drawn, and throws nothing out of its task', () => {
    const { later, tasks } = queue();
    const error = new TypeError('boom');
    const failed = vi.fn();
    const drawn = vi.fn();
    drawLater(
      later,
      document,
      () => false,
      () => {
        throw error;
      },
      failed,
      drawn,
    );
    for (const task of tasks) expect(task).not.toThrow();
    expect(failed).toHaveBeenCalledWith(error);
    expect(drawn).not.toHaveBeenCalled();
  });

  it('closed before its tasks run: neither warms up nor draws', () => {
    const { later, tasks } = queue();
    const draw = vi.fn();
    const createElement = vi.spyOn(document, 'createElement');
    drawLater(later, document, () => true, draw, vi.fn(), vi.fn());
    for (const task of tasks) task();
    expect(createElement).not.toHaveBeenCalled();
    expect(draw).not.toHaveBeenCalled();
  });
});

describe('warmUp', () => {
  it('draws a face in a radio’s label off the page, then takes it away', async () => {
    const scratch = document.createElement('div');
    const added: Node[] = [];
    const watching = new MutationObserver((records) => {
      for (const record of records) added.push(...record.addedNodes);
    });
    watching.observe(scratch, { childList: true, subtree: true });
    const before = document.body.innerHTML;
    warmUp(document, scratch);
    await Promise.resolve();
    watching.disconnect();
    const [label] = added;
    expect(added).toHaveLength(1);
    expect(label instanceof HTMLLabelElement && label.querySelector('input[type="radio"] + svg path')).toBeTruthy();
    expect(scratch.childNodes).toHaveLength(0);
    expect(document.body.innerHTML).toBe(before);
  });
});
