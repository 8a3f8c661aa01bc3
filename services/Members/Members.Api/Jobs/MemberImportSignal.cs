using Loyalty.BuildingBlocks.Scheduling;

namespace Loyalty.Members.Api.Jobs;

/// <summary>Wakes the import worker when an import job is queued.</summary>
public sealed class MemberImportSignal : WakeSignal;
