using System.Text.Json;
using System.Text.RegularExpressions;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Campaign.Api.Domain.Coupons;
using Loyalty.Contracts;
using Loyalty.Contracts.Members;
using Loyalty.Launcher;
using MassTransit.Serialization;

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
            "MemberRegistered", "MemberProfileUpdated", "MemberConsentChanged",
            "MemberTierChanged", "ReferralQualified",
            "PurchaseRecorded", "PurchaseRefunded", "PointsAccountOpened", "PointsEarned",
            "PointsRedeemed", "PointsExpired",
            "PointsExpiringSoon", "SegmentEntered", "SegmentLeft", "CouponIssued",
            "CouponRedeemed", "PointsGrantRequested",
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

    [Theory]
    [MemberData(nameof(EventTypes))]
    public void Every_documented_example_has_the_fields_and_value_kinds_of_a_real_payload_and_the_current_version(
        Type eventType)
    {
        var documented = DocumentedExample(eventType.Name);
        using var real =
            JsonDocument.Parse(JsonSerializer.Serialize(EventSamples.Of(eventType), eventType, WireOptions));

        var differences = new List<string>();
        CompareShapes(documented, real.RootElement, eventType.Name, differences);
        Assert.Empty(differences);
        Assert.Equal(IntegrationEvent.CurrentSchemaVersion(eventType),
            documented.GetProperty("schemaVersion").GetInt32());
    }

    [Fact]
    public void Documented_coupon_codes_have_the_format_Campaign_issues()
    {
        var code = DocumentedExample("CouponIssued").GetProperty("code").GetString()!;
        Assert.Equal(CouponCodes.Length, code.Length);
        Assert.Equal(CouponCodes.Normalize(code), code);
        Assert.Equal(code,
            DocumentedExample("NotificationRequested").GetProperty("variables").GetProperty("couponCode").GetString());
    }

    /// <summary>The options MassTransit serializes the message with
    /// on the wire, as the services configure them.</summary>
    private static readonly JsonSerializerOptions WireOptions =
        IntegrationEventJson.Configure(new JsonSerializerOptions(SystemTextJsonMessageSerializer.Options));

    private static JsonElement DocumentedExample(string eventName)
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryLocator.Root(), "docs", "events.md"));
        var section = Regex.Match(docs, $@"^### {eventName}\n(.*?)(?=^### |\z)",
            RegexOptions.Multiline | RegexOptions.Singleline);
        Assert.True(section.Success, $"no section ### {eventName}");
        var example = Regex.Match(section.Groups[1].Value, @"```json\n(.*?)```", RegexOptions.Singleline);
        Assert.True(example.Success, $"no JSON example under ### {eventName}");
        return JsonDocument.Parse(example.Groups[1].Value).RootElement.Clone();
    }

    /// <summary>Same property names, same value kinds (a documented null
    /// stands for a nullable field), arrays by their first item.</summary>
    private static void CompareShapes(JsonElement documented, JsonElement real, string path, List<string> differences)
    {
        if (documented.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        if (Kind(documented) != Kind(real))
        {
            differences.Add($"{path}: documented {documented.ValueKind}, real {real.ValueKind}");
            return;
        }

        if (real.ValueKind == JsonValueKind.Object && !path.EndsWith(".variables", StringComparison.Ordinal))
        {
            var documentedNames = documented.EnumerateObject().Select(p => p.Name).ToHashSet();
            var realNames = real.EnumerateObject().Select(p => p.Name).ToHashSet();
            differences.AddRange(realNames.Except(documentedNames)
                .Select(name => $"{path}.{name}: not in the example"));
            differences.AddRange(documentedNames.Except(realNames)
                .Select(name => $"{path}.{name}: not in real payloads"));
            foreach (var name in documentedNames.Intersect(realNames))
            {
                CompareShapes(documented.GetProperty(name), real.GetProperty(name), $"{path}.{name}", differences);
            }
        }
        else if (real.ValueKind == JsonValueKind.Array && documented.GetArrayLength() > 0 && real.GetArrayLength() > 0)
        {
            CompareShapes(documented[0], real[0], path + "[0]", differences);
        }
    }

    private static JsonValueKind Kind(JsonElement element) =>
        element.ValueKind == JsonValueKind.False ? JsonValueKind.True : element.ValueKind;

    [Fact]
    public void Events_serialise_with_id_time_version_camel_case_and_string_enums_and_round_trip()
    {
        var registered = new MemberRegistered(
            Guid.NewGuid(), "13812345678", "王丽", Gender.Female, new DateOnly(1990, 5, 20), "SH-JINGAN-01",
            "HKT4U6AW", null, Tier.Silver,
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
