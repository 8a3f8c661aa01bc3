using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts;
using Loyalty.Contracts.Members;
using Loyalty.Contracts.Points;
using MassTransit;

namespace Loyalty.UnitTests;

public class EntityNameFormatterTests
{
    [Theory]
    [InlineData(typeof(MemberRegistered), "loyalty.member-registered")]
    [InlineData(typeof(PointsExpiringSoon), "loyalty.points-expiring-soon")]
    [InlineData(typeof(IntegrationEvent), "loyalty.integration-event")]
    public void Contract_exchanges_are_prefixed_kebab_case(Type type, string expected) =>
        Assert.Equal(expected, LoyaltyEntityNameFormatter.For(type));

    [Theory]
    [InlineData("NPSSurveyAnswered", "nps-survey-answered")]
    [InlineData("CouponIssued", "coupon-issued")]
    public void Acronyms_stay_together(string name, string expected) =>
        Assert.Equal(expected, LoyaltyEntityNameFormatter.KebabCase(name));

    [Fact]
    public void Every_contract_has_its_own_exchange() =>
        Assert.Equal(IntegrationEventTypes.All.Count,
            IntegrationEventTypes.All.Select(LoyaltyEntityNameFormatter.For).Distinct().Count());

    [Fact]
    public void Types_that_are_not_contracts_keep_the_fallback_name()
    {
        var formatter = new LoyaltyEntityNameFormatter(new FixedNameFormatter("fallback"));

        Assert.Equal("fallback", formatter.FormatEntityName<Fault<MemberRegistered>>());
        Assert.Equal("loyalty.member-registered", formatter.FormatEntityName<MemberRegistered>());
    }

    private sealed class FixedNameFormatter(string name) : IEntityNameFormatter
    {
        public string FormatEntityName<T>() => name;
    }
}
