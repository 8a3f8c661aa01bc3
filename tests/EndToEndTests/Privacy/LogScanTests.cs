using System.Text.RegularExpressions;
using Loyalty.IntegrationTests.Support;
using Loyalty.Launcher;

namespace Loyalty.EndToEndTests.Privacy;

/// <summary>
/// After every other test of the run on the shared stack: no process (services, gateway, console, member app) warned
/// of a connection to an address its configuration does not name (MassTransit's usage telemetry would be one), and
/// none wrote a phone or a name the tests registered into its output.
/// </summary>
[Collection(StackCollection.Name)]
[RunsLast]
public sealed partial class LogScanTests(StackFixture stack)
{
    private const string UnconfiguredConnection = "Outbound connection to unconfigured address";

    [Fact]
    public async Task No_process_logged_an_unconfigured_connection_or_a_phone_or_name_the_run_registered()
    {
        // A member of its own, whom every service hears of, so the scan has something to find when it runs alone.
        var staff = await stack.ClientAsync("staff");
        var memberId = await Registrations.RegisterWithAccountAsync(staff);
        await Eventually.HoldsAsync(
            async () => await stack.QueryAsync<long>("notificationdb",
                """SELECT count(*) FROM members WHERE "MemberId" = @m""", ("m", memberId)) == 1,
            StackFixture.EventTimeout, "Notification kept her contact copy");

        var logs = Directory.GetFiles(stack.Settings.LogDirectory, "*.log")
            .ToDictionary(path => Path.GetFileName(path), ReadWhileWritten);
        Assert.All(StackTopology.All, service =>
            Assert.True(logs.TryGetValue(service.Name + ".log", out var log) && log.Length > 0, service.Name));

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
