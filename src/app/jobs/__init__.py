"""The job infrastructure: SAQ queues and workers, queue policies, job ids, the job view and events.

It imports no domain code. A queue is named four ways, one module each:

- ``spec.QueueSpec``: a queue as a domain declares it (name, policy, task functions, cron, hooks),
  in the domain's ``jobs.py``; ``app.queues.queue_specs()`` lists every domain's;
- ``policy.QueuePolicy``: its settings (timeout, heartbeat, retries, rate limit, retention);
- ``queue.SubscoutQueue``: the SAQ queue that applies the policy, built from the spec;
- ``worker.SubscoutWorker``: the SAQ worker that runs its tasks.

"The BullMQ design" in docstrings here and in the domains is
the Node/BullMQ service Subscout keeps compatible with: its job ids, job data,
status shape, states and WebSocket events, as written down in the project's
``original-bullmq-design.md`` spec.
"""
