using Microsoft.EntityFrameworkCore;

namespace Loyalty.BuildingBlocks.Messaging;

public static class MessagingModelBuilderExtensions
{
    /// <summary>Adds the outbox and inbox tables to a service's own database.</summary>
    public static ModelBuilder AddOutboxAndInbox(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("outbox_messages");
            outbox.HasKey(m => m.Id);
            outbox.Property(m => m.Sequence).UseIdentityAlwaysColumn();
            outbox.Property(m => m.EventType).HasMaxLength(256);
            outbox.Property(m => m.Payload).HasColumnType("jsonb");
            outbox.Property(m => m.TraceParent).HasMaxLength(128);
            outbox.Property(m => m.CorrelationId).HasMaxLength(128);
            // The dispatcher's query: unpublished messages in order. A partial index keeps it small.
            outbox.HasIndex(m => m.Sequence, "ix_outbox_messages_pending").HasFilter("\"PublishedAt\" IS NULL");
        });

        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable("inbox_messages");
            inbox.HasKey(m => new { m.EventId, m.Consumer });
            inbox.Property(m => m.Consumer).HasMaxLength(256);
            inbox.Property(m => m.EventType).HasMaxLength(256);
        });

        return modelBuilder;
    }
}
