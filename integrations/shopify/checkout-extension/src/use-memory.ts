import { useEffect, useState } from 'preact/hooks';
import { type Memory, recall, type SurveyStorage } from './memory.ts';

/**
 * What is kept for `key` (one order's step), read once per key; a new id when nothing was kept.
 * Undefined without a key, and while it is read: the survey shows nothing until it knows.
 */
export function useMemory(storage: SurveyStorage, key: string | undefined, uuid: () => string): Memory | undefined {
  const [read, setRead] = useState<{ key: string; memory: Memory }>();
  useEffect(() => {
    if (!key) return;
    let current = true;
    recall(storage, key).then((memory) => {
      if (current) setRead({ key, memory: memory ?? { id: uuid() } });
    });
    return () => {
      current = false;
    };
  }, [storage, key, uuid]);
  return read && read.key === key ? read.memory : undefined;
}
