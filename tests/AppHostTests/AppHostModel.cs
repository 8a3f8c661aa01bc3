using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Loyalty.AppHostTests;

/// <summary>
/// The AppHost's application model, built but never started: no container runtime and no DCP are needed, so these
/// tests run anywhere the solution builds. Environment callbacks are evaluated in run mode without resolving their
/// values (those would need allocated endpoints), which shows each variable's name and what it refers to.
/// </summary>
public sealed class AppHostModel : IAsyncLifetime
{
    /// <summary>The secret parameter has no value in a test run; any 32+ byte key will do.</summary>
    public const string SigningKey = "app-host-tests-signing-key-0123456789abcdef";

    /// <summary>The secret parameter that every project gets as Jwt__SigningKey.</summary>
    public const string SigningKeyParameter = "jwt-signing-key";

    private DistributedApplication? _app;

    public DistributedApplicationModel Model { get; private set; } = null!;

    public DistributedApplicationExecutionContext ExecutionContext { get; private set; } = null!;

    /// <summary>Arguments for the AppHost, as `dotnet run --project AppHost -- ...` would pass them.</summary>
    public static string[] Arguments(params string[] extra) => [$"Parameters:{SigningKeyParameter}={SigningKey}", .. extra];

    public async Task InitializeAsync()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(Arguments());
        _app = await builder.BuildAsync();
        Model = _app.Services.GetRequiredService<DistributedApplicationModel>();
        ExecutionContext = _app.Services.GetRequiredService<DistributedApplicationExecutionContext>();
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    public IEnumerable<T> All<T>() where T : IResource => Model.Resources.OfType<T>();

    /// <summary>The services and the gateway (Aspire 13.6 adds hidden "*-rebuilder" resources of another type).</summary>
    public IEnumerable<ProjectResource> Projects => Model.Resources.Where(r => r.GetType() == typeof(ProjectResource)).Cast<ProjectResource>();

    public ProjectResource Project(string name) => Assert.Single(Projects, p => p.Name == name);

    /// <summary>What WithReference(...) attached to the resource, by name.</summary>
    public static IReadOnlyList<string> ReferencesOf(IResource resource) => RelationshipsOf(resource, "Reference");

    /// <summary>What WaitFor(...) attached to the resource, by name.</summary>
    public static IReadOnlyList<string> WaitsOf(IResource resource) => RelationshipsOf(resource, "WaitFor");

    /// <summary>The environment the resource would get in run mode: each variable with its unresolved value.</summary>
    public async Task<IReadOnlyDictionary<string, object>> EnvironmentOf(IResourceWithEnvironment resource)
    {
        var context = new EnvironmentCallbackContext(ExecutionContext, resource);
        if (resource.TryGetEnvironmentVariables(out var callbacks))
        {
            foreach (var callback in callbacks)
            {
                await callback.Callback(context);
            }
        }

        return context.EnvironmentVariables;
    }

    private static IReadOnlyList<string> RelationshipsOf(IResource resource, string type) =>
        resource.Annotations.OfType<ResourceRelationshipAnnotation>()
            .Where(a => a.Type == type)
            .Select(a => a.Resource.Name)
            .Order(StringComparer.Ordinal)
            .ToArray();
}
