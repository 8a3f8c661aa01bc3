using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Members.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Members.Api.Infrastructure;

public sealed class MembersDbContext(DbContextOptions<MembersDbContext> options) : DbContext(options)
{
    public DbSet<Member> Members => Set<Member>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new MemberConfiguration());
        modelBuilder.AddOutboxAndInbox();
    }
}
