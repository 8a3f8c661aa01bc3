using Loyalty.Campaign.Api.Domain.GrowthTasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loyalty.Campaign.Api.Infrastructure;

internal sealed class GrowthTaskConfiguration :
    IEntityTypeConfiguration<GrowthTask>,
    IEntityTypeConfiguration<GrowthTaskStep>
{
    public void Configure(EntityTypeBuilder<GrowthTask> task)
    {
        task.ToTable("growth_tasks");
        task.HasKey(t => t.Id);
        task.Property(t => t.RunKey).HasMaxLength(64);
        task.Property(t => t.Name).HasMaxLength(128);
        task.Property(t => t.Kind).HasConversion<string>().HasMaxLength(32);
        task.HasIndex(t => new { t.CampaignId, t.MemberId, t.RunKey }).IsUnique();
        task.HasIndex(t => new { t.MemberId, t.Kind }).HasFilter("\"CompletedAt\" IS NULL");
    }

    public void Configure(EntityTypeBuilder<GrowthTaskStep> step)
    {
        step.ToTable("growth_task_steps");
        step.HasKey(s => new { s.TaskId, s.StepRef });
        step.Property(s => s.StepRef).HasMaxLength(80);
    }
}
