import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * A message for a polite live region. The region is emptied first and filled a moment
 * later, so the same message said twice ("Note moved to Benefits") is announced twice.
 */
export function useAnnouncer(): { message: string; announce(text: string): void } {
  const [message, setMessage] = useState('');
  const timer = useRef<number | undefined>(undefined);
  const announce = useCallback((text: string) => {
    window.clearTimeout(timer.current);
    setMessage('');
    timer.current = window.setTimeout(() => setMessage(text), 60);
  }, []);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return { message, announce };
}
