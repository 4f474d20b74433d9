"""The job infrastructure: SAQ queues and workers, queue policies, job ids, the job view and events.

It imports no domain code; each domain declares its queues and tasks (see
``app.queues``). "The BullMQ design" in docstrings here and in the domains is
the Node/BullMQ service Subscout keeps compatible with: its job ids, job data,
status shape, states and WebSocket events, as written down in the project's
``original-bullmq-design.md`` spec.
"""
