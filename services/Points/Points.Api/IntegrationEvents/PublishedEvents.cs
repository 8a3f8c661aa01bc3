using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Points;
using Loyalty.Contracts.Privacy;

// What this service publishes (through its outbox, which refuses any other event). docs/events.md's flow table is
// generated from this list and from the consumers (EventFlowDocumentTests).
[assembly: Publishes(typeof(PointsAccountOpened), typeof(PurchaseRecorded), typeof(PurchaseRefunded),
    typeof(PointsEarned), typeof(PointsRedeemed), typeof(PointsExpiringSoon), typeof(PointsExpired),
    typeof(MemberDataExportPartProduced), typeof(MemberErased))]
