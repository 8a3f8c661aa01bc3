using System.Text.RegularExpressions;
using Loyalty.Launcher;

namespace Loyalty.EndToEndTests.Privacy;

/// <summary>
/// After every other end-to-end test of the run (<see cref="LogScanLast"/>): no process of any stack the run started
/// (services, gateway, console, member app) warned of a connection to an address its configuration does not name
/// (MassTransit's usage telemetry would be one), and none wrote a phone or a name the tests registered into its
/// output. Only logs written by this run are read.
/// </summary>
[Collection(LogScanCollection.Name)]
public sealed partial class LogScanTests
{
    private const string UnconfiguredConnection = "Outbound connection to unconfigured address";

    [Fact]
    public void No_process_logged_an_unconfigured_connection_or_a_phone_or_name_the_run_registered()
    {
        var runStarted = System.Diagnostics.Process.GetCurrentProcess().StartTime.ToUniversalTime();
        var logs = Directory.GetDirectories(Path.Combine(RepositoryLocator.Root(), ".data", "logs"))
            .SelectMany(directory => Directory.GetFiles(directory, "*.log"))
            .Where(path => File.GetLastWriteTimeUtc(path) >= runStarted)
            .ToDictionary(path => Path.GetRelativePath(RepositoryLocator.Root(), path), ReadWhileWritten);
        var shared = Path.Combine(".data", "logs", StackFixture.VirtualHost);
        Assert.All(StackTopology.All, service => Assert.True(
            logs.TryGetValue(Path.Combine(shared, service.Name + ".log"), out var log) && log.Length > 0,
            $"{service.Name}: no log of this run in {shared} (the scan runs after the other end-to-end tests)"));
        Assert.NotEmpty(Registrations.UsedPhones);

        var needles = Registrations.UsedPhones.Select(Digits).Append(Registrations.Name).Distinct().ToList();
        var personal = (
            from log in logs
            from line in log.Value.Split('\n')
            from needle in needles
            where line.Contains(needle, StringComparison.Ordinal)
            select $"{log.Key}: {line.Replace(needle, "<personal data>", StringComparison.Ordinal).Trim()}")
            .Distinct().Take(20).ToList();
        Assert.Empty(personal);

        var unconfigured = logs.SelectMany(log => log.Value.Split('\n')
                .Where(line => line.Contains(UnconfiguredConnection, StringComparison.Ordinal))
                .Select(line => $"{log.Key}: {line.Trim()}"))
            .ToList();
        Assert.Empty(unconfigured);
    }

    /// <summary>The launcher still writes to the file: read it without asking for it alone.</summary>
    private static string ReadWhileWritten(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The phone as its digits, however the test spelt it ("+86 139 1234 5678" → 13912345678).</summary>
    private static string Digits(string phone)
    {
        var digits = NonDigits().Replace(phone, "");
        return digits.Length == 13 && digits.StartsWith("86", StringComparison.Ordinal) ? digits[2..] : digits;
    }

    [GeneratedRegex(@"\D")]
    private static partial Regex NonDigits();
}
