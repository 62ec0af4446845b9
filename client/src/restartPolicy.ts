// The decisions behind the client's restart policy and watchdog (client.ts), as plain state with no editor
// API, so that unit tests can drive them with a fake clock: the server is always restarted, with a growing
// pause when it crashes in a row, and the user is told once per series; a server that stops answering pings
// is reported once, and again only after it has answered in between.

/** The pause before the n-th restart of a series (n >= 1): 0 for the first, then doubling from 1 s up to 60 s. */
export function restartPause(n: number): number {
  return n <= 1 ? 0 : Math.min(60_000, 1000 * 2 ** (n - 2));
}

/** A series of crashes ends after this long without one. */
export const quietAfterMs = 5 * 60_000;

export class CrashSeries {
  #crashes: number[] = [];
  #told = false;

  /** A crash at `now`: how long to wait before the restart (there is always one) and whether to tell the user. */
  crashed(now: number): { crashesInRow: number; pauseMs: number; tellUser: boolean } {
    this.#crashes = [...this.#crashes.filter((at) => now - at < quietAfterMs), now];
    if (this.#crashes.length === 1) this.#told = false;
    const tellUser = !this.#told;
    this.#told = true;
    return { crashesInRow: this.#crashes.length, pauseMs: restartPause(this.#crashes.length), tellUser };
  }
}

/** What the watchdog knows between pings: whether one is out, and whether the user was told the server is stuck. */
export class PingState {
  #waiting = false;
  #told = false;

  /** Whether to send a ping now: never while one is unanswered. */
  startPing(): boolean {
    if (this.#waiting) return false;
    this.#waiting = true;
    return true;
  }

  /** The patience ran out for the ping under way: true the first time, so the user is told once. */
  late(): boolean {
    if (!this.#waiting || this.#told) return false;
    this.#told = true;
    return true;
  }

  /** The ping was answered (`answered`) or failed (the connection is going away); true when a stuck server answers again. */
  settled(answered: boolean): boolean {
    this.#waiting = false;
    if (!answered) return false;
    const recovered = this.#told;
    this.#told = false;
    return recovered;
  }

  /** The client stopped (or restarted): nothing is out any more. */
  reset(): void {
    this.#waiting = false;
  }
}
