using Loyalty.Notification.Api.Domain.Messages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loyalty.Notification.Api.Infrastructure.Configurations;

internal sealed class NotificationMessageConfiguration : IEntityTypeConfiguration<NotificationMessage>
{
    public void Configure(EntityTypeBuilder<NotificationMessage> message)
    {
        message.ToTable("messages");
        message.HasKey(m => m.Id);
        message.Property(m => m.Id).UseIdentityAlwaysColumn();
        message.Property(m => m.Channel).HasConversion<string>().HasMaxLength(16);
        message.Property(m => m.Purpose).HasConversion<string>().HasMaxLength(16);
        message.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        message.Property(m => m.SuppressionReason).HasConversion<string>().HasMaxLength(32);
        message.Property(m => m.TemplateCode).HasMaxLength(64);
        message.Property(m => m.Language).HasMaxLength(16);
        message.Property(m => m.DedupeKey).HasMaxLength(200);
        message.Property(m => m.Subject).HasMaxLength(200);
        message.Property(m => m.Error).HasMaxLength(NotificationMessage.MaxErrorLength);
        message.Property(m => m.Provider).HasMaxLength(32);
        message.Property(m => m.ProviderMessageId).HasMaxLength(200);

        // Same dedupe key for the same member: one message; repeats are kept only as suppression records.
        message.HasIndex(m => new { m.MemberId, m.DedupeKey }).IsUnique().HasFilter("NOT \"IsDuplicate\"");
        message.HasIndex(m => m.RequestId).IsUnique().HasFilter("NOT \"IsDuplicate\"");
        // The dispatcher's work list: only messages still waiting.
        message.HasIndex(m => new { m.DueAt, m.Id }).HasFilter("\"Status\" IN ('Queued', 'Deferred')");
        message.HasIndex(m => new { m.MemberId, m.Id });
        // The operators' outbox: newest first within a status, and a date range.
        message.HasIndex(m => new { m.Status, m.Id });
        message.HasIndex(m => m.RequestedAt);
    }
}
