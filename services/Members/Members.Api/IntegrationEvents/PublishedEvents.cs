using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Members;
using Loyalty.Contracts.Privacy;

// What this service publishes (through its outbox, which refuses any other event). docs/events.md's flow table is
// generated from this list and from the consumers (EventFlowDocumentTests).
[assembly: Publishes(typeof(MemberRegistered), typeof(MemberProfileUpdated), typeof(MemberConsentChanged),
    typeof(MemberTierChanged), typeof(ReferralQualified), typeof(MemberDataExportRequested),
    typeof(MemberErasureRequested))]
