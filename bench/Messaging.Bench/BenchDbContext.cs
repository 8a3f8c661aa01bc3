using Loyalty.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Messaging.Bench;

public sealed class BenchDbContext(DbContextOptions<BenchDbContext> options) : DbContext(options)
{
    public DbSet<GrantRecord> Grants => Set<GrantRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<GrantRecord>().ToTable("grants");
        modelBuilder.AddOutboxAndInbox();
    }
}
