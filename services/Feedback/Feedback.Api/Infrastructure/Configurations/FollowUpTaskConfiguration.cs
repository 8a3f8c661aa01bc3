using Loyalty.Feedback.Api.Domain.FollowUps;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loyalty.Feedback.Api.Infrastructure.Configurations;

internal sealed class FollowUpTaskConfiguration : IEntityTypeConfiguration<FollowUpTask>
{
    /// <summary>One task per FollowUpRequested request.</summary>
    public const string RequestIndex = "ix_follow_ups_request";

    public void Configure(EntityTypeBuilder<FollowUpTask> task)
    {
        task.ToTable("follow_ups");
        task.HasKey(t => t.Id);
        task.Property(t => t.Id).ValueGeneratedNever();
        task.Property(t => t.StoreId).HasMaxLength(64);
        task.Property(t => t.Reason).HasMaxLength(FollowUpTask.MaxReasonLength);
        task.Property(t => t.Note).HasMaxLength(FollowUpTask.MaxNoteLength);
        task.Property(t => t.AssignedTo).HasMaxLength(FollowUpTask.MaxAssigneeLength);
        task.Property(t => t.Source).HasConversion<string>().HasMaxLength(16);
        task.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
        task.Property(t => t.Outcome).HasConversion<string>().HasMaxLength(16);
        task.HasIndex(t => new { t.StoreId, t.Status, t.DueOn });
        task.HasIndex(t => t.MemberId);
        task.HasIndex(t => t.RequestId).IsUnique().HasDatabaseName(RequestIndex);
    }
}
