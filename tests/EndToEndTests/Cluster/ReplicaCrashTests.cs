using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.IntegrationTests.Support;
using Xunit.Abstractions;

namespace Loyalty.EndToEndTests.Cluster;

/// <summary>
/// Two processes of every service behind the gateway, purchases arriving at a steady rate from a front desk that
/// retries with the same order id until it gets an answer, and one replica of Points and one of Segmentation killed
/// (SIGKILL) half-way: every acknowledged purchase is stored once, and every effect downstream of it (points, the
/// members' spend, Segmentation's and Campaign's copies) happens exactly once. CI runs a smaller load than the
/// bench would; the guarantees are the same.
/// </summary>
[Collection(ReplicaStackCollection.Name)]
public sealed class ReplicaCrashTests(ReplicaStackFixture stack, ITestOutputHelper output)
{
    private static readonly TimeSpan LoadDuration = TimeSpan.FromSeconds(24);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    [Fact]
    public async Task Killing_a_replica_of_Points_and_of_Segmentation_under_load_loses_and_doubles_nothing()
    {
        using var staff = await stack.ClientAsync("staff");
        var paidAt = DateTimeOffset.UtcNow.AddMinutes(-5);
        var members = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            members.Add(await Registrations.RegisterWithAccountAsync(
                staff, Registrations.BornInMonthOf(paidAt, sameMonth: false)));
        }

        var run = Guid.NewGuid().ToString("N")[..8];
        var acknowledged = new ConcurrentDictionary<string, Acknowledged>();
        var clock = Stopwatch.StartNew();
        var load = Task.Run(async () =>
        {
            for (var i = 0; clock.Elapsed < LoadDuration; i++)
            {
                var order = $"CRASH-{run}-{i}";
                var member = members[i % members.Count];
                var amount = 100m + i;
                acknowledged[order] = await RecordWithRetriesAsync(staff, order, member, amount, paidAt);
                await Task.Delay(Interval);
            }
        });

        await Task.Delay(LoadDuration / 2);
        var killed = stack.Stack.Processes
            .Where(p => p.Service.InstanceName is "points-1" or "segmentation-1")
            .ToList();
        Assert.Equal(2, killed.Count);
        foreach (var process in killed)
        {
            await process.KillAsync();
        }

        output.WriteLine($"killed points-1 and segmentation-1 at {clock.Elapsed.TotalSeconds:F1} s");
        await load;
        output.WriteLine($"{acknowledged.Count} purchases acknowledged, " +
            $"{acknowledged.Values.Sum(a => a.Attempts - 1)} retries");

        // Every acknowledged purchase stored once, with the points its answer gave.
        Assert.Equal((long)acknowledged.Count, await stack.QueryAsync<long>("pointsdb",
            """SELECT count(*) FROM purchases WHERE "ExternalOrderId" LIKE @run""", ("run", $"CRASH-{run}-%")));
        foreach (var member in members)
        {
            var mine = acknowledged.Values.Where(a => a.MemberId == member).ToList();
            var account = await staff.GetFromJsonAsync<JsonElement>($"/api/points/accounts/{member}");
            Assert.Equal(mine.Sum(a => a.PointsEarned), account.GetProperty("balance").GetInt64());

            // Downstream, exactly once each: Members' spend, Segmentation's and Campaign's purchase copies.
            var spend = mine.Sum(a => a.Amount);
            await Eventually.HoldsAsync(
                async () => await CopiesAsync(member) == (mine.Count, mine.Count, mine.Count),
                TimeSpan.FromSeconds(120), "every consumer took each purchase once");
            Assert.Equal(spend, await stack.QueryAsync<decimal>("membersdb",
                """SELECT coalesce(sum("Amount"), 0) FROM member_purchases WHERE "MemberId" = @m""", ("m", member)));
            Assert.Equal(spend, await stack.QueryAsync<decimal>("segmentationdb",
                """SELECT coalesce(sum("Amount"), 0) FROM purchases WHERE "MemberId" = @m""", ("m", member)));
        }

        // No event handled twice by any consumer (the inbox's key would refuse it; a double effect would show above).
        foreach (var database in new[] { "membersdb", "segmentationdb", "campaigndb" })
        {
            Assert.Equal(0L, await stack.QueryAsync<long>(database, """
                SELECT count(*) FROM (SELECT "EventId", "Consumer" FROM inbox_messages
                GROUP BY 1, 2 HAVING count(*) > 1) doubled
                """));
        }
    }

    private async Task<(long Members, long Segmentation, long Campaign)> CopiesAsync(Guid member) => (
        await stack.QueryAsync<long>("membersdb",
            """SELECT count(*) FROM member_purchases WHERE "MemberId" = @m""", ("m", member)),
        await stack.QueryAsync<long>("segmentationdb",
            """SELECT count(*) FROM purchases WHERE "MemberId" = @m""", ("m", member)),
        await stack.QueryAsync<long>("campaigndb",
            """SELECT count(*) FROM purchases WHERE "MemberId" = @m""", ("m", member)));

    /// <summary>
    /// What a front desk does: sends the purchase, and on no answer (a dropped connection, a timeout, a 5xx from
    /// the replica that died under it) sends the same order again until it is acknowledged.
    /// </summary>
    private static async Task<Acknowledged> RecordWithRetriesAsync(
        HttpClient staff, string order, Guid member, decimal amount, DateTimeOffset paidAt)
    {
        var purchase = new
        {
            externalOrderId = order,
            memberId = member,
            storeId = "SH-JINGAN-01",
            amount,
            items = new[] { new { sku = "HA-1ML", category = "injectables", quantity = 1, amount } },
            paidAt,
        };
        var deadline = Stopwatch.StartNew();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                using var response = await staff.PostAsJsonAsync("/api/purchases", purchase, timeout.Token);
                if (response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK)
                {
                    var body = await response.Content.ReadFromJsonAsync<JsonElement>();
                    return new Acknowledged(member, amount, body.GetProperty("pointsEarned").GetInt64(), attempt);
                }

                Assert.True((int)response.StatusCode >= 500,
                    $"{order}: {(int)response.StatusCode} is an answer no retry changes");
            }
            catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
            {
                // No answer: the front desk tries again with the same order id.
            }

            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(60), $"{order} was not acknowledged within 60 s");
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }

    private sealed record Acknowledged(Guid MemberId, decimal Amount, long PointsEarned, int Attempts);
}
