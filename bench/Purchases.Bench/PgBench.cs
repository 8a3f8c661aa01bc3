using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Loyalty.Launcher;
using Npgsql;

namespace Loyalty.Purchases.Bench;

/// <summary>
/// pgbench on the same PostgreSQL running pgbench/purchase.sql (the writes of one purchase) against pgbench/schema.sql
/// in a scratch database, closed-loop: each client starts its next transaction when the last one commits.
/// </summary>
public static partial class PgBench
{
    public const string Database = "bench_pgbench";

    /// <summary>The newest /usr/lib/postgresql/*/bin/pgbench (Debian ships
    /// it with the server), else one on PATH; null if none.</summary>
    public static string? FindBinary()
    {
        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(dir => Path.Combine(dir, "bin", "pgbench"))
                .Where(File.Exists)
                .OrderByDescending(path => int.TryParse(
                    Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(path))), out var major) ? major : 0)
                .FirstOrDefault()
            : null;
        return installed ?? (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
            .Select(dir => Path.Combine(dir, "pgbench"))
            .FirstOrDefault(File.Exists);
    }

    public static async Task<PgBenchResult> RunAsync(
        string binary,
        StackSettings settings,
        int clients,
        int members,
        TimeSpan duration,
        CancellationToken cancellationToken)
    {
        var scripts = Path.Combine(AppContext.BaseDirectory, "pgbench");
        await CreateDatabaseAsync(settings, Path.Combine(scripts, "schema.sql"), members, cancellationToken);
        var logs = Directory.CreateTempSubdirectory("purchases-bench-");
        try
        {
            var startInfo = new ProcessStartInfo(binary,
            [
                "-h", settings.Host, "-p",
                settings.PostgresPort.ToString(CultureInfo.InvariantCulture), "-U", settings.PostgresUser,
                "-n", "-M", "extended", "-f", Path.Combine(scripts, "purchase.sql"), "-D", $"members={members}",
                "-c", clients.ToString(CultureInfo.InvariantCulture),
                "-j", Math.Min(clients, Environment.ProcessorCount).ToString(CultureInfo.InvariantCulture),
                "-T", ((int)Math.Ceiling(duration.TotalSeconds)).ToString(CultureInfo.InvariantCulture),
                "-l", "--log-prefix", Path.Combine(logs.FullName, "tx"),
                Database,
            ])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                Environment = { ["PGPASSWORD"] = settings.PostgresPassword },
            };
            using var process = Process.Start(startInfo)!;
            var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
            try
            {
                await process.WaitForExitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                process.Kill();
                throw;
            }

            var text = await output + await errors;
            if (process.ExitCode != 0 || TpsLine().Match(text) is not { Success: true } tps)
            {
                throw new InvalidOperationException($"pgbench exited with {process.ExitCode}:\n{text}");
            }

            // Per-transaction log lines: client_id transaction_no time_us
            // script_no epoch epoch_us ("failed" instead of a time).
            var latencies = logs.GetFiles("tx*")
                .SelectMany(file => File.ReadLines(file.FullName))
                .Select(line => line.Split(' '))
                .Where(fields => fields.Length > 2 && long.TryParse(fields[2], CultureInfo.InvariantCulture, out _))
                .Select(fields => long.Parse(fields[2], CultureInfo.InvariantCulture) / 1000.0)
                .Order()
                .ToArray();
            return new PgBenchResult(
                clients,
                double.Parse(tps.Groups[1].Value, CultureInfo.InvariantCulture),
                latencies.Length,
                FailedLine().Match(text) is { Success: true } failed
                    ? int.Parse(failed.Groups[1].Value, CultureInfo.InvariantCulture) : 0,
                latencies.Length == 0 ? double.NaN : latencies.Average(),
                StepResult.Percentile(latencies, 50),
                StepResult.Percentile(latencies, 95),
                StepResult.Percentile(latencies, 99));
        }
        finally
        {
            logs.Delete(recursive: true);
            await DropDatabaseAsync(settings);
        }
    }

    private static async Task CreateDatabaseAsync(
        StackSettings settings,
        string schemaFile,
        int members,
        CancellationToken cancellationToken)
    {
        await DropDatabaseAsync(settings);
        await using (var admin = new NpgsqlConnection(settings.PostgresConnectionString("postgres")))
        {
            await admin.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{Database}\"", admin);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var connection = new NpgsqlConnection(settings.PostgresConnectionString(Database));
        await connection.OpenAsync(cancellationToken);
        await using var schema =
            new NpgsqlCommand(await File.ReadAllTextAsync(schemaFile, cancellationToken), connection);
        schema.Parameters.AddWithValue("members", members);
        await schema.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task DropDatabaseAsync(StackSettings settings)
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(settings.PostgresConnectionString("postgres"));
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Database}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    [GeneratedRegex(@"^tps = ([0-9.]+) \(without initial connection time\)", RegexOptions.Multiline)]
    private static partial Regex TpsLine();

    [GeneratedRegex(@"^number of failed transactions: ([0-9]+)", RegexOptions.Multiline)]
    private static partial Regex FailedLine();
}
