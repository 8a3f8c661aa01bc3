using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.IntegrationTests.Support;

namespace Loyalty.EndToEndTests.Campaign;

/// <summary>The new-member growth tasks journey through the gateway: POS
/// purchases → Points → Campaign → the member's task and reward.</summary>
[Collection(StackCollection.Name)]
public class GrowthTaskTests(StackFixture stack)
{
    private static object Purchase(Guid memberId, DateTimeOffset paidAt) => new
    {
        externalOrderId = $"POS-{Guid.NewGuid():N}", memberId, storeId = "SH-JINGAN-01", amount = 680.00m,
        items = new[] { new { sku = "HA-1ML", category = "injectables", quantity = 1, amount = 680.00m } }, paidAt,
    };

    [Fact]
    public async Task A_first_purchase_starts_the_task_the_member_reads_it_and_a_second_purchase_earns_the_50_CNY_coupon()
    {
        using var admin = await stack.ClientAsync("admin");
        using var staff = await stack.ClientAsync("staff");
        using var created = await admin.PostAsJsonAsync("/api/campaigns/journeys/new-member-growth-tasks", new { });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var campaignId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("campaign")
            .GetProperty("id").GetGuid();
        (await admin.PostAsync($"/api/campaigns/{campaignId}/activate", null)).EnsureSuccessStatusCode();
        try
        {
            var memberId = await Registrations.RegisterWithAccountAsync(staff);
            using var member = await stack.ClientAsync("member", memberId);
            (await staff.PostAsJsonAsync("/api/purchases", Purchase(memberId, DateTimeOffset.UtcNow.AddMinutes(-2))))
                .EnsureSuccessStatusCode();

            JsonElement task = default;
            await Eventually.HoldsAsync(async () =>
            {
                var tasks = (await member.GetFromJsonAsync<JsonElement>("/api/campaigns/tasks/me"))
                    .EnumerateArray().ToArray();
                task = tasks.FirstOrDefault();
                return tasks.Length == 1;
            }, StackFixture.EventTimeout, "the first purchase started the growth task");
            Assert.Equal(("SecondPurchase", "InProgress", 0, 1, campaignId),
                (task.GetProperty("kind").GetString(), task.GetProperty("status").GetString(),
                task.GetProperty("progress").GetInt32(), task.GetProperty("target").GetInt32(),
                task.GetProperty("campaignId").GetGuid()));
            Assert.Empty((await CampaignApi.CouponsOfAsync(member, memberId)).EnumerateArray());

            (await staff.PostAsJsonAsync("/api/purchases", Purchase(memberId, DateTimeOffset.UtcNow.AddMinutes(-1))))
                .EnsureSuccessStatusCode();
            await Eventually.HoldsAsync(
                async () => (await staff.GetFromJsonAsync<JsonElement>($"/api/campaigns/tasks/members/{memberId}"))[0]
                    .GetProperty("status").GetString() == "Completed",
                StackFixture.EventTimeout, "the second purchase completed the task");
            var coupon = Assert.Single((await CampaignApi.CouponsOfAsync(member, memberId)).EnumerateArray());
            Assert.Equal((campaignId, 50m),
                (coupon.GetProperty("campaignId").GetGuid(), coupon.GetProperty("value").GetDecimal()));
            Assert.Equal(1L, await stack.QueryAsync<long>("campaigndb",
                """SELECT count(*) FROM outbox_messages WHERE "EventType" LIKE '%NotificationRequested' """ +
                """AND "Payload"->>'templateCode' = 'growth-task-completed' AND "Payload"->>'memberId' = @m""",
                ("m", memberId.ToString())));
            using var stranger = await stack.ClientAsync("member", Guid.NewGuid());
            Assert.Equal(HttpStatusCode.Forbidden,
                (await stranger.GetAsync($"/api/campaigns/tasks/members/{memberId}")).StatusCode);
        }
        finally
        {
            (await admin.PostAsync($"/api/campaigns/{campaignId}/end", null)).EnsureSuccessStatusCode();
        }
    }
}
