using System.Text.Json;
using System.Text.RegularExpressions;
using Loyalty.Launcher;

namespace Loyalty.UnitTests;

/// <summary>
/// The platform is Apache-2.0 (LICENSE): every NuGet package any project restores, transitive ones included, must be
/// under a licence that lets it be redistributed with Apache-2.0 code. Read from each package's own nuspec, in the
/// restore's package folders, so a new dependency under another licence fails here.
/// </summary>
public sealed partial class LicenceCompatibilityTests
{
    private static readonly HashSet<string> Permissive =
        ["MIT", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "PostgreSQL", "Apache-2.0 OR MPL-2.0"];

    // Packages whose nuspec points at a licence file or address instead of an expression, read by hand.
    private static readonly Dictionary<string, string> ReadByHand = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Fractions"] = "BSD-2-Clause", // its license.txt: the two-clause BSD text
        ["xunit.abstractions"] = "Apache-2.0", // xunit's license.txt
    };

    [Fact]
    public void The_repository_is_licensed_under_Apache_2_0()
    {
        var licence = File.ReadAllText(Path.Combine(RepositoryLocator.Root(), "LICENSE"));
        Assert.Contains("Apache License", licence, StringComparison.Ordinal);
        Assert.Contains("Version 2.0, January 2004", licence, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_restored_package_has_a_licence_compatible_with_Apache_2_0()
    {
        var packages = RestoredPackages();
        Assert.True(packages.Count > 100, $"only {packages.Count} packages found: build the solution first");
        var refused = packages
            .Select(p => (Package: p.Key, Licence: LicenceOf(p.Key, p.Value)))
            .Where(p => !Permissive.Contains(p.Licence))
            .Select(p => $"{p.Package}: {p.Licence}")
            .ToList();
        Assert.Empty(refused);
    }

    /// <summary>Package "id/version" → its nuspec, from every project's restore.</summary>
    private static Dictionary<string, string> RestoredPackages()
    {
        var root = RepositoryLocator.Root();
        var found = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var assetFiles = Directory.EnumerateFiles(root, "project.assets.json", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}.data{Path.DirectorySeparatorChar}"));
        foreach (var assets in assetFiles)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(assets));
            var folders = document.RootElement.GetProperty("packageFolders").EnumerateObject().Select(f => f.Name);
            foreach (var library in document.RootElement.GetProperty("libraries").EnumerateObject())
            {
                if (library.Value.GetProperty("type").GetString() != "package" || found.ContainsKey(library.Name))
                {
                    continue;
                }

                var path = library.Value.GetProperty("path").GetString()!;
                var nuspec = folders
                    .Select(folder => Path.Combine(folder, path))
                    .Where(Directory.Exists)
                    .SelectMany(directory => Directory.EnumerateFiles(directory, "*.nuspec"))
                    .FirstOrDefault();
                found[library.Name] = nuspec ?? throw new FileNotFoundException($"no nuspec for {library.Name}");
            }
        }

        return found;
    }

    private static string LicenceOf(string package, string nuspec)
    {
        var expression = LicenceExpression().Match(File.ReadAllText(nuspec));
        if (expression.Success)
        {
            return expression.Groups[1].Value;
        }

        var id = package[..package.IndexOf('/', StringComparison.Ordinal)];
        return ReadByHand.GetValueOrDefault(id, "no licence expression in its nuspec");
    }

    [GeneratedRegex("""<license type="expression">([^<]+)</license>""")]
    private static partial Regex LicenceExpression();
}
