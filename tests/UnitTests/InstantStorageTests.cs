using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Members.Api.Infrastructure;
using Loyalty.Feedback.Api.Infrastructure;
using Loyalty.Notification.Api.Infrastructure;
using Loyalty.Points.Api.Infrastructure;
using Loyalty.Segmentation.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.UnitTests;

/// <summary>Every instant any service stores goes to PostgreSQL as UTC, whatever offset it arrived with.</summary>
public class InstantStorageTests
{
    public static TheoryData<string> Services =>
        ["members", "points", "segmentation", "campaign", "notification", "feedback"];

    [Theory]
    [MemberData(nameof(Services))]
    public void Every_instant_property_of_the_service_model_is_stored_as_UTC(string service)
    {
        using var context = Context(service);

        var instants = context.Model.GetEntityTypes()
            .SelectMany(entity => entity.GetProperties())
            .Where(property =>
                (Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType) == typeof(DateTimeOffset))
            .ToList();

        Assert.NotEmpty(instants);
        Assert.All(instants,
            property => Assert.IsType<InstantConventions.UtcInstantConverter>(property.GetValueConverter()));
    }

    [Fact]
    public void The_conversion_keeps_the_instant_and_drops_the_offset()
    {
        var converter = new InstantConventions.UtcInstantConverter();
        var shanghai = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(8));

        var stored = (DateTimeOffset)converter.ConvertToProvider(shanghai)!;

        Assert.Equal(TimeSpan.Zero, stored.Offset);
        Assert.Equal(shanghai, stored);
    }

    private static DbContext Context(string service)
    {
        const string Connection = "Host=unused;Database=unused";
        return service switch
        {
            "members" => new MembersDbContext(Options<MembersDbContext>(Connection)),
            "points" => new PointsDbContext(Options<PointsDbContext>(Connection)),
            "segmentation" => new SegmentationDbContext(Options<SegmentationDbContext>(Connection)),
            "campaign" => new CampaignDbContext(Options<CampaignDbContext>(Connection)),
            "feedback" => new FeedbackDbContext(Options<FeedbackDbContext>(Connection)),
            _ => new NotificationDbContext(Options<NotificationDbContext>(Connection)),
        };
    }

    private static DbContextOptions<T> Options<T>(string connection) where T : DbContext =>
        new DbContextOptionsBuilder<T>().UseNpgsql(connection).Options;
}
