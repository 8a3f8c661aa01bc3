using System.Reflection;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts;
using Loyalty.Contracts.Campaign;
using Loyalty.Contracts.Members;
using Loyalty.Contracts.Points;
using MassTransit;

namespace Loyalty.UnitTests;

/// <summary>The shared rules every consumer applies before it takes
/// an event (impossible events go to _error).</summary>
public class IntegrationEventValidationTests
{
    private static readonly DateTimeOffset Now = EventSamples.At;

    public static TheoryData<Type> EventTypes() => [.. IntegrationEventTypes.All];

    [Theory]
    [MemberData(nameof(EventTypes))]
    public void A_plausible_event_of_every_type_has_no_problem(Type eventType) =>
        Assert.Empty(IntegrationEventValidation.Problems(EventSamples.Of(eventType), Now));

    public static TheoryData<string, string> Impossible() => new()
    {
        { "empty member id", "memberId is the empty id" },
        { "negative amount", "amount is negative" },
        { "negative line amount", "items[0].amount is negative" },
        { "zero quantity", "items[0].quantity is zero" },
        { "missing line", "items[0] is missing" },
        { "paid in year 1", "paidAt is not between 2000-01-01 and 2100-01-01 (ISO 8601 with an offset)" },
        { "occurred in year 1", "occurredAt is not between 2000-01-01 and 2100-01-01 (ISO 8601 with an offset)" },
        { "missing store", "storeId is missing" },
        { "blank order", "externalOrderId is empty" },
        { "version from the future", "schemaVersion 3 is not one this service knows (1 to 2)" },
    };

    [Theory]
    [MemberData(nameof(Impossible))]
    public void An_impossible_purchase_is_refused_naming_the_field(string impossibility, string problem)
    {
        var purchase = (PurchaseRecorded)EventSamples.Of(typeof(PurchaseRecorded));
        var line = purchase.Items[0];
        purchase = impossibility switch
        {
            "empty member id" => purchase with { MemberId = Guid.Empty },
            "negative amount" => purchase with { Amount = -1m },
            "negative line amount" => purchase with { Items = [line with { Amount = -0.01m }] },
            "zero quantity" => purchase with { Items = [line with { Quantity = 0 }] },
            "missing line" => purchase with { Items = [null!] },
            "paid in year 1" => purchase with { PaidAt = DateTimeOffset.MinValue },
            "occurred in year 1" => purchase with { OccurredAt = default },
            "missing store" => purchase with { StoreId = null! },
            "blank order" => purchase with { ExternalOrderId = " " },
            _ => purchase with { SchemaVersion = 3 },
        };

        Assert.Equal([problem], IntegrationEventValidation.Problems(purchase, Now));
    }

    [Fact]
    public void Undefined_enum_values_unborn_members_zero_refunds_and_null_optional_fields_are_told_apart()
    {
        var registered = (MemberRegistered)EventSamples.Of(typeof(MemberRegistered));
        Assert.Equal(
            ["gender is not a Gender value",
                "birthDate is not between 1900-01-01 and 2099-12-31 (yyyy-MM-dd), or in the future"],
            IntegrationEventValidation.Problems(
                registered with { Gender = (Gender)99, BirthDate = new DateOnly(2026, 12, 1) }, Now));
        Assert.Empty(IntegrationEventValidation.Problems(
            registered with { ReferredByMemberId = null, SkinType = null, InterestTags = null }, Now));
        Assert.Equal(["referredByMemberId is the empty id"],
            IntegrationEventValidation.Problems(registered with { ReferredByMemberId = Guid.Empty }, Now));

        var refund = (PurchaseRefunded)EventSamples.Of(typeof(PurchaseRefunded));
        Assert.Equal(["refundAmount is zero"],
            IntegrationEventValidation.Problems(refund with { RefundAmount = 0m }, Now));
        var grant = (PointsGrantRequested)EventSamples.Of(typeof(PointsGrantRequested));
        Assert.Equal(["points is zero"], IntegrationEventValidation.Problems(grant with { Points = 0 }, Now));
    }

    public static TheoryData<Type> Consumers() =>
    [
        .. new[] { "Members.Api", "Points.Api", "Segmentation.Api", "Campaign.Api", "Notification.Api",
            "Feedback.Api" }
            .SelectMany(name => Assembly.Load(name).GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false }
                && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IConsumer<>))),
    ];

    [Theory]
    [MemberData(nameof(Consumers))]
    public void Every_consumer_of_every_service_validates_through_the_idempotent_consumer(Type consumer)
    {
        var baseType = consumer.BaseType;
        Assert.True(
            baseType is { IsGenericType: true } && baseType.GetGenericTypeDefinition() == typeof(IdempotentConsumer<,>),
            $"{consumer.Name} does not derive from IdempotentConsumer<,>");
    }

    [Fact]
    public void Every_service_has_consumers() => Assert.True(((IEnumerable<object[]>)Consumers()).Count() >= 30);
}
