using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.IntegrationTests.Support;

namespace Loyalty.EndToEndTests;

/// <summary>The event contract across the real processes: what
/// consumers take, refuse, and keep from Members' events.</summary>
[Collection(StackCollection.Name)]
public class EventContractTests(StackFixture stack)
{
    private Task<bool> PublishPurchaseAsync(Guid eventId, Guid memberId, decimal amount) =>
        stack.Rabbit.PublishAsync(StackFixture.VirtualHost, "loyalty.purchase-recorded", JsonSerializer.Serialize(new
        {
            messageId = eventId,
            messageType = new[] { "urn:message:Loyalty.Contracts.Points:PurchaseRecorded" },
            message = new
            {
                eventId, occurredAt = DateTimeOffset.UtcNow, schemaVersion = 2, purchaseId = Guid.NewGuid(),
                externalOrderId = $"POS-{eventId:N}",
                memberId, storeId = "SH-JINGAN-01", amount, paidAt = DateTimeOffset.UtcNow.AddMinutes(-1),
                items = new[] { new { sku = "HA-1ML", category = "injectables", quantity = 1, amount } },
            },
        }), "application/vnd.masstransit+json");

    private async Task AssertRefusedAsync(Guid eventId, params string[] services)
    {
        foreach (var service in services)
        {
            await Eventually.HoldsAsync(
                () => stack.Rabbit.QueueHoldsAsync(StackFixture.VirtualHost,
                    $"{service}-purchase-recorded_error", eventId.ToString()),
                StackFixture.EventTimeout, $"the purchase is in {service}-purchase-recorded_error");
            Assert.Equal(0, await stack.QueryAsync<long>($"{service}db",
                """SELECT count(*) FROM inbox_messages WHERE "EventId" = @e""", ("e", eventId)));
        }
    }

    [Fact]
    public async Task A_purchase_with_a_negative_amount_goes_to_every_consumers_error_queue_and_is_stored_nowhere()
    {
        using var staff = await stack.ClientAsync("staff");
        var (eventId, memberId) = (Guid.NewGuid(), await Registrations.RegisterWithAccountAsync(staff));

        Assert.True(await PublishPurchaseAsync(eventId, memberId, -6860m));

        await AssertRefusedAsync(eventId, "members", "segmentation", "campaign");
    }

    [Fact]
    public async Task A_purchase_of_a_member_Members_never_had_goes_to_its_error_queue()
    {
        var eventId = Guid.NewGuid();

        Assert.True(await PublishPurchaseAsync(eventId, Guid.NewGuid(), 6860m));

        await AssertRefusedAsync(eventId, "members");
    }

    [Fact]
    public async Task A_member_registered_with_interest_tags_is_in_a_matching_rule_segment_at_once()
    {
        using var staff = await stack.ClientAsync("staff");
        using var admin = await stack.ClientAsync("admin");
        var tag = $"e2e-{Guid.NewGuid():N}"[..16];
        var slug = $"tag-{tag}";
        using (var created = await admin.PostAsJsonAsync("/api/segments/rules",
            new { slug, name = "E2E tag", criteria = new { tags = new[] { tag } } }))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        using var registered = await staff.PostAsJsonAsync("/api/members", new
        {
            phone = Registrations.NewPhone(), name = "王丽", gender = "Female",
            birthDate = "1990-05-20", homeStoreId = "SH-JINGAN-01",
            skinType = "Oily", interestTags = new[] { tag, "laser" },
        });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var memberId = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        await Eventually.HoldsAsync(
            async () =>
            {
                using var response = await staff.GetAsync($"/api/segments/members/{memberId}");
                return response.IsSuccessStatusCode
                    && (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("segments")
                        .EnumerateArray().Any(s => s.GetString() == $"rule-{slug}");
            },
            StackFixture.EventTimeout, "the new member is in the tag's rule segment without editing her profile");
    }
}
