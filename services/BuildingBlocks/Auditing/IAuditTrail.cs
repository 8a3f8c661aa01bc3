namespace Loyalty.BuildingBlocks.Auditing;

/// <summary>
/// Stages an audit entry in the service's DbContext: the use case's next SaveChanges writes it in the same transaction
/// as the change (so it commits and rolls back with it). Who, from where and when are read by the trail itself (the
/// current request's token, correlation id and client address; TimeProvider).
/// </summary>
public interface IAuditTrail
{
    /// <summary>
    /// Records what was done to a tracked entity: before is what the tracker loaded (none for an added or untracked
    /// one), after what it holds now (none for a deleted one). Call it after the change, before saving.
    /// </summary>
    void Record(object entity, string action);

    /// <summary>Records a change that is not one entity's (an import's summary, a bulk adjustment).</summary>
    void Record(string entity, string entityId, string action, object? before, object? after);
}
