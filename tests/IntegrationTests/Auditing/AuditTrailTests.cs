using System.Net;
using System.Security.Claims;
using System.Text.Json;
using Loyalty.BuildingBlocks.Auditing;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.IntegrationTests.Persistence;
using Loyalty.IntegrationTests.Support;
using Loyalty.ServiceDefaults;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Loyalty.IntegrationTests.Auditing;

/// <summary>
/// The shared audit trail on the real server: an entry commits and rolls back with the change it records, names the
/// request's actor and origin, masks personal data, and cannot be altered once written.
/// </summary>
public class AuditTrailTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task An_entry_commits_with_the_change_and_names_who_when_and_from_where()
    {
        await using var database = await CreatedAsync();
        var settingId = await SeedAsync(database);
        await using var db = new SettingsDbContext(database.ConnectionString);
        var audit = TrailFor(db, AdminRequest());

        await db.RunAsync(async ct =>
        {
            var setting = await db.Settings.SingleAsync(s => s.Id == settingId, ct);
            setting.Value = 25;
            audit.Record(setting, AuditActions.Changed);
            return 0;
        }, CancellationToken.None);

        await using var read = new SettingsDbContext(database.ConnectionString);
        Assert.Equal(25, (await read.Settings.SingleAsync()).Value);
        var entry = await read.Set<AuditEntry>().SingleAsync();
        Assert.Equal(("admin-7", "admin", "console"), (entry.ActorSubject, entry.ActorRoles, entry.ClientId));
        Assert.Equal(("Setting", settingId.ToString(), "changed"), (entry.Entity, entry.EntityId, entry.Action));
        Assert.Equal(Now, entry.OccurredAt);
        Assert.Equal(("corr-42", "203.0.113.9"), (entry.CorrelationId, entry.ClientIp));
        Assert.Equal(10, JsonDocument.Parse(entry.Before!).RootElement.GetProperty("value").GetInt32());
        Assert.Equal(25, JsonDocument.Parse(entry.After!).RootElement.GetProperty("value").GetInt32());
    }

    [Fact]
    public async Task An_entry_is_rolled_back_with_the_change_it_records()
    {
        await using var database = await CreatedAsync();
        var settingId = await SeedAsync(database);
        await using var db = new SettingsDbContext(database.ConnectionString);
        var audit = TrailFor(db, AdminRequest());

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.RunAsync<int>(async ct =>
        {
            var setting = await db.Settings.SingleAsync(s => s.Id == settingId, ct);
            setting.Value = 99;
            audit.Record(setting, AuditActions.Changed);
            await db.SaveChangesAsync(ct);
            throw new InvalidOperationException("the use case fails after saving, before the commit");
        }, CancellationToken.None));

        await using var read = new SettingsDbContext(database.ConnectionString);
        Assert.Equal(10, (await read.Settings.SingleAsync()).Value);
        Assert.Empty(await read.Set<AuditEntry>().ToListAsync());
    }

    [Fact]
    public async Task Personal_data_is_masked_wherever_it_appears_in_the_change()
    {
        await using var database = await CreatedAsync();
        await using var db = new SettingsDbContext(database.ConnectionString);
        var audit = TrailFor(db, AdminRequest());

        audit.Record("Member", "m-1", AuditActions.Changed,
            new { Phone = "+86 138 1234 5678", Name = "王丽", BirthDate = new DateOnly(1990, 5, 20), Tier = "Gold" },
            new
            {
                Phone = "13912345678", Name = "王小丽", BirthDate = new DateOnly(1990, 5, 21), Tier = "Gold",
                Coupons = new[] { new { Code = "CPN-8F3K2Q", Amount = 80m } }, ReferralCode = "RF7Q2ZK9",
            });
        await db.SaveChangesAsync();

        var raw = await db.Database.SqlQueryRaw<string>(
            "SELECT \"Before\"::text || ' ' || \"After\"::text AS \"Value\" FROM audit_entries").SingleAsync();
        foreach (var clear in (string[])["1234 5678", "12345678", "王丽", "王小丽", "1990-05-2", "CPN-8F3K2Q", "RF7Q2ZK9"])
        {
            Assert.DoesNotContain(clear, raw, StringComparison.Ordinal);
        }

        var after = JsonDocument.Parse((await db.Set<AuditEntry>().SingleAsync()).After!).RootElement;
        Assert.Equal("139****5678", after.GetProperty("phone").GetString());
        Assert.Equal(PersonalDataMask.Hidden, after.GetProperty("name").GetString());
        Assert.Equal(PersonalDataMask.Hidden, after.GetProperty("coupons")[0].GetProperty("code").GetString());
        Assert.Equal(80m, after.GetProperty("coupons")[0].GetProperty("amount").GetDecimal());
        Assert.Equal("Gold", after.GetProperty("tier").GetString());
    }

    [Fact]
    public async Task Work_outside_a_request_is_the_systems_and_an_untracked_entity_is_recorded_as_created()
    {
        await using var database = await CreatedAsync();
        await using var db = new SettingsDbContext(database.ConnectionString);
        var setting = new Setting { Id = Guid.CreateVersion7(), Key = "lot-lifetime", Value = 24 };

        AuditTrail.WithoutRequest(db, new FakeTimeProvider(Now)).Record(setting, AuditActions.Created);
        db.Settings.Add(setting);
        await db.SaveChangesAsync();

        var entry = await db.Set<AuditEntry>().SingleAsync();
        Assert.Equal(("system", null, null), (entry.ActorSubject, entry.ActorRoles, entry.ClientIp));
        Assert.Null(entry.Before);
        Assert.Equal("lot-lifetime", JsonDocument.Parse(entry.After!).RootElement.GetProperty("key").GetString());
    }

    /// <summary>Each service's own migration makes its table append-only: not even the service's login may rewrite it.</summary>
    [Theory]
    [MemberData(nameof(MigrationTests.ServiceContexts), MemberType = typeof(MigrationTests))]
    public async Task Every_services_audit_table_refuses_update_delete_and_truncate(Type contextType)
    {
        await using var database = new TestDatabase("it_audit");
        await using var db = MigrationTests.CreateContext(contextType, database.ConnectionString);
        await db.Database.MigrateAsync();
        AuditTrail.WithoutRequest(db, TimeProvider.System).Record("Setting", "s-1", AuditActions.Created, null, new { });
        await db.SaveChangesAsync();

        foreach (var statement in (string[])[
            "UPDATE audit_entries SET \"ActorSubject\" = 'someone-else'",
            "DELETE FROM audit_entries",
            "TRUNCATE audit_entries"])
        {
            var refused = await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlRawAsync(statement));
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
            Assert.Contains("append-only", refused.MessageText, StringComparison.Ordinal);
        }

        var entry = await db.Set<AuditEntry>().AsNoTracking().SingleAsync();
        Assert.Equal("system", entry.ActorSubject);
    }

    private static HttpContext AdminRequest()
    {
        var http = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim("sub", "admin-7"), new Claim("role", "admin"), new Claim("client_id", "console")],
                "test", "sub", "role")),
        };
        http.Request.Headers[CorrelationIds.HeaderName] = "corr-42";
        http.Request.Headers["X-Forwarded-For"] = "203.0.113.9, 10.0.0.2";
        http.Connection.RemoteIpAddress = IPAddress.Loopback;
        return http;
    }

    private static AuditTrail<SettingsDbContext> TrailFor(SettingsDbContext db, HttpContext request) =>
        new(db, new HttpContextAccessor { HttpContext = request }, new FakeTimeProvider(Now));

    private static async Task<Guid> SeedAsync(TestDatabase database)
    {
        await using var db = new SettingsDbContext(database.ConnectionString);
        var setting = new Setting { Id = Guid.CreateVersion7(), Key = "birthday-multiplier", Value = 10 };
        db.Settings.Add(setting);
        await db.SaveChangesAsync();
        return setting.Id;
    }

    /// <summary>A database with one table of settings and the real audit table, append-only as a migration makes it.</summary>
    private static async Task<TestDatabase> CreatedAsync()
    {
        var database = new TestDatabase("it_audit");
        await using var db = new SettingsDbContext(database.ConnectionString);
        await db.Database.EnsureCreatedAsync();
        await db.Database.ExecuteSqlRawAsync(AuditSql.RefuseChanges);
        return database;
    }

    private sealed class Setting
    {
        public Guid Id { get; init; }

        public required string Key { get; init; }

        public int Value { get; set; }
    }

    private sealed class SettingsDbContext(string connectionString) : DbContext
    {
        public DbSet<Setting> Settings => Set<Setting>();

        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
            optionsBuilder.UseNpgsql(connectionString);

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Setting>().ToTable("settings");
            modelBuilder.AddAudit();
        }
    }
}
