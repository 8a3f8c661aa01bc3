using Loyalty.Stack;

namespace Loyalty.Launcher;

/// <summary>
/// The stack as the AppHost (AppHost/AppHost.cs) declares it: both read deploy/services.json, so the same binaries run
/// under both launchers with the same resource and connection names. AppHost tests keep the two in step.
/// </summary>
public static class StackTopology
{
    public const string EventBus = "eventbus";
    public const string Cache = "cache";
    public const string PostgresServer = "postgres";

    public static IReadOnlyList<ServiceDefinition> Services { get; } = [.. StackServices.Services.Select(Definition)];

    public static ServiceDefinition Gateway { get; } = Definition(StackServices.Gateway);

    public static IReadOnlyList<ServiceDefinition> Frontends { get; } =
        [.. StackServices.Frontends.Select(process => Definition(process) with { IsFrontend = true })];

    public static ServiceDefinition Console => Frontends.Single(s => s.Name == "console");

    /// <summary>The service whose survey invitations link to the member app.</summary>
    public static ServiceDefinition Feedback => Services.Single(s => s.Name == "feedback");

    /// <summary>The member app's place after the gateway's port under the launcher (deploy/services.json).</summary>
    public const int MemberAppPortOffset = 9;

    /// <summary>
    /// Where members open their survey links: the member app's address when services.json lists it (name "member"),
    /// else the port it will have.
    /// </summary>
    public static string MemberAppAddress(StackSettings settings) =>
        (Frontends.FirstOrDefault(f => f.Name == "member") is { } member
            ? settings.UrlOf(member)
            : new Uri($"http://{settings.Host}:{settings.BasePort + MemberAppPortOffset}")).ToString().TrimEnd('/');

    /// <summary>The service every other process checks tokens against.</summary>
    public static ServiceDefinition Identity => Services.Single(s => s.Name == "identity");

    /// <summary>Services first: the gateway needs their addresses, not their readiness; front ends last.</summary>
    public static IEnumerable<ServiceDefinition> All => Services.Append(Gateway).Concat(Frontends);

    private static ServiceDefinition Definition(StackProcess process) =>
        new(process.Name, process.Project, process.AssemblyName, process.PortOffset, process.Database);
}
