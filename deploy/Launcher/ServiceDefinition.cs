namespace Loyalty.Launcher;

/// <summary>
/// One process of the stack. Name is its Aspire resource name (service discovery: services__{Name}__http__0);
/// Database is the connection name of its PostgreSQL database (ConnectionStrings__{Database}); a front end (the console)
/// has none and reaches the platform through the gateway. Replica numbers the copies of a service the launcher runs
/// (StackSettings.Replicas): 0 is the first, whose address every process but the gateway uses.
/// </summary>
public sealed record ServiceDefinition(
    string Name,
    string ProjectDirectory,
    string AssemblyName,
    int PortOffset,
    string? Database,
    bool IsFrontend = false)
{
    public bool IsGateway => Database is null && !IsFrontend;

    public bool IsService => Database is not null;

    public int Replica { get; init; }

    /// <summary>The process's name in logs and messages: "points", "points-1", …</summary>
    public string InstanceName => Replica == 0 ? Name : $"{Name}-{Replica}";
}
