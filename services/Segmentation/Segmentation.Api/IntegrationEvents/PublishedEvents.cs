using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Privacy;
using Loyalty.Contracts.Segmentation;

// What this service publishes (through its outbox, which refuses any other event). docs/events.md's flow table is
// generated from this list and from the consumers (EventFlowDocumentTests).
[assembly: Publishes(typeof(SegmentEntered), typeof(SegmentLeft), typeof(MemberDataExportPartProduced), typeof(MemberErased))]
