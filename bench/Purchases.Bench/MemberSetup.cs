using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Loyalty.Purchases.Bench;

/// <summary>Registers members through the gateway, as the front desk
/// would, and waits until Points has opened each account.</summary>
public static class MemberSetup
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static async Task<IReadOnlyList<Guid>> RegisterAsync(
        HttpClient staff,
        int count,
        CancellationToken cancellationToken)
    {
        // Born six months away from now: no birthday bonus, so every purchase earns one ledger entry and one lot.
        var birthDate =
            new DateOnly(1990, TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Shanghai).AddMonths(6).Month, 1);
        var firstPhone = Random.Shared.Next(10_000_000);
        var members = new Guid[count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken };

        await Parallel.ForEachAsync(Enumerable.Range(0, count), parallel, async (i, token) =>
        {
            using var response = await staff.PostAsJsonAsync("/api/members", new
            {
                phone = $"139{(firstPhone + i) % 100_000_000:D8}",
                name = "王丽",
                gender = "Female",
                birthDate = birthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                homeStoreId = "SH-JINGAN-01",
            }, token);
            if (response.StatusCode != HttpStatusCode.Created)
            {
                throw new InvalidOperationException($"POST /api/members answered {(int)response.StatusCode}: " +
                    $"{await response.Content.ReadAsStringAsync(token)}");
            }

            members[i] = (await response.Content.ReadFromJsonAsync<JsonElement>(token)).GetProperty("id").GetGuid();
        });

        // Points hears of each member through the broker (MemberRegistered) and opens the account a moment later.
        await Parallel.ForEachAsync(members, parallel, async (member, token) =>
        {
            var clock = Stopwatch.StartNew();
            while (true)
            {
                using var response = await staff.GetAsync($"/api/points/accounts/{member}", token);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }

                if (clock.Elapsed > TimeSpan.FromSeconds(60))
                {
                    throw new TimeoutException($"Points opened no account for member {member} within 60 s (last " +
                        $"answer {(int)response.StatusCode}).");
                }

                await Task.Delay(100, token);
            }
        });

        return members;
    }
}
