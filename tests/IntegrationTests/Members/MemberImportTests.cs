using System.Text;
using System.Text.Json;
using Loyalty.BuildingBlocks.Auditing;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts;
using Loyalty.IntegrationTests.Support;
using Loyalty.Members.Api.Application;
using Loyalty.Members.Api.Domain.Members;
using Loyalty.Members.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Loyalty.IntegrationTests.Members;

/// <summary>
/// The CSV import on the real Members schema: COPY-written rows read back through EF, events in the outbox, reruns
/// harmless.
/// </summary>
public class MemberImportTests
{
    [Fact]
    public async Task An_import_creates_valid_rows_with_their_events_reports_bad_ones_and_a_rerun_creates_nobody()
    {
        await using var database = new TestDatabase("it_member_import");
        var options = new DbContextOptionsBuilder<MembersDbContext>().UseNpgsql(database.ConnectionString).Options;
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));
        await using (var db = new MembersDbContext(options))
        {
            await db.Database.MigrateAsync();
            var registration = MemberRegistrationRules.Validate(
                new MemberRegistration("13700000000", "已注册", Gender.Male, new DateOnly(1985, 1, 1), "SH-01", null),
                new DateOnly(2026, 11, 23)).Registration!;
            db.Members.Add(Member.Register(registration, null, "EXISTING", clock.GetUtcNow()));
            await db.SaveChangesAsync();
        }

        // 1,000 data rows: 988 good, one phone already registered, one repeated phone, ten with a bad birth date.
        var csv = new StringBuilder(
            "phone,name,gender,birth_date,home_store_id,skin_type,interest_tags,tier,registered_at\n");
        csv.Append("13700000000,已注册,男,1985-01-01,SH-01,,,,\n");
        for (var i = 1; i <= 988; i++)
        {
            var (gender, tier) = (i % 2 == 0 ? "女" : "M", i % 10 == 0 ? "钻石" : "Silver");
            csv.Append(
                $"137{i:D8},\"会员, {i}\",{gender},1990-05-20,SH-{i % 7:D2},Dry,anti-aging;laser,{tier},2018-04-02\n");
        }

        csv.Append("13700000001,重复,F,1990-05-20,SH-01,,,,\n");
        for (var i = 0; i < 10; i++)
        {
            csv.Append($"136{i:D8},坏日期,F,1990-02-30,SH-01,,,,\n");
        }

        async Task<Loyalty.Members.Api.Domain.Import.MemberImportReport> ImportAsync()
        {
            await using var db = new MembersDbContext(options);
            var outcome = await new ImportMembers(
                    db, AuditTrail.WithoutRequest(db, clock), clock, NullLogger<ImportMembers>.Instance)
                .HandleAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString())), CancellationToken.None);
            return Assert.IsType<ImportMembers.Outcome.Imported>(outcome).Report;
        }

        var first = await ImportAsync();
        Assert.Equal((1_000, 988, 1, 11), (first.Rows, first.Created, first.AlreadyMembers, first.Failed));
        Assert.Equal("The same phone is already on line 3.", Assert.Single(first.Errors, e => e.Line == 991).Message);
        Assert.Equal(Enumerable.Range(992, 10), first.Errors.Where(e => e.Field == "birthDate").Select(e => e.Line));

        var second = await ImportAsync();
        Assert.Equal((1_000, 0, 989, 11), (second.Rows, second.Created, second.AlreadyMembers, second.Failed));

        await using (var db = new MembersDbContext(options))
        {
            Assert.Equal(989, await db.Members.CountAsync());
            var tenth = await db.Members.SingleAsync(m => m.Phone == "13700000010");
            Assert.Equal(
                ("会员, 10", Gender.Female, Tier.Diamond, "SH-03", "Dry"),
                (tenth.Name, tenth.Gender, tenth.Tier, tenth.HomeStoreId, tenth.SkinType));
            Assert.Equal(["anti-aging", "laser"], tenth.InterestTags);
            Assert.Equal(
                (new DateTimeOffset(2018, 4, 1, 16, 0, 0, TimeSpan.Zero), new DateOnly(2027, 4, 2)),
                (tenth.RegisteredAt, tenth.NextTierReviewOn));
            Assert.Equal(988, await db.Members.Select(m => m.ReferralCode).Distinct().CountAsync() - 1);

            var events = await db.Set<OutboxMessage>()
                .Where(m => m.EventType == "Loyalty.Contracts.Members.MemberRegistered").ToListAsync();
            Assert.Equal(988, events.Count);
            var tenthEvent = events.Single(e => e.Payload.Contains("13700000010", StringComparison.Ordinal));
            var payload = JsonDocument.Parse(tenthEvent.Payload).RootElement;
            Assert.Equal(
                (tenth.Id, "Diamond"),
                (payload.GetProperty("memberId").GetGuid(), payload.GetProperty("tier").GetString()));
        }
    }

    [Fact]
    public async Task A_phone_another_writer_commits_while_a_chunk_is_written_makes_the_chunk_run_again_and_count_it()
    {
        await using var database = new TestDatabase("it_member_import");
        var options = new DbContextOptionsBuilder<MembersDbContext>().UseNpgsql(database.ConnectionString).Options;
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));
        await using (var db = new MembersDbContext(options))
        {
            await db.Database.MigrateAsync();
        }

        // A registration of the file's second phone, not yet committed: the import does not see it, and its COPY
        // waits on the phone's unique index until the registration commits, then fails on it.
        await using var other = new MembersDbContext(options);
        await using var registration = await other.Database.BeginTransactionAsync();
        var valid = MemberRegistrationRules.Validate(
            new MemberRegistration("13700000002", "同时", Gender.Female, new DateOnly(1990, 1, 1), "SH-01", null),
            new DateOnly(2026, 11, 23)).Registration!;
        other.Members.Add(Member.Register(valid, null, "CONCURRE", clock.GetUtcNow()));
        await other.SaveChangesAsync();

        var csv = "phone,name,gender,birthDate,homeStoreId\n13700000001,一,F,1990-05-20,SH-01\n"
            + "13700000002,二,F,1990-05-20,SH-01\n13700000003,三,F,1990-05-20,SH-01\n";
        await using var importing = new MembersDbContext(options);
        var import = new ImportMembers(
                importing, AuditTrail.WithoutRequest(importing, clock), clock, NullLogger<ImportMembers>.Instance)
            .HandleAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), CancellationToken.None);
        await Task.Delay(500);
        await registration.CommitAsync();

        var report = Assert.IsType<ImportMembers.Outcome.Imported>(await import).Report;
        Assert.Equal((3, 2, 1, 0), (report.Rows, report.Created, report.AlreadyMembers, report.Failed));
        await using var reader = new MembersDbContext(options);
        Assert.Equal(3, await reader.Members.CountAsync());
        Assert.Equal(2, await reader.Set<OutboxMessage>().CountAsync(m => m.EventType.Contains("MemberRegistered")));
    }
}
