/// <reference lib="webworker" />
// Solves the server's proof-of-work captcha (`sha256-zero-bits`) off the page's thread: find a
// decimal nonce so that SHA-256(challenge ‖ nonce) starts with `difficulty` zero bits. The rule
// (algorithm, difficulty, the check) is the server's; this is only the client's computation, the
// same loop the desktop app runs in Rust. Progress goes back every 4096 tries.
import { nonceHasher } from './sha256';

interface Job {
  challenge: string;
  difficulty: number;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<Job>) => {
  const { challenge, difficulty } = event.data;
  const zeroBits = nonceHasher(new TextEncoder().encode(challenge));
  const expected = 2 ** Math.min(difficulty, 40);
  for (let n = 0; ; n += 1) {
    const text = String(n);
    if (zeroBits(text) >= difficulty) {
      scope.postMessage({ done: true, nonce: text });
      return;
    }
    if ((n + 1) % 4096 === 0) {
      scope.postMessage({ done: false, percent: Math.min(99, Math.floor(((n + 1) * 100) / expected)) });
    }
  }
};
