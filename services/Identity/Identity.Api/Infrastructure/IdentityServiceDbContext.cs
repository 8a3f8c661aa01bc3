using Loyalty.BuildingBlocks.Auditing;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.BuildingBlocks.Privacy;
using Loyalty.Identity.Api.Domain.Copies;
using Loyalty.Identity.Api.Domain.Keys;
using Loyalty.Identity.Api.Domain.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Identity.Api.Infrastructure;

/// <summary>
/// identitydb: staff accounts (ASP.NET Core Identity), OpenIddict's clients, authorizations and tokens, the service's
/// own token keys, its copy of members (for sign-in by phone), the members it erased, and the outbox and inbox every service has.
/// </summary>
public sealed class IdentityServiceDbContext(DbContextOptions<IdentityServiceDbContext> options)
    : IdentityUserContext<StaffMember, Guid>(options)
{
    public DbSet<TokenKey> TokenKeys => Set<TokenKey>();

    public DbSet<MemberLogin> MemberLogins => Set<MemberLogin>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        RowLockInterceptor.UseRowLocks(optionsBuilder);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreInstantsAsUtc();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.UseOpenIddict();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IdentityServiceDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAudit();
        modelBuilder.AddErasedMembers();
    }
}
