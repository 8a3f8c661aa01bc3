using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Members.Api.Domain.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loyalty.Members.Api.Infrastructure.Configurations;

internal sealed class MemberImportJobConfiguration : IEntityTypeConfiguration<MemberImportJob>
{
    public void Configure(EntityTypeBuilder<MemberImportJob> job)
    {
        job.ToTable("member_import_jobs");
        job.HasKey(j => j.Id);
        job.Property(j => j.Status).HasConversion<string>().HasMaxLength(16);
        // The worker picks the oldest job that has not ended.
        job.HasIndex(j => new { j.Status, j.SubmittedAt });
        job.Property(j => j.Problems).HasColumnType("text[]");
        // The errors are read and written with their job, never queried alone: one jsonb column.
        job.Property(j => j.Errors).HasJsonbList();
    }
}
