// The stacks share the machine's servers and one test stops RabbitMQ: collections run one after the other.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
