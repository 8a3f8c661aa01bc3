using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;

namespace Loyalty.AppHostTests;

/// <summary>
/// The AppHost's application model as its Program declares it, never built into an application: building one starts
/// the orchestrator (DCP) in the background, and these tests need neither DCP nor a container runtime, so they run
/// anywhere the solution builds. Environment callbacks are evaluated in run mode without resolving their values (those
/// would need allocated endpoints), which shows each variable's name and what it refers to.
/// </summary>
public class AppHostModel : IAsyncLifetime
{
    private IDistributedApplicationTestingBuilder? _builder;

    public IResourceCollection Resources => _builder!.Resources;

    public DistributedApplicationExecutionContext ExecutionContext => _builder!.ExecutionContext;

    /// <summary>Configuration for the AppHost, as `dotnet run --project AppHost -- ...` would pass it.</summary>
    protected virtual string[] Arguments => [];

    public async Task InitializeAsync()
    {
        // Runs the AppHost's Program up to its Build() call, which is where the testing builder takes over.
        _builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(Arguments);
    }

    public async Task DisposeAsync()
    {
        if (_builder is not null)
        {
            await _builder.DisposeAsync();
        }
    }

    public IEnumerable<T> All<T>() where T : IResource => Resources.OfType<T>();

    /// <summary>The services and the gateway (Aspire 13.6 adds hidden
    /// "*-rebuilder" resources of another type).</summary>
    public IEnumerable<ProjectResource> Projects =>
        Resources.Where(r => r.GetType() == typeof(ProjectResource)).Cast<ProjectResource>();

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
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();
}
