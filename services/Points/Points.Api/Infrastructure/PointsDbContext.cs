using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Points.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Points.Api.Infrastructure;

public sealed class PointsDbContext(DbContextOptions<PointsDbContext> options) : DbContext(options)
{
    public DbSet<PointsAccount> Accounts => Set<PointsAccount>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PointsAccount>(account =>
        {
            account.ToTable("accounts");
            account.HasKey(a => a.MemberId);
        });
        modelBuilder.AddOutboxAndInbox();
    }
}
