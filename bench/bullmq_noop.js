// No-op jobs through BullMQ (the original design's queue), for bench/queue_vs_bullmq.py.
// Usage: node bench/bullmq_noop.js REDIS_PORT JOBS CONCURRENCY; prints one JSON line.
const path = require("path");
const { Queue, Worker, QueueEvents } = require(path.join(__dirname, "node", "node_modules", "bullmq"));

async function run(port, jobs, concurrency) {
  const connection = { host: "127.0.0.1", port };
  const name = `bench-bullmq-${process.pid}-${Date.now()}`;
  const queue = new Queue(name, { connection });
  let done = 0;
  let finished;
  const allDone = new Promise((resolve) => (finished = resolve));
  const worker = new Worker(name, async () => null, {
    connection, concurrency, removeOnComplete: { count: 1000 },
  });
  worker.on("completed", () => { done += 1; if (done === jobs) finished(); });
  await worker.waitUntilReady();
  const cpuBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  for (let i = 0; i < jobs; i += 200) {
    const batch = [];
    for (let j = i; j < Math.min(jobs, i + 200); j++) batch.push({ name: "noop", data: {} });
    await queue.addBulk(batch);
  }
  await allDone;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  return { jobs_per_s: jobs / seconds, process_us: (cpu.user + cpu.system) / jobs };
}

const [port, jobs, concurrency] = process.argv.slice(2).map(Number);
run(port, jobs, concurrency)
  .then((result) => { console.log(JSON.stringify(result)); process.exit(0); })
  .catch((error) => { console.error(error); process.exit(1); });
