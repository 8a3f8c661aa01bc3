using Loyalty.BuildingBlocks.Auditing;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.BuildingBlocks.Privacy;
using Loyalty.Notification.Api.Domain.Copies;
using Loyalty.Notification.Api.Domain.Messages;
using Loyalty.Notification.Api.Domain.Templates;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Notification.Api.Infrastructure;

/// <summary>
/// The Notification service's own database: messages (the log and the local capture), templates, and its copies of
/// member contacts and consent, the members it erased, and the Data Protection key ring that encrypts phones at rest
/// (shared by every replica: what one encrypts, the others read).
/// </summary>
public sealed class NotificationDbContext(DbContextOptions<NotificationDbContext> options)
    : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<NotificationMessage> Messages => Set<NotificationMessage>();

    public DbSet<MessageTemplate> Templates => Set<MessageTemplate>();

    public DbSet<MemberContact> Members => Set<MemberContact>();

    public DbSet<MemberConsent> Consents => Set<MemberConsent>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        RowLockInterceptor.UseRowLocks(optionsBuilder);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreInstantsAsUtc();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NotificationDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAudit();
        modelBuilder.AddErasedMembers();
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
    }
}
