namespace Loyalty.BuildingBlocks.Auditing;

/// <summary>The actions audit entries name, so the same act reads the same in every service.</summary>
public static class AuditActions
{
    public const string Created = "created";
    public const string Changed = "changed";
    public const string Edited = "edited";
    public const string Deleted = "deleted";
    public const string Granted = "granted";
    public const string Deducted = "deducted";
    public const string Imported = "imported";
    public const string Activated = "activated";
    public const string Paused = "paused";
    public const string Ended = "ended";
    public const string AccessChanged = "access changed";
    public const string Disabled = "disabled";
    public const string Enabled = "enabled";
    public const string Registered = "registered";
    public const string Revoked = "revoked";
}
