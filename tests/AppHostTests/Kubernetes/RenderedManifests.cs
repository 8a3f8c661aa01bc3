using System.Diagnostics;
using k8s;
using k8s.Models;
using Loyalty.Launcher;

namespace Loyalty.AppHostTests.Kubernetes;

/// <summary>
/// An overlay of deploy/kubernetes rendered by <c>kubectl kustomize</c> (Debian's kubernetes-client; KUBECTL names
/// another binary) and read into the Kubernetes API's own object models, strictly: a field the API does not have, or a
/// value of the wrong type, fails the read. That is the schema check, without a cluster.
/// </summary>
public sealed class RenderedManifests
{
    private RenderedManifests(string overlay, IReadOnlyList<object> objects) =>
        (Overlay, Objects) = (overlay, objects);

    public string Overlay { get; }

    public IReadOnlyList<object> Objects { get; }

    public IEnumerable<T> All<T>() => Objects.OfType<T>();

    public V1Deployment Deployment(string name) =>
        Assert.Single(All<V1Deployment>(), d => d.Metadata.Name == name);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<RenderedManifests>> Rendered =
        new();

    /// <summary>The overlay, rendered once per test run.</summary>
    public static RenderedManifests Of(string overlay) =>
        Rendered.GetOrAdd(overlay, name => new Lazy<RenderedManifests>(() => Render(name))).Value;

    private static RenderedManifests Render(string overlay)
    {
        var directory = Path.Combine(RepositoryLocator.Root(), "deploy", "kubernetes", "overlays", overlay);
        var yaml = Kustomize(directory);
        return new RenderedManifests(overlay, KubernetesYaml.LoadAllFromString(yaml, typeMap: null, strict: true));
    }

    private static string Kustomize(string directory)
    {
        var kubectl = Environment.GetEnvironmentVariable("KUBECTL") is { Length: > 0 } named ? named : "kubectl";
        var start = new ProcessStartInfo(kubectl, ["kustomize", directory])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException(
                $"'{kubectl}' is needed to render deploy/kubernetes: install Debian's kubernetes-client " +
                "(.ci/run does) or set KUBECTL.", ex);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"kubectl kustomize {directory} failed: {errors.Result}");
            return output.Result;
        }
    }
}
