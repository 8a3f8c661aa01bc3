namespace Loyalty.Launcher;

/// <summary>
/// One process of the stack. Name is its Aspire resource name (service discovery: services__{Name}__http__0);
/// Database is the connection name of its PostgreSQL database (ConnectionStrings__{Database}).
/// </summary>
public sealed record ServiceDefinition(
    string Name,
    string ProjectDirectory,
    string AssemblyName,
    int PortOffset,
    string? Database)
{
    public bool IsGateway => Database is null;
}
