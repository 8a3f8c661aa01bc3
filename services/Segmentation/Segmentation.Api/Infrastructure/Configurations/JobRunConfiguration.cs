using Loyalty.Segmentation.Api.Domain.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loyalty.Segmentation.Api.Infrastructure.Configurations;

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> run)
    {
        run.ToTable("job_runs");
        run.HasKey(r => new { r.Job, r.RunDate });
        run.Property(r => r.Job).HasMaxLength(64);
        run.Property(r => r.Outcome).HasMaxLength(JobRun.MaxOutcomeLength);
    }
}
