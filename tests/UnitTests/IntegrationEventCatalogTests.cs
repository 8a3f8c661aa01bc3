using System.Text.Json;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts;
using Loyalty.Contracts.Members;
using Loyalty.Launcher;

namespace Loyalty.UnitTests;

/// <summary>The event catalog is a public contract: these tests guard its shape and its documentation.</summary>
public class IntegrationEventCatalogTests
{
    public static TheoryData<Type> EventTypes() => [.. IntegrationEventTypes.All];

    [Fact]
    public void The_catalog_has_every_event_the_services_need()
    {
        var names = IntegrationEventTypes.All.Select(t => t.Name).ToHashSet();
        string[] expected =
        [
            "MemberRegistered", "MemberProfileUpdated", "MemberConsentChanged", "MemberTierChanged", "ReferralQualified",
            "PurchaseRecorded", "PurchaseRefunded", "PointsAccountOpened", "PointsEarned", "PointsRedeemed", "PointsExpired",
            "PointsExpiringSoon", "SegmentEntered", "SegmentLeft", "CouponIssued", "CouponRedeemed", "PointsGrantRequested",
            "NotificationRequested", "NotificationSent", "NotificationFailed", "NotificationSuppressed",
        ];
        Assert.Empty(expected.Except(names));
    }

    [Theory]
    [MemberData(nameof(EventTypes))]
    public void Every_event_is_a_sealed_past_tense_record_in_a_contracts_namespace(Type eventType)
    {
        Assert.True(eventType.IsSealed);
        Assert.NotNull(eventType.GetMethod("<Clone>$")); // compiler-generated for records
        Assert.StartsWith("Loyalty.Contracts.", eventType.Namespace);
        Assert.Matches("(ed|Sent|Left|Soon)$", eventType.Name);
    }

    [Theory]
    [MemberData(nameof(EventTypes))]
    public void Every_event_is_documented_for_partners(Type eventType)
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryLocator.Root(), "docs", "events.md"));
        Assert.Contains($"### {eventType.Name}", docs);
        Assert.Contains(LoyaltyEntityNameFormatter.For(eventType), docs);
    }

    [Fact]
    public void Events_serialise_with_id_time_version_camel_case_and_string_enums_and_round_trip()
    {
        var registered = new MemberRegistered(
            Guid.NewGuid(), "13812345678", "王丽", Gender.Female, new DateOnly(1990, 5, 20), "SH-JINGAN-01", "HKT4U6AW", null, Tier.Silver,
            new DateTimeOffset(2026, 11, 22, 2, 15, 0, TimeSpan.Zero))
        {
            OccurredAt = new DateTimeOffset(2026, 11, 22, 2, 15, 0, TimeSpan.Zero),
        };

        var json = JsonSerializer.Serialize(registered, IntegrationEventJson.Options);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;

        Assert.Equal(registered.EventId, root.GetProperty("eventId").GetGuid());
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("2026-11-22T02:15:00+00:00", root.GetProperty("occurredAt").GetString());
        Assert.Equal("Silver", root.GetProperty("tier").GetString());
        Assert.Equal("1990-05-20", root.GetProperty("birthDate").GetString());
        Assert.Equal(registered, JsonSerializer.Deserialize<MemberRegistered>(json, IntegrationEventJson.Options));
    }

    [Fact]
    public void Event_ids_are_unique_and_time_ordered()
    {
        var first = new PointsExpiringSoonFixture().Create();
        var second = new PointsExpiringSoonFixture().Create();
        Assert.NotEqual(first.EventId, second.EventId);
        Assert.Equal(7, first.EventId.Version);
    }

    [Fact]
    public void Stored_type_names_resolve_back_to_their_types()
    {
        foreach (var type in IntegrationEventTypes.All)
        {
            Assert.Equal(type, IntegrationEventTypes.Resolve(IntegrationEventTypes.NameOf(type)));
        }

        Assert.Throws<InvalidOperationException>(() => IntegrationEventTypes.Resolve("Loyalty.Contracts.Nope"));
    }

    private sealed class PointsExpiringSoonFixture
    {
        public Loyalty.Contracts.Points.PointsExpiringSoon Create() =>
            new(Guid.NewGuid(), 100, DateTimeOffset.UnixEpoch) { OccurredAt = DateTimeOffset.UnixEpoch };
    }
}
