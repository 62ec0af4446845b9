// The client's restart policy and watchdog (issue 11): what the user sees when the server crashes again and
// again, or is alive but answers nothing. The decisions are plain state (client/src/restartPolicy.ts), driven
// here with a fake clock; client.ts only carries them out with the editor's API.
import * as assert from 'node:assert/strict';
import { CrashSeries, PingState, quietAfterMs, restartPause } from '../../src/restartPolicy';

suite('client restart policy', () => {
  test('the server is always restarted: no limit on crashes, the pause grows from 0 to at most 60 s', () => {
    const series = new CrashSeries();
    const pauses = Array.from({ length: 12 }, (_, n) => series.crashed(n * 1000).pauseMs);
    // The library's default would have given up at the fifth crash in three minutes.
    assert.deepEqual(pauses, [0, 1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000, 60000, 60000]);
    assert.equal(restartPause(1), 0);
  });

  test('the user is told once per series of crashes, and again after a quiet spell', () => {
    const series = new CrashSeries();
    const told = [0, 10_000, 20_000].map((at) => series.crashed(at).tellUser);
    assert.deepEqual(told, [true, false, false]);
    const later = series.crashed(20_000 + quietAfterMs);
    assert.equal(later.tellUser, true);
    assert.equal(later.crashesInRow, 1);
    assert.equal(later.pauseMs, 0);
  });
});

suite('client watchdog', () => {
  test('a server that does not answer is reported once; after it answers, a new block is reported again', () => {
    const state = new PingState();
    assert.equal(state.startPing(), true);
    // No second ping while the first is unanswered.
    assert.equal(state.startPing(), false);
    assert.equal(state.late(), true);
    assert.equal(state.late(), false);
    // It answers: the user hears it is back, once.
    assert.equal(state.settled(true), true);
    assert.equal(state.startPing(), true);
    assert.equal(state.settled(true), false);
    assert.equal(state.startPing(), true);
    assert.equal(state.late(), true);
  });

  test('a ping that fails (the connection is closing) is not a recovery, and a restart clears the ping under way', () => {
    const state = new PingState();
    state.startPing();
    assert.equal(state.late(), true);
    assert.equal(state.settled(false), false);
    state.startPing();
    state.reset();
    assert.equal(state.late(), false);
    assert.equal(state.startPing(), true);
  });
});
