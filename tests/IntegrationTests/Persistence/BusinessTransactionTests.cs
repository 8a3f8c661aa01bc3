using Loyalty.BuildingBlocks.Persistence;
using Loyalty.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Loyalty.IntegrationTests.Persistence;

/// <summary>The shared transaction runner and LINQ row locks, on the real server.</summary>
public class BusinessTransactionTests
{
    [Fact]
    public async Task A_commit_that_hits_a_listed_unique_index_answers_with_the_repeat_and_keeps_nothing_of_the_work()
    {
        await using var database = await CreatedAsync();
        await using (var first = new TicketDbContext(database.ConnectionString))
        {
            first.Tickets.Add(new Ticket { Code = "A-1", Count = 1 });
            await first.SaveChangesAsync();
        }

        await using var db = new TicketDbContext(database.ConnectionString);
        var outcome = await db.RunAsync(
            _ =>
            {
                db.Tickets.Add(new Ticket { Code = "B-1", Count = 1 });
                db.Tickets.Add(new Ticket { Code = "A-1", Count = 2 });
                return Task.FromResult("new");
            },
            [new Repeat<string>(TicketDbContext.CodeIndex, async ct => $"repeat:{await db.Tickets.CountAsync(ct)}")],
            CancellationToken.None);

        Assert.Equal("repeat:1", outcome); // B-1 rolled back with the rest, and the tracker was cleared
        Assert.Empty(db.ChangeTracker.Entries());
    }

    [Fact]
    public async Task A_unique_violation_the_use_case_did_not_list_is_not_swallowed()
    {
        await using var database = await CreatedAsync();
        await using var db = new TicketDbContext(database.ConnectionString);
        db.Tickets.Add(new Ticket { Code = "A-1", Count = 1 });
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        await Assert.ThrowsAsync<DbUpdateException>(() => db.RunAsync(
            _ =>
            {
                db.Tickets.Add(new Ticket { Code = "A-1", Count = 2 });
                return Task.FromResult(0);
            },
            [new Repeat<int>("IX_some_other_index", _ => Task.FromResult(1))],
            CancellationToken.None));
    }

    [Fact]
    public async Task ForUpdate_locks_the_rows_until_commit_and_ForUpdateSkipLocked_passes_them_by()
    {
        await using var database = await CreatedAsync();
        await using var holder = new TicketDbContext(database.ConnectionString);
        holder.Tickets.AddRange(new Ticket { Code = "A-1", Count = 1 }, new Ticket { Code = "B-1", Count = 1 });
        await holder.SaveChangesAsync();

        await using var transaction = await holder.Database.BeginTransactionAsync();
        var locked = await holder.Tickets.Where(t => t.Code == "A-1").ForUpdate().SingleAsync();

        await using (var other = new TicketDbContext(database.ConnectionString))
        {
            await using var otherTransaction = await other.Database.BeginTransactionAsync();
            var free = await other.Tickets.OrderBy(t => t.Code).ForUpdateSkipLocked().Select(t => t.Code).ToListAsync();
            Assert.Equal(["B-1"], free);

            await other.Database.ExecuteSqlRawAsync("SET LOCAL lock_timeout = '200ms'");
            var waited = await Assert.ThrowsAnyAsync<Exception>(
                () => other.Tickets.Where(t => t.Code == "A-1").ForUpdate().SingleAsync());
            var postgres = waited as PostgresException ?? waited.InnerException as PostgresException;
            Assert.Equal(PostgresErrorCodes.LockNotAvailable, postgres?.SqlState);
        }

        await transaction.CommitAsync();
        await using var after = new TicketDbContext(database.ConnectionString);
        await using var afterTransaction = await after.Database.BeginTransactionAsync();
        await after.Database.ExecuteSqlRawAsync("SET LOCAL lock_timeout = '200ms'");
        Assert.Equal(locked.Id, (await after.Tickets.Where(t => t.Code == "A-1").ForUpdate().SingleAsync()).Id);
    }

    private static async Task<TestDatabase> CreatedAsync()
    {
        var database = new TestDatabase("it_tx");
        await using var db = new TicketDbContext(database.ConnectionString);
        await db.Database.EnsureCreatedAsync();
        return database;
    }

    private sealed class Ticket
    {
        public long Id { get; set; }

        public required string Code { get; set; }

        public int Count { get; set; }
    }

    private sealed class TicketDbContext(string connectionString) : DbContext
    {
        public const string CodeIndex = "IX_tickets_code";

        public DbSet<Ticket> Tickets => Set<Ticket>();

        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
            RowLockInterceptor.UseRowLocks(optionsBuilder.UseNpgsql(connectionString));

        protected override void OnModelCreating(ModelBuilder modelBuilder) =>
            modelBuilder.Entity<Ticket>(ticket =>
            {
                ticket.ToTable("tickets");
                ticket.HasIndex(t => t.Code).IsUnique().HasDatabaseName(CodeIndex);
            });
    }
}
