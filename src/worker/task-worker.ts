/** Worker-thread entry of the pool (`pool.ts`): runs each task it is sent and posts the outcome back. */
import { parentPort } from 'node:worker_threads';
import { runTask, type TaskRequest, type TaskResponse } from './tasks.js';

const port = parentPort;
if (!port) throw new Error('worker: task-worker.ts must run in a worker thread');
port.postMessage('ready');
port.on('message', (req: TaskRequest) => {
  runTask(req.task).then(
    (result) => port.postMessage({ id: req.id, ok: true, result } satisfies TaskResponse),
    (e: unknown) => {
      const code = typeof (e as { code?: unknown }).code === 'string' ? (e as { code: string }).code : 'internal';
      port.postMessage({ id: req.id, ok: false, error: { code, message: e instanceof Error ? e.message : String(e) } } satisfies TaskResponse);
    },
  );
});
