namespace Loyalty.Launcher;

/// <summary>
/// One process of the stack. Name is its Aspire resource name (service discovery: services__{Name}__http__0);
/// Database is the connection name of its PostgreSQL database (ConnectionStrings__{Database}); a front end (the console)
/// has none and reaches the platform through the gateway.
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
}
