using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Notification;
using Loyalty.Contracts.Privacy;

// What this service publishes (through its outbox, which refuses any other event). docs/events.md's flow table is
// generated from these lists and from the consumers (EventFlowDocumentTests).
[assembly: Publishes(typeof(NotificationRequested), typeof(MemberDataExportPartProduced), typeof(MemberErased))]
