using System.Text.Json;

namespace Loyalty.Stack;

/// <summary>
/// The stack's processes as deploy/services.json lists them, the one place they are written. This file and the JSON
/// are compiled into the AppHost, the launcher and the gateway (each project links both), so all three read the same
/// list.
/// </summary>
internal static class StackServices
{
    private static readonly Lazy<StackList> List = new(Load);

    public static StackProcess Gateway => List.Value.Gateway;

    public static IReadOnlyList<StackProcess> Services => List.Value.Services;

    /// <summary>The web applications people use (the console): they call the gateway, nothing else.</summary>
    public static IReadOnlyList<StackProcess> Frontends => List.Value.Frontends ?? [];

    private static StackList Load()
    {
        using var json = typeof(StackServices).Assembly.GetManifestResourceStream("Loyalty.services.json")
            ?? throw new InvalidOperationException("deploy/services.json is not embedded in this assembly.");
        return JsonSerializer.Deserialize<StackList>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException("deploy/services.json is empty.");
    }

    private sealed record StackList(
        StackProcess Gateway, IReadOnlyList<StackProcess> Services, IReadOnlyList<StackProcess>? Frontends);
}

/// <summary>
/// One process: its resource name, its project folder from the repository root, its database's connection name (none
/// for the gateway), its port offset under the launcher, and the path prefixes the gateway routes to it: for callers
/// with a valid token, and (publicRoutes) for anyone, which is how one signs in.
/// </summary>
internal sealed record StackProcess(
    string Name,
    string Project,
    string? Database,
    int PortOffset,
    IReadOnlyList<string>? Routes,
    IReadOnlyList<string>? PublicRoutes = null)
{
    /// <summary>The project's assembly (and .csproj) name: its folder's name.</summary>
    public string AssemblyName => Path.GetFileName(Project);
}
