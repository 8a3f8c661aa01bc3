using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.Identity.Api.Infrastructure;
using Loyalty.IntegrationTests.Support;
using Loyalty.Members.Api.Infrastructure;
using Loyalty.Feedback.Api.Infrastructure;
using Loyalty.Notification.Api.Infrastructure;
using Loyalty.Points.Api.Infrastructure;
using Loyalty.Segmentation.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.IntegrationTests.Persistence;

public class MigrationTests
{
    public static TheoryData<Type> ServiceContexts() =>
    [
        typeof(MembersDbContext), typeof(PointsDbContext), typeof(SegmentationDbContext), typeof(CampaignDbContext),
        typeof(NotificationDbContext), typeof(IdentityServiceDbContext), typeof(FeedbackDbContext),
    ];

    [Theory]
    [MemberData(nameof(ServiceContexts))]
    public async Task Each_services_migrations_create_its_database_and_match_its_model(Type contextType)
    {
        await using var database = new TestDatabase("it_mig");
        await using var db = CreateContext(contextType, database.ConnectionString);

        await db.Database.MigrateAsync();

        Assert.False(db.Database.HasPendingModelChanges(),
            $"{contextType.Name} has model changes without a migration: run dotnet ef migrations add");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        var tables = await db.Database.SqlQueryRaw<string>("SELECT table_name AS \"Value\" FROM " +
            "information_schema.tables WHERE table_schema = 'public'").ToListAsync();
        Assert.Contains("outbox_messages", tables);
        Assert.Contains("inbox_messages", tables);
    }

    [Fact]
    public async Task The_database_enforces_one_member_per_phone_and_the_violation_is_recognised()
    {
        await using var database = new TestDatabase("it_mig");
        await using var db = (MembersDbContext)CreateContext(typeof(MembersDbContext), database.ConnectionString);
        await db.Database.MigrateAsync();
        db.Add(CreateMemberWithPhone("13812345678", "AAAAAAAA"));
        await db.SaveChangesAsync();

        var exception = await Assert.ThrowsAsync<DbUpdateException>(async () =>
        {
            await using var other =
                (MembersDbContext)CreateContext(typeof(MembersDbContext), database.ConnectionString);
            other.Add(CreateMemberWithPhone("13812345678", "BBBBBBBB"));
            await other.SaveChangesAsync();
        });
        Assert.True(exception.IsUniqueViolation("IX_members_Phone"));
        Assert.False(exception.IsUniqueViolation("IX_members_ReferralCode"));
    }

    private static Loyalty.Members.Api.Domain.Members.Member CreateMemberWithPhone(string phone, string referralCode)
    {
        var registration = Loyalty.Members.Api.Domain.Members.MemberRegistrationRules.Validate(
            new Loyalty.Members.Api.Domain.Members.MemberRegistration(
                phone, "李娜", Contracts.Gender.Female, new DateOnly(1991, 1, 1), "SH-02", null),
            new DateOnly(2026, 11, 22)).Registration!;
        return Loyalty.Members.Api.Domain.Members.Member.Register(
            registration, null, referralCode, DateTimeOffset.UtcNow);
    }

    internal static DbContext CreateContext(Type contextType, string connectionString)
    {
        var optionsType = typeof(DbContextOptionsBuilder<>).MakeGenericType(contextType);
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(optionsType)!;
        builder.UseNpgsql(connectionString);
        return (DbContext)Activator.CreateInstance(contextType, builder.Options)!;
    }
}
