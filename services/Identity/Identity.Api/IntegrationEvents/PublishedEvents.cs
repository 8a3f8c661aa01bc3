using Loyalty.BuildingBlocks.Messaging;

// What this service publishes (through its outbox, which refuses any other event): nothing yet. docs/events.md's
// flow table is generated from these lists and from the consumers (EventFlowDocumentTests).
[assembly: Publishes]
