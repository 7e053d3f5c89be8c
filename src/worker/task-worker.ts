/** Worker-thread entry of the pool (`pool.ts`): runs each task it is sent and posts the outcome back. */
import { parentPort } from 'node:worker_threads';
import { asCodedError } from '../model/errors.js';
import { runTask, transferOf, type TaskRequest, type TaskResponse } from './tasks.js';

const port = parentPort;
if (!port) throw new Error('worker: task-worker.ts must run in a worker thread');
port.postMessage('ready');
port.on('message', (req: TaskRequest) => {
  runTask(req.task).then(
    (result) => port.postMessage({ id: req.id, ok: true, result } satisfies TaskResponse, transferOf(result)),
    (e: unknown) => {
      const { code, message } = asCodedError(e);
      port.postMessage({ id: req.id, ok: false, error: { code, message } } satisfies TaskResponse);
    },
  );
});
