namespace Loyalty.BuildingBlocks.Persistence;

/// <summary>
/// When a service applies its migrations (configuration Database:Migrations). One machine and the AppHost migrate at
/// start; a Kubernetes release migrates once, in its migration Job, before the new pods take traffic.
/// </summary>
public enum MigrationMode
{
    /// <summary>Migrate at start, before anything else runs (the default).</summary>
    OnStart,

    /// <summary>Migrate, then stop: the release's migration step (deploy/kubernetes, the migrate Job).</summary>
    Only,

    /// <summary>
    /// Never migrate: the release's step does. Readiness stays red while migrations are pending, so a new pod takes
    /// no traffic before its schema is there.
    /// </summary>
    Skip,
}
